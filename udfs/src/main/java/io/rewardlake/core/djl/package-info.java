/**
 * Neural reward models ({@link io.rewardlake.core.djl.DjlRewardModel}, family {@code djl}) and causal-LM judges
 * ({@link io.rewardlake.core.djl.DjlLanguageModel}, family {@code djl-lm}) run through DJL on ONNX Runtime (or
 * PyTorch with {@code -Ppytorch}). No Spark here: the Spark adapters only pass in the GPU a task was assigned.
 * {@link io.rewardlake.core.djl.DjlRuntime} switches DJL to offline mode before any engine loads, so native libraries
 * come from the Maven artifacts on the classpath and nothing is downloaded or reported.
 */
package io.rewardlake.core.djl;
