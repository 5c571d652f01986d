/**
 * Table contracts: one class per Delta table RewardLake writes ({@link io.rewardlake.schemas.PairsTable},
 * {@link io.rewardlake.schemas.RejectsTable}, ...). Each declares, once, the Spark schema, the column-name constants
 * every job uses instead of string literals, nullability, partition columns and Delta table properties, and exposes a
 * {@link io.rewardlake.schemas.TableContract} that checks whether a schema conforms.
 *
 * <p>Usage: {@code PairsTable.CONTRACT.requireConforms(dataset.schema())} at job start, before any work.
 */
package io.rewardlake.schemas;
