/**
 * The {@code report} job: one self-contained HTML page ({@code index.html}: inline CSS and PNG charts as data URIs,
 * no scripts, no external fonts) about a lake: preference strength, cleaning, reward-model accuracy and calibration,
 * AI-labeller alignment and best-of-N. Each {@link io.rewardlake.jobs.report.Section} is computed from Spark
 * aggregates (never an unbounded collect) and rendered by {@link io.rewardlake.jobs.report.Charts} (JFreeChart,
 * headless). A section whose table is missing renders a panel saying which job writes it.
 */
package io.rewardlake.jobs.report;
