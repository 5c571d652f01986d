package io.rewardlake.jobs.clean;

import io.rewardlake.core.text.PairIds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Hand-made {@code pairs} and {@code strength} rows with chosen strengths, votes and ground truth. */
final class CleanFixtures {
  private CleanFixtures() {}

  /** A pairs row; {@code flipped} (nullable) goes to meta like the synthetic corpus's ground truth. */
  static Row pair(String name, Double labelP, Boolean flipped) {
    String prompt = "Human: question " + name + "?";
    Map<String, String> meta = new HashMap<>();
    if (flipped != null) {
      meta.put("flipped", flipped.toString());
      meta.put("ambiguous", "false");
    }
    return RowFactory.create(id(name), "fixture", "train", prompt, "chosen " + name, "rejected " + name,
        labelP == null ? "none" : "synthetic", labelP, meta, "fixture-run");
  }

  /** A pairs row with its own texts and label, e.g. a judge's soft label (meta empty). */
  static Row labelled(String chosen, String rejected, String labelSource, double labelP) {
    return RowFactory.create(PairIds.of("Human: " + chosen + "?", chosen, rejected), "fixture", "train",
        "Human: " + chosen + "?", chosen, rejected, labelSource, labelP, new HashMap<String, String>(),
        "fixture-run");
  }

  /** A strength row for a pair made by {@link #labelled}: every member on the side of the mean. */
  static Row strengthOf(Row pair, double mean) {
    return RowFactory.create(pair.getString(0), "main", List.of(mean, mean), mean, 0.1, mean > 0 ? 10 : 0,
        1 / (1 + Math.exp(-mean)), true, 10, "fixture-vote");
  }

  static String id(String name) {
    return PairIds.of("Human: question " + name + "?", "chosen " + name, "rejected " + name);
  }

  /** A strength row of {@code ensemble} for pair {@code name}. */
  static Row strength(String name, String ensemble, double mean, double std, int votesForChosen, int members) {
    return RowFactory.create(id(name), ensemble, List.of(mean - std, mean + std), mean, std, votesForChosen,
        1 / (1 + Math.exp(-mean)), true, members, "fixture-vote");
  }
}
