package io.rewardlake.core.encoder;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key of a text in the {@code embeddings} table: SHA-256 of its UTF-8 bytes in lower-case hex, the same value
 * Spark's {@code sha2(text, 256)} gives, so executors and SQL agree on it.
 */
public final class TextHash {
  private TextHash() {}

  public static String of(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
