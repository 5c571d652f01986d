package io.rewardlake.core.train;

import java.io.Serializable;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Up to a few thousand featurized pairs packed into flat primitive arrays: the form the trainer caches and reads on
 * every optimiser pass. One object per block instead of several per pair, no pair ids (nothing downstream needs
 * them), a pair's featurizer slots as 16-bit gaps from the previous slot (a gap too wide for 16 bits is written as an
 * escape and the slot in full), float feature values, byte multiplicities and sources as a per-block dictionary:
 * about 6 bytes per feature entry plus 50 bytes and M bytes per pair, which is what keeps 10^6 pairs within a
 * laptop's driver heap. Spilled to disk, a block serialises as a handful of arrays.
 *
 * <p>Holds every pair the evaluation needs, including pairs no member trains on ({@link #trainedOn}).
 */
public final class PairBlock implements Serializable {
  /** Marks a gap of 0xFFFF or more: the next two chars hold the slot's high and low 16 bits. */
  private static final char ESCAPE = 0xFFFF;

  private final int members;
  /** Pair i's feature values are {@code values[starts[i] .. starts[i + 1])}. */
  private final int[] starts;
  /** Pair i's slots, gap-coded, are {@code slotCodes[codeStarts[i] .. codeStarts[i + 1])}. */
  private final int[] codeStarts;
  private final char[] slotCodes;
  private final float[] values;
  /** The most entries of any pair: the size of the decoding scratch. */
  private final int widest;
  private final double[] targets;
  private final double[] margins;
  private final double[] weights;
  private final double[] truths;
  /** Pair i, member m: {@code multiplicities[i * members + m]}. */
  private final byte[] multiplicities;
  private final BitSet evaluationOnly;
  private final String[] sourceNames;
  private final int[] sources;

  private PairBlock(Builder b) {
    this.members = b.members;
    this.starts = Arrays.copyOf(b.starts, b.size + 1);
    this.codeStarts = new int[b.size + 1];
    this.slotCodes = encode(b.indices, starts, codeStarts);
    int wide = 0;
    for (int i = 0; i < b.size; i++) {
      wide = Math.max(wide, starts[i + 1] - starts[i]);
    }
    this.widest = wide;
    this.values = Arrays.copyOf(b.values, b.starts[b.size]);
    this.targets = Arrays.copyOf(b.targets, b.size);
    this.margins = Arrays.copyOf(b.margins, b.size);
    this.weights = Arrays.copyOf(b.weights, b.size);
    this.truths = Arrays.copyOf(b.truths, b.size);
    this.multiplicities = Arrays.copyOf(b.multiplicities, b.size * members);
    this.evaluationOnly = (BitSet) b.evaluationOnly.clone();
    this.sourceNames = b.sourceIds.keySet().toArray(new String[0]);
    this.sources = Arrays.copyOf(b.sources, b.size);
  }

  public int size() {
    return targets.length;
  }

  public int members() {
    return members;
  }

  /** Feature entries over all pairs. */
  public long entries() {
    return values.length;
  }

  /** Gap-codes each pair's increasing slots, filling {@code codeStarts}; the codes, trimmed. */
  private static char[] encode(int[] indices, int[] starts, int[] codeStarts) {
    int pairs = codeStarts.length - 1;
    char[] codes = new char[starts[pairs] + 16];
    int at = 0;
    for (int i = 0; i < pairs; i++) {
      codeStarts[i] = at;
      int previous = 0;
      for (int k = starts[i]; k < starts[i + 1]; k++) {
        if (at + 3 > codes.length) {
          codes = Arrays.copyOf(codes, codes.length * 2);
        }
        int gap = indices[k] - previous;
        if (gap < ESCAPE) {
          codes[at++] = (char) gap;
        } else {
          codes[at++] = ESCAPE;
          codes[at++] = (char) (indices[k] >>> 16);
          codes[at++] = (char) indices[k];
        }
        previous = indices[k];
      }
    }
    codeStarts[pairs] = at;
    return Arrays.copyOf(codes, at);
  }

  /** Pair i's slots, decoded into {@code out}; returns how many. */
  private int slots(int i, int[] out) {
    int count = 0;
    int slot = 0;
    for (int k = codeStarts[i]; k < codeStarts[i + 1]; k++) {
      char code = slotCodes[k];
      if (code == ESCAPE) {
        slot = (slotCodes[k + 1] << 16) | slotCodes[k + 2];
        k += 2;
      } else {
        slot += code;
      }
      out[count++] = slot;
    }
    return count;
  }

  /** True when at least one member trains on pair {@code i}. */
  public boolean trainedOn(int i) {
    for (int m = i * members, end = m + members; m < end; m++) {
      if (multiplicities[m] > 0) {
        return true;
      }
    }
    return false;
  }

  /** Pairs some member trains on. */
  public long trainedPairs() {
    long count = 0;
    for (int i = 0; i < size(); i++) {
      count += trainedOn(i) ? 1 : 0;
    }
    return count;
  }

  /** Adds {@code Σ multiplicity_m · weight} over this block's pairs to {@code totals[m]}. */
  public void addMemberWeights(double[] totals) {
    for (int i = 0; i < size(); i++) {
      for (int m = 0; m < members; m++) {
        totals[m] += multiplicities[i * members + m] * weights[i];
      }
    }
  }

  /** Marks the featurizer slots used by pairs some member trains on. */
  public void markTrainedSlots(BitSet used) {
    int[] slots = new int[widest];
    for (int i = 0; i < size(); i++) {
      if (trainedOn(i)) {
        int count = slots(i, slots);
        for (int k = 0; k < count; k++) {
          used.set(slots[k]);
        }
      }
    }
  }

  /**
   * Adds this block's (scaled) loss gradient over the pairs members train on to {@code gradient} and returns their
   * (scaled) loss; the weights are over compact slots, {@code compactOf[slot]} being a featurizer slot's position.
   */
  public double accumulate(EnsembleObjective objective, int[] compactOf, double labelSmoothing,
      double[] packedWeights, double[] gradient) {
    double[] scratch = new double[2 * members];
    int[] slots = new int[widest];
    double loss = 0;
    for (int i = 0; i < size(); i++) {
      if (trainedOn(i)) {
        int count = slots(i, slots);
        double target = targets[i] * (1 - labelSmoothing) + (1 - targets[i]) * labelSmoothing;
        loss += objective.accumulate(slots, 0, values, starts[i], count, compactOf, target, margins[i],
            weights[i], multiplicities, i * members, packedWeights, gradient, scratch);
      }
    }
    return loss;
  }

  /** Scores every pair with all members (weights over all featurizer slots) into {@code evaluation}. */
  public Evaluation observeInto(Evaluation evaluation, double[] packedWeights) {
    double[] deltas = new double[members];
    byte[] counts = new byte[members];
    int[] slots = new int[widest];
    for (int i = 0; i < size(); i++) {
      int count = slots(i, slots);
      EnsembleObjective.margins(slots, 0, values, starts[i], count, null, members, packedWeights, deltas);
      System.arraycopy(multiplicities, i * members, counts, 0, members);
      evaluation.observe(evaluationOnly.get(i), counts, targets[i], sourceNames[sources[i]], truths[i], deltas);
    }
    return evaluation;
  }

  /** Collects pairs into blocks; {@link #build} may be called once. */
  public static final class Builder {
    private final int members;
    private final Map<String, Integer> sourceIds = new LinkedHashMap<>();
    private final BitSet evaluationOnly = new BitSet();
    private int size;
    private int[] starts = new int[17];
    private int[] indices = new int[1024];
    private float[] values = new float[1024];
    private double[] targets = new double[16];
    private double[] margins = new double[16];
    private double[] weights = new double[16];
    private double[] truths = new double[16];
    private byte[] multiplicities;
    private int[] sources = new int[16];

    public Builder(int members) {
      this.members = members;
      this.multiplicities = new byte[16 * members];
    }

    public int size() {
      return size;
    }

    public Builder add(TrainingExample example) {
      if (example.members() != members) {
        throw new IllegalArgumentException("pair " + example.pairId() + " has " + example.members()
            + " member multiplicities, the block " + members);
      }
      growPairs();
      int[] from = example.difference().indices();
      float[] fromValues = example.difference().values();
      int start = starts[size];
      growEntries(start + from.length);
      System.arraycopy(from, 0, indices, start, from.length);
      System.arraycopy(fromValues, 0, values, start, from.length);
      starts[size + 1] = start + from.length;
      targets[size] = example.target();
      margins[size] = example.margin();
      weights[size] = example.weight();
      truths[size] = example.truth();
      System.arraycopy(example.multiplicities(), 0, multiplicities, size * members, members);
      evaluationOnly.set(size, example.evaluationOnly());
      sources[size] = sourceIds.computeIfAbsent(example.source(), name -> sourceIds.size());
      size++;
      return this;
    }

    public PairBlock build() {
      return new PairBlock(this);
    }

    private void growPairs() {
      if (size + 1 < targets.length) {
        return;
      }
      int capacity = targets.length * 2;
      starts = Arrays.copyOf(starts, capacity + 1);
      targets = Arrays.copyOf(targets, capacity);
      margins = Arrays.copyOf(margins, capacity);
      weights = Arrays.copyOf(weights, capacity);
      truths = Arrays.copyOf(truths, capacity);
      sources = Arrays.copyOf(sources, capacity);
      multiplicities = Arrays.copyOf(multiplicities, capacity * members);
    }

    private void growEntries(int needed) {
      if (needed <= indices.length) {
        return;
      }
      int capacity = Math.max(needed, indices.length * 2);
      indices = Arrays.copyOf(indices, capacity);
      values = Arrays.copyOf(values, capacity);
    }
  }
}
