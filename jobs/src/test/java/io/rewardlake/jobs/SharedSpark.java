package io.rewardlake.jobs;

import io.rewardlake.jobs.cli.Sessions;
import io.rewardlake.testkit.InterpretedExpressions;
import org.apache.spark.sql.SparkSession;

/**
 * One local[2] Spark session (Delta configured, UI off, expressions interpreted: {@link InterpretedExpressions})
 * shared by every Spark test in the JVM: starting Spark costs seconds, and one session per test class would dominate
 * the build.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession session() {
    if ("unit".equals(System.getProperty("rewardlake.test.tier"))) {
      throw new IllegalStateException("a unit test (*Test) started Spark: name the class *IT so it runs in the"
          + " integration tier (mvn -B verify), or keep Spark out of it");
    }
    if (session == null) {
      session = Sessions.create("tests", "local[2]");
      session.sparkContext().setLogLevel("ERROR");
      InterpretedExpressions.SETTINGS.forEach(session.conf()::set);
    }
    return session;
  }
}
