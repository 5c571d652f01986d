/**
 * {@code jury}: several AI judges' {@code ai_labels} combined per pair into the {@code jury} table (mean and
 * log-odds mean of their soft labels, agreement), with each judge's position bias and the judges' agreement matrix;
 * the jury also votes in {@code strength}, alone or beside a reward-model ensemble, so {@code clean} can use it.
 */
package io.rewardlake.jobs.jury;
