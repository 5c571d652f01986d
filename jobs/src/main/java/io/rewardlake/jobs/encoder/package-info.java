/**
 * The encoder family's jobs side: where named backbones live ({@link io.rewardlake.jobs.encoder.Backbones}), the
 * incremental embedding stage that fills the {@code embeddings} table and joins stored vectors to a job's rows
 * ({@link io.rewardlake.jobs.encoder.EmbeddingStage}), and its use by {@code vote}, {@code reward} and the SQL
 * functions for ensembles with encoder members ({@link io.rewardlake.jobs.encoder.StoredEmbeddings}).
 */
package io.rewardlake.jobs.encoder;
