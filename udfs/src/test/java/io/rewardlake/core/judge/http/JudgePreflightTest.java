package io.rewardlake.core.judge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.core.judge.JudgeMode;
import io.rewardlake.core.judge.JudgeTemplate;
import io.rewardlake.testkit.LoopbackOpenAiServer;
import io.rewardlake.testkit.LoopbackOpenAiServer.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgePreflightTest {
  private static final JudgeTemplate TEMPLATE = new JudgeTemplate("t", 1, "Judge.", List.of(), "Preferred=",
      "Think first.\nRationale:");
  private static final ApiKey KEY = ApiKey.of("sk-preflight-secret-1234");

  private static HttpJudgeSettings settings(String baseUrl) {
    // Five attempts and backoff configured: the probe must use neither.
    return new HttpJudgeSettings(baseUrl, "judge-m", OpenAiEndpoint.COMPLETIONS, 4, 0, 10_000, 5, 200, 1_000, 20);
  }

  private static Reply labels(boolean chat) {
    return Reply.ok(LoopbackOpenAiServer.logprobsReply(chat, Map.of(" 1", Math.log(0.8), " 2", Math.log(0.2))));
  }

  @Test
  void aHealthyJudgePassesWithOneRequest() throws Exception {
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(request -> labels(request.chat()), 2)) {
      JudgePreflight.Passed passed = JudgePreflight.probe(settings(server.baseUrl()), KEY, TEMPLATE,
          JudgeMode.PAIRWISE);
      assertThat(passed.reading()).isEqualTo("P(first better) 0.800");
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void aServerThatIsNotThereIsReportedWithTheSettingToFix() throws Exception {
    String baseUrl;
    try (LoopbackOpenAiServer gone = LoopbackOpenAiServer.start(request -> labels(false), 1)) {
      baseUrl = gone.baseUrl();
    }
    assertThatThrownBy(() -> JudgePreflight.probe(settings(baseUrl), KEY, TEMPLATE, JudgeMode.PAIRWISE))
        .isInstanceOf(JudgePreflight.Failed.class).hasMessageContaining("cannot reach")
        .hasMessageContaining("judge.base_url").hasMessageContaining("(1 attempt)");
  }

  @Test
  void aRefusedKeyIsReportedOnceWithoutTheKey() throws Exception {
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(
        request -> Reply.error(401, "Incorrect API key provided: " + request.authorization()), 2)) {
      assertThatThrownBy(() -> JudgePreflight.probe(settings(server.baseUrl()), KEY, TEMPLATE, JudgeMode.PAIRWISE))
          .isInstanceOf(JudgePreflight.Failed.class).hasMessageContaining("HTTP 401")
          .hasMessageContaining("judge.api_key_env").hasMessageNotContaining("sk-preflight-secret-1234");
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void anUnknownModelIsReportedWithTheServersWords() throws Exception {
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(
        request -> Reply.error(404, "The model `judge-m` does not exist."), 2)) {
      assertThatThrownBy(() -> JudgePreflight.probe(settings(server.baseUrl()), KEY, TEMPLATE, JudgeMode.PAIRWISE))
          .isInstanceOf(JudgePreflight.Failed.class).hasMessageContaining("does not exist")
          .hasMessageContaining("judge.model");
      assertThat(server.requests()).isEqualTo(1);
    }
  }

  @Test
  void aReplyWithoutLogprobsOrWithoutTheLabelTokensFails() throws Exception {
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(
        request -> Reply.ok(LoopbackOpenAiServer.textReply(request.chat(), "1")), 2)) {
      assertThatThrownBy(() -> JudgePreflight.probe(settings(server.baseUrl()), KEY, TEMPLATE, JudgeMode.PAIRWISE))
          .isInstanceOf(JudgePreflight.Failed.class).hasMessageContaining("no log-probabilities")
          .hasMessageContaining("logprobs");
    }
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(request -> Reply.ok(
        LoopbackOpenAiServer.logprobsReply(request.chat(), Map.of(" The", -0.1, " I", -2.0))), 2)) {
      assertThatThrownBy(() -> JudgePreflight.probe(settings(server.baseUrl()), KEY, TEMPLATE, JudgeMode.PAIRWISE))
          .isInstanceOf(JudgePreflight.Failed.class).hasMessageContaining("label tokens")
          .hasMessageContaining("judge.top_logprobs");
    }
  }

  @Test
  void aFailingServerIsNotRetriedByTheProbe() throws Exception {
    try (LoopbackOpenAiServer server = LoopbackOpenAiServer.start(request -> Reply.error(503, "overloaded"), 2)) {
      assertThatThrownBy(() -> JudgePreflight.probe(settings(server.baseUrl()), KEY, TEMPLATE, JudgeMode.DIRECT))
          .isInstanceOf(JudgePreflight.Failed.class).hasMessageContaining("HTTP 503");
      assertThat(server.requests()).isEqualTo(1);
    }
  }
}
