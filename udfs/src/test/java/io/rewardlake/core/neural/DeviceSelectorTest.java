package io.rewardlake.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceSelectorTest {
  private static final String ENGINE = "OnnxRuntime";

  @Test
  void autoRunsOnTheGpuSparkAssignedWhenTheEngineHasCuda() {
    assertThat(DeviceSelector.select(DevicePolicy.AUTO, List.of("1"), 2, ENGINE)).isEqualTo(ComputeDevice.gpu(1));
    assertThat(DeviceSelector.select(DevicePolicy.AUTO, List.of("0", "1"), 2, ENGINE))
        .isEqualTo(ComputeDevice.gpu(0));
  }

  @Test
  void autoFallsBackToTheCpuWithoutAnAssignedGpuOrWithoutCuda() {
    assertThat(DeviceSelector.select(DevicePolicy.AUTO, List.of(), 4, ENGINE)).isEqualTo(ComputeDevice.CPU);
    assertThat(DeviceSelector.select(DevicePolicy.AUTO, List.of("0"), 0, ENGINE)).isEqualTo(ComputeDevice.CPU);
  }

  @Test
  void cpuIgnoresAnAssignedGpu() {
    assertThat(DeviceSelector.select(DevicePolicy.CPU, List.of("0"), 1, ENGINE)).isEqualTo(ComputeDevice.CPU);
  }

  @Test
  void gpuWithoutCudaIsAClearError() {
    assertThatThrownBy(() -> DeviceSelector.select(DevicePolicy.GPU, List.of("0"), 0, ENGINE))
        .isInstanceOf(DeviceUnavailableException.class)
        .hasMessageContaining("OnnxRuntime engine on this executor has no CUDA support")
        .hasMessageContaining("mvn -Pgpu package");
  }

  @Test
  void gpuWithoutAnAssignmentTakesGpuZero() {
    assertThat(DeviceSelector.select(DevicePolicy.GPU, List.of(), 2, ENGINE)).isEqualTo(ComputeDevice.gpu(0));
  }

  @Test
  void anIsolatedContainerSeesItsOneGpuAsZeroWhateverTheAddress() {
    assertThat(DeviceSelector.select(DevicePolicy.AUTO, List.of("3"), 1, ENGINE)).isEqualTo(ComputeDevice.gpu(0));
  }

  @Test
  void anAddressBeyondTheEnginesGpusOrNotAnOrdinalIsAnError() {
    assertThatThrownBy(() -> DeviceSelector.select(DevicePolicy.AUTO, List.of("5"), 2, ENGINE))
        .isInstanceOf(DeviceUnavailableException.class).hasMessageContaining("sees only 2 GPUs");
    assertThatThrownBy(() -> DeviceSelector.select(DevicePolicy.GPU, List.of("GPU-3f2a"), 2, ENGINE))
        .isInstanceOf(DeviceUnavailableException.class).hasMessageContaining("not a CUDA ordinal");
  }

  @Test
  void policiesParseByIdAndDevicesPrint() {
    assertThat(DevicePolicy.parse("GPU")).isEqualTo(DevicePolicy.GPU);
    assertThatThrownBy(() -> DevicePolicy.parse("tpu")).hasMessageContaining("[auto, cpu, gpu]");
    assertThat(ComputeDevice.gpu(2)).hasToString("gpu:2");
    assertThat(ComputeDevice.CPU).hasToString("cpu");
  }
}
