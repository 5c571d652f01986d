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
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void captureOutput() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutput() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  @Test
  void benchHelpTakesItsDefaultsFromTheCodeNotFromTypedNumbers() throws java.io.IOException {
    for (String command : List.of("bench-train", "bench-vote", "bench-label", "bench-objectives", "bench-djl",
        "bench-embed", "bench-encoding", "bench-scale")) {
      out.reset();
      assertThat(Cli.execute(command, "--help")).isEqualTo(Cli.OK);
      assertThat(out.toString(StandardCharsets.UTF_8)).as(command).doesNotContain("${").doesNotContain("default null");
    }
    out.reset();
    Cli.execute("bench-label", "--help");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("(default 12000)")
        .contains("(default " + io.rewardlake.jobs.config.ConfigKeys.LABEL_BATCH_PAIRS.defaultValue() + ")");
    try (var sources = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/io/rewardlake/jobs/cli"))) {
      for (java.nio.file.Path source : sources.toList()) {
        assertThat(java.nio.file.Files.readString(source)).as(source.toString())
            .doesNotContainPattern("\\(default [0-9]");
      }
    }
  }

  @Test
  void theServiceLoaderAddsEveryBenchCommand() {
    assertThat(Cli.execute("--help")).isEqualTo(Cli.OK);
    String help = out.toString(StandardCharsets.UTF_8);
    List<String> listed = help.substring(help.indexOf("Commands:")).lines()
        .filter(line -> line.matches("  [a-z-]+ {2,}\\S.*")).map(line -> line.strip().split(" +")[0]).toList();
    assertThat(listed).endsWith("report", "bench-train", "bench-vote", "bench-label", "bench-objectives",
        "bench-djl", "bench-embed", "bench-encoding", "bench-scale", "help");
  }

  @Test
  void aBenchCommandParsesAndValidatesLikeAJob() {
    assertThat(Cli.execute("bench-label", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--concurrency", "--latency-ms", "--lake");
    assertThat(Cli.execute("bench-train", "--members", "0")).isEqualTo(Cli.USAGE);
    assertThat(Cli.execute("bench-scale", "--sizes", "1000,100")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--sizes must be positive and increasing");
    assertThat(Cli.execute("bench-scale", "--sizes", "10^5")).isEqualTo(Cli.USAGE);
    assertThat(Cli.execute("bench-scale", "--stages", "ingest,train")).isEqualTo(Cli.USAGE);
  }

  @Test
  void benchDjlSaysHowToGetTheModelBeforeSparkStarts() {
    assertThat(Cli.execute("bench-djl", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--model", "--pairs", "--partitions", "--batch-size", "--runs", "make_djl_fixtures.py --bench");
    assertThat(Cli.execute("bench-djl", "--model", "no/such/model")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("No DJL reward model at", "make_djl_fixtures.py --bench", "--model DIR");
    assertThat(Cli.execute("bench-djl", "--runs", "0")).isEqualTo(Cli.USAGE);
    assertThat(Cli.execute("bench-djl", "--device", "tpu")).isEqualTo(Cli.USAGE);
  }

  @Test
  void benchEmbedChecksItsOptionsBeforeSparkStarts() {
    assertThat(Cli.execute("bench-embed", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--backbone", "--texts", "--threads", "--batch-size", "GPU profile");
    assertThat(Cli.execute("bench-embed", "--backbone", "no-such-encoder")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no backbone 'no-such-encoder'");
    assertThat(Cli.execute("bench-embed", "--runs", "0")).isEqualTo(Cli.USAGE);
    assertThat(Cli.execute("bench-embed", "--threads", "-2")).isEqualTo(Cli.USAGE);
    assertThat(Cli.execute("bench-embed", "--device", "tpu")).isEqualTo(Cli.USAGE);
  }
}
