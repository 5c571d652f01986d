/**
 * RLAIF judging, no Spark: what the judge is asked and what its answer means.
 * <ul>
 *   <li>Prompts: {@link io.rewardlake.core.judge.JudgeTemplate} (preamble, exemplars, the sample fenced so it cannot
 *       pass for template text, the ending; the chain-of-thought and direct-score variants).
 *   <li>Answers: {@link io.rewardlake.core.judge.LabelLogprobs} (the label tokens' log-probabilities, tokenizer
 *       spellings included), {@link io.rewardlake.core.judge.PairwiseVerdict} (both orders into one debiased soft
 *       label), {@link io.rewardlake.core.judge.DirectScore} (d-RLAIF's 1–10 score).
 *   <li>Judges: the SPI {@link io.rewardlake.core.judge.PairJudge}; {@link io.rewardlake.core.judge.LanguageModelJudge}
 *       drives any {@link io.rewardlake.core.judge.LanguageModel} backend (HTTP in
 *       {@link io.rewardlake.core.judge.http}; a DJL causal LM implements the same interface) through the pairwise,
 *       cot and direct modes; {@link io.rewardlake.core.judge.EnsembleJudge} is the offline reward-model judge.
 *   <li>Flow: {@link io.rewardlake.core.judge.JudgeStream} keeps a window of pairs in flight and yields one
 *       {@link io.rewardlake.core.judge.JudgeOutcome} per pair, failures included, as they complete.
 * </ul>
 *
 * <pre>{@code
 * PairJudge judge = new LanguageModelJudge(model, template, JudgeMode.PAIRWISE, 256);
 * Iterator<JudgeOutcome> outcomes = new JudgeStream(items, judge, 1, 64);  // 64 pairs in flight
 * }</pre>
 */
package io.rewardlake.core.judge;
