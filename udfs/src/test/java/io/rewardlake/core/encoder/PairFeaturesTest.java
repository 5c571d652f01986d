package io.rewardlake.core.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.rewardlake.core.model.MlpShape;
import org.junit.jupiter.api.Test;

class PairFeaturesTest {
  private static final float[] PROMPT = {1, -2, 0.5f};
  private static final float[] CHOSEN = {0.5f, 1, 2};
  private static final float[] REJECTED = {-1, 0.25f, 4};

  @Test
  void featuresAreTheResponseThenItsProductWithThePrompt() {
    assertThat(PairFeatures.of(PROMPT, CHOSEN)).containsExactly(0.5f, 1, 2, 0.5f, -2, 1);
    assertThat(PairFeatures.size(3)).isEqualTo(6);
  }

  @Test
  void writingChosenPlusAndRejectedMinusGivesTheFeatureDifferenceAtTheOffset() {
    float[] out = new float[8];
    PairFeatures.write(PROMPT, CHOSEN, 1, out, 2);
    PairFeatures.write(PROMPT, REJECTED, -1, out, 2);
    float[] chosen = PairFeatures.of(PROMPT, CHOSEN);
    float[] rejected = PairFeatures.of(PROMPT, REJECTED);
    assertThat(out[0]).isZero();
    assertThat(out[1]).isZero();
    for (int i = 0; i < 6; i++) {
      assertThat(out[2 + i]).isCloseTo(chosen[i] - rejected[i], within(1e-6f));
    }
  }

  @Test
  void thePromptChangesWhichResponseALinearHeadPrefers() {
    // A head that rewards agreement between prompt and response in the first dimension only.
    double[] weights = {0, 0, 0, 1, 0, 0};
    EncoderHead head = new EncoderHead(new MlpShape(6, 0), weights);
    float[] up = {1, 0, 0};
    float[] down = {-1, 0, 0};
    assertThat(head.reward(PairFeatures.of(up, up))).isGreaterThan(head.reward(PairFeatures.of(up, down)));
    assertThat(head.reward(PairFeatures.of(down, up))).isLessThan(head.reward(PairFeatures.of(down, down)));
  }

  @Test
  void embeddingsOfDifferentSizesAreRefused() {
    assertThatThrownBy(() -> PairFeatures.of(new float[2], new float[3])).hasMessageContaining("2 and 3");
  }

  @Test
  void aHeadChecksItsParameterCountAndItsInputSize() {
    assertThatThrownBy(() -> new EncoderHead(new MlpShape(6, 2), new double[6]))
        .hasMessageContaining("has 22 parameters");
    EncoderHead head = new EncoderHead(new MlpShape(6, 0), new double[6]);
    assertThatThrownBy(() -> head.reward(new float[4])).hasMessageContaining("takes 6 features");
  }
}
