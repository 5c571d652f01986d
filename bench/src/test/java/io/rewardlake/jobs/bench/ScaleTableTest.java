package io.rewardlake.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.jobs.config.ConfigException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScaleTableTest {
  private static ScaleTable.Size size(long pairs, double ingest, double train) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put("ingest", ingest);
    seconds.put("train", train);
    return new ScaleTable.Size(pairs, seconds, 3L << 30, 1L << 30);
  }

  @Test
  void aStageWhoseTimeGrowsWithTheSizeIsFlatAndOneThatGrowsWithItsSquareIsTen() {
    ScaleTable.Size small = size(100_000, 10, 2);
    ScaleTable.Size large = size(1_000_000, 100, 200);
    assertThat(ScaleTable.growthPerTenfold(small, large, "ingest")).isCloseTo(1.0, within(1e-12));
    assertThat(ScaleTable.growthPerTenfold(small, large, "train")).isCloseTo(10.0, within(1e-12));
    // the whole run: 12 s per 10^5 pairs, then 30 s per 10^5 pairs
    assertThat(ScaleTable.growthPerTenfold(small, large, ScaleTable.WHOLE)).isCloseTo(2.5, within(1e-12));
  }

  @Test
  void growthIsBroughtToATenfoldStepWhateverTheSizesRatio() {
    // 100x the pairs at 4x the time per pair is 2x per 10x
    ScaleTable.Size small = size(10_000, 1, 1);
    ScaleTable.Size large = size(1_000_000, 400, 100);
    assertThat(ScaleTable.growthPerTenfold(small, large, "ingest")).isCloseTo(2.0, within(1e-12));
    assertThat(ScaleTable.perHundredThousand(400, 1_000_000)).isEqualTo(40.0);
  }

  @Test
  void theTableListsEveryStageAtEverySizeThenTheGrowthAndTheHeap() {
    List<String> lines = new ScaleTable(List.of(size(100_000, 10, 2), size(1_000_000, 100, 200)), 4L << 30).lines();
    assertThat(lines).hasSize(1 + 2 * 3 + 1 + 1);
    assertThat(lines.get(1)).matches("ingest +100,000 +10\\.0 +10,000 +10\\.00");
    assertThat(lines.get(6)).matches("whole run +1,000,000 +300\\.0 +3,333 +30\\.00");
    assertThat(lines.get(7)).contains("100,000 -> 1,000,000").contains("ingest 1.00; train 10.00; whole run 2.50");
    assertThat(lines.get(8)).isEqualTo(
        "peak heap (in use / left after a collection): 100,000 pairs 3.00 GiB / 1.00 GiB; 1,000,000 pairs 3.00 GiB"
            + " / 1.00 GiB; heap limit 4.00 GiB");
  }

  @Test
  void sizesMustIncreaseAndShareTheirStages() {
    assertThatThrownBy(() -> new ScaleTable(List.of(size(1000, 1, 1), size(1000, 1, 1)), 1))
        .hasMessageContaining("sizes must increase");
    ScaleTable.Size other = new ScaleTable.Size(2000, Map.of("vote", 1.0), 1, 1);
    assertThatThrownBy(() -> new ScaleTable(List.of(size(1000, 1, 1), other), 1))
        .hasMessageContaining("same stages");
  }

  @Test
  void theConfigRefusesSizesOutOfOrderAndStagesThatDoNotStartWithSynth() {
    Map<String, String> none = Map.of();
    assertThatThrownBy(() -> new BenchScaleConfig(List.of(1000L, 100L), List.of("synth"), null, 0, none))
        .isInstanceOf(ConfigException.class).hasMessageContaining("increasing");
    assertThatThrownBy(() -> new BenchScaleConfig(List.of(100L), List.of("ingest", "train"), null, 0, none))
        .isInstanceOf(ConfigException.class).hasMessageContaining("start with synth");
    assertThatThrownBy(() -> new BenchScaleConfig(List.of(100L), List.of("synth", "vote", "train"), null, 0, none))
        .isInstanceOf(ConfigException.class).hasMessageContaining("pipeline order (synth,train,vote)");
    assertThatThrownBy(() -> new BenchScaleConfig(List.of(100L), List.of("synth", "votes"), null, 0, none))
        .isInstanceOf(ConfigException.class).hasMessageContaining("unknown stage 'votes'");
    assertThat(new BenchScaleConfig(List.of(100L, 1000L), List.of("synth", "ingest"), null, 0, none).sizes())
        .containsExactly(100L, 1000L);
  }
}
