/**
 * Lakehouse IO: where each table lives under the lake root, creating tables from their contracts (schema, NOT NULL
 * columns, properties), reading them with a conformance check, and writing them in single Delta commits that carry
 * the run's lineage ({@link io.rewardlake.jobs.lake.RunContext}) in the commit's user metadata.
 */
package io.rewardlake.jobs.lake;
