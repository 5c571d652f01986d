/**
 * {@code sql}: queries, scripts and notebooks over a lake, with its tables as views of their own names, named
 * parameters bound from the command line, and the voting functions registered only when a statement calls them.
 */
package io.rewardlake.jobs.sql;
