package io.rewardlake.jobs.label;

import io.rewardlake.jobs.PairRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.djl.DjlLanguageModel;
import io.rewardlake.core.djl.JudgeModelDirectory;
import io.rewardlake.core.judge.JudgeItem;
import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.JudgeOutcome;
import io.rewardlake.core.judge.LanguageModelJudge;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.neural.ComputeDevice;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.jobs.train.TrainFixtures;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsTable;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The label job with the DJL judge on the tiny ONNX causal LM of the udfs fixtures (its model.json names family
 * djl-lm and model_id lm-tiny): the rows carry {@code djl:lm-tiny} and exactly the soft labels the model gives when
 * called directly, outside Spark.
 */
class LabelJobDjlIT {
  /** The udfs module's checked-in fixtures; tests run in the jobs module's directory. */
  private static final Path FIXTURES = Path.of("..", "udfs", "src", "test", "resources", "djl").toAbsolutePath()
      .normalize();
  private static final Path JUDGE_MODEL = FIXTURES.resolve("lm-tiny");
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  private final List<Row> pairs = List.of(
      TrainFixtures.pair("Human: how do I keep basil fresh?\n\nAssistant:",
          "Trim it, then keep it in water because it wilts; check it daily.", "What a silly idea, search it yourself.",
          "train", 1.0, null),
      TrainFixtures.pair("Human: is it going to rain?\n\nAssistant:", "It depends, whatever.",
          "Check the forecast for your specific town, which is clear and helpful.", "train", 0.0, null),
      TrainFixtures.pair("Human: hi\n\nAssistant:", "Hello!", "Hello there!", "test", 0.5, null));

  @Test
  void theDjlJudgeLabelsWithTheModelsOwnSoftLabels() throws Exception {
    writePairs();

    LabelSummary summary = label(Map.of("label.judge", "djl", "judge.model_dir", JUDGE_MODEL.toString()));

    assertThat(summary.statuses()).containsExactly(Map.entry("ok", 3L));
    Map<String, Row> rows = new Lakehouse(spark, lake()).read(AiLabelsTable.CONTRACT, "label").collectAsList()
        .stream().collect(Collectors.toMap(row -> row.getString(0), Function.identity()));
    JudgeModelDirectory directory = JudgeModelDirectory.read(new LocalModelFiles(JUDGE_MODEL));
    try (DjlLanguageModel model = directory.load(ComputeDevice.CPU, DjlLanguageModel.DEFAULT_TOP_LOGPROBS)) {
      LanguageModelJudge direct = new LanguageModelJudge(model, JudgeTemplates.load("helpfulness"),
          JudgeMode.PAIRWISE, 8);
      for (Row pair : pairs) {
        JudgeOutcome expected = direct.judge(new JudgeItem(pair.getString(0), text(pair, PairsTable.PROMPT),
            text(pair, PairsTable.CHOSEN), text(pair, PairsTable.REJECTED))).join();
        Row row = rows.get(pair.getString(0));
        assertThat(row.<String>getAs("judge_id")).isEqualTo("djl:lm-tiny");
        assertThat(row.<String>getAs("template_id")).isEqualTo("helpfulness@v1");
        assertThat(row.<String>getAs("status")).isEqualTo("ok");
        assertThat(row.<Integer>getAs("attempts")).isEqualTo(2);
        assertThat(row.<Double>getAs("p_a_ab")).isCloseTo(expected.pAb(), within(1e-9));
        assertThat(row.<Double>getAs("p_a_ba")).isCloseTo(expected.pBa(), within(1e-9));
        assertThat(row.<Double>getAs("p_a")).isCloseTo(expected.pA(), within(1e-9));
      }
    }
    // The fixture LM rewards known helpful words: the first pair's chosen response wins, the second's loses.
    assertThat(rows.get(pairs.get(0).getString(0)).<Double>getAs("p_a")).isGreaterThan(0.9);
    assertThat(rows.get(pairs.get(1).getString(0)).<Double>getAs("p_a")).isLessThan(0.1);
  }

  @Test
  void aDirectoryWithoutAJudgeLmIsAUsageError() {
    assertThatThrownBy(() -> label(Map.of("label.judge", "djl", "judge.model_dir",
        FIXTURES.resolve("rm-tiny").toString())))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("is not a DJL judge model", "family 'djl'", "djl-lm", "--judge-model");
    assertThatThrownBy(() -> label(Map.of("label.judge", "djl", "judge.model_dir", dir.toString())))
        .isInstanceOf(ConfigException.class).hasMessageContaining("no model.json");
  }

  @Test
  void theModelDirectoryGoesWithTheDjlJudgeOnly() {
    assertThatThrownBy(() -> config(Map.of("label.judge", "djl")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("--judge-model DIR");
    assertThatThrownBy(() -> config(Map.of("label.judge", "ensemble", "judge.model_dir", "/m")))
        .isInstanceOf(ConfigException.class).hasMessageContaining("label.judge=ensemble", "--judge djl");
    assertThat(config(Map.of("label.judge", "djl", "judge.model_dir", "/m", "label.mode", "cot")).usesDjl()).isTrue();
  }

  /** A column of a fixture row (built without a schema, so read by the table's column order). */
  private static String text(Row pair, String column) {
    return pair.getString(PairsTable.SCHEMA.fieldIndex(column));
  }

  private void writePairs() {
    new Lakehouse(spark, lake()).write(PairsTable.CONTRACT, PairRows.frame(spark, pairs),
        WriteMode.OVERWRITE, new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of()));
  }

  private LabelConfig config(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of("lake", lake(), "label.batch_pairs", "1000"));
    settings.putAll(overrides);
    return LabelConfig.from(Settings.resolve(settings));
  }

  private LabelSummary label(Map<String, String> overrides) {
    Map<String, String> settings = new HashMap<>(Map.of("lake", lake(), "label.batch_pairs", "1000",
        "label.partitions", "2"));
    settings.putAll(overrides);
    return LabelJob.run(spark, LabelConfig.from(Settings.resolve(settings)), RunContext.start("label", settings),
        name -> null);
  }

  private String lake() {
    return dir.resolve("lake").toString();
  }
}
