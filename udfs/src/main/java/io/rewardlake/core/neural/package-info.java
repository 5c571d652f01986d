/**
 * What running a neural model needs decided before any engine is touched, in plain Java so it is unit-tested without
 * native libraries: which device a task runs on ({@link io.rewardlake.core.neural.DeviceSelector}), how a batch of
 * token sequences is cut into length buckets ({@link io.rewardlake.core.neural.LengthBuckets}), how a too-long input
 * is truncated keeping the end of the response ({@link io.rewardlake.core.neural.Truncation}), and the model
 * directory's settings ({@link io.rewardlake.core.neural.NeuralModelSpec}). The DJL adapters in
 * {@code io.rewardlake.core.djl} only carry these decisions out.
 */
package io.rewardlake.core.neural;
