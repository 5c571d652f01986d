package io.rewardlake.core.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The hashed feature blocks of one response, each keyed by a namespaced UTF-8 string so blocks never share a key:
 * {@code "w:" + n-gram tokens joined by " "}, {@code "e:" + word} and {@code "x:" + keyword + "|" + word}. Tokens
 * hold neither spaces nor {@code |}, so every key is unambiguous.
 */
final class HashedBlocks {
  private static final byte[] NGRAM = "w:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] ECHO = "e:".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CROSS = "x:".getBytes(StandardCharsets.US_ASCII);
  private static final byte SPACE = ' ';
  private static final byte BAR = '|';
  /** {@code log(1 + count)} of small counts: StrictMath is a native call on Java 17, too slow per n-gram. */
  private static final double[] LOG1P = IntStream.range(0, 256).mapToDouble(StrictMath::log1p).toArray();

  private final FeatureHasher hasher;
  private final FeatureAccumulator out;
  private final KeyBuffer key = new KeyBuffer();

  HashedBlocks(FeatureHasher hasher, FeatureAccumulator out) {
    this.hasher = hasher;
    this.out = out;
  }

  /**
   * Word n-grams (n = 1..maxNgram) valued {@code log(1 + count)}, the block scaled to unit L2 norm so that long
   * responses do not outweigh the other blocks. Equal n-grams are counted by their 32-bit key hashes: two different
   * n-grams of one response with equal hashes (about one response in a million) are counted as one, in the slot and
   * with the sign they share anyway.
   */
  void ngrams(ResponseTokens response, int maxNgram) {
    int[] hashes = ngramHashes(response.tokens, maxNgram);
    Arrays.sort(hashes);
    double squares = 0;
    for (int start = 0, end; start < hashes.length; start = end) {
      end = runEnd(hashes, start);
      squares += square(log1p(end - start));
    }
    double norm = Math.sqrt(squares);
    for (int start = 0, end; start < hashes.length; start = end) {
      end = runEnd(hashes, start);
      hasher.add(out, hashes[start], log1p(end - start) / norm);
    }
  }

  /** Response words the human turns also have, each {@code 1 / sqrt(their number)} (a unit-norm block). */
  void echoes(ResponseTokens response, Overlap overlap) {
    if (overlap.inPromptCount() == 0) {
      return;
    }
    double value = 1 / Math.sqrt(overlap.inPromptCount());
    for (int i = 0; i < response.words.length; i++) {
      if (overlap.inPrompt()[i]) {
        hasher.add(out, key.start(ECHO).append(response.wordBytes[i]), value);
      }
    }
  }

  /** Every prompt keyword with every distinct response word, a unit-norm block. */
  void crosses(List<String> keywords, ResponseTokens response) {
    if (keywords.isEmpty() || response.words.length == 0) {
      return;
    }
    double value = 1 / Math.sqrt((double) keywords.size() * response.words.length);
    for (String keyword : keywords) {
      byte[] keywordBytes = keyword.getBytes(StandardCharsets.UTF_8);
      for (byte[] word : response.wordBytes) {
        hasher.add(out, key.start(CROSS).append(keywordBytes).append(BAR).append(word), value);
      }
    }
  }

  private int[] ngramHashes(byte[][] tokens, int maxNgram) {
    int[] hashes = new int[ngramCount(tokens.length, maxNgram)];
    int k = 0;
    for (int n = 1; n <= maxNgram; n++) {
      for (int first = 0; first + n <= tokens.length; first++) {
        hashes[k++] = FeatureHasher.hash(ngramKey(tokens, first, n));
      }
    }
    return hashes;
  }

  private KeyBuffer ngramKey(byte[][] tokens, int first, int n) {
    key.start(NGRAM).append(tokens[first]);
    for (int j = first + 1; j < first + n; j++) {
      key.append(SPACE).append(tokens[j]);
    }
    return key;
  }

  private static int ngramCount(int tokens, int maxNgram) {
    int count = 0;
    for (int n = 1; n <= maxNgram; n++) {
      count += Math.max(0, tokens - n + 1);
    }
    return count;
  }

  private static int runEnd(int[] sorted, int start) {
    int end = start + 1;
    while (end < sorted.length && sorted[end] == sorted[start]) {
      end++;
    }
    return end;
  }

  private static double log1p(int count) {
    return count < LOG1P.length ? LOG1P[count] : StrictMath.log1p(count);
  }

  private static double square(double x) {
    return x * x;
  }
}
