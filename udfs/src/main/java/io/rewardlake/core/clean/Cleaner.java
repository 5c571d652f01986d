package io.rewardlake.core.clean;

import java.util.List;
import java.util.Objects;

/**
 * Applies a resolved {@link CleaningPolicy} to pairs, one decision each.
 *
 * <pre>{@code
 * Cleaner cleaner = new Cleaner(policy.resolve(quantiles), "main");
 * PairDecision d = cleaner.decide(1.0, new PairStrength(-1.31, 0.4, 1, 10));
 * d.action();   // FLIP
 * d.reason();   // "mean strength -1.31 < flip threshold -0.82 (q0.15); 9/10 members prefer rejected"
 * }</pre>
 *
 * <p>Pairs the policy cannot judge are kept as labelled, with a reason saying why: no strength row for the
 * ensemble, or a row without usable votes. Unlabelled pairs (label_p null) are dropped: there is nothing to train on
 * until a judge labels them, and the row stays in {@code pairs_clean} so nothing is lost.
 */
public final class Cleaner {
  private final CleaningPolicy policy;
  private final String ensembleId;
  private final List<Rule> rules;

  public Cleaner(CleaningPolicy policy, String ensembleId) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.ensembleId = Objects.requireNonNull(ensembleId, "ensembleId");
    if (!policy.isResolved()) {
      throw new IllegalArgumentException("Policy " + policy.id() + " has unresolved quantile thresholds; call"
          + " resolve() with the corpus's quantiles first");
    }
    this.rules = policy.rules();
  }

  /** The prefix of the reason of every pair dropped because its prompt is in a benchmark. */
  public static final String CONTAMINATED = "contaminated:";

  /**
   * A pair whose prompt shares a long n-gram with {@code benchmark}'s prompts: dropped whatever its label and vote,
   * since training on it would inflate that benchmark's scores.
   */
  public static PairDecision contaminated(Double labelP, String benchmark) {
    return PairDecision.drop(labelP == null ? 0.5 : labelP, CONTAMINATED + benchmark
        + ": the prompt shares a word n-gram with this benchmark's prompts (see the contamination table)");
  }

  /** The prefix of the reason of every pair dropped as a near duplicate of a pair that is kept. */
  public static final String NEAR_DUPLICATE = "near_duplicate:";

  /**
   * A pair in a near-duplicate cluster ({@code cluster}: {@code of:cluster_id}) that is not the cluster's
   * representative: dropped, since the representative carries the same text and training on both only weights it
   * twice.
   */
  public static PairDecision nearDuplicate(Double labelP, String cluster) {
    return PairDecision.drop(labelP == null ? 0.5 : labelP, NEAR_DUPLICATE + cluster
        + ": a near duplicate of the pair kept for this cluster (see the near_duplicates table)");
  }

  /**
   * The decision for a pair with label {@code labelP} (P(chosen preferred), null when unlabelled) and the
   * ensemble's vote on it ({@code strength}, null when the ensemble did not vote on the pair).
   */
  public PairDecision decide(Double labelP, PairStrength strength) {
    return decide(labelP, null, null, strength);
  }

  /**
   * As {@link #decide(Double, PairStrength)}, for a pair from {@code source} labelled by {@code labelSource}: a pair
   * outside the policy's {@link PolicyScope} is kept as labelled.
   */
  public PairDecision decide(Double labelP, String labelSource, String source, PairStrength strength) {
    if (labelP == null) {
      return PairDecision.drop(0.5, "no label (label_p is null): nothing to train on until the pair is labelled");
    }
    if (!(labelP >= 0 && labelP <= 1)) {
      throw new IllegalArgumentException("label_p must be in [0, 1], got " + labelP);
    }
    String outside = labelSource == null && source == null ? null : policy.scope().excludes(source, labelSource);
    if (outside != null) {
      return PairDecision.keep(labelP, outside + ": kept as labelled");
    }
    if (strength == null) {
      return PairDecision.keep(labelP, "no strength row for ensemble " + ensembleId);
    }
    if (!strength.usable()) {
      return PairDecision.keep(labelP, "strength row of ensemble " + ensembleId + " has no usable vote ("
          + strength.votingMembers() + " voting members, mean " + Numbers.format(strength.mean()) + ")");
    }
    return applyRules(labelP, strength);
  }

  private PairDecision applyRules(double labelP, PairStrength strength) {
    for (Rule rule : rules) {
      PairDecision decision = rule.decide(labelP, strength);
      if (decision != null) {
        return rule.action() == Action.DROP || rule.action() == Action.FLIP ? decision
            : decision.withNote(flipNote(labelP, strength));
      }
    }
    return PairDecision.keep(labelP, Rule.mean(strength) + ": no rule of policy " + policy.id() + " applies")
        .withNote(flipNote(labelP, strength));
  }

  private String flipNote(double labelP, PairStrength strength) {
    return policy.flip() == null ? "" : policy.flip().blockedNote(labelP, strength);
  }
}
