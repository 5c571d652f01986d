package io.rewardlake.jobs.report;

import io.rewardlake.jobs.PairRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.jobs.PipelineLake;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on a pipeline lake, on an empty lake, and the AI-labeller alignment arithmetic. */
class ReportJobIT {
  private static final Pattern IMAGE = Pattern.compile("<img src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\"");
  private final SparkSession spark = SharedSpark.session();

  @TempDir
  Path dir;

  @Test
  void aPipelineLakeGivesASelfContainedPageWithEveryChartIncludingAiLabels() throws Exception {
    Path output = dir.resolve("report/index.html");
    ReportSummary summary = report(PipelineLake.root(), output);

    String html = Files.readString(output);
    assertThat(summary.path()).isEqualTo(output.toString());
    assertThat(summary.sections()).containsExactly("lake", "strength", "cleaning", "models", "ai-labels", "best-of-n",
        "evaluation", "by-source", "hygiene");
    // the pipeline lake ran no audit or ablation: that section alone says which command fills it
    assertThat(summary.missing()).containsExactly("evaluation", "hygiene");
    assertThat(html).contains("AI-labeller alignment", "ensemble:main", "position consistent", "decile", "flip")
        // the synthetic corpus keeps ground truth: the before/after table says to read it, beside the baselines
        .contains("Before and after", "before: pairs.label_p", "after: pairs_clean.target_p",
            "Read the ground-truth column", "Baselines without a model: the longer response wins")
        // the pipeline labels with the ensemble itself: the page must say that is no second opinion
        .contains("ensemble:main is the reward-model ensemble judging offline, not an independent judge")
        .contains("By source", "identical columns mean the rules picked the same candidates")
        .contains("Against a second opinion: truth (meta true_p_chosen)", "lambda (pick by mean - lambda std)")
        .doesNotContain("No ai_labels table yet")
        .doesNotContain("<script", "src=\"http", "href=\"http", "url(", "@import", "<link");
    List<byte[]> images = images(html);
    // strength histogram + scatter, cleaning bars, accuracy bars + calibration, alignment bars, best-of-N curves
    assertThat(images).hasSizeGreaterThanOrEqualTo(7)
        .allSatisfy(png -> assertThat(png).startsWith(0x89, 'P', 'N', 'G'));
    assertThat(summary.lines()).last().asString().isEqualTo("report: " + output);
  }

  @Test
  void anEmptyLakeGivesAPanelPerSection() throws Exception {
    Path output = dir.resolve("empty.html");
    ReportSummary summary = report(dir.resolve("no-lake"), output);

    assertThat(summary.missing()).containsExactly("strength", "cleaning", "models", "ai-labels", "best-of-n",
        "evaluation", "by-source", "hygiene");
    assertThat(Files.readString(output)).contains("bin/rewardlake vote", "bin/rewardlake clean",
        "bin/rewardlake train", "bin/rewardlake reward");
  }

  @Test
  void alignmentComparesTheDebiasedAiLabelWithTheHumanLabel() {
    Lakehouse lake = new Lakehouse(spark, dir.resolve("ai-lake").toString());
    List<Row> pairs = spark.read().format("delta").load(PipelineLake.root().resolve("pairs").toString())
        .orderBy(PairsTable.PAIR_ID).limit(4).collectAsList();
    lake.write(PairsTable.CONTRACT, PairRows.frame(spark, pairs), WriteMode.OVERWRITE, lineage());
    // every pair has label_p = 1 (chosen preferred): AI agrees on the first two, disagrees on the third, ties the 4th
    Dataset<Row> labels = spark.createDataFrame(List.of(
        label(pairs.get(0), 0.9, true), label(pairs.get(1), 0.6, false), label(pairs.get(2), 0.2, true),
        label(pairs.get(3), 0.5, false)), AiLabelsTable.SCHEMA);
    lake.write(AiLabelsTable.CONTRACT, labels, WriteMode.OVERWRITE, lineage());

    List<Row> rows = AiLabelsSection.alignment(lake.read(AiLabelsTable.CONTRACT, "label"),
        lake.read(PairsTable.CONTRACT, "ingest"));

    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getLong(3)).isEqualTo(4);
    assertThat(rows.get(0).getDouble(4)).isEqualTo(2.0 / 3);
    assertThat(rows.get(0).getDouble(5)).isEqualTo(0.5);
    assertThat(AiLabelsSection.build(lake).available()).isTrue();
  }

  @Test
  void beforeAndAfterReadEveryPairInItsOriginalOrientation() {
    // Four pairs, all labelled for chosen (label_p 1, 0.97, 0.7, 0.6). The vote is against the first three.
    // Cleaning flips the first two (chosen and rejected swapped, target 0.9 for the new chosen), drops the third
    // and keeps the fourth. Truth: the first pair was a true mislabel, the second was not.
    Dataset<Row> pairs = PairRows.frame(spark, List.of(
        pair("p1", 1.0, "a long answer", "b", "0.1"), pair("p2", 0.97, "a", "b longer", "0.9"),
        pair("p3", 0.7, "a", "b", null), pair("p4", 0.6, "a", "b", "0.8")));
    Dataset<Row> clean = spark.createDataFrame(List.of(
        cleaned("p1", "b", "a long answer", 0.9, "flip"), cleaned("p2", "b longer", "a", 0.9, "flip"),
        cleaned("p3", "a", "b", 0.7, "drop"), cleaned("p4", "a", "b", 0.6, "keep")), PairsCleanTable.SCHEMA);
    Dataset<Row> strength = spark.createDataFrame(List.of(RowFactory.create("p1", -1.0), RowFactory.create("p2",
        -0.5), RowFactory.create("p3", -0.2), RowFactory.create("p4", 0.4)), new StructType()
        .add(StrengthTable.PAIR_ID, DataTypes.StringType).add(StrengthTable.STRENGTH_MEAN, DataTypes.DoubleType));

    Map<String, Row> rows = new java.util.TreeMap<>();
    CleaningEffect.oriented(pairs, clean, strength).collectAsList()
        .forEach(row -> rows.put(row.getAs(PairsTable.PAIR_ID), row));

    assertThat(rows.get("p1").<Double>getAs("after_p")).isEqualTo(0.1, within(1e-12));
    assertThat(rows.get("p2").<Double>getAs("after_p")).isEqualTo(0.1, within(1e-12));
    assertThat(rows.get("p3").<Double>getAs("after_p")).isNull();
    assertThat(rows.get("p4").<Double>getAs("after_p")).isEqualTo(0.6);
    assertThat(rows.get("p1").<Double>getAs("before_p")).isEqualTo(1.0);
    assertThat(rows.get("p1").<Double>getAs("truth_p")).isEqualTo(0.1);
    assertThat(rows.get("p3").<Double>getAs("vote_mean")).isEqualTo(-0.2);
    Row effect = CleaningEffect.aggregate(CleaningEffect.oriented(pairs, clean, strength));
    // before: the vote agrees with 1 label of 4, truth with 2 of 3, the longer response (p1, p2) with 1 of 2
    assertThat(List.of(effect.getLong(0), effect.getDouble(1), effect.getDouble(2), effect.getDouble(3)))
        .containsExactly(4L, 0.25, 2.0 / 3, 0.5);
    // after: p3 dropped; both flips now side with the vote, one of them against the truth
    assertThat(List.of(effect.getLong(9), effect.getDouble(5), effect.getDouble(6), effect.getDouble(7)))
        .containsExactly(3L, 1.0, 2.0 / 3, 0.5);
    // two labels changed side, both confident (1.0 and 0.97); three pairs know the truth
    assertThat(List.of(effect.getLong(10), effect.getLong(11), effect.getLong(12))).containsExactly(2L, 2L, 3L);
  }

  private static Row pair(String id, double labelP, String chosen, String rejected, String truth) {
    Map<String, String> meta = truth == null ? Map.of() : Map.of("true_p_chosen", truth);
    return RowFactory.create(id, "src", "train", "prompt", chosen, rejected, "human", labelP, meta, "run");
  }

  private static Row cleaned(String id, String chosen, String rejected, double target, String action) {
    return RowFactory.create(id, "prompt", chosen, rejected, target, 0.0, 1.0, action, "why", null, null, "policy",
        "run");
  }

  private ReportSummary report(Path lake, Path output) {
    return ReportJob.run(spark, new ReportConfig(lake.toString(), output.toString(), "main"),
        RunContext.start("report", Map.of()));
  }

  private static Row label(Row pair, double pA, boolean consistent) {
    return RowFactory.create(pair.getAs(PairsTable.PAIR_ID), "ensemble:main", "default-v1", "pairwise", pA, pA, pA,
        consistent, null, null, "ok", null, 1, 5L, "run-1", null, null, null, null, null);
  }

  private static Lineage lineage() {
    return new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of());
  }

  private static List<byte[]> images(String html) {
    Matcher m = IMAGE.matcher(html);
    List<byte[]> images = new java.util.ArrayList<>();
    while (m.find()) {
      images.add(Base64.getDecoder().decode(m.group(1)));
    }
    return images;
  }

  @Test
  void hygieneCountsEachKindOfNearDuplicatesAndSaysWhatWasNotChecked() {
    Lakehouse lake = new Lakehouse(spark, dir.resolve("hygiene").toString());
    List<Row> rows = List.of(
        RowFactory.create("prompt", "a", "a", 3L, 2L, 1.0, true, "run"),
        RowFactory.create("prompt", "b", "a", 3L, 2L, 1.0, false, "run"),
        RowFactory.create("prompt", "c", "a", 3L, 2L, 0.9, false, "run"),
        RowFactory.create("prompt", "d", "d", 2L, 1L, 1.0, true, "run"),
        RowFactory.create("prompt", "e", "d", 2L, 1L, 1.0, false, "run"),
        RowFactory.create("pair", "a", "a", 2L, 1L, 1.0, true, "run"),
        RowFactory.create("pair", "b", "a", 2L, 1L, 1.0, false, "run"));
    lake.write(io.rewardlake.schemas.NearDuplicatesTable.CONTRACT, spark.createDataFrame(rows,
        io.rewardlake.schemas.NearDuplicatesTable.SCHEMA), WriteMode.OVERWRITE,
        new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of()));

    Section section = HygieneSection.build(lake);

    assertThat(section.available()).isTrue();
    assertThat(section.body()).contains("<td class=\"l\">pair</td><td>1</td><td>2</td><td>0</td><td>1</td>",
        "<td class=\"l\">prompt</td><td>2</td><td>5</td><td>1</td><td>3</td>",
        "Not checked: bin/rewardlake decontaminate", "Not measured: bin/rewardlake length-bias");
    assertThat(HygieneSection.build(new Lakehouse(spark, dir.resolve("empty").toString())).available()).isFalse();
  }

}
