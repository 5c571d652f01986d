/**
 * The {@code near-duplicates} job: clusters the pairs whose prompt (or whole pair) is the same or nearly the same into
 * the {@code near_duplicates} table, which {@code clean} can keep one pair per cluster of. MinHash signatures (Spark
 * MLlib's {@code MinHashLSH}) cut into LSH bands find the candidates, their exact Jaccard similarity confirms them and
 * GraphX's connected components joins them into clusters; every step is a Spark job whose cost grows with the corpus,
 * not with its square.
 */
package io.rewardlake.jobs.dedupe;
