/**
 * Test servers shared by the modules that test against them (the jobs' and cluster's integration tests) and by the
 * benchmarks: {@link io.rewardlake.testkit.LoopbackOpenAiServer}, an OpenAI-compatible endpoint on loopback; and the
 * settings their local Spark sessions share ({@link io.rewardlake.testkit.InterpretedExpressions}). Never part of the
 * jobs jar or the cluster jar.
 */
package io.rewardlake.testkit;
