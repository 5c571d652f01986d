package io.rewardlake.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.junit.jupiter.api.Test;

/** The MLlib baseline's difference vector must be right, or the benchmark compares against a broken pipeline. */
class VoteBenchTest {

  @Test
  void sparseDifferenceMergesBothIndexListsAndKeepsEveryEntry() {
    Vector a = Vectors.sparse(10, new int[] {1, 4, 7}, new double[] {1, 2, 3});
    Vector b = Vectors.sparse(10, new int[] {0, 4, 9}, new double[] {5, 2, 1});

    Vector difference = VoteBench.minus(a, b);

    assertThat(difference.toArray()).containsExactly(-5, 1, 0, 0, 0, 0, 0, 3, 0, -1);
    assertThat(difference.size()).isEqualTo(10);
  }

  @Test
  void emptyVectorsGiveAnEmptyDifference() {
    assertThat(VoteBench.minus(Vectors.sparse(3, new int[0], new double[0]),
        Vectors.sparse(3, new int[0], new double[0])).numNonzeros()).isZero();
  }
}
