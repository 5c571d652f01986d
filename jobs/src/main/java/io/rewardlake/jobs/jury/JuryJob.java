package io.rewardlake.jobs.jury;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.schemas.AiLabelsTable;
import io.rewardlake.schemas.JuryTable;
import io.rewardlake.schemas.StrengthTable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code jury}: ai_labels → {@code jury} + the jury's votes in {@code strength}. A judge is one (judge_id, template,
 * mode) of ai_labels with ok rows; each pair gets the judges that labelled it. Both tables are replaced for this jury
 * id in one commit each, so a re-run with other judges replaces the jury.
 */
public final class JuryJob {
  private static final String STAGE = "jury";
  static final String JUDGE = "judge";

  private JuryJob() {}

  public static JurySummary run(SparkSession spark, JuryConfig config, RunContext run) {
    Lakehouse lake = new Lakehouse(spark, config.lake());
    spark.sparkContext().setJobGroup(STAGE, "jury: read the judges' labels", false);
    try {
      Dataset<Row> all = lake.read(AiLabelsTable.CONTRACT, "label")
          .filter(col(AiLabelsTable.STATUS).equalTo("ok").and(col(AiLabelsTable.P_A).isNotNull()));
      Dataset<Row> labels = selected(all, config).withColumn(JUDGE, concat_ws("|", col(AiLabelsTable.JUDGE_ID),
          col(AiLabelsTable.TEMPLATE_ID), col(AiLabelsTable.MODE))).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        List<String> judges = distinct(labels, JUDGE);
        if (judges.size() < 2) {
          throw Errors.juryNeedsJudges(judges, distinct(all, AiLabelsTable.JUDGE_ID));
        }
        Progress.say(STAGE, "jury '" + config.juryId() + "': " + judges.size() + " judges " + judges
            + (config.ensemble().isBlank() ? "" : " voting beside ensemble '" + config.ensemble() + "'"));
        Map<String, Long> versions = new TreeMap<>(Map.of(AiLabelsTable.NAME, lake.version(AiLabelsTable.CONTRACT)));
        Dataset<Row> perPair = withEnsemble(lake, config, perPair(labels), versions);
        Lineage lineage = new Lineage(run, List.of(), versions);
        Dataset<Row> combined = spark.createDataFrame(perPair.javaRDD()
                .mapPartitions(new JuryPairs(config.juryId(), run.runId())), COMBINED)
            .persist(StorageLevel.MEMORY_AND_DISK());
        try {
          spark.sparkContext().setJobGroup(STAGE, "jury: write jury and strength", false);
          long pairs = lake.replaceWhere(JuryTable.CONTRACT, combined.select(columns(JuryTable.CONTRACT.columns())),
              JuryTable.JURY_ID + " = '" + config.juryId() + "'", lineage);
          lake.replaceWhere(StrengthTable.CONTRACT, strengthRows(combined, config.juryId()),
              StrengthTable.ENSEMBLE_ID + " = '" + config.juryId() + "'", lineage);
          spark.sparkContext().setJobGroup(STAGE, "jury: position bias and agreement", false);
          return new JurySummary(config.juryId(), judges, pairs, JuryDiagnostics.of(labels, judges),
              JuryDiagnostics.verdicts(combined), config.ensemble(), lake.path(JuryTable.CONTRACT));
        } finally {
          combined.unpersist();
        }
      } finally {
        labels.unpersist();
      }
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  private static Dataset<Row> selected(Dataset<Row> labels, JuryConfig config) {
    return config.judges().isEmpty() ? labels
        : labels.filter(col(AiLabelsTable.JUDGE_ID).isin(config.judges().toArray()));
  }

  /** pair_id, judges (sorted), p_a (same order). */
  private static Dataset<Row> perPair(Dataset<Row> labels) {
    return labels.groupBy(AiLabelsTable.PAIR_ID)
        .agg(array_sort(collect_list(struct(col(JUDGE), col(AiLabelsTable.P_A)))).as("votes"))
        .select(col(AiLabelsTable.PAIR_ID), col("votes." + JUDGE).as(JuryTable.JUDGES),
            col("votes." + AiLabelsTable.P_A).as(JuryTable.P_A));
  }

  /** Adds ensemble_diffs and out_of_fold: the ensemble's votes on the pair, or nulls. */
  private static Dataset<Row> withEnsemble(Lakehouse lake, JuryConfig config, Dataset<Row> perPair,
      Map<String, Long> versions) {
    if (config.ensemble().isBlank()) {
      return perPair.withColumn("ensemble_diffs", lit(null).cast(DataTypes.createArrayType(DataTypes.DoubleType)))
          .withColumn(StrengthTable.OUT_OF_FOLD, lit(null).cast(DataTypes.BooleanType));
    }
    if (!lake.exists(StrengthTable.CONTRACT)) {
      throw Errors.noStrength(config.ensemble(), lake.path(StrengthTable.CONTRACT), "the strength table does not"
          + " exist");
    }
    versions.put(StrengthTable.NAME, lake.version(StrengthTable.CONTRACT));
    Dataset<Row> votes = lake.read(StrengthTable.CONTRACT, "vote")
        .filter(col(StrengthTable.ENSEMBLE_ID).equalTo(config.ensemble()))
        .select(col(StrengthTable.PAIR_ID).as("voted_pair_id"), col(StrengthTable.DIFFS).as("ensemble_diffs"),
            col(StrengthTable.OUT_OF_FOLD));
    if (votes.isEmpty()) {
      throw Errors.noStrength(config.ensemble(), lake.path(StrengthTable.CONTRACT), "it has no rows for this"
          + " ensemble");
    }
    return perPair.join(votes, perPair.col(AiLabelsTable.PAIR_ID).equalTo(col("voted_pair_id")), "left")
        .drop("voted_pair_id");
  }

  private static Dataset<Row> strengthRows(Dataset<Row> combined, String juryId) {
    return combined.select(col(JuryTable.PAIR_ID), lit(juryId).as(StrengthTable.ENSEMBLE_ID),
        col(StrengthTable.DIFFS), col(StrengthTable.STRENGTH_MEAN), col(StrengthTable.STRENGTH_STD),
        col(StrengthTable.VOTES_FOR_CHOSEN), col(StrengthTable.P_CHOSEN), col(StrengthTable.OUT_OF_FOLD),
        col(StrengthTable.VOTING_MEMBERS), col(JuryTable.RUN_ID));
  }

  /** The jury columns, then the strength columns {@link JuryPairs} computes. */
  static final StructType COMBINED = combined();

  private static StructType combined() {
    StructType schema = JuryTable.SCHEMA;
    for (StructField field : StrengthTable.SCHEMA.fields()) {
      if (!List.of(StrengthTable.PAIR_ID, StrengthTable.ENSEMBLE_ID, StrengthTable.RUN_ID).contains(field.name())) {
        schema = schema.add(field);
      }
    }
    return schema;
  }

  private static List<String> distinct(Dataset<Row> rows, String column) {
    return rows.select(column).distinct().collectAsList().stream().map(row -> row.getString(0)).sorted().toList();
  }

  private static Column[] columns(List<String> names) {
    return names.stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
  }
}
