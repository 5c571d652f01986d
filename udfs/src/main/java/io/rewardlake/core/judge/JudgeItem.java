package io.rewardlake.core.judge;

import java.util.Objects;

/**
 * One pair to judge. A is the pair's {@code chosen} response and B its {@code rejected} one, so P(A better) is
 * directly comparable with the human label.
 */
public record JudgeItem(String pairId, String context, String a, String b) {
  public JudgeItem {
    Objects.requireNonNull(pairId, "pairId");
    context = context == null ? "" : context;
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}
