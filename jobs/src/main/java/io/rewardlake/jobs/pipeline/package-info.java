/**
 * The {@code pipeline} job: runs the configured stages in order on one Spark session (the main job; with no
 * arguments it uses the embedded default config, conf/pipeline-local.yaml, packaged in the jar).
 */
package io.rewardlake.jobs.pipeline;
