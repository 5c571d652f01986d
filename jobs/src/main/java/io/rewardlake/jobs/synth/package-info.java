/**
 * The {@code synth} job: writes the seeded synthetic corpus ({@link io.rewardlake.core.synth}) to
 * {@code <lake>/raw/synth.jsonl} (pairs, generic JSONL records with ground truth in {@code meta}) and
 * {@code synth_candidates.jsonl} beside it (every candidate response with its latent quality).
 */
package io.rewardlake.jobs.synth;
