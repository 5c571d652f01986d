package io.rewardlake.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The tests' handle on a cluster started by {@code deploy/local-cluster.sh}: the same script users run, in a folder
 * and on ports of the test's own, watched by this JVM so that a killed build takes the cluster down with it.
 */
final class LocalCluster implements AutoCloseable {
  static final Path ROOT = Path.of(System.getProperty("rewardlake.root", "..")).toAbsolutePath().normalize();

  private final Path dir;
  private final int masterPort;
  private final int uiPort;

  private LocalCluster(Path dir, int masterPort, int uiPort) {
    this.dir = dir;
    this.masterPort = masterPort;
    this.uiPort = uiPort;
  }

  static LocalCluster up(Path dir) throws IOException, InterruptedException {
    LocalCluster cluster = new LocalCluster(dir, freePort(), freePort());
    Command.Result up = cluster.script("up");
    if (up.exitCode() != 0) {
      cluster.close();
      throw new IllegalStateException("deploy/local-cluster.sh up failed:\n" + up.output());
    }
    return cluster;
  }

  String masterUrl() {
    return "spark://127.0.0.1:" + masterPort;
  }

  Path sparkHome() {
    return ROOT.resolve("cluster/target/spark-home");
  }

  /** {@code deploy/submit-standalone.sh ARGS} against this cluster, started (not waited for). */
  Command submit(Path output, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(ROOT.resolve("deploy/submit-standalone.sh").toString()));
    String jvm = System.getProperty("cluster.jvm.options", "");
    if (!jvm.isBlank()) {
      command.addAll(List.of("--conf", "spark.driver.extraJavaOptions=" + jvm, "--conf",
          "spark.executor.extraJavaOptions=" + jvm));
    }
    command.addAll(List.of(args));
    Map<String, String> environment = new java.util.HashMap<>(env);
    environment.put("SPARK_MASTER_URL", masterUrl());
    return Command.start(command, environment, output);
  }

  /** Process ids of the executor JVMs running now (their working directory is under this cluster's folder). */
  List<Long> executors() {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
        .filter(p -> cwd(p.pid()).startsWith(dir))
        .map(ProcessHandle::pid).toList();
  }

  /** Every executor's stderr file this cluster's workers kept. */
  List<Path> executorLogs() throws IOException {
    try (Stream<Path> files = Files.walk(dir.resolve("work"))) {
      return files.filter(f -> f.getFileName().toString().equals("stderr")).toList();
    }
  }

  /** The daemons 'up' started (master, workers) that are still alive. */
  List<Long> daemons() throws IOException {
    List<Long> alive = new ArrayList<>();
    Path pids = dir.resolve("pids");
    if (Files.isDirectory(pids)) {
      try (Stream<Path> files = Files.list(pids)) {
        for (Path file : files.toList()) {
          long pid = Long.parseLong(Files.readString(file).trim());
          ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(p -> alive.add(pid));
        }
      }
    }
    return alive;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    script("down");
  }

  private Command.Result script(String action) throws IOException, InterruptedException {
    Map<String, String> env = Map.of("LOCAL_CLUSTER_DIR", dir.toString(), "SPARK_MASTER_PORT",
        String.valueOf(masterPort), "SPARK_MASTER_WEBUI_PORT", String.valueOf(uiPort), "WORKER_MEMORY", "2g",
        "LOCAL_CLUSTER_WATCH_PID", String.valueOf(ProcessHandle.current().pid()));
    Files.createDirectories(dir);
    return Command.start(List.of(ROOT.resolve("deploy/local-cluster.sh").toString(), action), env,
        dir.resolve("script-" + action + ".log")).await(5, TimeUnit.MINUTES);
  }

  private static Path cwd(long pid) {
    try {
      return Path.of("/proc", String.valueOf(pid), "cwd").toRealPath();
    } catch (IOException e) {
      return Path.of("/");
    }
  }

  /** A free port, and the two above it free too (the workers' UIs take the ports after the master's). */
  private static int freePort() throws IOException {
    for (int attempt = 0; attempt < 50; attempt++) {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      if (port < 65000 && free(port + 1) && free(port + 2)) {
        return port;
      }
    }
    throw new IllegalStateException("no free port triple found");
  }

  private static boolean free(int port) {
    try (ServerSocket socket = new ServerSocket(port)) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** A child process whose output (stdout and stderr) goes to a file. */
  record Command(Process process, Path output) {
    record Result(int exitCode, String output) {}

    static Command start(List<String> command, Map<String, String> env, Path output) throws IOException {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(output.toFile());
      builder.environment().putAll(env);
      return new Command(builder.start(), output);
    }

    Result await(long timeout, TimeUnit unit) throws InterruptedException {
      if (!process.waitFor(timeout, unit)) {
        process.destroyForcibly().waitFor();
        return new Result(-1, read() + "\n(killed after " + timeout + " " + unit + ")");
      }
      return new Result(process.exitValue(), read());
    }

    /** Waits until the output has a line containing {@code text}; false if the process ended first or time ran out. */
    boolean awaitLine(String text, long timeoutMillis) throws InterruptedException {
      long deadline = System.currentTimeMillis() + timeoutMillis;
      while (System.currentTimeMillis() < deadline) {
        if (read().contains(text)) {
          return true;
        }
        if (!process.isAlive()) {
          return read().contains(text);
        }
        Thread.sleep(100);
      }
      return false;
    }

    String read() {
      try {
        return Files.readString(output, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
