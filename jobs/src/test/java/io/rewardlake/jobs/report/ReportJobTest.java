package io.rewardlake.jobs.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.jobs.PipelineLake;
import io.rewardlake.jobs.SharedSpark;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.PairsTable;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report on a pipeline lake, on an empty lake, and the AI-labeller alignment arithmetic. */
class ReportJobTest {
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
    assertThat(summary.sections()).containsExactly("lake", "strength", "cleaning", "models", "ai-labels", "best-of-n");
    assertThat(summary.missing()).isEmpty();
    assertThat(html).contains("AI-labeller alignment", "ensemble:main", "position consistent", "decile", "flip")
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

    assertThat(summary.missing()).containsExactly("strength", "cleaning", "models", "ai-labels", "best-of-n");
    assertThat(Files.readString(output)).contains("bin/rewardlake vote", "bin/rewardlake clean",
        "bin/rewardlake train", "bin/rewardlake reward");
  }

  @Test
  void alignmentComparesTheDebiasedAiLabelWithTheHumanLabel() {
    Lakehouse lake = new Lakehouse(spark, dir.resolve("ai-lake").toString());
    List<Row> pairs = spark.read().format("delta").load(PipelineLake.root().resolve("pairs").toString())
        .orderBy(PairsTable.PAIR_ID).limit(4).collectAsList();
    lake.write(PairsTable.CONTRACT, spark.createDataFrame(pairs, PairsTable.SCHEMA), WriteMode.OVERWRITE, lineage());
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

  private ReportSummary report(Path lake, Path output) {
    return ReportJob.run(spark, new ReportConfig(lake.toString(), output.toString(), "main"),
        RunContext.start("report", Map.of()));
  }

  private static Row label(Row pair, double pA, boolean consistent) {
    return RowFactory.create(pair.getAs(PairsTable.PAIR_ID), "ensemble:main", "default-v1", "pairwise", pA, pA, pA,
        consistent, null, null, "ok", null, 1, 5L, "run-1");
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
}
