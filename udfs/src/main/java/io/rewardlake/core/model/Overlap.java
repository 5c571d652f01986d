package io.rewardlake.core.model;

/**
 * Which of a response's distinct words the prompt also has.
 *
 * @param inPrompt per distinct response word ({@link ResponseTokens#words} order): does a human turn have it?
 * @param inPromptCount how many are true in {@code inPrompt}
 * @param inLastTurnCount how many distinct response words the last human turn has
 */
record Overlap(boolean[] inPrompt, int inPromptCount, int inLastTurnCount) {

  static Overlap of(PromptContext context, ResponseTokens response) {
    boolean[] inPrompt = new boolean[response.words.length];
    int inPromptCount = 0;
    int inLastTurnCount = 0;
    for (int i = 0; i < inPrompt.length; i++) {
      inPrompt[i] = context.humanWords().contains(response.words[i]);
      inPromptCount += inPrompt[i] ? 1 : 0;
      inLastTurnCount += context.lastTurnWords().contains(response.words[i]) ? 1 : 0;
    }
    return new Overlap(inPrompt, inPromptCount, inLastTurnCount);
  }
}
