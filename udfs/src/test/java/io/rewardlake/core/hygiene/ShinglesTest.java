package io.rewardlake.core.hygiene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShinglesTest {
  @Test
  void jaccardCountsSharedShinglesOverAllShingles() {
    int[] a = Shingles.of("the quick brown fox jumps over the lazy dog", 3);
    int[] b = Shingles.of("the quick brown fox jumps over a lazy dog", 3);
    // 7 three-word shingles each; "the quick brown" .. "jumps over the"/"over a lazy": 4 shared, 10 in the union
    assertThat(a).hasSize(7).isSorted();
    assertThat(Shingles.jaccard(a, b)).isCloseTo(4.0 / 10, within(1e-12));
    assertThat(Shingles.jaccard(a, a)).isEqualTo(1.0);
    assertThat(Shingles.jaccard(a, Shingles.of("something else entirely here", 3))).isZero();
    assertThat(Shingles.jaccard(new int[0], new int[0])).isZero();
  }

  @Test
  void pairsAreAsSimilarAsTheirLeastSimilarPartWithTheResponsesMatchedEitherWay() {
    int[] prompt = Shingles.of("write a haiku about the sea", 3);
    int[] longAnswer = Shingles.of("waves fold into foam under a pale moon the tide returns home again", 3);
    int[] shortA = Shingles.of("blue water", 3);
    int[] shortB = Shingles.of("green hills", 3);
    int[][] pair = {prompt, longAnswer, shortA};
    // the same long answer against two different short ones: similar as a union of shingles, not as pairs
    assertThat(Shingles.jaccard(Shingles.ofPair("write a haiku about the sea", "waves fold into foam under a pale"
        + " moon the tide returns home again", "blue water", 3), Shingles.ofPair("write a haiku about the sea",
        "waves fold into foam under a pale moon the tide returns home again", "green hills", 3))).isGreaterThan(0.8);
    assertThat(Shingles.similarity(pair, new int[][] {prompt, longAnswer, shortB})).isZero();
    assertThat(Shingles.similarity(pair, new int[][] {prompt, shortA, longAnswer})).isEqualTo(1.0);
    assertThat(Shingles.similarity(new int[][] {prompt}, new int[][] {prompt})).isEqualTo(1.0);
    assertThatThrownBy(() -> Shingles.similarity(pair, new int[][] {prompt}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shortTextsAreOneShingleAndCaseAndPunctuationDoNotCount() {
    assertThat(Shingles.of("Hi there!", 3)).hasSize(1).isEqualTo(Shingles.of("hi   THERE", 3));
    assertThat(Shingles.of("", 3)).isEmpty();
    assertThat(Shingles.of(null, 3)).isEmpty();
    assertThat(Shingles.of("x", 1)[0]).isBetween(0, Shingles.DIMENSION - 1);
  }

  @Test
  void textKeysIgnoreFormattingAndPairKeysTheResponsesOrder() {
    assertThat(Shingles.textKey("Human: How are you?")).isEqualTo(Shingles.textKey("how are you"))
        .isNotEqualTo(Shingles.textKey("how old are you"));
    assertThat(Shingles.pairKey("p", "yes", "no")).isEqualTo(Shingles.pairKey("p", "No.", "Yes"))
        .isNotEqualTo(Shingles.pairKey("p", "yes", "maybe"));
    // the boundary between prompt and responses counts: moving a word across it is another pair
    assertThat(Shingles.pairKey("a b", "c", "d")).isNotEqualTo(Shingles.pairKey("a", "b c", "d"));
    assertThat(Shingles.ofPair("p q r", "yes", "no", 3)).isEqualTo(Shingles.ofPair("p q r", "no", "yes", 3))
        .hasSize(3);
  }

  @Test
  void bandsSplitTheSignatureAndEqualRunsInDifferentBandsDoNotMeet() {
    double[] signature = {1, 2, 1, 2, 3, 4};
    long[] keys = Bands.keys(signature, 3, 2);
    assertThat(keys).hasSize(3);
    assertThat(keys[0]).isNotEqualTo(keys[1]);
    assertThat(Bands.keys(new double[] {1, 2, 9, 9, 3, 4}, 3, 2)).containsExactly(keys[0],
        Bands.keys(new double[] {9, 9, 9, 9, 9, 9}, 3, 2)[1], keys[2]);
    assertThatThrownBy(() -> Bands.keys(signature, 4, 2)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("6 values cannot be cut into 4 bands of 2 rows");
  }

  @Test
  void theCandidateCurveIsSteepAroundTheThreshold() {
    assertThat(Bands.candidateProbability(0.8, 10, 5)).isCloseTo(0.981, within(0.001));
    assertThat(Bands.candidateProbability(0.3, 10, 5)).isCloseTo(0.024, within(0.001));
    assertThat(Bands.candidateProbability(1, 10, 5)).isEqualTo(1.0);
  }
}
