package io.rewardlake.core.train;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which pairs each ensemble member trains on, decided by a hash rule over the pair id rather than a stored list: any
 * job can recompute it, so voting can restrict itself to members that did not see a pair.
 *
 * <ul>
 *   <li>{@code kfold}: member m is repeat {@code r = m / K}, fold {@code k = m % K}; the pair's fold in repeat r is
 *       {@code floor(uniform(draw(pair, seed, r)) * K)}; the member trains on the pair unless the folds match, so
 *       every pair is held out by exactly R = M / K members, one per repeat.</li>
 *   <li>{@code bootstrap}: the pair's multiplicity for member m is a Poisson(1) draw from {@code
 *       uniform(draw(pair, seed, 1_000_000 + m))}; 0 means out of bag (about 36.8% of pairs per member).</li>
 *   <li>{@code all}: multiplicity 1 for every pair (single model only).</li>
 * </ul>
 *
 * @param scheme the rule
 * @param members M
 * @param folds K for kfold (M must be a multiple of K); ignored otherwise
 * @param seed separates independent ensembles trained on the same pairs
 */
public record TrainingSubsets(SubsetScheme scheme, int members, int folds, long seed) implements Serializable {
  /** Keeps bootstrap streams apart from kfold repeat streams under the same seed. */
  private static final long BOOTSTRAP_STREAM = 1_000_000L;
  /** Poisson(1) draws above this are vanishingly rare (p < 1e-10) and are capped. */
  private static final int MAX_MULTIPLICITY = 12;
  private static final double[] POISSON_CDF = poissonCdf();

  public TrainingSubsets {
    java.util.Objects.requireNonNull(scheme, "scheme");
    if (members < 1) {
      throw new IllegalArgumentException("members must be at least 1, got " + members);
    }
    if (scheme == SubsetScheme.KFOLD && (folds < 2 || members % folds != 0)) {
      throw new IllegalArgumentException("kfold needs folds >= 2 dividing members (members = repeats x folds), got "
          + members + " members and " + folds + " folds");
    }
    if (scheme == SubsetScheme.ALL && members != 1) {
      throw new IllegalArgumentException("scheme 'all' trains identical members; use 1 member, or kfold/bootstrap"
          + " for an ensemble (got " + members + " members)");
    }
  }

  /**
   * The group a member belongs to when members are split among model variants (e.g. backbones): its k-fold repeat,
   * so that each variant gets whole repeats and every pair is held out by at least one member of each variant; for
   * the other schemes, the member itself.
   */
  public int groupOf(int member) {
    return scheme == SubsetScheme.KFOLD ? member / folds : member;
  }

  public int repeats() {
    return scheme == SubsetScheme.KFOLD ? members / folds : 1;
  }

  /** How many times member m trains on the pair: 0 = held out, 1 for kfold/all, Poisson(1) for bootstrap. */
  public int multiplicity(long pairHash, int member) {
    return switch (scheme) {
      case ALL -> 1;
      case KFOLD -> foldOf(pairHash, member / folds) == member % folds ? 0 : 1;
      case BOOTSTRAP -> poisson(PairHash.uniform(PairHash.draw(pairHash, seed, BOOTSTRAP_STREAM + member)));
    };
  }

  /** All members' multiplicities for one pair, as bytes (one per member) for compact caching. */
  public byte[] multiplicities(String pairId) {
    long hash = PairHash.of(pairId);
    byte[] out = new byte[members];
    for (int m = 0; m < members; m++) {
      out[m] = (byte) multiplicity(hash, m);
    }
    return out;
  }

  /** The pair's fold in one kfold repeat. */
  public int foldOf(long pairHash, int repeat) {
    return (int) (PairHash.uniform(PairHash.draw(pairHash, seed, repeat)) * folds);
  }

  /** A human- and machine-readable description of member m's subset, stored in {@code models.training_subset}. */
  public String describe(int member) {
    return switch (scheme) {
      case ALL -> "all";
      case KFOLD -> "kfold(seed=" + seed + ",repeat=" + member / folds + ",fold=" + member % folds + ",folds=" + folds
          + ")";
      case BOOTSTRAP -> "bootstrap(seed=" + seed + ",member=" + member + ",poisson=1)";
    };
  }

  /** The metadata form, read back by {@link #fromMap}. */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("scheme", scheme.id());
    map.put("members", Integer.toString(members));
    map.put("folds", Integer.toString(folds));
    map.put("seed", Long.toString(seed));
    map.put("hash_rule", "splitmix64(fnv1a64(utf8(pair_id)) ^ splitmix64(seed * 0x9E3779B97F4A7C15 + stream))");
    return map;
  }

  public static TrainingSubsets fromMap(Map<String, String> map) {
    return new TrainingSubsets(SubsetScheme.of(map.get("scheme")), Integer.parseInt(map.get("members")),
        Integer.parseInt(map.get("folds")), Long.parseLong(map.get("seed")));
  }

  private static int poisson(double uniform) {
    for (int k = 0; k < MAX_MULTIPLICITY; k++) {
      if (uniform < POISSON_CDF[k]) {
        return k;
      }
    }
    return MAX_MULTIPLICITY;
  }

  private static double[] poissonCdf() {
    double[] cdf = new double[MAX_MULTIPLICITY];
    double term = Math.exp(-1);
    double sum = 0;
    for (int k = 0; k < MAX_MULTIPLICITY; k++) {
      sum += term;
      cdf[k] = sum;
      term /= k + 1;
    }
    return cdf;
  }
}
