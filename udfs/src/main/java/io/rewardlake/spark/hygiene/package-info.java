/**
 * Spark adapters for corpus hygiene: column functions over the pure {@link io.rewardlake.core.hygiene} core.
 */
package io.rewardlake.spark.hygiene;
