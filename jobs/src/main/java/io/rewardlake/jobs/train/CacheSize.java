package io.rewardlake.jobs.train;

import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.RDDInfo;

/**
 * Where the training cache lives once built: bytes in memory and spilled to disk, from Spark's block manager. Said
 * in the progress line, because a cache that spills makes every optimiser pass read disk and the cure (more driver
 * or executor memory) is the user's to take.
 */
record CacheSize(long memoryBytes, long diskBytes) {
  static CacheSize of(SparkSession spark, int rddId) {
    for (RDDInfo info : spark.sparkContext().getRDDStorageInfo()) {
      if (info.id() == rddId) {
        return new CacheSize(info.memSize(), info.diskSize());
      }
    }
    return new CacheSize(0, 0);
  }

  String describe(long pairs) {
    double perPair = pairs == 0 ? 0 : (double) (memoryBytes + diskBytes) / pairs;
    String where = diskBytes == 0 ? "all in memory"
        : String.format(Locale.ROOT, "%.0f MB of it spilled to disk (more memory would keep it in)", diskBytes / 1e6);
    return String.format(Locale.ROOT, "cache %.0f MB, %.0f bytes per pair, %s", (memoryBytes + diskBytes) / 1e6,
        perPair, where);
  }
}
