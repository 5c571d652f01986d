/**
 * Statistics the evidence commands report: bootstrap confidence intervals for accuracies and their paired
 * differences, and Spearman's rank correlation. Pure Java, so they are checked against hand-computed values.
 */
package io.rewardlake.core.stats;
