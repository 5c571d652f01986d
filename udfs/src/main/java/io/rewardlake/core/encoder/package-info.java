/**
 * The {@code encoder} reward-model family: a frozen sentence encoder (the backbone, family {@code djl-encoder}) turns
 * prompt and response into pooled embeddings once, and small trained heads map their pair features to a reward.
 * Everything here is plain Java: the backbone is reached through {@link io.rewardlake.core.encoder.TextEncoder}, which
 * {@code core.djl} implements with ONNX Runtime.
 */
package io.rewardlake.core.encoder;
