package io.rewardlake.jobs.bench.djl;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;

import io.rewardlake.core.model.EnsembleManifest;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.neural.NeuralModelSpec;
import io.rewardlake.core.vote.VoteMode;
import io.rewardlake.jobs.bench.ScratchFolders;
import io.rewardlake.core.vote.VoterSelection;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.bench.BenchRuns;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.vote.EnsembleHandle;
import io.rewardlake.spark.vote.VotePartition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * {@code bench-djl}: the same pairs (cached in memory, so reading is not measured) scored with one DJL reward model
 * two ways, side by side in one run:
 * <ol>
 *   <li>the vote path: {@link VotePartition} over a one-member ensemble whose member is the model, so each batch of
 *       pairs becomes length-bucketed model calls of up to {@code batch_size} sequences;</li>
 *   <li>a plain Spark row UDF calling {@code model.score} on one sequence at a time, chosen then rejected.</li>
 * </ol>
 * Both use the executor's one loaded copy of the model, and both collect (pair id, reward difference) to the driver,
 * so only batching differs. A third pass only tokenises and truncates (the floor both paths share, no model call). Each path gets an untimed warm-up, then {@code runs} timed runs, alternating between the
 * paths (median reported); the two paths' differences must agree within {@link Agreement#TOLERANCE} or the benchmark
 * fails.
 */
public final class DjlBench {
  private static final String STAGE = "bench-djl";
  private static final String ROW_UDF = "bench_djl_row_difference";

  private DjlBench() {}

  /**
   * @param lake the lake whose {@code pairs} are scored
   * @param model the DJL reward model's directory
   * @param pairs how many pairs (the first by pair id), 0 for all
   * @param partitions Spark partitions to cache them in, 0 for the default parallelism
   * @param overrides the model's {@code batch_size} and {@code device} for this run, where they differ from its own
   * @param votePairs pairs per vote batch (vote.batch_size)
   * @param runs timed runs per path
   * @param warmupPairs pairs of the untimed warm-up per path
   */
  public record Settings(String lake, Path model, int pairs, int partitions, BenchEnsemble.Overrides overrides,
      int votePairs, int runs, int warmupPairs) {}

  public static List<String> run(SparkSession spark, Settings settings) {
    Path scratch = ScratchFolders.create("rewardlake-bench-djl");
    try {
      return measure(spark, settings, create(scratch, settings));
    } finally {
      ScratchFolders.deleteQuietly(scratch, STAGE);
    }
  }

  private static List<String> measure(SparkSession spark, Settings settings, BenchEnsemble.Created created) {
    NeuralModelSpec spec = spec(created.member());
    EnsembleHandle handle = EnsembleHandle.of(spark, created.ensemble().toString());
    VoterSelection everyone = VoterSelection.of(manifest(created.ensemble()), VoteMode.ALL);
    int partitions = settings.partitions() > 0 ? settings.partitions() : spark.sparkContext().defaultParallelism();
    Dataset<Row> input = input(spark, settings, partitions);
    Dataset<Row> warmup = input.limit(settings.warmupPairs()).repartition(partitions)
        .persist(StorageLevel.MEMORY_ONLY());
    try {
      long pairs = input.count();
      warmup.count();
      String devices = String.join(",", input.javaRDD().mapPartitions(DjlBenchTasks.device(handle)).distinct()
          .collect());
      Progress.say(STAGE, String.format(Locale.ROOT, "%,d pairs cached in %d partitions; model %s loaded on %s",
          pairs, partitions, spec.modelId(), devices));
      Function<Dataset<Row>, TokenTally> encode = rows -> rows.javaRDD().mapPartitions(DjlBenchTasks.tokenTally(
          handle, settings.votePairs(), spec.batchSize(), spec.maxBatchTokens())).fold(TokenTally.NONE,
          TokenTally::plus);
      spark.udf().register(ROW_UDF, DjlBenchTasks.rowDifference(handle), DataTypes.DoubleType);
      Function<Dataset<Row>, Map<String, Double>> vote = rows -> vote(rows, handle, everyone, settings.votePairs());
      Function<Dataset<Row>, Map<String, Double>> rowUdf = DjlBench::rowUdf;
      Progress.say(STAGE, "warm-up (untimed): every path on " + warmup.count() + " pairs");
      encode.apply(warmup);
      vote.apply(warmup);
      rowUdf.apply(warmup);
      DjlBenchReport.Timings timings = new DjlBenchReport.Timings(settings.runs());
      TokenTally tally = TokenTally.NONE;
      Map<String, Double> voted = Map.of();
      Map<String, Double> single = Map.of();
      // Runs alternate between the paths, so a load that changes during the benchmark (other jobs on the machine)
      // affects all alike instead of whichever path happened to run during it.
      for (int r = 0; r < settings.runs(); r++) {
        String run = ", run " + (r + 1) + " of " + settings.runs();
        tally = BenchRuns.timed(STAGE, "encode only" + run, () -> encode.apply(input), timings.encode(), r);
        voted = BenchRuns.timed(STAGE, "vote path" + run, () -> vote.apply(input), timings.vote(), r);
        single = BenchRuns.timed(STAGE, "row UDF path" + run, () -> rowUdf.apply(input), timings.row(), r);
      }
      Agreement agreement = Agreement.of(voted, single);
      String model = String.format(Locale.ROOT, "%s (%s on %s, batch_size %d, max_batch_tokens %,d, max_length %d)",
          spec.modelId(), spec.engine(), devices, spec.batchSize(), spec.maxBatchTokens(), spec.maxLength());
      List<String> lines = DjlBenchReport.lines(new DjlBenchReport.Workload(pairs, tally, model, partitions,
          settings.votePairs()), timings, agreement);
      if (!agreement.agrees()) {
        lines.forEach(System.out::println);
        throw Errors.benchPathsDisagree(DjlBenchReport.agreementLine(agreement));
      }
      return lines;
    } finally {
      input.unpersist();
      warmup.unpersist();
    }
  }

  private static Dataset<Row> input(SparkSession spark, Settings settings, int partitions) {
    Dataset<Row> pairs = new Lakehouse(spark, settings.lake()).read(PairsTable.CONTRACT, "ingest")
        .select(VotePartition.INPUT_COLUMNS.stream().map(name -> col(name)).toArray(Column[]::new))
        .orderBy(col("pair_id"));
    if (settings.pairs() > 0) {
      pairs = pairs.limit(settings.pairs());
    }
    return pairs.repartition(partitions).persist(StorageLevel.MEMORY_ONLY());
  }

  private static Map<String, Double> vote(Dataset<Row> rows, EnsembleHandle handle, VoterSelection everyone,
      int votePairs) {
    // One member: the strength's mean (column 3) is that member's reward difference.
    return rows.javaRDD().mapPartitions(new VotePartition(handle, BenchEnsemble.ID, everyone, votePairs, STAGE))
        .mapToPair(row -> new Tuple2<>(row.getString(0), row.getDouble(3))).collectAsMap();
  }

  private static Map<String, Double> rowUdf(Dataset<Row> rows) {
    Map<String, Double> out = new HashMap<>();
    for (Row row : rows.select(col("pair_id"), call_udf(ROW_UDF, col("prompt"), col("chosen"), col("rejected")))
        .collectAsList()) {
      out.put(row.getString(0), row.getDouble(1));
    }
    return out;
  }

  private static BenchEnsemble.Created create(Path scratch, Settings settings) {
    try {
      return BenchEnsemble.create(scratch, settings.model(), settings.overrides());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the benchmark ensemble in " + scratch + ": " + e.getMessage(), e);
    }
  }

  private static NeuralModelSpec spec(Path member) {
    try {
      return ModelStore.readNeuralSpec(new LocalModelFiles(member));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EnsembleManifest manifest(Path ensemble) {
    try {
      return ModelStore.readManifest(new LocalModelFiles(ensemble));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
