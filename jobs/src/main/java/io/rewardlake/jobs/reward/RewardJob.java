package io.rewardlake.jobs.reward;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import io.rewardlake.core.reward.MemberMoments;
import io.rewardlake.core.reward.MemberScales;
import io.rewardlake.core.reward.RewardStats;
import io.rewardlake.core.reward.SelectionRule;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.encoder.EmbeddingStage;
import io.rewardlake.jobs.encoder.StoredEmbeddings;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.model.EnsembleLocator;
import io.rewardlake.jobs.model.EnsembleLocator.LocatedEnsemble;
import io.rewardlake.core.stats.Bootstrap;
import io.rewardlake.schemas.BestOfNTable;
import io.rewardlake.schemas.GoldCurveTable;
import io.rewardlake.schemas.RewardsTable;
import io.rewardlake.spark.reward.ScoreSamples;
import io.rewardlake.spark.vote.EnsembleHandle;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code reward}: samples + an ensemble → {@code rewards} and {@code best_of_n}. Every member scores every sample
 * once (batched, ensemble loaded once per executor); a pass over those rewards gives each member's mean and std
 * (the standardisation); a second computes each sample's statistics. Both tables' rows for the ensemble are
 * replaced in one commit each.
 */
public final class RewardJob {
  private static final String STAGE = "reward";
  /** {@link RewardsTable} columns plus the ground truth, kept for the evaluation and not written. */
  static final StructType SCORED = RewardsTable.SCHEMA.add("quality", DataTypes.DoubleType, true);

  /** The texts of a sample that encoder members embed. */
  static final List<EmbeddingStage.Role> ROLES = List.of(new EmbeddingStage.Role("prompt", "prompt", true),
      new EmbeddingStage.Role("response", "response", false));

  /** Seed of the bootstrap behind the gold curve's intervals: the same samples give the same intervals. */
  static final long BOOTSTRAP_SEED = 7;

  private RewardJob() {}

  public static RewardSummary run(SparkSession spark, RewardConfig config, RunContext run) {
    long start = System.nanoTime();
    Lakehouse lake = new Lakehouse(spark, config.lake());
    requireInput(spark, config.input());
    LocatedEnsemble ensemble = EnsembleLocator.locate(spark, lake, config.ensemble());
    int members = ensemble.manifest().members().size();
    Progress.say(STAGE, "ensemble '" + ensemble.id() + "' (" + members + " members) scoring " + config.input()
        + ", lambda " + config.lambda());
    spark.sparkContext().setJobGroup(STAGE, "reward: score samples with ensemble " + ensemble.id(), false);
    EnsembleHandle handle = EnsembleHandle.of(spark, ensemble.directory());
    StoredEmbeddings.Attached samples = StoredEmbeddings.attach(spark, lake, run, ensemble.directory(),
        RewardInput.read(spark, config.input(), config.gold(), config.goldChosen(), config.goldTable()), ROLES, EmbeddingStage.DEFAULT_BATCH, STAGE);
    JavaRDD<Row> memberRewards = samples.rows().javaRDD()
        .mapPartitions(new ScoreSamples(handle, config.batchSize(), samples.columns()))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      MemberScales scales = memberRewards.map(row -> rewardsOf(row)).aggregate(new MemberMoments(members),
          MemberMoments::add, MemberMoments::merge).scales();
      Dataset<Row> scored = statistics(spark, memberRewards, scales, config.lambda(), ensemble.id(), run.runId())
          .persist(StorageLevel.MEMORY_AND_DISK());
      try {
        Lineage lineage = new Lineage(run, List.of(config.input(), ensemble.directory()), Map.of());
        String predicate = "ensemble_id = '" + ensemble.id() + "'";
        long rows = lake.replaceWhere(RewardsTable.CONTRACT, scored.select(columns(RewardsTable.SCHEMA)), predicate,
            lineage);
        long picks = lake.replaceWhere(BestOfNTable.CONTRACT, bestOfN(scored), predicate, lineage);
        Progress.say(STAGE, String.format(java.util.Locale.ROOT, "%,d samples scored, %,d best-of-N picks", rows,
            picks));
        OverOptimisation.Curve curve = OverOptimisation.curve(scored, Bootstrap.DEFAULT_RESAMPLES, BOOTSTRAP_SEED);
        if (!curve.isEmpty()) {
          lake.replaceWhere(GoldCurveTable.CONTRACT, GoldCurveRows.of(spark, curve, ensemble.id(), config.lambda(),
              config.gold(), run.runId()), predicate, lineage);
        }
        return new RewardSummary(ensemble.id(), config.lambda(), rows, picks, scales, config.gold(), curve,
            (System.nanoTime() - start) / 1e9);
      } finally {
        scored.unpersist();
      }
    } finally {
      memberRewards.unpersist(false);
      spark.sparkContext().clearJobGroup();
    }
  }

  private static void requireInput(SparkSession spark, String input) {
    try {
      Path path = new Path(input);
      if (!path.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(path)) {
        throw Errors.noInputMatches(input);
      }
    } catch (IOException e) {
      throw Errors.noInputMatches(input);
    }
  }

  /** Rows of {@link ScoreSamples} carry no schema: fields by position, in {@link ScoreSamples#SCHEMA} order. */
  private static double[] rewardsOf(Row row) {
    return (double[]) row.get(4);
  }

  private static Dataset<Row> statistics(SparkSession spark, JavaRDD<Row> memberRewards, MemberScales scales,
      double lambda, String ensembleId, String runId) {
    JavaRDD<Row> rows = memberRewards.map(row -> {
      RewardStats s = RewardStats.of(rewardsOf(row), scales, lambda);
      return RowFactory.create(row.get(0), row.get(1), row.get(2), s.mean(), s.std(), s.min(), s.lcb(), lambda,
          ensembleId, runId, row.get(3));
    });
    return spark.createDataFrame(rows, SCORED);
  }

  /** Per prompt and rule, the candidate with the highest score (ties: smallest sample id), as in core BestOfN. */
  static Dataset<Row> bestOfN(Dataset<Row> scored) {
    Dataset<Row> grouped = scored.filter(col(RewardsTable.PROMPT_ID).isNotNull());
    Dataset<Row> all = null;
    for (SelectionRule rule : SelectionRule.values()) {
      Dataset<Row> picks = pick(grouped, rule, Window.partitionBy(RewardsTable.PROMPT_ID))
          .select(columns(BestOfNTable.SCHEMA));
      all = all == null ? picks : all.union(picks);
    }
    return all;
  }

  static Dataset<Row> pick(Dataset<Row> grouped, SelectionRule rule, WindowSpec byPrompt) {
    return top(grouped.withColumn(BestOfNTable.CANDIDATES, count(lit(1)).over(byPrompt)
        .cast(DataTypes.IntegerType)), col(scoreColumn(rule)), byPrompt).withColumn(BestOfNTable.RULE, lit(rule.id()));
  }

  /** Per window (prompt), the row with the highest {@code score}; ties go to the smallest sample id. */
  static Dataset<Row> top(Dataset<Row> grouped, Column score, WindowSpec byPrompt) {
    return grouped.withColumn("rank", row_number().over(byPrompt.orderBy(score.desc(),
        col(RewardsTable.SAMPLE_ID).asc()))).filter(col("rank").equalTo(1));
  }

  static String scoreColumn(SelectionRule rule) {
    return switch (rule) {
      case MEAN -> RewardsTable.REWARD_MEAN;
      case LCB -> RewardsTable.REWARD_LCB;
      case MIN -> RewardsTable.REWARD_MIN;
    };
  }

  private static Column[] columns(StructType schema) {
    return java.util.Arrays.stream(schema.fieldNames()).map(name -> col(name)).toArray(Column[]::new);
  }
}
