package io.rewardlake.spark.judge;

import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.resource.ResourceInformation;
import scala.Option;

/** The GPU addresses Spark's resource scheduling assigned to the running task; empty without a task or GPUs. */
final class TaskGpus {
  private TaskGpus() {}

  static List<String> assigned() {
    TaskContext task = TaskContext.get();
    if (task == null) {
      return List.of();
    }
    Option<ResourceInformation> gpu = task.resources().get("gpu");
    return gpu.isDefined() ? List.of(gpu.get().addresses()) : List.of();
  }
}
