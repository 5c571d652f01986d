package io.rewardlake.core.model;

import java.util.Arrays;

/**
 * A reusable byte buffer that assembles a feature's key (e.g. {@code "w:" + token + " " + token}) as UTF-8 from
 * pre-encoded parts, so that no string is built per n-gram or cross.
 */
final class KeyBuffer {
  private byte[] bytes = new byte[64];
  private int length;

  KeyBuffer start(byte[] prefix) {
    length = 0;
    return append(prefix);
  }

  KeyBuffer append(byte[] part) {
    ensure(part.length);
    System.arraycopy(part, 0, bytes, length, part.length);
    length += part.length;
    return this;
  }

  KeyBuffer append(byte ascii) {
    ensure(1);
    bytes[length++] = ascii;
    return this;
  }

  int hash(int seed) {
    return MurmurHash3.hash32(bytes, 0, length, seed);
  }

  private void ensure(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
    }
  }
}
