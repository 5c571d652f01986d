package io.rewardlake.spark;

import java.util.Iterator;
import java.util.function.Function;

/**
 * A partition's rows mapped one by one as Spark pulls them, never materialised: what every row-at-a-time
 * {@code mapPartitions} adapter returns after setting up its per-partition state (a parser, a featurizer, a cleaner).
 */
public final class LazyMap {
  private LazyMap() {}

  public static <A, B> Iterator<B> map(Iterator<A> rows, Function<? super A, ? extends B> mapper) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public B next() {
        return mapper.apply(rows.next());
      }
    };
  }
}
