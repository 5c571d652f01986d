package io.rewardlake.core.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class LanguageModelJudgeTest {
  private static final JudgeTemplate TEMPLATE = new JudgeTemplate("t", 1, "Judge.", List.of(), "Preferred=",
      "Think first.\nRationale:");
  private static final JudgeItem ITEM = new JudgeItem("p1", "ctx", "good answer", "bad answer");

  /** P("1") = 0.9 when the good answer is shown first, 0.6 otherwise (a position bias). */
  private static Map<String, Double> biased(String prompt) {
    boolean goodFirst = prompt.indexOf("good answer") < prompt.indexOf("bad answer");
    double p = goodFirst ? 0.9 : 0.6;
    return Map.of(" 1", Math.log(p), " 2", Math.log(1 - p));
  }

  @Test
  void pairwiseAsksBothOrdersAndAveragesThem() {
    FakeLanguageModel model = new FakeLanguageModel(LanguageModelJudgeTest::biased, prompt -> "", 1);

    JudgeOutcome outcome = new LanguageModelJudge(model, TEMPLATE, JudgeMode.PAIRWISE, 16).judge(ITEM).join();

    assertThat(model.prompts).containsExactlyInAnyOrder(TEMPLATE.pairwise("ctx", "good answer", "bad answer"),
        TEMPLATE.pairwise("ctx", "bad answer", "good answer"));
    assertThat(outcome.pAb()).isCloseTo(0.9, within(1e-12));
    assertThat(outcome.pBa()).isCloseTo(0.6, within(1e-12));
    assertThat(outcome.pA()).isCloseTo((0.9 + 0.4) / 2, within(1e-12));
    assertThat(outcome.positionConsistent()).isFalse();
    assertThat(outcome.attempts()).isEqualTo(2);
    assertThat(outcome.ok()).isTrue();
  }

  @Test
  void chainOfThoughtGeneratesThenReadsTheLabelAfterTheRationale() {
    FakeLanguageModel model = new FakeLanguageModel(LanguageModelJudgeTest::biased,
        prompt -> prompt.indexOf("good answer") < prompt.indexOf("bad answer") ? " one is better " : "two is",
        3);

    JudgeOutcome outcome = new LanguageModelJudge(model, TEMPLATE, JudgeMode.COT, 16).judge(ITEM).join();

    assertThat(model.prompts).hasSize(4).contains(
        TEMPLATE.pairwiseAfterRationale("ctx", "good answer", "bad answer", "one is better"),
        TEMPLATE.pairwiseAfterRationale("ctx", "bad answer", "good answer", "two is"));
    assertThat(outcome.rationale()).isEqualTo("[A shown first] one is better\n[B shown first] two is");
    assertThat(outcome.attempts()).isEqualTo(12);
  }

  @Test
  void directModeScoresBothResponsesAlone() {
    FakeLanguageModel model = new FakeLanguageModel(
        prompt -> prompt.contains("good answer") ? Map.of("9", Math.log(0.5), "10", Math.log(0.5))
            : Map.of("2", 0.0), prompt -> "", 1);

    JudgeOutcome outcome = new LanguageModelJudge(model, TEMPLATE, JudgeMode.DIRECT, 16).judge(ITEM).join();

    assertThat(outcome.scores()).containsExactly(9.5, 2.0);
    assertThat(outcome.pA()).isCloseTo(0.5 + ((9.5 - 5.5) / 4.5 - (2.0 - 5.5) / 4.5) / 4, within(1e-12));
    assertThat(model.prompts).containsExactlyInAnyOrder(TEMPLATE.direct("ctx", "good answer"),
        TEMPLATE.direct("ctx", "bad answer"));
  }

  @Test
  void aFailedCallEndsThePairWithItsStatusAndEveryAttemptCounted() {
    LanguageModel failing = new FakeLanguageModel(LanguageModelJudgeTest::biased, prompt -> "", 1) {
      @Override
      public CompletableFuture<Answer<Map<String, Double>>> answerLogprobs(String prompt) {
        return prompt.indexOf("good answer") < prompt.indexOf("bad answer")
            ? CompletableFuture.failedFuture(new JudgeCallException(JudgeStatus.HTTP_ERROR, "HTTP 503 (4 attempts)", 4))
            : super.answerLogprobs(prompt);
      }
    };

    JudgeOutcome outcome = new LanguageModelJudge(failing, TEMPLATE, JudgeMode.PAIRWISE, 16).judge(ITEM).join();

    assertThat(outcome.status()).isEqualTo(JudgeStatus.HTTP_ERROR);
    assertThat(outcome.error()).isEqualTo("HTTP 503 (4 attempts)");
    assertThat(outcome.attempts()).isEqualTo(5);
    assertThat(outcome.pA()).isNull();
  }

  @Test
  void missingLabelTokensAreMalformedNotACrash() {
    FakeLanguageModel model = new FakeLanguageModel(prompt -> Map.of("The", -0.1), prompt -> "", 1);

    JudgeOutcome outcome = new LanguageModelJudge(model, TEMPLATE, JudgeMode.PAIRWISE, 16).judge(ITEM).join();

    assertThat(outcome.status()).isEqualTo(JudgeStatus.MALFORMED);
    assertThat(outcome.error()).contains("none of the labels [1, 2]");
  }

  @Test
  void aBugInTheBackendIsAJudgeErrorRow() {
    FakeLanguageModel model = new FakeLanguageModel(prompt -> {
      throw new IllegalStateException("boom");
    }, prompt -> "", 1);

    JudgeOutcome outcome = new LanguageModelJudge(model, TEMPLATE, JudgeMode.PAIRWISE, 16).judge(ITEM).join();

    assertThat(outcome.status()).isEqualTo(JudgeStatus.JUDGE_ERROR);
    assertThat(outcome.error()).contains("IllegalStateException: boom");
  }
}
