package io.rewardlake.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** With the bench jar on the classpath the CLI lists the bench-* commands after the jobs, and help last. */
class BenchCommandsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream originalOut;

  @BeforeEach
  void captureOutput() {
    originalOut = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
  }

  @Test
  void theServiceLoaderAddsEveryBenchCommand() {
    assertThat(Cli.execute("--help")).isEqualTo(Cli.OK);
    String help = out.toString(StandardCharsets.UTF_8);
    List<String> listed = help.substring(help.indexOf("Commands:")).lines()
        .filter(line -> line.matches("  [a-z-]+ {2,}\\S.*")).map(line -> line.strip().split(" +")[0]).toList();
    assertThat(listed).endsWith("report", "bench-train", "bench-vote", "bench-label", "bench-objectives",
        "bench-djl", "bench-embed", "bench-encoding", "help");
  }

  @Test
  void aBenchCommandParsesAndValidatesLikeAJob() {
    assertThat(Cli.execute("bench-label", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--concurrency", "--latency-ms", "--lake");
    assertThat(Cli.execute("bench-train", "--members", "0")).isEqualTo(Cli.USAGE);
  }
}
