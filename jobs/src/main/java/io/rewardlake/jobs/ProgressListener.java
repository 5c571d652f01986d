package io.rewardlake.jobs;

import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Console progress for embedded runs: counts finished tasks and rows read per running Spark stage and prints a
 * {@link StageMeter} line through {@link Progress} at most every {@code intervalMillis}, only for stages that have
 * run at least that long (short stages stay quiet). Stages are labelled with the job description the jobs set with
 * {@code setJobGroup}, which is also what the Spark UI shows on a cluster.
 */
public final class ProgressListener extends SparkListener {
  private static final String DESCRIPTION = "spark.job.description";
  private final long intervalMillis;
  private final Map<Integer, Running> running = new ConcurrentHashMap<>();
  private volatile long lastPrint;

  public ProgressListener(long intervalMillis) {
    this.intervalMillis = intervalMillis;
  }

  /** A stage being counted; only the listener thread updates it. */
  private static final class Running {
    final String label;
    final int tasks;
    final long startMillis;
    int done;
    long rows;

    Running(String label, int tasks, long startMillis) {
      this.label = label;
      this.tasks = tasks;
      this.startMillis = startMillis;
    }
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted event) {
    var info = event.stageInfo();
    running.put(info.stageId(), new Running(label(event.properties(), info.name()), info.numTasks(), now()));
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd event) {
    Running stage = running.get(event.stageId());
    if (stage == null) {
      return;
    }
    stage.done++;
    stage.rows += rowsRead(event.taskMetrics());
    long now = now();
    if (stage.done < stage.tasks && now - stage.startMillis >= intervalMillis && now - lastPrint >= intervalMillis) {
      lastPrint = now;
      Progress.say("progress", meter(stage, now).line());
    }
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted event) {
    running.remove(event.stageInfo().stageId());
  }

  static StageMeter meter(Running stage, long now) {
    return new StageMeter(stage.label, stage.done, stage.tasks, stage.rows, (now - stage.startMillis) / 1000.0);
  }

  private static long rowsRead(TaskMetrics metrics) {
    return metrics == null ? 0
        : metrics.inputMetrics().recordsRead() + metrics.shuffleReadMetrics().recordsRead();
  }

  private static String label(Properties properties, String stageName) {
    String description = properties == null ? null : properties.getProperty(DESCRIPTION);
    return description == null ? stageName : description;
  }

  private static long now() {
    return System.currentTimeMillis();
  }
}
