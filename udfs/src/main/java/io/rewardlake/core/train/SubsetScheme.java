package io.rewardlake.core.train;

import io.rewardlake.core.util.Ids;
import java.util.List;
import java.util.Locale;

/** How ensemble members get different training subsets. */
public enum SubsetScheme {
  /** Repeated K-fold: R repeats × K folds = M members; every pair is held out by exactly R members. */
  KFOLD,
  /** Poisson(1) bootstrap per member (the distributed form of resampling); a pair drawn 0 times is out of bag. */
  BOOTSTRAP,
  /** Every member trains on every pair; only meaningful for a single model (a convex model would repeat itself). */
  ALL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Every scheme's id, in declaration order: the configuration's allowed values. */
  public static List<String> ids() {
    return Ids.of(values(), SubsetScheme::id);
  }

  public static SubsetScheme of(String id) {
    return valueOf(id.toUpperCase(Locale.ROOT));
  }
}
