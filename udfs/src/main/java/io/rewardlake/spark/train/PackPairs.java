package io.rewardlake.spark.train;

import io.rewardlake.core.train.PairBlock;
import io.rewardlake.core.train.TrainingExample;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;

/**
 * Packs a partition's featurized pairs into {@link PairBlock}s of at most {@code blockPairs} pairs, lazily: a block
 * is built only when the next one is asked for, so the pairs themselves never all live at once.
 */
final class PackPairs implements FlatMapFunction<Iterator<TrainingExample>, PairBlock> {
  private final int blockPairs;

  PackPairs(int blockPairs) {
    this.blockPairs = blockPairs;
  }

  @Override
  public Iterator<PairBlock> call(Iterator<TrainingExample> examples) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return examples.hasNext();
      }

      @Override
      public PairBlock next() {
        if (!examples.hasNext()) {
          throw new NoSuchElementException();
        }
        TrainingExample first = examples.next();
        PairBlock.Builder block = new PairBlock.Builder(first.members()).add(first);
        while (block.size() < blockPairs && examples.hasNext()) {
          block.add(examples.next());
        }
        return block.build();
      }
    };
  }
}
