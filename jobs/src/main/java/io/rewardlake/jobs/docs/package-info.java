/**
 * The reference pages of the user manual that are written from the code rather than by hand: every configuration
 * key ({@link io.rewardlake.jobs.config.ConfigKeys}) and every table contract ({@code io.rewardlake.schemas}).
 * {@link io.rewardlake.jobs.docs.ReferencePages#main} writes them under {@code docs/reference/}; a test fails when
 * the checked-in pages differ from what the code would write, so they cannot drift.
 */
package io.rewardlake.jobs.docs;
