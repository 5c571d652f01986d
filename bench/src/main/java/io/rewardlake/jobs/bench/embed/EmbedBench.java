package io.rewardlake.jobs.bench.embed;

import static org.apache.spark.sql.functions.call_udf;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import io.rewardlake.core.djl.DjlRuntime;
import io.rewardlake.core.djl.DjlTextEncoder;
import io.rewardlake.core.encoder.EncoderSpec;
import io.rewardlake.core.neural.DevicePolicy;
import io.rewardlake.core.neural.NeuralModelSpec;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.bench.BenchRuns;
import io.rewardlake.jobs.bench.djl.TokenTally;
import io.rewardlake.jobs.encoder.EmbeddingStage;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.encoder.BackboneHandle;
import io.rewardlake.spark.encoder.EmbedPartition;
import io.rewardlake.spark.model.HadoopModelFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * {@code bench-embed}: the distinct texts of a lake's pairs (prompts and responses, as the backbone reads them),
 * cached in memory so reading is not measured, embedded three ways side by side in one run:
 * <ol>
 *   <li>the Spark path: {@link EmbedPartition} over as many tasks as the embedding stage makes, every task using the
 *       executor's one loaded backbone;</li>
 *   <li>the floor: one thread on the driver looping over the same texts in the same batches with its own copy of the
 *       backbone run with one ONNX Runtime thread, no Spark;</li>
 *   <li>a Spark row UDF embedding one text per call.</li>
 * </ol>
 * Each path gets an untimed warm-up, then {@code runs} timed runs alternating between the paths (median reported).
 * The Spark path's vectors must match the floor's or the benchmark fails. Nothing is written to the lake.
 */
public final class EmbedBench {
  private static final String STAGE = "bench-embed";
  private static final String ROW_UDF = "bench_embed_row";
  private static final int COMPARED_TEXTS = 256;

  private EmbedBench() {}

  /**
   * @param lake the lake whose pairs' texts are embedded
   * @param backbone the backbone's directory
   * @param texts how many distinct texts (the first by hash, a length-blind sample), 0 for all
   * @param partitions Spark partitions of the Spark path, 0 for the embedding stage's rule
   * @param batchSize the backbone's batch_size for this run, 0 for its own
   * @param device the backbone's device for this run, null for its own
   * @param threads ONNX Runtime threads per call on the Spark paths, -1 for the backbone's own setting
   * @param textsPerBatch texts an embedding task takes per batch (embed.batch_size)
   * @param runs timed runs per path
   * @param warmupTexts texts of the untimed warm-up per path
   */
  public record Settings(String lake, String backbone, int texts, int partitions, int batchSize, String device,
      int threads, int textsPerBatch, int runs, int warmupTexts) {}

  public static List<String> run(SparkSession spark, Settings settings) {
    BackboneHandle shipped = handle(spark, settings.backbone());
    BackboneHandle backbone = shipped.with(override(shipped.spec(), settings));
    EncoderSpec floorSpec = backbone.spec().withNetwork(backbone.spec().network().withRuntime(
        backbone.spec().network().batchSize(), backbone.spec().network().device(), 1));
    Dataset<Row> sample = texts(spark, settings, backbone).persist(StorageLevel.MEMORY_ONLY());
    try (DjlTextEncoder floorEncoder = loadFloor(spark, settings.backbone(), floorSpec)) {
      List<Row> collected = sample.collectAsList();
      List<String> hashes = collected.stream().map(row -> row.<String>getAs(EmbedPartition.TEXT_HASH)).toList();
      List<String> texts = collected.stream().map(row -> row.<String>getAs(EmbedPartition.TEXT)).toList();
      int partitions = settings.partitions() > 0 ? settings.partitions()
          : EmbeddingStage.tasks(spark.sparkContext().defaultParallelism(), texts.size());
      Dataset<Row> input = sample.repartition(partitions).persist(StorageLevel.MEMORY_ONLY());
      Dataset<Row> warmup = sample.limit(settings.warmupTexts()).repartition(partitions)
          .persist(StorageLevel.MEMORY_ONLY());
      try {
        return measure(spark, settings, new Paths(backbone, new Floor(floorEncoder, settings.textsPerBatch()), input,
            warmup, partitions), hashes, texts);
      } finally {
        input.unpersist();
        warmup.unpersist();
      }
    } finally {
      sample.unpersist();
    }
  }

  private record Paths(BackboneHandle backbone, Floor floor, Dataset<Row> input, Dataset<Row> warmup,
      int partitions) {}

  private static List<String> measure(SparkSession spark, Settings settings, Paths paths, List<String> hashes,
      List<String> texts) {
    EmbedPartition embed = new EmbedPartition(paths.backbone(), settings.textsPerBatch(), STAGE);
    spark.udf().register(ROW_UDF, EmbedBenchTasks.rowEmbedding(paths.backbone()),
        DataTypes.createArrayType(DataTypes.FloatType, false));
    long count = paths.input().count();
    TokenTally tally = paths.floor().tally(texts);
    Progress.say(STAGE, String.format(Locale.ROOT, "%,d texts cached in %d partitions; %,d tokens", count,
        paths.partitions(), tally.tokens()));
    Progress.say(STAGE, "warm-up (untimed): every path on " + paths.warmup().count() + " texts");
    sparkPath(paths.warmup(), embed);
    paths.floor().embed(texts.subList(0, Math.min(texts.size(), settings.warmupTexts())), 0);
    rowUdf(paths.warmup());
    EmbedBenchReport.Timings timings = new EmbedBenchReport.Timings(settings.runs());
    List<float[]> floorVectors = List.of();
    // Runs alternate between the paths, so a load that changes during the benchmark affects all alike.
    for (int r = 0; r < settings.runs(); r++) {
      String run = ", run " + (r + 1) + " of " + settings.runs();
      BenchRuns.timed(STAGE, "Spark path" + run, () -> sparkPath(paths.input(), embed), timings.spark(), r);
      floorVectors = BenchRuns.timed(STAGE, "floor" + run, () -> paths.floor().embed(texts, COMPARED_TEXTS),
          timings.floor(), r);
      BenchRuns.timed(STAGE, "row UDF" + run, () -> rowUdf(paths.input()), timings.row(), r);
    }
    VectorAgreement agreement = VectorAgreement.of(hashes, floorVectors,
        sparkVectors(paths.input(), embed, hashes.subList(0, floorVectors.size())));
    NeuralModelSpec network = paths.backbone().spec().network();
    String described = String.format(Locale.ROOT, "backbone %s (batch_size %d, max_length %d, device %s, threads %s)",
        network.modelId(), network.batchSize(), network.maxLength(), network.device(),
        network.threads() == 0 ? "runtime default" : Integer.toString(network.threads()));
    List<String> lines = EmbedBenchReport.lines(new EmbedBenchReport.Workload(count, tally, described,
        paths.partitions(), spark.sparkContext().defaultParallelism()), timings, agreement);
    if (!agreement.agrees()) {
      lines.forEach(System.out::println);
      throw Errors.embedPathsDisagree(EmbedBenchReport.agreementLine(agreement));
    }
    return lines;
  }

  private static long sparkPath(Dataset<Row> rows, EmbedPartition embed) {
    return rows.javaRDD().mapPartitions(EmbedBenchTasks.countEmbedded(embed)).fold(0L, Long::sum);
  }

  private static long rowUdf(Dataset<Row> rows) {
    // Summing the vectors' sizes makes Spark evaluate the UDF on every row (a plain count could skip it).
    Row total = rows.agg(sum(size(call_udf(ROW_UDF, col(EmbedPartition.TEXT))))).first();
    return total.isNullAt(0) ? 0 : total.getLong(0);
  }

  private static Map<String, float[]> sparkVectors(Dataset<Row> rows, EmbedPartition embed, List<String> wanted) {
    java.util.Set<String> keys = new java.util.HashSet<>(wanted);
    Map<String, float[]> out = new HashMap<>();
    Dataset<Row> some = rows.filter(col(EmbedPartition.TEXT_HASH).isin(keys.toArray()));
    for (Row row : some.javaRDD().mapPartitions(embed).collect()) {
      // Rows straight from EmbedPartition, not through Catalyst: the vector is still a float[].
      out.put(row.getString(1), (float[]) row.get(2));
    }
    return out;
  }

  /** Distinct texts of the lake's pairs as the backbone reads them, in hash order (blind to length and source). */
  private static Dataset<Row> texts(SparkSession spark, Settings settings, BackboneHandle backbone) {
    Dataset<Row> pairs = new Lakehouse(spark, settings.lake()).read(PairsTable.CONTRACT, "ingest");
    Dataset<Row> texts = pairs.select(EmbeddingStage.promptText(backbone, col("prompt")).as(EmbedPartition.TEXT))
        .union(pairs.select(EmbeddingStage.responseText(backbone, col("chosen")).as(EmbedPartition.TEXT)))
        .union(pairs.select(EmbeddingStage.responseText(backbone, col("rejected")).as(EmbedPartition.TEXT)))
        .filter(col(EmbedPartition.TEXT).isNotNull())
        .select(EmbeddingStage.hash(col(EmbedPartition.TEXT)).as(EmbedPartition.TEXT_HASH), col(EmbedPartition.TEXT))
        .dropDuplicates(EmbedPartition.TEXT_HASH).orderBy(col(EmbedPartition.TEXT_HASH));
    return settings.texts() > 0 ? texts.limit(settings.texts()) : texts;
  }

  private static EncoderSpec override(EncoderSpec spec, Settings settings) {
    NeuralModelSpec network = spec.network();
    return spec.withNetwork(network.withRuntime(settings.batchSize() > 0 ? settings.batchSize() : network.batchSize(),
        settings.device() == null ? network.device() : DevicePolicy.parse(settings.device()),
        settings.threads() >= 0 ? settings.threads() : network.threads()));
  }

  private static BackboneHandle handle(SparkSession spark, String location) {
    try {
      return BackboneHandle.of(spark, location);
    } catch (IOException e) {
      throw Errors.unreadableBackbone(location, e);
    }
  }

  private static DjlTextEncoder loadFloor(SparkSession spark, String location, EncoderSpec spec) {
    try {
      HadoopModelFiles files = new HadoopModelFiles(location, spark.sparkContext().hadoopConfiguration());
      return DjlTextEncoder.load(files.localDirectory(), spec, DjlRuntime.chooseDevice(spec.network(), List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load backbone " + location + " for the single-thread loop: "
          + e.getMessage(), e);
    }
  }

}
