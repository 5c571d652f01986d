package io.rewardlake.core.djl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rewardlake.core.judge.Answer;
import io.rewardlake.core.judge.JudgeCallException;
import io.rewardlake.core.judge.JudgeItem;
import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.JudgeOutcome;
import io.rewardlake.core.judge.JudgeStatus;
import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.core.judge.LanguageModelJudge;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.neural.ComputeDevice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture causal LM as an RLAIF judge, loaded the way a run loads it ({@link JudgeModelDirectory}), checked
 * against {@link TinyLmOracle}, which recomputes every number from {@code fixture.json} without DJL.
 */
class DjlLanguageModelTest {
  private static final double TOLERANCE = 1e-5;
  private static final JudgeTemplate TEMPLATE = new JudgeTemplate("tiny", 1, "Which response is more helpful ?",
      List.of(), "Preferred Response =", "Rationale :");
  private static final String CONTEXT = "Human : how do I keep basil fresh ? Assistant :";
  private static final String GOOD = "Trim it , then keep it in water because it wilts ; check it daily .";
  private static final String BAD = "What a silly idea , search it yourself .";

  private static DjlLanguageModel model;
  private static TinyLmOracle oracle;
  private static int maxLength;

  @TempDir
  Path dir;

  @BeforeAll
  static void load() throws IOException {
    JudgeModelDirectory directory = JudgeModelDirectory.read(new LocalModelFiles(DjlFixtures.judgeModel()));
    model = directory.load(directory.device(List.of()), DjlLanguageModel.DEFAULT_TOP_LOGPROBS);
    oracle = new TinyLmOracle(DjlFixtures.judgeModel());
    maxLength = directory.spec().maxLength();
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void labelLogprobsAreTheFixturesSoftmaxOverTheWholeVocabulary() {
    for (String prompt : List.of(TEMPLATE.pairwise(CONTEXT, GOOD, BAD), TEMPLATE.pairwise(CONTEXT, BAD, GOOD),
        TEMPLATE.pairwise("", "helpful", "rude"), TEMPLATE.direct(CONTEXT, GOOD))) {
      Map<String, Double> answer = model.answerLogprobs(prompt).join().value();
      List<String> tokens = oracle.tokens(prompt, maxLength);
      for (int label = 1; label <= 10; label++) {
        String token = Integer.toString(label);
        assertThat(answer.get(token)).as(token).isCloseTo(oracle.logprob(tokens, token), within(TOLERANCE));
      }
      // Besides the labels, the top-20 alternatives: more tokens than the ten labels, each a log-probability.
      assertThat(answer).hasSizeGreaterThanOrEqualTo(DjlLanguageModel.DEFAULT_TOP_LOGPROBS);
      assertThat(answer.values()).allMatch(logprob -> logprob <= 0);
    }
    assertThat(model.id()).isEqualTo("djl:lm-tiny");
    assertThat(model.device()).isEqualTo(ComputeDevice.CPU);
  }

  @Test
  void pairwiseSoftLabelsInBothOrdersPreferTheHelpfulResponse() {
    LanguageModelJudge judge = new LanguageModelJudge(model, TEMPLATE, JudgeMode.PAIRWISE, 8);
    JudgeOutcome goodFirst = judge.judge(new JudgeItem("p1", CONTEXT, GOOD, BAD)).join();
    JudgeOutcome badFirst = judge.judge(new JudgeItem("p2", CONTEXT, BAD, GOOD)).join();

    double pAb = oracle.preferFirst(oracle.tokens(TEMPLATE.pairwise(CONTEXT, GOOD, BAD), maxLength));
    double pBa = oracle.preferFirst(oracle.tokens(TEMPLATE.pairwise(CONTEXT, BAD, GOOD), maxLength));
    assertThat(goodFirst.status()).isEqualTo(JudgeStatus.OK);
    assertThat(goodFirst.pAb()).isCloseTo(pAb, within(TOLERANCE));
    assertThat(goodFirst.pBa()).isCloseTo(pBa, within(TOLERANCE));
    assertThat(goodFirst.pA()).isCloseTo((pAb + 1 - pBa) / 2, within(TOLERANCE)).isGreaterThan(0.9);
    assertThat(badFirst.pA()).isCloseTo(1 - goodFirst.pA(), within(TOLERANCE));
    assertThat(goodFirst.positionConsistent()).isTrue();
    assertThat(goodFirst.attempts()).isEqualTo(2);
  }

  @Test
  void directScoresAreTheProbabilityWeightedMeanOfTheScoreTokens() {
    JudgeOutcome outcome = new LanguageModelJudge(model, TEMPLATE, JudgeMode.DIRECT, 8)
        .judge(new JudgeItem("p1", CONTEXT, GOOD, BAD)).join();

    double expectedA = oracle.expectedScore(oracle.tokens(TEMPLATE.direct(CONTEXT, GOOD), maxLength));
    double expectedB = oracle.expectedScore(oracle.tokens(TEMPLATE.direct(CONTEXT, BAD), maxLength));
    assertThat(outcome.scores()[0]).isCloseTo(expectedA, within(TOLERANCE));
    assertThat(outcome.scores()[1]).isCloseTo(expectedB, within(TOLERANCE));
    // The fixture raises token "1" by the quality of the (only) response block: the good response is pulled
    // towards score 1, so here A, the good one, scores lower. Proof the scores follow each response's logits.
    assertThat(outcome.scores()[0]).isLessThan(outcome.scores()[1]);
    assertThat(outcome.pA()).isCloseTo(0.5 + ((expectedA - 5.5) / 4.5 - (expectedB - 5.5) / 4.5) / 4,
        within(TOLERANCE));
  }

  @Test
  void anAnswerIsTheSameAloneAndInsideAConcurrentBatchOfOtherLengths() throws Exception {
    String prompt = TEMPLATE.pairwise(CONTEXT, GOOD, BAD);
    Map<String, Double> alone = model.answerLogprobs(prompt).join().value();
    List<CompletableFuture<Answer<Map<String, Double>>>> futures = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      int thread = t;
      threads.add(new Thread(() -> {
        for (int i = 0; i < 12; i++) {
          String other = TEMPLATE.pairwise(CONTEXT + " step".repeat(i * 3 + thread), "because ".repeat(i), BAD);
          synchronized (futures) {
            futures.add(model.answerLogprobs(other));
            futures.add(model.answerLogprobs(prompt));
          }
        }
      }));
    }
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();

    for (int i = 1; i < futures.size(); i += 2) {
      assertThat(futures.get(i).join().value()).isEqualTo(alone);
    }
    assertThat(model.largestBatch()).isGreaterThan(1);
  }

  @Test
  void aPromptLongerThanMaxLengthKeepsItsEnd() throws IOException {
    int shortMax = 40;
    try (DjlLanguageModel small = copy(json -> json.put("max_length", shortMax))) {
      // The context is long; the cut falls inside it, so both response blocks and the ending survive.
      String prompt = TEMPLATE.pairwise("filler words ".repeat(30) + "because", GOOD, "silly");
      long[] ids = small.encode(prompt);
      assertThat(ids).hasSize(shortMax);
      assertThat(ids).startsWith(model.encode("").clone());
      long[] full = model.encode(prompt);
      assertThat(java.util.Arrays.copyOfRange(ids, 1, shortMax))
          .isEqualTo(java.util.Arrays.copyOfRange(full, full.length - (shortMax - 1), full.length));
      Map<String, Double> answer = small.answerLogprobs(prompt).join().value();
      List<String> kept = oracle.tokens(prompt, shortMax);
      assertThat(answer.get("1")).isCloseTo(oracle.logprob(kept, "1"), within(TOLERANCE));
      assertThat(answer.get("2")).isCloseTo(oracle.logprob(kept, "2"), within(TOLERANCE));
    }
  }

  @Test
  void generationIsGreedyStopsAtMaxTokensAndDecodes() {
    String prompt = TEMPLATE.rationaleRequest(CONTEXT, BAD, GOOD);
    List<String> tokens = oracle.tokens(prompt, maxLength);
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String next = oracle.greedy(tokens);
      expected.add(next);
      tokens = new ArrayList<>(tokens);
      tokens.add(next);
    }

    Answer<String> generated = model.generate(prompt, 3).join();

    assertThat(generated.value()).isEqualTo(String.join(" ", expected));
    assertThat(generated.attempts()).isEqualTo(1);
    assertThat(model.generate(prompt, 1).join().value()).isEqualTo(expected.get(0));
  }

  @Test
  void generationStopsAtTheEosToken() throws IOException {
    String prompt = TEMPLATE.rationaleRequest(CONTEXT, GOOD, BAD);
    String first = oracle.greedy(oracle.tokens(prompt, maxLength));
    try (DjlLanguageModel stopping = copy(json -> json.put("eos_token", first))) {
      assertThat(stopping.generate(prompt, 5).join().value()).isEmpty();
    }
  }

  @Test
  void aClosedModelFailsItsCallsWithAJudgeError() throws IOException {
    DjlLanguageModel closed = copy(json -> { });
    closed.close();

    assertThat(closed.answerLogprobs("hello").handle((answer, error) -> error).join())
        .isInstanceOfSatisfying(JudgeCallException.class, error -> {
          assertThat(error.status()).isEqualTo(JudgeStatus.JUDGE_ERROR);
          assertThat(error.attempts()).isEqualTo(1);
          assertThat(error.getMessage()).contains("djl:lm-tiny");
        });
  }

  @Test
  void aRewardModelDirectoryIsNotAJudge() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JudgeModelDirectory.read(
            new LocalModelFiles(DjlFixtures.rewardModel())))
        .isInstanceOf(IOException.class).hasMessageContaining("family 'djl'").hasMessageContaining("djl-lm");
  }

  /** The fixture in a temporary directory with its model.json edited, loaded like the original. */
  private DjlLanguageModel copy(Consumer<ObjectNode> edit) throws IOException {
    Path copy = Files.createDirectories(dir.resolve("lm-" + System.nanoTime()));
    try (var files = Files.list(DjlFixtures.judgeModel())) {
      for (Path file : files.toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    ObjectMapper json = new ObjectMapper();
    ObjectNode spec = (ObjectNode) json.readTree(copy.resolve("model.json").toFile());
    edit.accept(spec);
    json.writeValue(copy.resolve("model.json").toFile(), spec);
    JudgeModelDirectory directory = JudgeModelDirectory.read(new LocalModelFiles(copy));
    return directory.load(ComputeDevice.CPU, DjlLanguageModel.DEFAULT_TOP_LOGPROBS);
  }
}
