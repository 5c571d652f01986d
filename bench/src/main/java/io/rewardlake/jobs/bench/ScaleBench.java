package io.rewardlake.jobs.bench;

import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.config.ConfigKeys;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.pipeline.PipelineConfig;
import io.rewardlake.jobs.pipeline.PipelineJob;
import io.rewardlake.jobs.synth.SynthConfig;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;

/**
 * Runs the pipeline's stages one at a time on synthetic corpora of growing size, in one Spark session, and times
 * each: the same stages and settings a user's {@code pipeline} runs, so the figures are what a user would see, minus
 * the JVM start. Each size gets a lake of its own.
 */
public final class ScaleBench {
  private static final String STAGE = "bench-scale";

  private ScaleBench() {}

  public static List<String> run(SparkSession spark, BenchScaleConfig config) {
    boolean temporary = config.work() == null;
    Path work = temporary ? ScratchFolders.create("rewardlake-bench-scale") : Path.of(config.work());
    try {
      if (config.warmupPairs() > 0) {
        Progress.say(STAGE, String.format(Locale.ROOT, "warm-up run at %,d pairs (not timed)", config.warmupPairs()));
        runSize(spark, config, config.warmupPairs(), work.resolve("warmup"));
      }
      List<ScaleTable.Size> sizes = new ArrayList<>();
      for (long pairs : config.sizes()) {
        sizes.add(runSize(spark, config, pairs, work.resolve("pairs-" + pairs)));
      }
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "bench-scale: stages %s, one run per size in one JVM (%d cores)%s",
          String.join(",", config.stages()), Runtime.getRuntime().availableProcessors(),
          config.warmupPairs() > 0 ? String.format(Locale.ROOT, ", after a warm-up at %,d pairs",
              config.warmupPairs()) : ""));
      lines.addAll(new ScaleTable(sizes, Runtime.getRuntime().maxMemory()).lines());
      lines.add(temporary ? "lakes deleted" : "lakes kept in " + work);
      return lines;
    } finally {
      if (temporary) {
        ScratchFolders.deleteQuietly(work, STAGE);
      }
    }
  }

  private static ScaleTable.Size runSize(SparkSession spark, BenchScaleConfig config, long pairs, Path lake) {
    Map<String, Double> seconds = new LinkedHashMap<>();
    try (HeapPeak heap = HeapPeak.start()) {
      for (String stage : config.stages()) {
        Settings settings = stageSettings(config, stage, pairs, lake);
        long start = System.nanoTime();
        PipelineJob.run(spark, PipelineConfig.from(settings), RunContext.start(STAGE, settings.explicitValues()));
        seconds.put(stage, (System.nanoTime() - start) / 1e9);
        Progress.say(STAGE, String.format(Locale.ROOT, "%,d pairs: %s in %.1f s", pairs, stage, seconds.get(stage)));
      }
      return new ScaleTable.Size(pairs, seconds, heap.peak(), heap.peakLive());
    }
  }

  /**
   * The pipeline's settings for one stage at one size. A pipeline that runs synth and ingest together feeds the
   * synthetic pairs file to ingest; run alone, ingest is told the same file.
   */
  static Settings stageSettings(BenchScaleConfig config, String stage, long pairs, Path lake) {
    Map<String, String> size = new LinkedHashMap<>(Map.of("lake", lake.toString(), "synth.pairs",
        Long.toString(pairs), "pipeline.stages", stage, "pipeline.report", "false"));
    Settings settings = Settings.resolve(config.settings(), size);
    if (stage.equals("ingest") && !settings.isSet(ConfigKeys.INGEST_INPUT)) {
      size.put(ConfigKeys.INGEST_INPUT.name(), SynthConfig.from(settings).pairsOutput());
      settings = Settings.resolve(config.settings(), size);
    }
    return settings;
  }

  /**
   * The most heap in use while it runs, and the most left in use after a collection (the live data, which is what
   * has to fit), sampled every 50 ms by a daemon thread.
   */
  static final class HeapPeak implements AutoCloseable {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong peakLive = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    private HeapPeak() {
      sampler = new Thread(this::sample, "rewardlake-heap-peak");
      sampler.setDaemon(true);
    }

    static HeapPeak start() {
      HeapPeak heap = new HeapPeak();
      heap.sampler.start();
      return heap;
    }

    private void sample() {
      var memory = ManagementFactory.getMemoryMXBean();
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        peakLive.accumulateAndGet(afterLastCollection(), Math::max);
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    /** Heap in use after each heap pool's most recent collection. */
    private static long afterLastCollection() {
      long live = 0;
      for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
        var usage = pool.getType() == java.lang.management.MemoryType.HEAP ? pool.getCollectionUsage() : null;
        live += usage == null ? 0 : usage.getUsed();
      }
      return live;
    }

    long peakLive() {
      return peakLive.accumulateAndGet(afterLastCollection(), Math::max);
    }

    long peak() {
      peak.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
      return peak.get();
    }

    @Override
    public void close() {
      running = false;
      sampler.interrupt();
    }
  }
}
