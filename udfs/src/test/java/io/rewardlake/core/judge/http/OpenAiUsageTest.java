package io.rewardlake.core.judge.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.core.judge.Answer;
import io.rewardlake.core.judge.JudgeItem;
import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.JudgeOutcome;
import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.core.judge.LanguageModelJudge;
import io.rewardlake.core.judge.TokenEstimate;
import io.rewardlake.core.judge.Usage;
import io.rewardlake.testkit.LoopbackOpenAiServer;
import io.rewardlake.testkit.LoopbackOpenAiServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tokens as billed: the reply's usage when present, the request's estimate when not, summed over a pair's calls. */
class OpenAiUsageTest {
  private static final JudgeTemplate TEMPLATE = new JudgeTemplate("t", 1, "Judge.", List.of(), "Preferred=",
      "Think first.\nRationale:");

  private static OpenAiLanguageModel model(LoopbackOpenAiServer server) {
    return new OpenAiLanguageModel(new HttpJudgeSettings(server.baseUrl(), "m", OpenAiEndpoint.COMPLETIONS, 4, 0,
        10_000, 1, 0, 0, 20), ApiKey.none());
  }

  private static String labels(boolean chat) {
    return LoopbackOpenAiServer.logprobsReply(chat, Map.of(" 1", Math.log(0.7), " 2", Math.log(0.3)));
  }

  @Test
  void theRepliesUsageIsTheAnswersAndAPairSumsItsCalls() throws Exception {
    // prompt tokens = prompt length, so the two orders' prompts (same length) bill the same
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(request -> Reply.ok(
        LoopbackOpenAiServer.withUsage(labels(request.chat()), request.prompt().length(), 1)), 2);
         OpenAiLanguageModel model = model(server)) {
      Answer<Map<String, Double>> answer = model.answerLogprobs("Which is better?").get();
      assertThat(answer.usage()).isEqualTo(Usage.reported(16, 1));

      JudgeItem item = new JudgeItem("p1", "ctx", "good", "bad");
      JudgeOutcome outcome = new LanguageModelJudge(model, TEMPLATE, JudgeMode.PAIRWISE, 16).judge(item).get();
      long promptLength = TEMPLATE.pairwise("ctx", "good", "bad").length();
      assertThat(outcome.usage()).isEqualTo(new Usage(2 * promptLength, 2, 2, 0));
    }
  }

  @Test
  void withoutUsageTheRequestIsEstimatedAndSaysSo() throws Exception {
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(request -> request.maxTokens() == 1
        ? Reply.ok(labels(request.chat())) : Reply.ok(LoopbackOpenAiServer.textReply(request.chat(), "Because x.")), 2);
         OpenAiLanguageModel model = model(server)) {
      assertThat(model.answerLogprobs("abcdefghi").get().usage()).isEqualTo(Usage.estimated(3, 1));
      assertThat(model.generate("abcd", 64).get().usage()).isEqualTo(Usage.estimated(1, TokenEstimate.of("Because x.")));
    }
  }

  @Test
  void aFailedCallBillsNothingButTheOtherOrdersReplyStillCounts() throws Exception {
    // The (B, A) order is refused; the (A, B) reply was billed and stays on the failed pair's row.
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(request -> request.prompt().indexOf("good")
        < request.prompt().indexOf("bad") ? Reply.ok(LoopbackOpenAiServer.withUsage(labels(false), 100, 1))
        : Reply.error(400, "context too long"), 2);
         OpenAiLanguageModel model = model(server)) {
      JudgeOutcome outcome = new LanguageModelJudge(model, TEMPLATE, JudgeMode.PAIRWISE, 16)
          .judge(new JudgeItem("p1", "ctx", "good", "bad")).get();
      assertThat(outcome.ok()).isFalse();
      assertThat(outcome.usage()).isEqualTo(Usage.reported(100, 1));
    }
  }
}
