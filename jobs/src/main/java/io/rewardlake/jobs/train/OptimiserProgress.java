package io.rewardlake.jobs.train;

import io.rewardlake.jobs.Progress;
import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;

/**
 * Progress of the L-BFGS run, which gives no callback of its own: every iteration is one Spark job in the
 * optimiser's job group, so counting those jobs counts passes over the data.
 */
final class OptimiserProgress extends SparkListener {
  static final String JOB_GROUP = "train-optimise";
  private static final int EVERY = 10;

  private final int maxIterations;
  private final long start = System.nanoTime();
  private int jobs;

  OptimiserProgress(int maxIterations) {
    this.maxIterations = maxIterations;
  }

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    String group = jobStart.properties() == null ? null : jobStart.properties().getProperty("spark.jobGroup.id");
    if (JOB_GROUP.equals(group) && ++jobs % EVERY == 0) {
      Progress.say("train", String.format(Locale.ROOT, "L-BFGS pass %d (at most %d iterations), %.1f s",
          jobs, maxIterations, (System.nanoTime() - start) / 1e9));
    }
  }
}
