package io.rewardlake.core.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.rewardlake.core.encoder.Backbones;
import io.rewardlake.core.encoder.EncoderSpec;
import io.rewardlake.core.encoder.TextEncoder;
import io.rewardlake.core.neural.ComputeDevice;
import io.rewardlake.core.neural.Truncation;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped all-MiniLM-L6-v2 backbone through our DJL path, checked against langchain4j's own model class. */
class DjlTextEncoderTest {
  private static final List<String> SENTENCES = List.of(
      "The cat sat on the mat.",
      "How do I reset my router if the lights keep blinking?",
      "I can't help with that, but here is a safer alternative you could try instead.",
      "Preference data is noisy: annotators disagree on close pairs.",
      "ok");

  private static DjlTextEncoder encoder;

  @BeforeAll
  static void load() throws Exception {
    encoder = DjlTextEncoder.load(Backbones.directory("minilm"), Backbones.spec("minilm"), ComputeDevice.CPU);
  }

  @AfterAll
  static void close() {
    encoder.close();
  }

  @Test
  void pooledEmbeddingsMatchLangchain4jsIndependentComputation() {
    // langchain4j embeds one text per model call; so do we here, for the same quantization scales (see below).
    AllMiniLmL6V2QuantizedEmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
    for (String sentence : SENTENCES) {
      float[] ours = encoder.embed(List.of(sentence))[0];
      float[] theirs = reference.embed(sentence).content().vector();
      assertThat(Backbones.cosine(ours, theirs)).as(sentence).isGreaterThanOrEqualTo(0.999);
    }
  }

  @Test
  void embeddingsHaveTheModelsDimensionAndUnitLength() {
    assertThat(encoder.dimension()).isEqualTo(384);
    for (float[] vector : encoder.embed(SENTENCES)) {
      assertThat(Backbones.cosine(vector, vector)).isCloseTo(1, within(1e-6));
      double norm = 0;
      for (float value : vector) {
        norm += value * value;
      }
      assertThat(norm).isCloseTo(1, within(1e-5));
    }
  }

  @Test
  void paddingAndBatchingLeaveAFullPrecisionEncodersEmbeddingsUnchanged(@TempDir Path dir) throws Exception {
    // The full-precision export of the same encoder: the attention mask must keep padding out of each text's meaning
    // and out of the mean, so a text embeds the same alone and padded beside a 180-token text.
    for (String file : List.of("all-minilm-l6-v2.onnx", "all-minilm-l6-v2-tokenizer.json")) {
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
        Files.copy(in, dir.resolve(file.endsWith(".onnx") ? "model.onnx" : "tokenizer.json"));
      }
    }
    List<String> batch = new ArrayList<>(SENTENCES);
    batch.add("word ".repeat(180));
    try (DjlTextEncoder full = DjlTextEncoder.load(dir, Backbones.spec("minilm", 32), ComputeDevice.CPU)) {
      float[][] together = full.embed(batch);
      for (int i = 0; i < SENTENCES.size(); i++) {
        float[] alone = full.embed(List.of(SENTENCES.get(i)))[0];
        assertThat(Backbones.cosine(alone, together[i])).as(SENTENCES.get(i)).isGreaterThan(0.99999);
      }
    }
  }

  @Test
  void oneRuntimeThreadPerCallGivesTheSameEmbeddings() throws Exception {
    EncoderSpec spec = Backbones.spec("minilm");
    EncoderSpec single = spec.withNetwork(spec.network().withRuntime(1, spec.network().device(), 1));
    try (DjlTextEncoder oneThread = DjlTextEncoder.load(Backbones.directory("minilm"), single, ComputeDevice.CPU)) {
      assertThat(oneThread.spec().network().threads()).isEqualTo(1);
      float[][] expected = encoder.embed(SENTENCES);
      float[][] actual = oneThread.embed(SENTENCES);
      for (int i = 0; i < SENTENCES.size(); i++) {
        assertThat(Backbones.cosine(expected[i], actual[i])).as(SENTENCES.get(i)).isGreaterThan(0.99999);
      }
    }
  }

  @Test
  void theShippedQuantizedBackboneEmbedsEveryTextInItsOwnCallSoNeighboursCannotMoveIt() {
    // int8 dynamic quantization computes activation scales per model call over the whole padded batch: batched with
    // other texts (batch_size 32) a text moved by up to cosine 0.946 here. The shipped backbones therefore run one text
    // per call (batch_size 1), which costs no throughput on the CPU, and embeddings are exact whatever the batch.
    assertThat(encoder.spec().network().batchSize()).isEqualTo(1);
    List<String> batch = new ArrayList<>(SENTENCES);
    batch.add("word ".repeat(180));
    float[][] together = encoder.embed(batch);
    for (int i = 0; i < SENTENCES.size(); i++) {
      assertThat(encoder.embed(List.of(SENTENCES.get(i)))[0]).as(SENTENCES.get(i)).containsExactly(together[i]);
    }
  }

  @Test
  void embeddingsComeBackInInputOrderWhateverTheOrderOfTheBatch() {
    // Length bucketing reorders texts into calls; the results must map back exactly.
    List<String> reversed = new ArrayList<>(SENTENCES);
    // (The shipped backbone runs one text per call; a batched full-precision encoder is checked above.)
    java.util.Collections.reverse(reversed);
    float[][] forward = encoder.embed(SENTENCES);
    float[][] backward = encoder.embed(reversed);
    for (int i = 0; i < SENTENCES.size(); i++) {
      assertThat(backward[SENTENCES.size() - 1 - i]).as(SENTENCES.get(i)).containsExactly(forward[i]);
    }
    assertThat(Backbones.cosine(forward[0], forward[1])).isLessThan(0.9);
  }

  @Test
  void longTextsAreCutToMaxLengthKeepingTheirEnd() {
    EncoderSpec spec = encoder.spec();
    String middle = "the router blinks again and again ".repeat(120);
    String ending = " In the end, the answer is to unplug it for ten seconds.";
    String first = "Alpha. " + middle + ending;
    String second = "Omega! " + middle + ending;
    String changedEnd = "Alpha. " + middle + ending.replace("unplug", "kick");
    Truncation.Result encoded = encoder.encode(first);
    assertThat(encoded.truncated()).isTrue();
    assertThat(encoded.ids()).hasSize(spec.network().maxLength());
    List<TextEncoder.Embedding> embeddings = encoder.embedTexts(List.of(first, second, changedEnd));
    assertThat(embeddings.get(0).tokens()).isEqualTo(spec.network().maxLength());
    assertThat(embeddings.get(0).truncated()).isTrue();
    // What was cut is the beginning: texts differing only there embed identically; a change at the end is seen.
    assertThat(embeddings.get(1).vector()).containsExactly(embeddings.get(0).vector());
    assertThat(Backbones.cosine(embeddings.get(0).vector(), embeddings.get(2).vector())).isLessThan(0.9999);
    assertThat(encoder.embedTexts(List.of("ok")).get(0).truncated()).isFalse();
  }
}
