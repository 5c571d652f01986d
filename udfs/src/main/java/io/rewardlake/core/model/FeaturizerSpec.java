package io.rewardlake.core.model;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings of the built-in featurizer. Stored in every model directory's metadata so a model is scored with exactly
 * the features it was trained on; {@link #VERSION} changes whenever the same settings would produce other features.
 *
 * @param hashBits the feature space has {@code 2^hashBits} slots (the first few hold dense interaction features)
 * @param maxNgram longest word n-gram hashed from the response (1 = unigrams only)
 * @param crossKeywords how many prompt keywords are crossed with the response's words (0 = no crosses)
 */
public record FeaturizerSpec(int hashBits, int maxNgram, int crossKeywords) implements Serializable {
  public static final String VERSION = "hashed-ngrams-v1";
  public static final int MIN_HASH_BITS = 10;
  public static final int MAX_HASH_BITS = 24;
  public static final int MAX_NGRAM = 3;
  public static final int MAX_CROSS_KEYWORDS = 8;

  public FeaturizerSpec {
    require(hashBits >= MIN_HASH_BITS && hashBits <= MAX_HASH_BITS,
        "hashBits must be in [" + MIN_HASH_BITS + ", " + MAX_HASH_BITS + "], got " + hashBits);
    require(maxNgram >= 1 && maxNgram <= MAX_NGRAM, "maxNgram must be in [1, " + MAX_NGRAM + "], got " + maxNgram);
    require(crossKeywords >= 0 && crossKeywords <= MAX_CROSS_KEYWORDS,
        "crossKeywords must be in [0, " + MAX_CROSS_KEYWORDS + "], got " + crossKeywords);
  }

  public static FeaturizerSpec defaults() {
    return new FeaturizerSpec(18, 2, 3);
  }

  public int dimension() {
    return 1 << hashBits;
  }

  /** The metadata form, read back by {@link #fromMap}. */
  public Map<String, String> toMap() {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("version", VERSION);
    map.put("hash_bits", Integer.toString(hashBits));
    map.put("max_ngram", Integer.toString(maxNgram));
    map.put("cross_keywords", Integer.toString(crossKeywords));
    return map;
  }

  public static FeaturizerSpec fromMap(Map<String, String> map) {
    String version = map.get("version");
    if (!VERSION.equals(version)) {
      throw new IllegalArgumentException("featurizer version " + version + " is not supported by this build (it"
          + " reads " + VERSION + "); score the model with the RewardLake version that trained it");
    }
    return new FeaturizerSpec(intOf(map, "hash_bits"), intOf(map, "max_ngram"), intOf(map, "cross_keywords"));
  }

  private static int intOf(Map<String, String> map, String key) {
    String value = map.get(key);
    if (value == null) {
      throw new IllegalArgumentException("featurizer settings lack '" + key + "': " + map);
    }
    return Integer.parseInt(value);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
