/**
 * Pure logic of uncertainty-aware rewards, no Spark: per-member standardisation
 * ({@link io.rewardlake.core.reward.MemberScales}), the ensemble statistics of one sample with the conservative
 * reward mean − λ·std ({@link io.rewardlake.core.reward.RewardStats}), and best-of-N selection by a rule
 * ({@link io.rewardlake.core.reward.SelectionRule}).
 *
 * <pre>{@code
 * MemberScales scales = moments.scales();                        // from every member's rewards over the corpus
 * RewardStats stats = RewardStats.of(rawRewards, scales, 1.0);   // mean, std, min, lcb of the z-scores
 * double pick = SelectionRule.LCB.score(stats);
 * }</pre>
 */
package io.rewardlake.core.reward;
