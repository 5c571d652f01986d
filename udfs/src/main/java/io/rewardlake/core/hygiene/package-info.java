/**
 * Corpus hygiene, pure Java: the word n-grams benchmark decontamination compares prompts by. No Spark import.
 */
package io.rewardlake.core.hygiene;
