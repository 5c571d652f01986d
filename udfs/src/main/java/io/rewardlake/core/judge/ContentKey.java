package io.rewardlake.core.judge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A pair's content as a key: SHA-256 (lowercase hex) of its context, A and B joined by U+0001, the same value as
 * Spark SQL's {@code sha2(concat_ws('\u0001', coalesce(prompt, ''), chosen, rejected), 256)}. Cached judge replies are
 * filed under it, so any judge, template or mode finds what was asked about the same texts before, whatever the
 * pair's id.
 */
public final class ContentKey {
  /** The separator, as the SQL side writes it. */
  public static final String SEPARATOR = "\u0001";

  private ContentKey() {}

  public static String of(JudgeItem item) {
    return sha256(item.context() + SEPARATOR + item.a() + SEPARATOR + item.b());
  }

  /** SHA-256 of the text's UTF-8 bytes, lowercase hex. */
  public static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
