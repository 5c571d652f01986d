package io.rewardlake.jobs.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher's choice of garbage collector, seen by the JVM it starts. Here rather than beside the jobs' tests
 * because the launcher needs every jar it puts on the class path, and this module's is the last of them built.
 */
class LauncherIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void theLauncherRunsTheParallelCollectorUnlessJavaOptsNamesOne() throws Exception {
    assertThat(flags("-XX:+PrintCommandLineFlags")).contains("-XX:+UseParallelGC").doesNotContain("G1GC");
    assertThat(flags("-XX:+UseSerialGC -XX:+PrintCommandLineFlags")).contains("-XX:+UseSerialGC")
        .doesNotContain("UseParallelGC");
  }

  private static String flags(String javaOptions) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(List.of(ROOT.resolve("bin/rewardlake").toString(), "--version"))
        .redirectErrorStream(true);
    builder.environment().put("JAVA_OPTS", javaOptions);
    builder.environment().put("REWARDLAKE_NO_BUILD", "1");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    return output.lines().filter(line -> line.contains("-XX:")).findFirst().orElse("");
  }
}
