package io.rewardlake.core.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * MurmurHash3 x86_32 (Austin Appleby's reference algorithm), self-contained so that feature indices never change with
 * a library upgrade: a trained model is only valid for the exact hash that placed its features.
 */
final class MurmurHash3 {
  private static final int C1 = 0xcc9e2d51;
  private static final int C2 = 0x1b873593;
  /** Reads 4 bytes as one little-endian int (a single load on x86), the block order of the reference. */
  private static final VarHandle INT_LE = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  private MurmurHash3() {}

  /** The hash of the text's UTF-8 bytes. */
  static int hash32(String text, int seed) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return hash32(bytes, 0, bytes.length, seed);
  }

  static int hash32(byte[] data, int offset, int length, int seed) {
    int h = seed;
    int end = offset + (length & ~3);
    for (int i = offset; i < end; i += 4) {
      h = Integer.rotateLeft(h ^ mixK(littleEndianInt(data, i)), 13) * 5 + 0xe6546b64;
    }
    return fmix(h ^ mixK(tail(data, end, length & 3)), length);
  }

  private static int littleEndianInt(byte[] data, int i) {
    return (int) INT_LE.get(data, i);
  }

  /** The 0-3 trailing bytes as a little-endian int; 0 (which mixes to 0, leaving h unchanged) when there are none. */
  private static int tail(byte[] data, int at, int remaining) {
    int k = 0;
    for (int j = remaining - 1; j >= 0; j--) {
      k = k << 8 | (data[at + j] & 0xff);
    }
    return k;
  }

  private static int mixK(int k) {
    return Integer.rotateLeft(k * C1, 15) * C2;
  }

  private static int fmix(int h, int length) {
    return fmix32(h ^ length);
  }

  /** The reference finaliser: a bijection in which every input bit affects every output bit. */
  static int fmix32(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    return h ^ h >>> 16;
  }
}
