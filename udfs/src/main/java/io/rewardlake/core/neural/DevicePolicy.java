package io.rewardlake.core.neural;

import io.rewardlake.core.util.Ids;
import java.util.List;
import java.util.Locale;

/** Where a model may run, as configured ({@code "device"} in a model directory's {@code model.json}). */
public enum DevicePolicy {
  /** The GPU Spark assigned to the task if there is one and the engine can use it; the CPU otherwise. */
  AUTO,
  /** Always the CPU, even on a GPU executor. */
  CPU,
  /** A GPU or fail: the assigned one, else GPU 0. Fails clearly when the engine was built without CUDA. */
  GPU;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static List<String> ids() {
    return Ids.of(values(), DevicePolicy::id);
  }

  public static DevicePolicy parse(String id) {
    return Ids.parse(values(), DevicePolicy::id, id, "device");
  }
}
