package io.rewardlake.core.neural;

import java.util.List;
import java.util.Objects;

/**
 * Chooses the device a task's model runs on from what is configured, what Spark's resource scheduling assigned to
 * the task ({@code TaskContext.resources().get("gpu")}) and how many GPUs the engine can use (0 for a CPU-only
 * build). Pure logic, so every case is tested without a GPU.
 *
 * <p>Assigned addresses are the strings the cluster's GPU discovery script reported, normally CUDA ordinals. In a
 * container that exposes only its own GPU (Kubernetes device plugin, YARN isolation) the engine sees one GPU, index 0,
 * whatever address the script reported; that case maps to 0.
 */
public final class DeviceSelector {
  private DeviceSelector() {}

  /**
   * @param policy what the model's configuration asks for
   * @param assignedGpus the GPU addresses Spark assigned to this task; empty without resource scheduling
   * @param engineGpus how many GPUs the engine can use here
   * @param engine the engine's name, for messages
   */
  public static ComputeDevice select(DevicePolicy policy, List<String> assignedGpus, int engineGpus, String engine) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(assignedGpus, "assignedGpus");
    return switch (policy) {
      case CPU -> ComputeDevice.CPU;
      case AUTO -> assignedGpus.isEmpty() || engineGpus == 0 ? ComputeDevice.CPU
          : ComputeDevice.gpu(ordinal(assignedGpus.get(0), engineGpus, engine));
      case GPU -> requiredGpu(assignedGpus, engineGpus, engine);
    };
  }

  private static ComputeDevice requiredGpu(List<String> assignedGpus, int engineGpus, String engine) {
    if (engineGpus == 0) {
      throw new DeviceUnavailableException("the model asks for device 'gpu' but the " + engine + " engine on this"
          + " executor has no CUDA support (it sees 0 GPUs). Build RewardLake with 'mvn -Pgpu package' (the CUDA"
          + " build of ONNX Runtime), run executors with CUDA 12 and cuDNN 9, or set \"device\": \"auto\" to fall"
          + " back to the CPU");
    }
    return ComputeDevice.gpu(assignedGpus.isEmpty() ? 0 : ordinal(assignedGpus.get(0), engineGpus, engine));
  }

  private static int ordinal(String address, int engineGpus, String engine) {
    int index;
    try {
      index = Integer.parseInt(address.strip());
    } catch (NumberFormatException e) {
      throw new DeviceUnavailableException("Spark assigned GPU address '" + address + "', which is not a CUDA"
          + " ordinal; make the cluster's GPU discovery script report indices (0, 1, ...)");
    }
    if (index < engineGpus) {
      return index;
    }
    if (engineGpus == 1) {
      return 0;
    }
    throw new DeviceUnavailableException("Spark assigned GPU " + index + " but the " + engine + " engine sees only "
        + engineGpus + " GPUs (0.." + (engineGpus - 1) + "); check CUDA_VISIBLE_DEVICES and the discovery script");
  }
}
