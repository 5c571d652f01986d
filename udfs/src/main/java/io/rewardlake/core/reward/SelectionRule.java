package io.rewardlake.core.reward;

import io.rewardlake.core.util.Ids;
import java.util.List;

/** How best-of-N picks a response among a prompt's candidates: the highest score under the rule. */
public enum SelectionRule {
  /** The ensemble's mean reward: trusts the proxy fully. */
  MEAN("mean"),
  /** mean − λ·std: penalises candidates the members disagree on. */
  LCB("lcb"),
  /** The worst member's reward. */
  MIN("min");

  private final String id;

  SelectionRule(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public double score(RewardStats stats) {
    return switch (this) {
      case MEAN -> stats.mean();
      case LCB -> stats.lcb();
      case MIN -> stats.min();
    };
  }

  public static List<String> ids() {
    return Ids.of(values(), SelectionRule::id);
  }

  public static SelectionRule of(String id) {
    return Ids.parse(values(), SelectionRule::id, id, "selection rule");
  }
}
