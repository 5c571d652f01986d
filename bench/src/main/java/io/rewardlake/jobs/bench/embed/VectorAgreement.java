package io.rewardlake.jobs.bench.embed;

import java.util.List;
import java.util.Map;

/**
 * Whether the Spark path and the floor embedded the same texts alike: the lowest cosine similarity over the texts
 * both embedded. Quantized backbones give slightly different vectors when a call holds several texts of different
 * lengths, so a batch size the backbone was not set up for shows here, not only in the timings.
 *
 * @param compared texts both paths embedded
 * @param lowestCosine the lowest cosine similarity among them (1 when none were compared)
 * @param missing texts of the floor the Spark path did not return
 */
record VectorAgreement(int compared, double lowestCosine, int missing) {
  static final double TOLERANCE = 0.999;

  static VectorAgreement of(List<String> texts, List<float[]> floor, Map<String, float[]> spark) {
    int compared = 0;
    int missing = 0;
    double lowest = 1;
    for (int i = 0; i < floor.size(); i++) {
      float[] other = spark.get(texts.get(i));
      if (other == null) {
        missing++;
        continue;
      }
      compared++;
      lowest = Math.min(lowest, cosine(floor.get(i), other));
    }
    return new VectorAgreement(compared, lowest, missing);
  }

  boolean agrees() {
    return missing == 0 && compared > 0 && lowestCosine >= TOLERANCE;
  }

  static double cosine(float[] a, float[] b) {
    if (a.length != b.length) {
      return -1;
    }
    double dot = 0;
    double aa = 0;
    double bb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += (double) a[i] * b[i];
      aa += (double) a[i] * a[i];
      bb += (double) b[i] * b[i];
    }
    return aa == 0 || bb == 0 ? 0 : dot / Math.sqrt(aa * bb);
  }
}
