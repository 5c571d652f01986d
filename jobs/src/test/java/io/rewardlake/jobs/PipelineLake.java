package io.rewardlake.jobs;

import io.rewardlake.jobs.config.Settings;
import io.rewardlake.jobs.config.YamlConfig;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.pipeline.PipelineConfig;
import io.rewardlake.jobs.pipeline.PipelineJob;
import io.rewardlake.jobs.pipeline.PipelineSummary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A small lake written by the embedded pipeline with the packaged local config, every stage and the report (600
 * synthetic pairs, small feature space, ai_labels from the ensemble judge), built once per test JVM and shared by
 * the pipeline's own test and the tests that read a lake (report, notebooks). Tests must not write to it; a test
 * that writes works on {@link #copy}.
 */
public final class PipelineLake {
  /** The settings on top of the packaged local pipeline config: the default stages, scaled down. */
  public static final Map<String, String> SCALED_DOWN = Map.of("synth.pairs", "600", "ingest.partitions", "2",
      "train.hash_bits", "12", "train.max_iterations", "30");

  private static Path root;
  private static PipelineSummary summary;

  private PipelineLake() {}

  public static synchronized Path root() {
    if (root == null) {
      root = build();
    }
    return root;
  }

  /** What the pipeline run that wrote the lake reported. */
  public static synchronized PipelineSummary summary() {
    root();
    return summary;
  }

  /** A private copy of the lake at {@code target}, for tests that write (Delta tables copy as plain folders). */
  public static Path copy(Path target) {
    Path source = root();
    try (var paths = Files.walk(source)) {
      for (Path path : (Iterable<Path>) paths::iterator) {
        Path to = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(to);
        } else {
          Files.copy(path, to);
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path build() {
    try {
      Path folder = Files.createTempDirectory("rewardlake-test-lake");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
      Path lake = folder.resolve("lake");
      Map<String, String> overrides = new java.util.HashMap<>(SCALED_DOWN);
      overrides.put("lake", lake.toString());
      Settings settings = Settings.resolve(YamlConfig.loadResource(YamlConfig.LOCAL_PIPELINE_RESOURCE), overrides);
      summary = PipelineJob.run(SharedSpark.session(), PipelineConfig.from(settings),
          RunContext.start("pipeline", Map.of()));
      return lake;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path folder) {
    try (var paths = Files.walk(folder)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temp folder left behind is harmless
    }
  }
}
