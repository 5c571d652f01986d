package io.rewardlake.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsensusTest {

  @Test
  void theMeanOfHardVotesAndTheShareOnItsSide() {
    assertThat(Consensus.of(List.of(1.0, 1.0, 0.0))).isEqualTo(new Consensus(3, 2.0 / 3, 2.0 / 3));
    assertThat(Consensus.of(List.of(0.0, 0.0, 0.0, 1.0))).isEqualTo(new Consensus(4, 0.25, 0.75));
  }

  @Test
  void oppositeVotesMakeATieThatHalfAgreesWithEach() {
    assertThat(Consensus.of(List.of(1.0, 0.0))).isEqualTo(new Consensus(2, 0.5, 0.5));
  }

  @Test
  void aSingleLabelAgreesWithItselfEvenATie() {
    assertThat(Consensus.of(List.of(0.5))).isEqualTo(new Consensus(1, 0.5, 1.0));
    assertThat(Consensus.of(List.of(0.3))).isEqualTo(new Consensus(1, 0.3, 1.0));
  }

  @Test
  void softLabelsOnOneSideAgreeFullyAndATieAmongThemCountsHalf() {
    assertThat(Consensus.of(List.of(0.8, 0.6)).agreement()).isEqualTo(1.0);
    assertThat(Consensus.of(List.of(0.8, 0.6, 0.5)).agreement()).isEqualTo(2.5 / 3);
  }

  @Test
  void agreementDoesNotDependOnWhichResponseTheLabelsAreStatedFor() {
    List<Double> labels = List.of(0.9, 0.2, 1.0, 0.5, 0.7);
    Consensus forA = Consensus.of(labels);
    Consensus forB = Consensus.of(labels.stream().map(p -> 1.0 - p).toList());

    assertThat(forB.agreement()).isEqualTo(forA.agreement());
    assertThat(forB.mean()).isCloseTo(1.0 - forA.mean(), org.assertj.core.api.Assertions.within(1e-15));
  }

  @Test
  void theMeanIsTheSameToTheLastBitInAnyOrder() {
    assertThat(Consensus.of(List.of(0.1, 0.7, 0.2, 0.3)).mean())
        .isEqualTo(Consensus.of(List.of(0.3, 0.2, 0.7, 0.1)).mean());
  }

  @Test
  void noLabelsNoConsensus() {
    assertThat(Consensus.of(List.of())).isEqualTo(Consensus.NONE);
  }
}
