package io.rewardlake.spark.model;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import scala.Option;

/**
 * The GPUs Spark's resource scheduling assigned to the running task ({@code spark.task.resource.gpu.amount}), as the
 * addresses the cluster's discovery script reported. Empty on the driver, outside a task, and without GPU
 * scheduling, which is what sends neural models to the CPU in embedded runs.
 */
public final class TaskGpus {
  private static final String GPU = "gpu";

  private TaskGpus() {}

  public static List<String> assigned() {
    TaskContext task = TaskContext.get();
    if (task == null) {
      return List.of();
    }
    Option<ResourceInformation> gpu = task.resources().get(GPU);
    return gpu.isEmpty() ? List.of() : Arrays.asList(gpu.get().addresses());
  }
}
