package io.rewardlake.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, the one content hash RewardLake uses (pair ids, config hashes). */
public final class Hashing {
  private Hashing() {}

  /** Lower-case hex of the first {@code bytes} bytes of SHA-256 over the UTF-8 text. */
  public static String sha256Hex(String text, int bytes) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
    }
  }
}
