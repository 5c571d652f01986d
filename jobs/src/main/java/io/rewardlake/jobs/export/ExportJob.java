package io.rewardlake.jobs.export;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.core.export.ExportColumns;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.export.TrainerRows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code export}: {@code pairs_clean} (with split and source from {@code pairs}) → one file per split in the chosen
 * format, plus {@code manifest.json} and {@code README.md}. Dropped pairs (weight 0) are left out unless asked for.
 * The folder is written beside the output and swapped in at the end ({@link OutputFolder}), so a failed run leaves
 * the previous export as it was.
 */
public final class ExportJob {
  private static final String STAGE = "export";

  private ExportJob() {}

  public static ExportSummary run(SparkSession spark, ExportConfig requested, RunContext run) {
    ExportConfig config = requested;
    long start = System.nanoTime();
    LengthBalance.Result balance = null;
    try {
      ExportInput read = ExportInput.read(new Lakehouse(spark, config.lake()));
      spark.sparkContext().setJobGroup(STAGE, "export: look at the labels, margins and prompts", false);
      ExportLabels labels = ExportLabels.measure(read.rows(), config);
      if (config.autoStyle()) {
        config = config.withStyle(labels.autoStyle());
      }
      Dataset<Row> labelled = labels.apply(read.rows());
      if (config.lengthBalance()) {
        spark.sparkContext().setJobGroup(STAGE, "export: balance the preferred response's length", false);
        balance = LengthBalance.apply(labelled, config.includeDropped());
        labelled = balance.rows();
      }
      ExportInput input = new ExportInput(labelled, read.tableVersions());
      spark.sparkContext().setJobGroup(STAGE, "export: count pairs per split", false);
      ExportPlan plan = ExportPlan.of(SplitCount.of(input.rows()), config);
      ExportManifest manifest = new ExportManifest(config, run, input.tableVersions(), plan, labels, balance);
      OutputFolder folder = OutputFolder.prepare(config.output(), run.runId(),
          spark.sparkContext().hadoopConfiguration());
      try {
        write(spark, input, config, plan, folder);
        manifest.writeTo(folder);
        folder.publish();
      } catch (RuntimeException e) {
        folder.discard();
        throw e;
      }
      return manifest.summary((System.nanoTime() - start) / 1e9);
    } finally {
      if (balance != null) {
        balance.release();
      }
      spark.sparkContext().clearJobGroup();
    }
  }

  private static void write(SparkSession spark, ExportInput input, ExportConfig config, ExportPlan plan,
      OutputFolder folder) {
    if (plan.files().isEmpty()) {
      return;
    }
    Progress.say(STAGE, "writing " + plan.files().size() + " file(s) of " + config.format().id() + " to "
        + config.output());
    spark.sparkContext().setJobGroup(STAGE, "export: write " + config.format().id() + " files", false);
    ExportWriter.write(frame(input, config, plan.stems()), config.format(), plan.stems().values(), folder);
  }

  /** The rows to write, in the format's columns plus the file stem column. */
  private static Dataset<Row> frame(ExportInput input, ExportConfig config, Map<String, String> stems) {
    Dataset<Row> rows = input.rows().filter(col(PairsTable.SPLIT).isin(stems.keySet().toArray()));
    if (!config.includeDropped()) {
      rows = rows.filter(col(PairsCleanTable.WEIGHT).gt(0));
    }
    rows = rows.withColumn(TrainerRows.FILE, stemColumn(stems));
    if (!config.format().trainer()) {
      return rows.select(columns(ExportColumns.names(config.format(), config.style())));
    }
    return rows.select(columns(List.of(PairsCleanTable.PAIR_ID, PairsCleanTable.PROMPT, PairsCleanTable.CHOSEN,
            PairsCleanTable.REJECTED, PairsCleanTable.TARGET_P, PairsCleanTable.MARGIN, PairsCleanTable.WEIGHT)))
        .mapPartitions(new TrainerRows(config.format(), config.style()),
            Encoders.row(TrainerRows.schema(config.format(), config.style())));
  }

  /** split → stem as a CASE expression; there are few splits, and every row's split is among them. */
  private static Column stemColumn(Map<String, String> stems) {
    Column stem = null;
    for (Map.Entry<String, String> entry : stems.entrySet()) {
      Column matches = col(PairsTable.SPLIT).equalTo(lit(entry.getKey()));
      stem = stem == null ? when(matches, lit(entry.getValue())) : stem.when(matches, lit(entry.getValue()));
    }
    return stem;
  }

  /** The named columns plus the file stem column. */
  private static Column[] columns(List<String> names) {
    List<Column> columns = new ArrayList<>();
    names.forEach(name -> columns.add(col(name)));
    columns.add(col(TrainerRows.FILE));
    return columns.toArray(Column[]::new);
  }
}
