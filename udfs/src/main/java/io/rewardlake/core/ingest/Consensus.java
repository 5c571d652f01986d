package io.rewardlake.core.ingest;

import java.util.List;

/**
 * Several labels of one pair combined into one: the mean probability and how much the labels agree with it.
 *
 * <p>Every label is a probability that the same response is preferred (1.0 a hard vote for it, 0.0 against, 0.5 a
 * tie, anything between a soft label). The combined label is their mean, so two opposite hard votes make a tie rather
 * than whichever came first. The agreement is the share of labels on the mean's side of 0.5: a label on the same side
 * counts 1, on the other side 0, and half when exactly one of the two is a tie; a single label agrees with itself.
 * It does not depend on which response the probabilities are stated for.
 *
 * @param count the number of labels
 * @param mean their mean, or null when there are none
 * @param agreement the share of labels on the mean's side, or null when there are none
 */
public record Consensus(int count, Double mean, Double agreement) {
  public static final Consensus NONE = new Consensus(0, null, null);

  public static Consensus of(List<Double> labels) {
    if (labels.isEmpty()) {
      return NONE;
    }
    // summed in sorted order, so the mean is the same to the last bit whatever order the labels were read in
    double sum = 0;
    for (double label : labels.stream().sorted().toList()) {
      sum += label;
    }
    double mean = sum / labels.size();
    double agreeing = 0;
    for (double label : labels) {
      agreeing += sideAgreement(label, mean);
    }
    return new Consensus(labels.size(), mean, agreeing / labels.size());
  }

  /** 1 on the same side of 0.5 (both ties included), 0 on opposite sides, 0.5 when exactly one is a tie. */
  static double sideAgreement(double label, double mean) {
    int labelSide = Double.compare(label, 0.5);
    int meanSide = Double.compare(mean, 0.5);
    if (labelSide == meanSide) {
      return 1.0;
    }
    return labelSide == 0 || meanSide == 0 ? 0.5 : 0.0;
  }
}
