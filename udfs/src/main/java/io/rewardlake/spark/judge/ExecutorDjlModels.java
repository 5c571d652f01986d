package io.rewardlake.spark.judge;

import io.rewardlake.core.djl.DjlLanguageModel;
import io.rewardlake.core.djl.JudgeModelDirectory;
import io.rewardlake.core.neural.ComputeDevice;
import io.rewardlake.spark.model.HadoopModelFiles;
import io.rewardlake.spark.model.TaskGpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * Judge LMs loaded in this JVM, one per model directory, device and top-k: all tasks of an executor share one model
 * and so one batching worker, which is what fills the model's batches. Closed (native memory freed) when the JVM
 * exits.
 */
final class ExecutorDjlModels {
  private static final Map<List<Object>, DjlLanguageModel> MODELS = new HashMap<>();

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ExecutorDjlModels::closeAll, "rewardlake-close-djl-judges"));
  }

  private ExecutorDjlModels() {}

  /** The model in {@code directory} on the device this task should use, loading it on first use. */
  static DjlLanguageModel model(String directory, Configuration hadoop, int topLogprobs) {
    try {
      JudgeModelDirectory model = JudgeModelDirectory.read(new HadoopModelFiles(directory, hadoop));
      ComputeDevice device = model.device(TaskGpus.assigned());
      synchronized (MODELS) {
        List<Object> key = List.of(directory, device.toString(), topLogprobs);
        DjlLanguageModel loaded = MODELS.get(key);
        if (loaded == null) {
          loaded = model.load(device, topLogprobs);
          MODELS.put(key, loaded);
        }
        return loaded;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the judge model " + directory + ": " + e.getMessage(), e);
    }
  }

  private static void closeAll() {
    synchronized (MODELS) {
      MODELS.values().forEach(DjlLanguageModel::close);
      MODELS.clear();
    }
  }
}
