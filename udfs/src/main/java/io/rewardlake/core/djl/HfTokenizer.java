package io.rewardlake.core.djl;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A Hugging Face {@code tokenizer.json} through DJL's bindings, used without its own truncation or padding (RewardLake
 * decides both). The special tokens its post-processor adds (e.g. {@code [CLS] … [SEP]}, or {@code <s> …}) are found
 * once by encoding a probe word with and without them, so inputs can be cut between the specials and re-wrapped.
 * Thread-safe: the native tokenizer is immutable after loading.
 */
final class HfTokenizer implements AutoCloseable {
  private static final String PROBE = "rewardlake";
  private static final List<String> PAD_CANDIDATES = List.of("[PAD]", "<pad>", "<|pad|>", "[UNK]", "<unk>");

  private final HuggingFaceTokenizer tokenizer;
  private final long[] prefix;
  private final long[] suffix;

  HfTokenizer(Path file) throws IOException {
    this.tokenizer = HuggingFaceTokenizer.newInstance(file, Map.of("addSpecialTokens", "false",
        "truncation", "false", "padding", "false"));
    long[] bare = tokenizer.encode(PROBE, false, false).getIds();
    long[] wrapped = tokenizer.encode(PROBE, true, false).getIds();
    int at = indexOf(wrapped, bare);
    if (at < 0) {
      throw new IOException(file + ": the tokenizer's special tokens wrap text in a way RewardLake cannot split ("
          + Arrays.toString(wrapped) + " around " + Arrays.toString(bare) + ")");
    }
    this.prefix = Arrays.copyOfRange(wrapped, 0, at);
    this.suffix = Arrays.copyOfRange(wrapped, at + bare.length, wrapped.length);
  }

  /** Token ids of {@code text} without special tokens. */
  long[] ids(String text) {
    return tokenizer.encode(text, false, false).getIds();
  }

  long[] prefix() {
    return prefix.clone();
  }

  long[] suffix() {
    return suffix.clone();
  }

  /** The id of a token written exactly as in the vocabulary, or -1 if the text is not one token. */
  long tokenId(String token) {
    Encoding encoding = tokenizer.encode(token, false, false);
    long[] ids = encoding.getIds();
    return ids.length == 1 && token.equals(encoding.getTokens()[0]) ? ids[0] : -1;
  }

  /** The id that pads: the named token, else the first of [PAD], &lt;pad&gt;, [UNK], &lt;unk&gt; in the vocabulary, else 0. */
  long padId(String configured) {
    if (configured != null) {
      long id = tokenId(configured);
      if (id < 0) {
        throw new IllegalArgumentException("pad_token '" + configured + "' is not a token of the tokenizer");
      }
      return id;
    }
    return PAD_CANDIDATES.stream().mapToLong(this::tokenId).filter(id -> id >= 0).findFirst().orElse(0);
  }

  /** One token of an encoding: its vocabulary spelling and id. */
  record Piece(String token, long id) {}

  /** The tokens of {@code text} without special tokens, as spelled in the vocabulary (e.g. {@code Ġ1}, {@code ▁1}). */
  List<Piece> pieces(String text) {
    Encoding encoding = tokenizer.encode(text, false, false);
    long[] ids = encoding.getIds();
    String[] tokens = encoding.getTokens();
    return java.util.stream.IntStream.range(0, ids.length).mapToObj(i -> new Piece(tokens[i], ids[i])).toList();
  }

  /**
   * The text one token decodes to, special tokens included (so {@code </s>} stays distinguishable from an empty
   * string): what a judge backend reports as the token of a log-probability.
   */
  String tokenText(long id) {
    return tokenizer.decode(new long[] {id}, false);
  }

  /** Text of token ids, special tokens skipped. */
  String decode(long[] ids) {
    return tokenizer.decode(ids, true);
  }

  private static int indexOf(long[] haystack, long[] needle) {
    for (int start = 0; start + needle.length <= haystack.length; start++) {
      if (Arrays.equals(haystack, start, start + needle.length, needle, 0, needle.length)) {
        return start;
      }
    }
    return -1;
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
