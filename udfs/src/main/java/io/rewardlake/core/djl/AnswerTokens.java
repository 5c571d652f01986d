package io.rewardlake.core.djl;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The token ids of the labels a judge reads at the answer position: "1" and "2" (pairwise) and "1" to "10" (direct
 * scores), in every spelling the tokenizer has as one token. Tokenizers differ: WordPiece and WordLevel have
 * {@code 1}, byte-level BPE {@code Ġ1} for " 1", SentencePiece {@code ▁1} and often a bare {@code 1} after a split-off
 * {@code ▁}. So each label is encoded with and without a leading space, and every resulting token whose spelling is
 * the label once a space marker is stripped counts.
 */
final class AnswerTokens {
  /** Word-start markers a vocabulary spells a leading space with: plain, SentencePiece, GPT-2 byte-level BPE. */
  private static final List<String> SPACE_MARKERS = List.of(" ", "\u2581", "\u0120");
  static final int HIGHEST_SCORE = 10;

  private AnswerTokens() {}

  static long[] ids(HfTokenizer tokenizer) {
    Set<Long> ids = new LinkedHashSet<>();
    for (int score = 1; score <= HIGHEST_SCORE; score++) {
      String label = Integer.toString(score);
      for (String text : List.of(label, " " + label)) {
        for (HfTokenizer.Piece piece : tokenizer.pieces(text)) {
          if (label.equals(stripMarker(piece.token()))) {
            ids.add(piece.id());
          }
        }
      }
    }
    return ids.stream().mapToLong(Long::longValue).toArray();
  }

  private static String stripMarker(String token) {
    for (String marker : SPACE_MARKERS) {
      if (token.startsWith(marker)) {
        return token.substring(marker.length());
      }
    }
    return token;
  }
}
