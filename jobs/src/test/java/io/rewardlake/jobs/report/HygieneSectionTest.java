package io.rewardlake.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.report.HygieneSection.Contamination;
import io.rewardlake.jobs.report.HygieneSection.LengthPreference;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hygiene section shows each benchmark's flagged pairs and each subject's length preference. */
class HygieneSectionTest {
  @Test
  void benchmarksAndLengthPreferencesAreTabledAndAnUncheckedPartSaysWhatToRun() {
    String html = HygieneSection.render(List.of(new Contamination("mt-bench", 12)), null, List.of(
        new LengthPreference("labels", 0.867, 30_000, 0.41), new LengthPreference("main", 0.95, 30_000, 0.949)));

    assertThat(html).contains("<td class=\"l\">mt-bench</td><td>12</td>",
        "<td class=\"l\">labels</td><td>86.7%</td><td>30,000</td><td>0.410</td>",
        "<td class=\"l\">main</td><td>95.0%</td>", "Not checked: bin/rewardlake near-duplicates");
    assertThat(HygieneSection.render(List.of(), List.of(), List.of())).contains("No pair's prompt shares",
        "No cluster of the same", "Not measured: bin/rewardlake length-bias");
  }
}
