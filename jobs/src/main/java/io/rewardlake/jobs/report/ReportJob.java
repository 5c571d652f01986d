package io.rewardlake.jobs.report;

import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.Version;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * {@code report}: reads the lake and writes one self-contained HTML page. Missing tables give a panel naming the job
 * that writes them, so the report works on a partial lake. The file is written through Hadoop's FileSystem, so the
 * output may be on HDFS or S3 like the lake.
 */
public final class ReportJob {
  private static final String STAGE = "report";

  private ReportJob() {}

  public static ReportSummary run(SparkSession spark, ReportConfig config, RunContext run) {
    long start = System.nanoTime();
    spark.sparkContext().setJobGroup(STAGE, "report: aggregate the lake for " + config.output(), false);
    try {
      List<Section> sections = sections(spark, config);
      String html = Html.page("RewardLake report", header(config, run), sections);
      long bytes = write(spark, config.output(), html);
      Progress.say(STAGE, "wrote " + config.output());
      return new ReportSummary(config.output(), sections.stream().map(Section::id).toList(),
          sections.stream().filter(s -> !s.available()).map(Section::id).toList(), bytes,
          (System.nanoTime() - start) / 1e9);
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  static List<Section> sections(SparkSession spark, ReportConfig config) {
    Lakehouse lake = new Lakehouse(spark, config.lake());
    return List.of(timed(() -> LakeSection.build(spark, lake)),
        timed(() -> StrengthSection.build(lake, config.ensemble())), timed(() -> CleaningSection.build(lake, config.ensemble())),
        timed(() -> ModelsSection.build(lake, config.ensemble())), timed(() -> AiLabelsSection.build(lake)),
        timed(() -> BestOfNSection.build(lake, config.ensemble())),
        timed(() -> EvaluationSection.build(lake, config.ensemble())),
        timed(() -> BreakdownSection.build(lake, config.ensemble())), timed(() -> HygieneSection.build(lake)));
  }

  private static Section timed(Supplier<Section> build) {
    long start = System.nanoTime();
    Section section = build.get();
    Progress.say(STAGE, String.format(Locale.ROOT, "%s in %.1f s", section.id(), (System.nanoTime() - start) / 1e9));
    return section;
  }

  private static String header(ReportConfig config, RunContext run) {
    return Html.note("Lake " + config.lake() + "; ensemble '" + config.ensemble() + "'; run " + run.runId()
        + "; RewardLake " + Version.current() + ".");
  }

  private static long write(SparkSession spark, String output, String html) {
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    try {
      if (!LakePaths.hasScheme(output)) {
        // Local file: plain NIO, so Hadoop's LocalFileSystem leaves no .crc file beside the page.
        java.nio.file.Path file = java.nio.file.Paths.get(output);
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        java.nio.file.Files.write(file, bytes);
        return bytes.length;
      }
      Path path = new Path(output);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(path, true)) {
        out.write(bytes);
      }
      return bytes.length;
    } catch (IOException e) {
      throw Errors.cannotWrite("the report", output, e);
    }
  }
}
