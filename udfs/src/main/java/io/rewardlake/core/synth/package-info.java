/**
 * Seeded synthetic preference corpus with known ground truth (the {@code synth} job's pure core; no Spark).
 *
 * <p>Every candidate response has a latent quality {@code q ~ Normal(0, 1)} that its text carries only partly:
 * each sentence is drawn from a helpful, on-topic pool with probability {@code sigmoid(1.5 q)} and from a vague,
 * off-topic, curt or rude pool otherwise. Refusals are good for harmful requests and bad for benign ones, so part of
 * the quality is only visible together with the prompt. Pair labels are sampled Bradley–Terry style from the
 * latent qualities; exact shares of near-tie pairs (fair-coin labels) and injected label flips are added on top,
 * and every pair line keeps the truth in its {@code meta} map so downstream strength estimates can be scored.
 *
 * <p>Usage:
 * <pre>{@code
 * SynthSummary summary = new SyntheticCorpusGenerator(SynthSpec.defaults()).write(pairsWriter, candidatesWriter);
 * }</pre>
 *
 * <p>Determinism: the bytes depend only on the {@link io.rewardlake.core.synth.SynthSpec}. Each prompt draws from
 * its own generator derived from (seed, prompt index), and which pairs are flipped, ambiguous or test is decided by
 * seeded index permutations, so any range of prompts can be generated independently (e.g. one range per worker).
 */
package io.rewardlake.core.synth;
