package io.rewardlake.jobs.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code train} did.
 *
 * @param trainingPairs pairs at least one member trained on
 * @param testPairs pairs of splits not trained on
 * @param skipped input rows left out (unlabelled pairs, or pairs cleaning dropped)
 * @param ensembleMetrics held-out metrics of the ensemble (see {@code io.rewardlake.core.train.Evaluation})
 * @param memberOofAccuracy each member's accuracy on the pairs it held out
 */
public record TrainSummary(String ensembleId, String directory, String scheme, int members, long trainingPairs,
    long testPairs, long skipped, int iterations, double[] objective, Map<String, Double> ensembleMetrics,
    double[] memberOofAccuracy, long modelRows, double featurizeSeconds, double optimiseSeconds, double seconds) {

  public double metric(String key) {
    return ensembleMetrics.getOrDefault(key, Double.NaN);
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "train: ensemble '%s', %d members (%s) on %,d pairs; %,d test pairs;"
        + " %,d input rows skipped (unlabelled or dropped)", ensembleId, members, scheme, trainingPairs, testPairs,
        skipped));
    lines.add(String.format(Locale.ROOT, "train: featurized in %.1f s; %d optimiser iterations in %.1f s (objective"
        + " %.4f -> %.4f); total %.1f s", featurizeSeconds, iterations, optimiseSeconds, objective[0],
        objective[objective.length - 1], seconds));
    if (ensembleMetrics.containsKey("oof.pairs")) {
      lines.add(heldOut("out-of-fold", "oof"));
    }
    if (ensembleMetrics.containsKey("test.pairs")) {
      lines.add(heldOut("test split", "test"));
    }
    if (ensembleMetrics.containsKey("oof.pairs")) {
      lines.add(String.format(Locale.ROOT, "train: members' out-of-fold accuracy %s", range(memberOofAccuracy)));
    }
    lines.addAll(perSourceTruth());
    lines.add(String.format(Locale.ROOT, "train: wrote %s and %d rows to models", directory, modelRows));
    return lines;
  }

  private String heldOut(String label, String slice) {
    String truth = ensembleMetrics.containsKey(slice + "_truth.accuracy")
        ? String.format(Locale.ROOT, ", vs true preferences %.3f", metric(slice + "_truth.accuracy")) : "";
    return String.format(Locale.ROOT, "train: ensemble %s accuracy %.3f (%,.0f pairs)%s; log-loss %.3f, ECE %.3f",
        label, metric(slice + ".accuracy"), metric(slice + ".pairs"), truth, metric(slice + ".log_loss"),
        metric(slice + ".ece"));
  }

  /** Test accuracy vs truth per source, when the test split mixes sources (e.g. synth and synth-shifted). */
  private List<String> perSourceTruth() {
    List<String> lines = new ArrayList<>();
    List<String> keys = ensembleMetrics.keySet().stream()
        .filter(key -> key.startsWith("test_truth[") && key.endsWith("].accuracy")).sorted().toList();
    for (String key : keys.size() > 1 ? keys : List.<String>of()) {
      String slice = key.substring(0, key.length() - ".accuracy".length());
      lines.add(String.format(Locale.ROOT, "train: ensemble test accuracy vs true preferences, source %s: %.4f"
          + " (%,.0f pairs)", slice.substring("test_truth".length()), metric(key), metric(slice + ".pairs")));
    }
    return lines;
  }

  private static String range(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    return values.length == 0 ? "n/a" : String.format(Locale.ROOT, "%.3f to %.3f", min, max);
  }
}
