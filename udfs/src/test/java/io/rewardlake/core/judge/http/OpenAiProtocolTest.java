package io.rewardlake.core.judge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.core.judge.MalformedLogprobsException;
import org.junit.jupiter.api.Test;

class OpenAiProtocolTest {
  @Test
  void labelRequestsAskForOneGreedyTokenAndItsAlternatives() {
    assertThat(OpenAiProtocol.labelRequest(OpenAiEndpoint.COMPLETIONS, "m", "Prompt=", 20)).isEqualTo(
        "{\"model\":\"m\",\"prompt\":\"Prompt=\",\"max_tokens\":1,\"temperature\":0,\"logprobs\":20}");
    assertThat(OpenAiProtocol.labelRequest(OpenAiEndpoint.CHAT, "m", "Prompt=", 5)).isEqualTo(
        "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":\"Prompt=\"}],\"max_tokens\":1,"
            + "\"temperature\":0,\"logprobs\":true,\"top_logprobs\":5}");
    assertThat(OpenAiProtocol.generationRequest(OpenAiEndpoint.COMPLETIONS, "m", "Why?", 256))
        .isEqualTo("{\"model\":\"m\",\"prompt\":\"Why?\",\"max_tokens\":256,\"temperature\":0}");
  }

  @Test
  void readsTheLegacyCompletionsShape() {
    String reply = "{\"choices\":[{\"text\":\" 1\",\"logprobs\":{\"tokens\":[\" 1\"],\"token_logprobs\":[-0.1],"
        + "\"top_logprobs\":[{\" 1\":-0.1,\" 2\":-2.5}]}}]}";
    assertThat(OpenAiProtocol.answerLogprobs(reply)).containsEntry(" 1", -0.1).containsEntry(" 2", -2.5).hasSize(2);
  }

  @Test
  void readsTheChatShapeIncludingTheSampledToken() {
    String reply = "{\"choices\":[{\"message\":{\"content\":\"1\"},\"logprobs\":{\"content\":[{\"token\":\"1\","
        + "\"logprob\":-0.2,\"top_logprobs\":[{\"token\":\"2\",\"logprob\":-1.8,\"bytes\":[50]}]}]}}]}";
    assertThat(OpenAiProtocol.answerLogprobs(reply)).containsEntry("1", -0.2).containsEntry("2", -1.8).hasSize(2);
    assertThat(OpenAiProtocol.generatedText(reply)).isEqualTo("1");
    assertThat(OpenAiProtocol.generatedText("{\"choices\":[{\"text\":\"because\"}]}")).isEqualTo("because");
  }

  @Test
  void malformedRepliesSayWhatIsMissing() {
    assertThatThrownBy(() -> OpenAiProtocol.answerLogprobs("<html>bad gateway</html>"))
        .isInstanceOf(MalformedLogprobsException.class).hasMessageContaining("not complete JSON")
        .matches(e -> ((MalformedLogprobsException) e).incompleteBody(), "an incomplete body is retryable");
    assertThatThrownBy(() -> OpenAiProtocol.answerLogprobs("{\"choices\": [{\"logprobs"))
        .matches(e -> ((MalformedLogprobsException) e).incompleteBody(), "a truncated body is retryable");
    assertThatThrownBy(() -> OpenAiProtocol.answerLogprobs(""))
        .matches(e -> ((MalformedLogprobsException) e).incompleteBody(), "an empty body is retryable");
    assertThatThrownBy(() -> OpenAiProtocol.answerLogprobs("{\"choices\":[]}"))
        .isInstanceOf(MalformedLogprobsException.class).hasMessageContaining("no choices[0]")
        .matches(e -> !((MalformedLogprobsException) e).incompleteBody(), "a well-formed reply is not retried");
    assertThatThrownBy(() -> OpenAiProtocol.answerLogprobs("{\"choices\":[{\"text\":\"1\",\"logprobs\":null}]}"))
        .isInstanceOf(MalformedLogprobsException.class).hasMessageContaining("no log-probabilities");
    assertThatThrownBy(() -> OpenAiProtocol.answerLogprobs(
        "{\"choices\":[{\"logprobs\":{\"top_logprobs\":[{\"1\":\"high\"}]}}]}"))
        .isInstanceOf(MalformedLogprobsException.class).hasMessageContaining("not a number");
    assertThatThrownBy(() -> OpenAiProtocol.generatedText("{\"choices\":[{\"message\":{}}]}"))
        .isInstanceOf(MalformedLogprobsException.class).hasMessageContaining("no generated text");
  }

  @Test
  void settingsBuildTheEndpointUrlAndHideCredentialsInUrls() {
    HttpJudgeSettings settings = new HttpJudgeSettings("http://user:pw@vllm:8000/v1/", "llama",
        OpenAiEndpoint.CHAT, 4, 0, 1000, 3, 10, 100, 20);
    assertThat(settings.uri().toString()).isEqualTo("http://user:pw@vllm:8000/v1/chat/completions");
    assertThat(settings.displayUri()).isEqualTo("http://vllm:8000/v1/chat/completions");
    assertThat(settings.judgeId()).isEqualTo("openai-chat:llama");
    assertThatThrownBy(() -> new HttpJudgeSettings("ftp://x/v1", "m", OpenAiEndpoint.CHAT, 4, 0, 1000, 3, 10, 100,
        20)).hasMessageContaining("http(s)://");
  }

  @Test
  void anApiKeyNeverShowsInTextAndIsRedactedFromMessages() {
    ApiKey key = ApiKey.of(" sk-secret-123 \n");
    assertThat(key.toString()).isEqualTo("ApiKey[***]").doesNotContain("sk-secret");
    assertThat(key.redact("server said: bad key sk-secret-123!")).isEqualTo("server said: bad key ***!");
    assertThat(key.bearer()).isEqualTo("Bearer sk-secret-123");
    assertThat(ApiKey.of("  ").present()).isFalse();
    assertThat(ApiKey.none().redact("text")).isEqualTo("text");
  }
}
