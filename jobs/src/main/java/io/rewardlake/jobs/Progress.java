package io.rewardlake.jobs;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;

/**
 * Progress lines for long stages, on standard error so standard output carries only summaries. Spark's own logging
 * is quiet by default (conf/log4j2-local.properties); these lines are what a user watches.
 */
public final class Progress {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private Progress() {}

  public static void say(String stage, String message) {
    System.err.println("[" + LocalTime.now().format(CLOCK) + "] " + stage + ": " + message);
  }
}
