package io.rewardlake.jobs.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What {@code bench-scale} measured: the seconds of each stage at each corpus size, and how the cost per pair grows
 * with the size. A stage scales flat when its time per pair stays the same as the corpus grows; the growth printed
 * is the ratio of the time per pair between two sizes, brought to a factor of 10 in size so that sizes 10^5 and
 * 3·10^5 compare with the same yardstick as 10^5 and 10^6.
 */
public final class ScaleTable {
  /** The whole run's row: the sum of the stages. */
  public static final String WHOLE = "whole run";

  /**
   * One corpus size's run.
   *
   * @param pairs the pairs asked of synth
   * @param seconds per stage, in the order run
   * @param peakHeapBytes the most heap this JVM had in use during the run, garbage included (sampled)
   * @param peakLiveBytes the most heap left in use after a collection during the run: what the run needed
   */
  public record Size(long pairs, Map<String, Double> seconds, long peakHeapBytes, long peakLiveBytes) {
    public Size {
      if (pairs <= 0) {
        throw new IllegalArgumentException("pairs must be positive, got " + pairs);
      }
      seconds = new LinkedHashMap<>(Objects.requireNonNull(seconds, "seconds"));
    }

    double total() {
      return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    double secondsOf(String stage) {
      return stage.equals(WHOLE) ? total() : seconds.get(stage);
    }
  }

  private final List<Size> sizes;
  private final long heapLimitBytes;

  /** {@code sizes} in increasing order of pairs, each with the same stages. */
  public ScaleTable(List<Size> sizes, long heapLimitBytes) {
    if (sizes.isEmpty()) {
      throw new IllegalArgumentException("no size was measured");
    }
    for (int i = 1; i < sizes.size(); i++) {
      if (sizes.get(i).pairs() <= sizes.get(i - 1).pairs()) {
        throw new IllegalArgumentException("sizes must increase, got " + sizes.get(i - 1).pairs() + " then "
            + sizes.get(i).pairs());
      }
      if (!sizes.get(i).seconds().keySet().equals(sizes.get(0).seconds().keySet())) {
        throw new IllegalArgumentException("every size must run the same stages");
      }
    }
    this.sizes = List.copyOf(sizes);
    this.heapLimitBytes = heapLimitBytes;
  }

  /** Seconds per 10^5 pairs. */
  static double perHundredThousand(double seconds, long pairs) {
    return seconds * 100_000.0 / pairs;
  }

  /**
   * How much the time per pair of {@code stage} grows from {@code smaller} to {@code larger}, per factor of 10 in
   * size: 1 is flat, 10 means the time grows with the square of the size.
   */
  static double growthPerTenfold(Size smaller, Size larger, String stage) {
    double ratio = perHundredThousand(larger.secondsOf(stage), larger.pairs())
        / perHundredThousand(smaller.secondsOf(stage), smaller.pairs());
    double decades = Math.log10((double) larger.pairs() / smaller.pairs());
    return Math.pow(ratio, 1 / decades);
  }

  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%-12s %12s %10s %10s %12s", "stage", "pairs", "seconds", "pairs/s",
        "s per 10^5"));
    for (Size size : sizes) {
      for (String stage : stages()) {
        double seconds = size.secondsOf(stage);
        lines.add(String.format(Locale.ROOT, "%-12s %,12d %10.1f %,10.0f %12.2f", stage, size.pairs(), seconds,
            size.pairs() / Math.max(seconds, 1e-9), perHundredThousand(seconds, size.pairs())));
      }
    }
    for (int i = 1; i < sizes.size(); i++) {
      lines.add(growthLine(sizes.get(i - 1), sizes.get(i)));
    }
    lines.add(heapLine());
    return lines;
  }

  private List<String> stages() {
    List<String> stages = new ArrayList<>(sizes.get(0).seconds().keySet());
    stages.add(WHOLE);
    return stages;
  }

  private String growthLine(Size smaller, Size larger) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
        "growth of the time per pair, %,d -> %,d pairs, per 10x in size (1.0 = flat):", smaller.pairs(),
        larger.pairs()));
    for (String stage : stages()) {
      line.append(String.format(Locale.ROOT, " %s %.2f;", stage, growthPerTenfold(smaller, larger, stage)));
    }
    line.setLength(line.length() - 1);
    return line.toString();
  }

  private String heapLine() {
    StringBuilder line = new StringBuilder("peak heap (in use / left after a collection):");
    for (Size size : sizes) {
      line.append(String.format(Locale.ROOT, " %,d pairs %s / %s;", size.pairs(), gib(size.peakHeapBytes()),
          gib(size.peakLiveBytes())));
    }
    line.append(String.format(Locale.ROOT, " heap limit %s", gib(heapLimitBytes)));
    return line.toString();
  }

  private static String gib(long bytes) {
    return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
  }
}
