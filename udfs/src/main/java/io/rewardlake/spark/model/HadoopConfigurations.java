package io.rewardlake.spark.model;

import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * The session's Hadoop configuration as a broadcast, so executors read model directories with the driver's
 * credentials and file-system settings (S3A keys, HDFS HA) without each task shipping its own copy.
 */
public final class HadoopConfigurations {
  private HadoopConfigurations() {}

  public static Broadcast<SerializableConfiguration> broadcast(SparkSession spark) {
    SerializableConfiguration configuration =
        new SerializableConfiguration(spark.sparkContext().hadoopConfiguration());
    return spark.sparkContext().broadcast(configuration,
        scala.reflect.ClassTag$.MODULE$.apply(SerializableConfiguration.class));
  }
}
