/**
 * The encoder family's jobs side: where named backbones live ({@link io.rewardlake.jobs.encoder.Backbones}) and the
 * incremental embedding stage that fills the {@code embeddings} table ({@link io.rewardlake.jobs.encoder.EmbeddingStage}).
 */
package io.rewardlake.jobs.encoder;
