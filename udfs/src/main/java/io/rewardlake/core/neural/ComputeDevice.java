package io.rewardlake.core.neural;

/**
 * A device a model runs on: the CPU, or one GPU by its index among the GPUs the engine sees.
 *
 * @param gpu whether it is a GPU
 * @param index the GPU's index (CUDA ordinal) for a GPU, -1 for the CPU
 */
public record ComputeDevice(boolean gpu, int index) {
  public static final ComputeDevice CPU = new ComputeDevice(false, -1);

  public ComputeDevice {
    if (gpu && index < 0) {
      throw new IllegalArgumentException("a GPU index is >= 0, got " + index);
    }
    if (!gpu && index != -1) {
      throw new IllegalArgumentException("the CPU has no index, got " + index);
    }
  }

  public static ComputeDevice gpu(int index) {
    return new ComputeDevice(true, index);
  }

  /** {@code cpu} or {@code gpu:N}, as logged and as part of executor cache keys. */
  @Override
  public String toString() {
    return gpu ? "gpu:" + index : "cpu";
  }
}
