/**
 * {@code label}: RLAIF labelling at corpus scale. {@link io.rewardlake.jobs.label.LabelJob} judges pairs in committed
 * micro-batches (resumable, one row per pair and judge), {@link io.rewardlake.jobs.label.JudgeTemplates} loads the
 * prompt templates, {@link io.rewardlake.jobs.label.ApiKeys} reads endpoint keys from the environment or a file,
 * {@link io.rewardlake.jobs.label.LabelEvaluation} measures alignment with the pairs' own labels and
 * {@code --distill} writes {@code pairs_ai} for distilled RLAIF.
 */
package io.rewardlake.jobs.label;
