/**
 * Text handling shared by every stage: normalisation for identity ({@link io.rewardlake.core.text.TextNormalizer}),
 * stable pair ids ({@link io.rewardlake.core.text.PairIds}), splitting of Anthropic-style conversation transcripts
 * ({@link io.rewardlake.core.text.TranscriptSplitter}) and bounded excerpts. Pure Java: no Spark import.
 */
package io.rewardlake.core.text;
