package io.rewardlake.core.synth;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Test fixture: one corpus generated in memory, kept as text and as parsed lines.
 *
 * @param elapsed wall-clock time of the generation
 * @param cpu CPU time of the generating thread: what the speed test asserts on, since a busy build machine
 *     stretches wall-clock time without the generator doing more work
 */
record GeneratedCorpus(SynthSummary summary, String pairsText, String candidatesText, Duration elapsed,
                       Duration cpu) {

  private static final ObjectMapper JSON = new ObjectMapper();

  static GeneratedCorpus of(SynthSpec spec) {
    StringWriter pairs = new StringWriter();
    StringWriter candidates = new StringWriter();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long startCpu = threads.getCurrentThreadCpuTime();
    SynthSummary summary = write(spec, pairs, candidates);
    Duration cpu = Duration.ofNanos(threads.getCurrentThreadCpuTime() - startCpu);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new GeneratedCorpus(summary, pairs.toString(), candidates.toString(), elapsed, cpu);
  }

  List<JsonNode> pairs() {
    return parse(pairsText);
  }

  List<JsonNode> candidates() {
    return parse(candidatesText);
  }

  static double number(JsonNode pair, String metaField) {
    return Double.parseDouble(pair.get("meta").get(metaField).asText());
  }

  static boolean flag(JsonNode pair, String metaField) {
    return Boolean.parseBoolean(pair.get("meta").get(metaField).asText());
  }

  private static SynthSummary write(SynthSpec spec, StringWriter pairs, StringWriter candidates) {
    try {
      return new SyntheticCorpusGenerator(spec).write(pairs, candidates);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Splits on '\n' only, and requires the text to end with one, as the contract says. */
  private static List<JsonNode> parse(String text) {
    if (!text.endsWith("\n")) {
      throw new AssertionError("output does not end with a newline");
    }
    return Arrays.stream(text.substring(0, text.length() - 1).split("\n", -1)).map(GeneratedCorpus::read).toList();
  }

  private static JsonNode read(String line) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }
}
