package io.rewardlake.core.djl;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtProvider;
import io.rewardlake.core.neural.ComputeDevice;
import io.rewardlake.core.neural.DeviceSelector;
import io.rewardlake.core.neural.NeuralModelSpec;
import java.util.List;

/**
 * DJL as RewardLake uses it: offline, no usage tracking, engines from the classpath only. Every DJL entry point of
 * this package goes through {@link #engine}, which applies those settings before the first engine class loads.
 */
public final class DjlRuntime {
  /** DJL's switch for "never download" (models, native libraries); it also disables usage tracking. */
  static final String OFFLINE = "ai.djl.offline";
  /** DJL's usage-tracking opt-out, set as well in case a future DJL separates the two. */
  static final String OPT_OUT_TRACKING = "OPT_OUT_TRACKING";

  static {
    System.setProperty(OFFLINE, "true");
    System.setProperty(OPT_OUT_TRACKING, "true");
  }

  private DjlRuntime() {}

  /** Applies the settings before code that touches DJL's engine classes directly (loading this class is enough). */
  static void applySettings() {
    // the static initialiser has run by the time this body executes
  }

  /** The named engine, or an error saying which build has it. */
  public static Engine engine(String name) {
    if (!Engine.hasEngine(name)) {
      String hint = NeuralModelSpec.PYTORCH.equals(name)
          ? "TorchScript models need the PyTorch engine: build RewardLake with 'mvn -Ppytorch package'"
          : "this build has the engines " + Engine.getAllEngines();
      throw new IllegalStateException("DJL engine '" + name + "' is not available: " + hint);
    }
    return Engine.getEngine(name);
  }

  /**
   * How many GPUs the engine can actually run on here. For ONNX Runtime that needs the CUDA build
   * ({@code onnxruntime_gpu}, the {@code gpu} Maven profile) as well as a GPU: the CPU build on a GPU host counts 0.
   */
  public static int usableGpus(String engineName) {
    Engine engine = engine(engineName);
    if (NeuralModelSpec.ONNX_RUNTIME.equals(engineName)) {
      return OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA) ? Math.max(engine.getGpuCount(), 0)
          : 0;
    }
    return Math.max(engine.getGpuCount(), 0);
  }

  /** Where a model runs on this host, given the GPUs Spark assigned to the task (empty if none). */
  public static ComputeDevice chooseDevice(NeuralModelSpec spec, List<String> assignedGpus) {
    return DeviceSelector.select(spec.device(), assignedGpus, usableGpus(spec.engine()), spec.engine());
  }

  static Device device(ComputeDevice device) {
    return device.gpu() ? Device.gpu(device.index()) : Device.cpu();
  }
}
