package io.rewardlake.core.judge;

/**
 * Tokens of a text without the judge's tokenizer, which a remote endpoint does not share: one token per four
 * characters, rounded up, the rule of thumb OpenAI documents for English with its BPE tokenizers. Used for replies
 * without a {@code usage} object and for {@code label --dry-run}; an estimate, and labelled so wherever it is shown.
 */
public final class TokenEstimate {
  static final int CHARS_PER_TOKEN = 4;

  private TokenEstimate() {}

  public static long of(String text) {
    if (text == null || text.isEmpty()) {
      return 0;
    }
    return (text.length() + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN;
  }
}
