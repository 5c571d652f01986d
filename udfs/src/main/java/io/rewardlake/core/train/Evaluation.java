package io.rewardlake.core.train;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Held-out evaluation of an ensemble, accumulated pair by pair and merged across partitions.
 *
 * <p>A pair counts for member m when m did not train on it: in slice {@code oof} for pairs of the training splits
 * that m held out, in slice {@code test} for pairs of splits nobody trains on. Each slice is scored against the
 * pair's label ({@code oof}, {@code test}), against the ground truth when the corpus knows it ({@code oof_truth},
 * {@code test_truth}) and per source ({@code oof[source]}, {@code oof_truth[source]}; with a shifted source
 * such as {@code synth-shifted} beside the in-distribution one, the test slice's two distributions stay apart). The ensemble is scored with the mean Δ of the members
 * that held the pair out, which is exactly what out-of-fold voting sees.
 */
public final class Evaluation implements Serializable {
  private static final String ENSEMBLE = "ensemble";

  private final int members;
  private final Map<String, PairMetrics> slices = new TreeMap<>();

  public Evaluation(int members) {
    this.members = members;
  }

  /** Adds one pair, given every member's score difference Δ_m. */
  public Evaluation observe(TrainingExample example, double[] memberDeltas) {
    return observe(example.evaluationOnly(), example.multiplicities(), example.target(), example.source(),
        example.truth(), memberDeltas);
  }

  /**
   * Adds one pair from its facts: whether it is evaluation-only, every member's multiplicity, its label, source and
   * ground truth (NaN: unknown), and every member's score difference Δ_m.
   */
  public Evaluation observe(boolean evaluationOnly, byte[] multiplicities, double target, String source,
      double truth, double[] memberDeltas) {
    String slice = evaluationOnly ? "test" : "oof";
    double sum = 0;
    int heldOut = 0;
    for (int m = 0; m < members; m++) {
      if (evaluationOnly || multiplicities[m] == 0) {
        add(Integer.toString(m), slice, target, source, truth, memberDeltas[m]);
        sum += memberDeltas[m];
        heldOut++;
      }
    }
    if (heldOut > 0) {
      add(ENSEMBLE, slice, target, source, truth, sum / heldOut);
    }
    return this;
  }

  public Evaluation merge(Evaluation other) {
    other.slices.forEach((key, metrics) -> slices.merge(key, metrics, PairMetrics::merge));
    return this;
  }

  /** Member m's metrics, keyed like {@code oof.accuracy}, {@code test_truth.ece}, {@code oof[hh].log_loss}. */
  public Map<String, Double> memberMetrics(int member) {
    return metricsOf(Integer.toString(member));
  }

  /** The ensemble's metrics (mean Δ over the members that held each pair out), keyed like the members'. */
  public Map<String, Double> ensembleMetrics() {
    return metricsOf(ENSEMBLE);
  }

  /** One slice of one scorer ({@code "ensemble"} or a member index), if any pair reached it. */
  public PairMetrics slice(String scorer, String slice) {
    return slices.get(scorer + "|" + slice);
  }

  private void add(String scorer, String slice, double target, String source, double truth, double delta) {
    metrics(scorer, slice).add(delta, target);
    metrics(scorer, slice + "[" + source + "]").add(delta, target);
    if (!Double.isNaN(truth)) {
      metrics(scorer, slice + "_truth").add(delta, truth);
      metrics(scorer, slice + "_truth[" + source + "]").add(delta, truth);
    }
  }

  private PairMetrics metrics(String scorer, String slice) {
    return slices.computeIfAbsent(scorer + "|" + slice, key -> new PairMetrics());
  }

  private Map<String, Double> metricsOf(String scorer) {
    Map<String, Double> out = new LinkedHashMap<>();
    String prefix = scorer + "|";
    slices.forEach((key, metrics) -> {
      if (key.startsWith(prefix)) {
        metrics.toMap(key.substring(prefix.length())).forEach((name, value) -> {
          if (!Double.isNaN(value)) {
            out.put(name, value);
          }
        });
      }
    });
    return out;
  }
}
