package io.rewardlake.core.judge;

import java.util.Objects;

/**
 * How one pair's judging ended: the soft labels when it worked, the status and the last error when it did not, and
 * in both cases the calls made and the wall time. Exactly one {@code ai_labels} row.
 *
 * @param pAb P(first shown better) in order (A, B); null when not judged that way
 * @param pBa P(first shown better) in order (B, A)
 * @param pA the soft label P(A better)
 * @param scores direct mode: the expected 1–10 scores of A and B
 * @param usage tokens billed for the pair's calls that returned a reply ({@link Usage#NONE} for judges that do not
 *     bill)
 */
public record JudgeOutcome(String pairId, Double pAb, Double pBa, Double pA, Boolean positionConsistent,
    String rationale, double[] scores, JudgeStatus status, String error, int attempts, long latencyMs, Usage usage) {
  public JudgeOutcome {
    Objects.requireNonNull(pairId, "pairId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(usage, "usage");
    if (status == JudgeStatus.OK && pA == null) {
      throw new IllegalArgumentException("an ok outcome has a soft label");
    }
  }

  /** Pairwise or chain-of-thought success. */
  public static JudgeOutcome judged(String pairId, PairwiseVerdict verdict, String rationale, int attempts,
      long latencyMs, Usage usage) {
    return new JudgeOutcome(pairId, verdict.pAb(), verdict.pBa(), verdict.pA(), verdict.positionConsistent(),
        rationale, null, JudgeStatus.OK, null, attempts, latencyMs, usage);
  }

  /**
   * Direct-mode success: P(A better) = 0.5 + (reward(A) − reward(B)) / 4, the score difference mapped linearly onto
   * [0, 1] (both rewards lie in [−1, 1]), so direct labels can be evaluated and distilled like pairwise ones.
   */
  public static JudgeOutcome scored(String pairId, DirectScore a, DirectScore b, int attempts, long latencyMs,
      Usage usage) {
    double pA = 0.5 + (a.reward() - b.reward()) / 4;
    return new JudgeOutcome(pairId, null, null, pA, null, null, new double[] {a.expected(), b.expected()},
        JudgeStatus.OK, null, attempts, latencyMs, usage);
  }

  /** A failure; {@code usage} counts the replies that came back before it (they were billed all the same). */
  public static JudgeOutcome failed(String pairId, JudgeStatus status, String error, int attempts,
      long latencyMs, Usage usage) {
    return new JudgeOutcome(pairId, null, null, null, null, null, null, status, error, attempts, latencyMs, usage);
  }

  public boolean ok() {
    return status == JudgeStatus.OK;
  }
}
