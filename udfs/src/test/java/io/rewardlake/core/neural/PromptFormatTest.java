package io.rewardlake.core.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromptFormatTest {

  @Test
  void theContextIsEverythingBeforeTheResponseWithThePromptFilledIn() {
    PromptFormat format = new PromptFormat("<|user|>{prompt}<|assistant|>{response}<|end|>");
    assertThat(format.context("Hi {response}")).isEqualTo("<|user|>Hi {response}<|assistant|>");
    assertThat(format.response("Hello")).isEqualTo("Hello<|end|>");
    assertThat(PromptFormat.DEFAULT.context("Q")).isEqualTo("Q\n\n");
  }

  @Test
  void aFormatNeedsOneResponseAndAtMostOnePromptBeforeIt() {
    assertThatThrownBy(() -> new PromptFormat("{prompt} only")).hasMessageContaining("exactly once");
    assertThatThrownBy(() -> new PromptFormat("{response}{prompt}")).hasMessageContaining("before {response}");
    assertThatThrownBy(() -> new PromptFormat("{prompt}{prompt}{response}")).hasMessageContaining("at most once");
    assertThat(new PromptFormat("{response}").context("ignored")).isEmpty();
  }
}
