/**
 * Corpus hygiene, pure Java: the word n-grams benchmark decontamination compares prompts by, and the word shingles,
 * text keys and LSH bands near-duplicate detection compares texts by. No Spark import.
 */
package io.rewardlake.core.hygiene;
