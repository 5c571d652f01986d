package io.rewardlake.jobs.decontaminate;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.ContaminationTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.hygiene.NGramFunctions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code decontaminate}: pairs + benchmark files → {@code contamination}, replaced in one commit.
 *
 * <p>Each benchmark's prompts become the distinct hashes of their word n-grams; each pair's prompt the same; a join on
 * the hash finds the pairs sharing at least one n-gram with a benchmark, counted per pair and benchmark. The join runs
 * on the executors (Spark broadcasts the benchmark side when it is small), so the cost grows with the corpus's n-grams,
 * not with pairs × benchmark prompts.
 */
public final class DecontaminateJob {
  private static final String STAGE = "decontaminate";
  private static final String HASH = "_hash";
  private static final String EXAMPLE_HASH = "_example_hash";

  private DecontaminateJob() {}

  public static DecontaminateSummary run(SparkSession spark, DecontaminateConfig config, RunContext run) {
    long start = System.nanoTime();
    Lakehouse lake = new Lakehouse(spark, config.lake());
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest").select(PairsTable.PAIR_ID, PairsTable.PROMPT);
    int n = config.ngram();
    spark.sparkContext().setJobGroup(STAGE, "decontaminate: read the benchmarks' n-grams", false);
    try {
      List<DecontaminateSummary.BenchmarkLine> lines = new ArrayList<>();
      Dataset<Row> benchmarkGrams = null;
      for (Benchmark benchmark : config.benchmarks()) {
        Dataset<Row> grams = benchmarkGrams(spark, benchmark, n).persist(StorageLevel.MEMORY_AND_DISK());
        lines.add(new DecontaminateSummary.BenchmarkLine(benchmark.name(), grams.count()));
        Progress.say(STAGE, String.format(java.util.Locale.ROOT, "benchmark %s: %,d distinct %d-word n-grams",
            benchmark.name(), lines.get(lines.size() - 1).ngrams(), n));
        benchmarkGrams = benchmarkGrams == null ? grams : benchmarkGrams.unionByName(grams);
      }
      spark.sparkContext().setJobGroup(STAGE, "decontaminate: match the pairs' prompts", false);
      Dataset<Row> rows = contaminated(pairs, benchmarkGrams, n, run.runId());
      Lineage lineage = new Lineage(run, config.benchmarks().stream().map(Benchmark::path).toList(),
          Map.of(PairsTable.NAME, lake.version(PairsTable.CONTRACT)));
      lake.write(ContaminationTable.CONTRACT, rows, WriteMode.OVERWRITE, lineage);
      Dataset<Row> written = lake.read(ContaminationTable.CONTRACT, STAGE);
      return DecontaminateSummary.of(config, lines, pairs.count(), written, lake, (System.nanoTime() - start) / 1e9);
    } finally {
      spark.sparkContext().clearJobGroup();
    }
  }

  /** The benchmark's distinct n-gram hashes, with its name; a benchmark without a single word is an error. */
  private static Dataset<Row> benchmarkGrams(SparkSession spark, Benchmark benchmark, int n) {
    Dataset<Row> prompts = BenchmarkPrompts.read(spark, benchmark);
    Dataset<Row> grams = prompts.select(explode(NGramFunctions.hashes(col(BenchmarkPrompts.PROMPT), n)).as(HASH))
        .distinct();
    if (grams.isEmpty()) {
      throw Errors.badBenchmark(benchmark.path(), "it holds no prompt with a word in it");
    }
    return grams.withColumn(ContaminationTable.BENCHMARK, lit(benchmark.name()));
  }

  private static Dataset<Row> contaminated(Dataset<Row> pairs, Dataset<Row> benchmarkGrams, int n, String runId) {
    Dataset<Row> pairGrams = pairs.select(col(PairsTable.PAIR_ID),
        explode(NGramFunctions.hashes(col(PairsTable.PROMPT), n)).as(HASH));
    Dataset<Row> matches = pairGrams.join(benchmarkGrams, HASH)
        .groupBy(PairsTable.PAIR_ID, ContaminationTable.BENCHMARK)
        .agg(count(lit(1)).as(ContaminationTable.SHARED_NGRAMS), min(HASH).as(EXAMPLE_HASH));
    return matches.join(pairs, PairsTable.PAIR_ID).select(col(PairsTable.PAIR_ID),
        col(ContaminationTable.BENCHMARK), lit(n).as(ContaminationTable.NGRAM_WORDS),
        col(ContaminationTable.SHARED_NGRAMS),
        NGramFunctions.withHash(col(PairsTable.PROMPT), n, col(EXAMPLE_HASH)).as(ContaminationTable.EXAMPLE),
        lit(runId).as(ContaminationTable.RUN_ID));
  }
}
