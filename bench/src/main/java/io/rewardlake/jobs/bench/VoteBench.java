package io.rewardlake.jobs.bench;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rand;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.vote.VoteMode;
import io.rewardlake.core.vote.VoterSelection;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.model.EnsembleLocator;
import io.rewardlake.jobs.model.EnsembleLocator.LocatedEnsemble;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.vote.EnsembleHandle;
import io.rewardlake.spark.vote.VotePartition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.functions;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code bench-vote}: the same pairs (cached in memory, so reading is not measured) voted on by all M members, side
 * by side in one run:
 * <ol>
 *   <li>featurize only: our featurizer on both responses, no scoring (the floor of any vote with these models);</li>
 *   <li>the vote: {@link VotePartition}, one featurization per text and one packed pass for all M members;</li>
 *   <li>plain row UDFs: {@code member_score(m, prompt, response)} called for each member and response (2M calls,
 *       each featurizing again), mean and std in SQL;</li>
 *   <li>MLlib: RegexTokenizer + HashingTF (2^hash_bits) on both responses, their difference, then M
 *       {@code LogisticRegressionModel.transform} passes (models fitted untimed beforehand), mean and std in SQL;</li>
 *   <li>MLlib's featurization alone, so the scoring cost of both pipelines can be told apart from featurization
 *       (MLlib's unigram HashingTF does far less work per text than the built-in featurizer).</li>
 * </ol>
 * Each contender's output is aggregated to a number so no work is pruned; each runs {@code runs} times after an
 * untimed warm-up and the median time is reported.
 */
public final class VoteBench {
  private static final String STAGE = "bench-vote";
  private static final String MEMBER_SCORE = "bench_member_score";

  private VoteBench() {}

  /** Benchmark settings: ensemble reference, copies of the pairs, timed runs per contender. */
  public record Settings(String lake, String ensemble, int copies, int runs, boolean warmup) {}

  public static List<String> run(SparkSession spark, Settings settings) {
    Lakehouse lake = new Lakehouse(spark, settings.lake());
    LocatedEnsemble located = EnsembleLocator.locate(spark, lake, settings.ensemble());
    EnsembleHandle handle = EnsembleHandle.of(spark, located.directory());
    int members = located.manifest().members().size();
    FeaturizerSpec spec = FeaturizerSpec.fromMap(handle.ensemble().member(0).metadata().featurizer());
    Dataset<Row> input = input(spark, lake, settings.copies());
    try {
      long pairs = input.count();
      Progress.say(STAGE, String.format(Locale.ROOT, "%,d pairs cached (%d copies), ensemble '%s' with %d members",
          pairs, settings.copies(), located.id(), members));
      List<LogisticRegressionModel> models = fitMllibModels(input, spec, members);
      spark.udf().register(MEMBER_SCORE, VoteBaselines.memberScore(handle), org.apache.spark.sql.types.DataTypes.DoubleType);
      VoterSelection everyone = VoterSelection.of(located.manifest(), VoteMode.ALL);
      List<Contender> contenders = List.of(
          new Contender("featurize only (floor)", () -> featurizeOnly(input, spec)),
          new Contender("vote (packed, one pass)", () -> vote(input, handle, located.id(), everyone)),
          new Contender(members + " member UDFs x 2 responses", () -> memberUdfs(input, members)),
          new Contender("MLlib HashingTF + " + members + " LR transforms", () -> mllib(input, spec, models)),
          new Contender("MLlib HashingTF only (its floor)", () -> mllibFeaturizeOnly(input, spec)));
      if (settings.warmup()) {
        Progress.say(STAGE, "warm-up (untimed)");
        contenders.forEach(contender -> contender.work().getAsDouble());
      }
      double[] seconds = new double[contenders.size()];
      for (int c = 0; c < contenders.size(); c++) {
        Progress.say(STAGE, contenders.get(c).label());
        seconds[c] = medianSeconds(contenders.get(c).work(), settings.runs());
      }
      return lines(contenders, seconds, pairs, members);
    } finally {
      input.unpersist();
    }
  }

  private record Contender(String label, DoubleSupplier work) {}

  private static Dataset<Row> input(SparkSession spark, Lakehouse lake, int copies) {
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest").select(VotePartition.INPUT_COLUMNS.stream()
        .map(name -> col(name)).toArray(Column[]::new));
    Dataset<Row> all = pairs;
    for (int i = 1; i < copies; i++) {
      all = all.union(pairs);
    }
    return all.repartition(spark.sparkContext().defaultParallelism() * 2).persist(StorageLevel.MEMORY_ONLY());
  }

  private static double featurizeOnly(Dataset<Row> input, FeaturizerSpec spec) {
    return input.javaRDD().mapPartitions(VoteBaselines.featurizeOnly(spec)).reduce(Double::sum);
  }

  private static double vote(Dataset<Row> input, EnsembleHandle handle, String id, VoterSelection everyone) {
    return input.javaRDD().mapPartitions(new VotePartition(handle, id, everyone, 256, "bench"))
        .map(row -> row.getDouble(3)).reduce(Double::sum);
  }

  private static double memberUdfs(Dataset<Row> input, int members) {
    List<Column> diffs = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      diffs.add(call_udf(MEMBER_SCORE, lit(m), col("prompt"), col("chosen"))
          .minus(call_udf(MEMBER_SCORE, lit(m), col("prompt"), col("rejected"))));
    }
    return meanAndSpread(input, diffs);
  }

  private static double mllib(Dataset<Row> input, FeaturizerSpec spec, List<LogisticRegressionModel> models) {
    Dataset<Row> scored = differenceFeatures(input, spec);
    List<Column> diffs = new ArrayList<>();
    for (int m = 0; m < models.size(); m++) {
      scored = models.get(m).copy(new org.apache.spark.ml.param.ParamMap()).setRawPredictionCol("raw" + m)
          .setProbabilityCol("probability" + m).setPredictionCol("prediction" + m).transform(scored);
      diffs.add(element_at(functions.vector_to_array(col("raw" + m), "float64"), 2));
    }
    return meanAndSpread(scored, diffs);
  }

  private static double mllibFeaturizeOnly(Dataset<Row> input, FeaturizerSpec spec) {
    UserDefinedFunction nonZeros = udf((org.apache.spark.sql.api.java.UDF1<Vector, Double>) v -> (double) v.numActives(),
        org.apache.spark.sql.types.DataTypes.DoubleType);
    Row total = differenceFeatures(input, spec).agg(sum(nonZeros.apply(col("features")))).first();
    return total.isNullAt(0) ? 0 : total.getDouble(0);
  }

  /** Sum over pairs of mean(d) + std(d): a number that needs every difference. */
  private static double meanAndSpread(Dataset<Row> rows, List<Column> diffs) {
    Column mean = diffs.stream().reduce(Column::plus).orElseThrow().divide(diffs.size());
    Column squares = diffs.stream().map(d -> d.multiply(d)).reduce(Column::plus).orElseThrow().divide(diffs.size());
    Row total = rows.select(mean.as("mean"), squares.as("squares"))
        .agg(sum(col("mean").plus(sqrt(col("squares").minus(col("mean").multiply(col("mean"))))))).first();
    return total.isNullAt(0) ? 0 : total.getDouble(0);
  }

  private static Dataset<Row> differenceFeatures(Dataset<Row> input, FeaturizerSpec spec) {
    int slots = 1 << spec.hashBits();
    Dataset<Row> tokens = new RegexTokenizer().setInputCol("chosen").setOutputCol("chosen_tokens")
        .setPattern("\\W+").transform(input);
    tokens = new RegexTokenizer().setInputCol("rejected").setOutputCol("rejected_tokens").setPattern("\\W+")
        .transform(tokens);
    tokens = new HashingTF().setInputCol("chosen_tokens").setOutputCol("chosen_tf").setNumFeatures(slots)
        .transform(tokens);
    tokens = new HashingTF().setInputCol("rejected_tokens").setOutputCol("rejected_tf").setNumFeatures(slots)
        .transform(tokens);
    UserDefinedFunction minus = udf((UDF2<Vector, Vector, Vector>) VoteBench::minus, SQLDataTypes.VectorType());
    return tokens.withColumn("features", minus.apply(col("chosen_tf"), col("rejected_tf")));
  }

  /** Sparse a − b (HashingTF output is sparse; densifying 2^18 slots per row would misrepresent MLlib). */
  static Vector minus(Vector a, Vector b) {
    SparseVector x = a.toSparse();
    SparseVector y = b.toSparse();
    int[] indices = new int[x.indices().length + y.indices().length];
    double[] values = new double[indices.length];
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < x.indices().length || j < y.indices().length) {
      int xi = i < x.indices().length ? x.indices()[i] : Integer.MAX_VALUE;
      int yj = j < y.indices().length ? y.indices()[j] : Integer.MAX_VALUE;
      indices[n] = Math.min(xi, yj);
      values[n++] = (xi <= yj ? x.values()[i++] : 0) - (yj <= xi ? y.values()[j++] : 0);
    }
    return Vectors.sparse(a.size(), Arrays.copyOf(indices, n), Arrays.copyOf(values, n));
  }

  /** M quick fits on random labels: the benchmark measures scoring, so the models only need the right shape. */
  private static List<LogisticRegressionModel> fitMllibModels(Dataset<Row> input, FeaturizerSpec spec,
      int members) {
    Progress.say(STAGE, "fitting " + members + " MLlib models for the baseline (untimed)");
    Dataset<Row> sample = differenceFeatures(input.limit(2000), spec)
        .withColumn("label", when(rand(7).gt(0.5), 1.0).otherwise(0.0)).cache();
    List<LogisticRegressionModel> models = new ArrayList<>();
    for (int m = 0; m < members; m++) {
      models.add(new LogisticRegression().setMaxIter(3).setRegParam(0.01).fit(sample));
    }
    sample.unpersist();
    return models;
  }

  private static double medianSeconds(DoubleSupplier work, int runs) {
    double[] seconds = new double[runs];
    for (int r = 0; r < runs; r++) {
      long start = System.nanoTime();
      work.getAsDouble();
      seconds[r] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[runs / 2];
  }

  private static List<String> lines(List<Contender> contenders, double[] seconds, long pairs, int members) {
    List<String> lines = new ArrayList<>();
    for (int c = 0; c < contenders.size(); c++) {
      lines.add(String.format(Locale.ROOT, "  %-40s %7.2f s  %,10.0f pairs/s", contenders.get(c).label(), seconds[c],
          pairs / seconds[c]));
    }
    lines.add(String.format(Locale.ROOT, "ratio: vote is %.1fx the MLlib pipeline and %.1fx the %d member UDFs"
        + " (target >= 5x); vote / featurize-only = %.2fx (target <= 1.5x)", seconds[3] / seconds[1],
        seconds[2] / seconds[1], members, seconds[1] / seconds[0]));
    lines.add(String.format(Locale.ROOT, "scoring %d members beyond featurization: vote %.2f s, MLlib %.2f s (%.1fx)",
        members, seconds[1] - seconds[0], seconds[3] - seconds[4], (seconds[3] - seconds[4])
            / Math.max(1e-9, seconds[1] - seconds[0])));
    return lines;
  }
}
