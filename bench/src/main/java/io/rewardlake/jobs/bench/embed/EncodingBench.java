package io.rewardlake.jobs.bench.embed;

import static org.apache.spark.sql.functions.col;

import io.rewardlake.core.djl.DjlRuntime;
import io.rewardlake.core.djl.DjlTextEncoder;
import io.rewardlake.core.encoder.EncoderSpec;
import io.rewardlake.core.encoder.PairFeatures;
import io.rewardlake.core.train.PairHash;
import io.rewardlake.core.train.PairMetrics;
import io.rewardlake.jobs.Progress;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.spark.model.HadoopModelFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.spark.sql.SparkSession;

/**
 * {@code bench-encoding}: how prompt and response should enter a frozen backbone, measured. The lake's pairs are
 * embedded on the driver three ways and a linear Bradley–Terry head is fitted on each, two-fold by prompt (a prompt's
 * pairs never sit on both sides):
 * <ul>
 *   <li>response only, {@code [r]}: the prompt is ignored (the floor any prompt-aware layout must beat);</li>
 *   <li>separate, {@code [r, p ⊙ r]}: what the {@code encoder} family uses; every text embedded once and
 *       reusable;</li>
 *   <li>separate, scaled, {@code [r, √dim · p ⊙ r]}: the same with the interaction on the response's scale;</li>
 *   <li>joint, {@code [j]}: prompt and response embedded as one text (cut at max_length from the start, so the
 *       response's end survives), one embedding per (prompt, response).</li>
 * </ul>
 * The head is a linear Bradley–Terry model on feature differences with soft targets and an L2 penalty
 * ({@link DenseLogistic}), the same model class as an encoder member's linear head, so the layouts are compared on
 * equal terms.
 */
public final class EncodingBench {
  private static final String STAGE = "bench-encoding";

  private EncodingBench() {}

  /**
   * @param lake the lake whose pairs are used
   * @param backbone the backbone's directory
   * @param pairs the first N pairs by pair id, 0 for all
   * @param l2 the heads' L2 penalty: mean log-loss + l2/2 ||w||^2
   * @param iterations gradient steps per fit
   */
  public record Settings(String lake, String backbone, int pairs, double l2, int iterations) {}

  /** One pair as the benchmark needs it. */
  record Pair(String prompt, String chosen, String rejected, double target, int fold) {}

  /** A layout: its name and how a (prompt, response) becomes head inputs, given the embeddings. */
  record Layout(String name, Function<String[], float[]> features) {}

  public static List<String> run(SparkSession spark, Settings settings) {
    List<Pair> pairs = pairs(spark, settings);
    if (pairs.size() < 20) {
      throw new io.rewardlake.jobs.config.ConfigException("bench-encoding needs at least 20 pairs in " + settings.lake()
          + ", found " + pairs.size());
    }
    try (DjlTextEncoder encoder = load(spark, settings.backbone())) {
      EncoderSpec spec = encoder.spec();
      long start = System.nanoTime();
      Map<String, float[]> separate = embed(encoder, texts(pairs, spec, false), "separately");
      double separateSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      Map<String, float[]> joint = embed(encoder, texts(pairs, spec, true), "jointly");
      double jointSeconds = (System.nanoTime() - start) / 1e9;
      List<Layout> layouts = List.of(
          new Layout("response only [r]", pr -> separate.get(spec.responseText(pr[1]))),
          new Layout("separate [r, p*r]", pr -> PairFeatures.of(separate.get(spec.promptText(pr[0])),
              separate.get(spec.responseText(pr[1])))),
          new Layout("separate, scaled", pr -> scaledInteraction(separate.get(spec.promptText(pr[0])),
              separate.get(spec.responseText(pr[1])))),
          new Layout("joint [j]", pr -> joint.get(jointText(spec, pr[0], pr[1]))));
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "bench-encoding: %,d pairs, backbone %s (max_length %d), two folds by"
          + " prompt, linear heads with l2 %.0e; embedding took %.1f s separately (%,d texts), %.1f s jointly"
          + " (%,d texts)", pairs.size(), spec.modelId(), spec.network().maxLength(), settings.l2(), separateSeconds,
          separate.size(), jointSeconds, joint.size()));
      for (Layout layout : layouts) {
        lines.add(evaluate(spark, settings, pairs, layout));
      }
      return lines;
    }
  }

  /**
   * {@code [r, sqrt(dim) p*r]}: for unit vectors the product's entries are about 1/sqrt(dim) of the response's, so
   * under one L2 penalty the unscaled product needs weights sqrt(dim) times larger to count and is all but ignored;
   * scaled, both halves have comparable norms.
   */
  static float[] scaledInteraction(float[] prompt, float[] response) {
    float[] out = PairFeatures.of(prompt, response);
    float scale = (float) Math.sqrt(response.length);
    for (int d = response.length; d < out.length; d++) {
      out[d] *= scale;
    }
    return out;
  }

  /** The text a joint embedding reads: the prompt, a blank line, the response, with the response's role prefix. */
  static String jointText(EncoderSpec spec, String prompt, String response) {
    return spec.responseText(prompt + "\n\n" + response);
  }

  private static String evaluate(SparkSession spark, Settings settings, List<Pair> pairs, Layout layout) {
    PairMetrics all = new PairMetrics();
    double[] foldAccuracy = new double[2];
    double norm = 0;
    for (int fold = 0; fold < 2; fold++) {
      int heldOut = fold;
      double[] weights = fit(settings, pairs.stream().filter(p -> p.fold() != heldOut).toList(), layout);
      norm += Math.sqrt(java.util.Arrays.stream(weights).map(w -> w * w).sum()) / 2;
      PairMetrics metrics = new PairMetrics();
      for (Pair pair : pairs.stream().filter(p -> p.fold() == heldOut).toList()) {
        metrics.add(DenseLogistic.dot(weights, difference(layout, pair)), pair.target());
      }
      foldAccuracy[fold] = metrics.accuracy();
      all.merge(metrics);
    }
    Progress.say(STAGE, layout.name() + ": accuracy " + String.format(Locale.ROOT, "%.3f", all.accuracy()));
    return String.format(Locale.ROOT, "  %-18s %4d inputs   accuracy %.3f (folds %.3f / %.3f)   log-loss %.3f"
        + "   ECE %.3f   |w| %.1f", layout.name(), difference(layout, pairs.get(0)).length, all.accuracy(),
        foldAccuracy[0], foldAccuracy[1], all.logLoss(), all.expectedCalibrationError(), norm);
  }

  private static double[] fit(Settings settings, List<Pair> train, Layout layout) {
    float[][] x = new float[train.size()][];
    double[] target = new double[train.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = difference(layout, train.get(i));
      target[i] = train.get(i).target();
    }
    return DenseLogistic.fit(x, target, settings.l2(), settings.iterations());
  }

  private static float[] difference(Layout layout, Pair pair) {
    float[] chosen = layout.features().apply(new String[] {pair.prompt(), pair.chosen()});
    float[] rejected = layout.features().apply(new String[] {pair.prompt(), pair.rejected()});
    float[] out = new float[chosen.length];
    for (int d = 0; d < out.length; d++) {
      out[d] = chosen[d] - rejected[d];
    }
    return out;
  }

  private static List<String> texts(List<Pair> pairs, EncoderSpec spec, boolean joint) {
    LinkedHashSet<String> out = new LinkedHashSet<>();
    for (Pair pair : pairs) {
      if (joint) {
        out.add(jointText(spec, pair.prompt(), pair.chosen()));
        out.add(jointText(spec, pair.prompt(), pair.rejected()));
      } else {
        out.add(spec.promptText(pair.prompt()));
        out.add(spec.responseText(pair.chosen()));
        out.add(spec.responseText(pair.rejected()));
      }
    }
    return new ArrayList<>(out);
  }

  /** Embeds on all cores of the driver (the loaded backbone is thread-safe), with progress. */
  private static Map<String, float[]> embed(DjlTextEncoder encoder, List<String> texts, String how) {
    int chunk = 64;
    int chunks = (texts.size() + chunk - 1) / chunk;
    java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    Progress.say(STAGE, String.format(Locale.ROOT, "embedding %,d texts %s", texts.size(), how));
    List<float[][]> parts = IntStream.range(0, chunks).parallel().mapToObj(c -> {
      float[][] vectors = encoder.embed(texts.subList(c * chunk, Math.min(texts.size(), (c + 1) * chunk)));
      int finished = done.incrementAndGet();
      if (finished % 20 == 0) {
        Progress.say(STAGE, String.format(Locale.ROOT, "  %,d of %,d texts", finished * chunk, texts.size()));
      }
      return vectors;
    }).toList();
    Map<String, float[]> out = new java.util.HashMap<>();
    for (int c = 0; c < chunks; c++) {
      for (int i = 0; i < parts.get(c).length; i++) {
        out.put(texts.get(c * chunk + i), parts.get(c)[i]);
      }
    }
    return out;
  }

  private static List<Pair> pairs(SparkSession spark, Settings settings) {
    var rows = new Lakehouse(spark, settings.lake()).read(PairsTable.CONTRACT, "ingest")
        .filter(col("label_p").notEqual(0.5)).orderBy(col("pair_id"));
    if (settings.pairs() > 0) {
      rows = rows.limit(settings.pairs());
    }
    return rows.select("prompt", "chosen", "rejected", "label_p").collectAsList().stream()
        .map(row -> new Pair(row.getString(0), row.getString(1), row.getString(2), row.getDouble(3),
            (int) (PairHash.of(row.getString(0)) & 1)))
        .collect(Collectors.toList());
  }

  private static DjlTextEncoder load(SparkSession spark, String location) {
    try {
      HadoopModelFiles files = new HadoopModelFiles(location, spark.sparkContext().hadoopConfiguration());
      EncoderSpec spec = io.rewardlake.core.model.EncoderModels.readBackbone(files);
      return DjlTextEncoder.load(files.localDirectory(), spec, DjlRuntime.chooseDevice(spec.network(), List.of()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load backbone " + location + ": " + e.getMessage(), e);
    }
  }


}
