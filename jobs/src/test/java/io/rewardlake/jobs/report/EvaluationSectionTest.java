package io.rewardlake.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.report.EvaluationSection.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluation section renders the audit's and the ablation's rows with their intervals, and says what is absent. */
class EvaluationSectionTest {
  private static final Map<String, String> AUDIT = Map.of("eligible", "500", "seed", "7", "audit_lake", "/tmp/a",
      "policy", "secrets-ii");

  @Test
  void theAuditShowsDetectionBesideLengthActionsAndHeldOutAccuracyWithIntervals() {
    List<Result> rows = List.of(
        audit("injected", "flipped", "training", 0.2, null, null, 100),
        audit("flip_auc", "vote", "training", 0.812, null, null, 500),
        audit("flip_auc", "vote", "length_matched", null, null, null, 0),
        audit("flip_auc", "length", "training", 0.55, null, null, 500),
        audit("action_precision", "flip", "training", 0.75, null, null, 40),
        audit("action_recall", "flip", "training", 0.3, null, null, 100),
        audit("held_out_accuracy", "raw", "held_out", 0.70, 0.68, 0.72, 300),
        audit("held_out_accuracy", "cleaned", "held_out", 0.71, 0.69, 0.73, 300),
        audit("vs_baseline", "cleaned", "held_out", 0.01, -0.005, 0.025, 300),
        audit("gap_closed", "cleaned", "held_out", 0.25, null, null, 300));

    String html = EvaluationSection.render(rows);

    assertThat(html).contains("Injected-noise audit", "100 of 500 decided training labels flipped (seed 7)",
            "secrets-ii", "0.812 (500 pairs)", "0.550 (500 pairs)", "0.750", "0.300",
            "0.710 [0.690, 0.730]", "+0.010 [-0.005, +0.025]", "gap cleaning closes: 25.0%",
            "No strength ablation yet")
        // a measure with no pairs (no length-matched pair) is n/a, and the missing oracle row too
        .contains("<td>n/a</td>")
        .contains("<img src=\"data:image/png;base64,");
  }

  @Test
  void theAblationListsEachTrainingSetAgainstAllPairs() {
    List<Result> rows = List.of(
        ablation("training_pairs", "none", "training", 900.0, null, null, 900),
        ablation("held_out_accuracy", "none", "held_out", 0.80, 0.78, 0.82, 200),
        ablation("vs_baseline", "none", "held_out", 0.0, 0.0, 0.0, 200),
        ablation("training_pairs", "drop-weakest-20", "training", 720.0, null, null, 720),
        ablation("held_out_accuracy", "drop-weakest-20", "held_out", 0.79, 0.77, 0.81, 200),
        ablation("vs_baseline", "drop-weakest-20", "held_out", -0.01, -0.02, 0.0, 200));

    String html = EvaluationSection.render(rows);

    assertThat(html).contains("No injected-noise audit yet", "Strength ablation", ">all pairs</td>",
        ">drop-weakest-20</td>", "<td>720</td>", "0.790 [0.770, 0.810]", "-0.010 [-0.020, +0.000]",
        "On 200 held-out pairs");
  }

  private static Result audit(String measure, String subject, String population, Double value, Double low,
      Double high, long items) {
    return new Result("audit", measure, subject, population, value, low, high, items, AUDIT);
  }

  private static Result ablation(String measure, String subject, String population, Double value, Double low,
      Double high, long items) {
    return new Result("ablation", measure, subject, population, value, low, high, items, Map.of());
  }
}
