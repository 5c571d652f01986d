package io.rewardlake.spark.encoder;

import io.rewardlake.core.djl.SharedEncoders;
import io.rewardlake.core.encoder.EncoderSpec;
import io.rewardlake.core.encoder.TextEncoder;
import io.rewardlake.core.model.EncoderModels;
import io.rewardlake.core.model.ModelFiles;
import io.rewardlake.spark.model.HadoopConfigurations;
import io.rewardlake.spark.model.HadoopModelFiles;
import io.rewardlake.spark.model.TaskGpus;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.SerializableConfiguration;

/**
 * What a task needs to reach a backbone: its directory and the Hadoop configuration to read it with. The model is
 * loaded on the executor on first use and kept for the JVM's life (one copy per directory and assigned GPU), so every
 * task of an executor shares it.
 */
public final class BackboneHandle implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<String, TextEncoder> LOADED = new HashMap<>();
  private static int loads;

  private final String location;
  private final EncoderSpec spec;
  private final Broadcast<SerializableConfiguration> hadoop;

  private BackboneHandle(String location, EncoderSpec spec, Broadcast<SerializableConfiguration> hadoop) {
    this.location = location;
    this.spec = spec;
    this.hadoop = hadoop;
  }

  /** Reads the backbone's settings on the driver, so a wrong directory fails before any Spark work. */
  public static BackboneHandle of(SparkSession spark, String location) throws IOException {
    ModelFiles files = new HadoopModelFiles(location, spark.sparkContext().hadoopConfiguration());
    return new BackboneHandle(location, EncoderModels.readBackbone(files), HadoopConfigurations.broadcast(spark));
  }

  /** This backbone run with other settings (batching, device, threads), e.g. for a benchmark. */
  public BackboneHandle with(EncoderSpec other) {
    return new BackboneHandle(location, other, hadoop);
  }

  public String location() {
    return location;
  }

  public EncoderSpec spec() {
    return spec;
  }

  /** The executor's shared backbone, loaded on first use. */
  public TextEncoder encoder() {
    List<String> gpus = TaskGpus.assigned();
    String key = (gpus.isEmpty() ? location : location + " on gpu " + String.join(",", gpus)) + " as " + spec;
    synchronized (LOADED) {
      TextEncoder encoder = LOADED.get(key);
      if (encoder == null) {
        encoder = load(gpus);
        LOADED.put(key, encoder);
        loads++;
      }
      return encoder;
    }
  }

  /** How many times this JVM loaded a backbone (for tests: once per backbone and device). */
  public static int loads() {
    synchronized (LOADED) {
      return loads;
    }
  }

  private TextEncoder load(List<String> gpus) {
    try {
      HadoopModelFiles files = new HadoopModelFiles(location, hadoop.value().value());
      return SharedEncoders.acquire(files.localDirectory(), spec, gpus);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load backbone " + location + ": " + e.getMessage(), e);
    }
  }
}
