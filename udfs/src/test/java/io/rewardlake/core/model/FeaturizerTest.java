package io.rewardlake.core.model;

import static io.rewardlake.core.model.FeatureKeys.sign;
import static io.rewardlake.core.model.FeatureKeys.slot;
import static io.rewardlake.core.model.FeatureKeys.valueAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeaturizerTest {
  private static final String PROMPT = "Human: What is a good pasta shape for pesto?\n\nAssistant: Trofie or linguine."
      + "\n\nHuman: Why do those work better than penne?";
  private static final String CHOSEN = "Their twists hold the pesto, while penne's smooth tubes let the sauce slide"
      + " off. Would you like a recipe?";
  private static final String REJECTED = "Any pasta works fine!";
  /** 2^24 slots make an accidental collision in the tests that look for one feature practically impossible. */
  private static final FeaturizerSpec WIDE = new FeaturizerSpec(24, 2, 3);
  private static final FeaturizerSpec NO_CROSSES = new FeaturizerSpec(24, 2, 0);

  private final Featurizer featurizer = new Featurizer(FeaturizerSpec.defaults());

  @Test
  void sameInputGivesSameFeatures() {
    assertThat(featurizer.features(PROMPT, CHOSEN)).isEqualTo(featurizer.features(PROMPT, CHOSEN))
        .isEqualTo(new Featurizer(FeaturizerSpec.defaults()).features(PROMPT, CHOSEN));
  }

  @Test
  void featuresArePinned() {
    // Changes whenever tokenisation, hashing, seeds or values change: such a change needs a new
    // FeaturizerSpec.VERSION, because trained models would silently read other features.
    // 6 non-zero dense slots, 19 unigrams and 19 bigrams, echoes "pesto" and "a", 3 keywords × 18 response words.
    SparseFeatures features = featurizer.features(PROMPT, CHOSEN);
    assertThat(features.size()).isEqualTo(6 + 38 + 2 + 54);
    assertThat(Arrays.hashCode(features.indices())).isEqualTo(-881609503);
    assertThat(Arrays.hashCode(features.values())).isEqualTo(-1700102291);
    assertThat(features.indices()[6]).isEqualTo(4591);
  }

  @Test
  void aResponseAgainstItselfHasNoDifference() {
    assertThat(featurizer.difference(PROMPT, CHOSEN, CHOSEN)).isEqualTo(SparseFeatures.empty());
  }

  @Test
  void differenceIsChosenMinusRejected() {
    assertThat(featurizer.difference(PROMPT, CHOSEN, REJECTED))
        .isEqualTo(featurizer.features(PROMPT, CHOSEN).minus(featurizer.features(PROMPT, REJECTED)));
  }

  @Test
  void contextComputedOnceGivesTheSameFeatures() {
    assertThat(featurizer.features(featurizer.context(PROMPT), CHOSEN)).isEqualTo(featurizer.features(PROMPT, CHOSEN));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"10|1|0", "10|3|8", "18|2|3", "24|3|8"})
  void indicesAreWithinTheDimensionAndValuesFiniteAndNonZero(int hashBits, int maxNgram, int keywords) {
    Featurizer small = new Featurizer(new FeaturizerSpec(hashBits, maxNgram, keywords));
    SparseFeatures features = small.features(PROMPT, CHOSEN + " " + CHOSEN.repeat(3) + " 中文也可以吗？");
    assertThat(Arrays.stream(features.indices())).allMatch(index -> index >= 0 && index < small.dimension());
    assertThat(features.span()).isLessThanOrEqualTo(small.dimension());
    assertThat(IntStream.range(0, features.size()).mapToDouble(k -> features.values()[k]))
        .allMatch(Double::isFinite).noneMatch(value -> value == 0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"''|''", "''|Any pasta works fine!", "Human: Why?|''", "''|?", "Human:|!!"})
  void denseSlotsAreFiniteAndWithinOneForEmptyPromptOrResponse(String prompt, String response) {
    double[] dense = dense(featurizer.features(prompt, response));
    assertThat(Arrays.stream(dense)).allMatch(Double::isFinite).allMatch(value -> value >= -1 && value <= 1);
  }

  @Test
  void denseSlotsHoldTheInteractions() {
    double[] dense = dense(new Featurizer(WIDE).features("Human: Is pesto green?", "Pesto is green, is it not?"));
    // last turn words {is, pesto, green} (3 tokens + "?"), response words {pesto, is, green, it, not}, 7 tokens
    assertThat(dense).containsExactly(new double[] {
        1.0, 3 / 5.0, Math.log1p(7) / 5, Math.log(8 / 5.0) / 5, 6 / 7.0, 1.0, 1 / 7.0, 3 / 5.0}, within(1e-6));
  }

  @Test
  void echoFeaturesOnlyForWordsThePromptsHumanTurnsShare() {
    Featurizer wide = new Featurizer(NO_CROSSES);
    String prompt = "Human: How long should I boil pasta?\n\nAssistant: About ten minutes.\n\nHuman: And rice?";
    SparseFeatures shared = wide.features(prompt, "Boil the rice for minutes, like pasta.");

    // "rice" (last turn), "boil" and "pasta" (earlier human turn) echo; "minutes" is only in an assistant turn.
    for (String word : new String[] {"boil", "rice", "pasta"}) {
      String key = "e:" + word;
      assertThat(valueAt(shared, slot(NO_CROSSES, key))).isCloseTo(sign(key) / Math.sqrt(3), within(1e-6));
    }
    assertThat(valueAt(shared, slot(NO_CROSSES, "e:minutes"))).isZero();
    assertThat(hashed(wide.features(prompt, "Steam vegetables gently.")))
        .as("no shared word, no echo: only the 3 unigrams and 2 bigrams remain").isEqualTo(5);
  }

  @Test
  void crossesPairEveryKeywordWithEveryResponseWord() {
    Featurizer wide = new Featurizer(new FeaturizerSpec(24, 1, 2));
    SparseFeatures features = wide.features("Human: Recommend a wonderful dessert", "Try tiramisu today");

    // keywords: "wonderful", "recommend"; 3 unigrams, 2 × 3 crosses, no echoes
    assertThat(hashed(features)).isEqualTo(3 + 6);
    for (String key : new String[] {"x:wonderful|try", "x:recommend|today"}) {
      assertThat(valueAt(features, slot(WIDE, key))).isCloseTo(sign(key) / Math.sqrt(6), within(1e-6));
    }
  }

  @Test
  void noCrossesWhenCrossKeywordsIsZero() {
    SparseFeatures features = new Featurizer(NO_CROSSES).features("Human: Recommend a wonderful dessert", "Try it");
    assertThat(hashed(features)).as("2 unigrams and 1 bigram only").isEqualTo(3);
    assertThat(valueAt(features, slot(NO_CROSSES, "x:wonderful|try"))).isZero();
  }

  @Test
  void aContextWithMoreKeywordsIsCutToTheSpecsCount() {
    PromptContext rich = new Featurizer(new FeaturizerSpec(24, 1, 8)).context("Human: Recommend a wonderful dessert");
    assertThat(new Featurizer(NO_CROSSES).features(rich, "Try it"))
        .isEqualTo(new Featurizer(NO_CROSSES).features("Human: Recommend a wonderful dessert", "Try it"));
  }

  @Test
  void ngramBlockHasUnitNormAndLogCounts() {
    // Empty prompt: no echoes, no keywords, so the hashed part is the n-gram block alone.
    SparseFeatures features = new Featurizer(new FeaturizerSpec(24, 1, 3)).features("", "to be or not to be ?");
    double norm = Math.sqrt(Math.log(3) * Math.log(3) * 2 + Math.log(2) * Math.log(2) * 3);

    assertThat(squaredNormOfHashed(features)).isCloseTo(1.0, within(1e-6));
    assertThat(valueAt(features, slot(WIDE, "w:to"))).isCloseTo(sign("w:to") * Math.log(3) / norm, within(1e-6));
    assertThat(valueAt(features, slot(WIDE, "w:?"))).isCloseTo(sign("w:?") * Math.log(2) / norm, within(1e-6));
  }

  @Test
  void bigramsJoinTokensWithOneSpace() {
    SparseFeatures features = new Featurizer(new FeaturizerSpec(24, 3, 0)).features("", "Not  at all!");
    assertThat(hashed(features)).isEqualTo(4 + 3 + 2);
    assertThat(squaredNormOfHashed(features)).isCloseTo(1.0, within(1e-6));
    assertThat(valueAt(features, slot(WIDE, "w:at all !"))).isNotZero();
  }

  @Test
  void longResponsesStayUnitNorm() {
    SparseFeatures features = new Featurizer(NO_CROSSES).features("", "word ".repeat(5000) + CHOSEN.repeat(50));
    assertThat(squaredNormOfHashed(features)).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void emptyResponseHasNoHashedFeatures() {
    assertThat(hashed(featurizer.features(PROMPT, ""))).isZero();
    assertThat(hashed(featurizer.features(PROMPT, " ... "))).isZero();
  }

  @Test
  void chineseTextGetsCharacterUnigramsBigramsAndEchoes() {
    SparseFeatures features = new Featurizer(NO_CROSSES).features("Human: 北京天气怎么样？", "北京今天晴。");
    // 5 unigrams + 4 bigrams; 北, 京 and 天 (of 天气) echo the prompt
    assertThat(hashed(features)).isEqualTo(5 + 4 + 3);
    assertThat(valueAt(features, slot(NO_CROSSES, "w:北 京"))).isNotZero();
    assertThat(valueAt(features, slot(NO_CROSSES, "e:京"))).isCloseTo(sign("e:京") / Math.sqrt(3), within(1e-6));
  }

  @Test
  void survivesJavaSerialisation() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(featurizer);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Featurizer copy = (Featurizer) in.readObject();
      assertThat(copy.features(PROMPT, CHOSEN)).isEqualTo(featurizer.features(PROMPT, CHOSEN));
      assertThat(copy.dimension()).isEqualTo(1 << 18);
    }
  }

  private static double[] dense(SparseFeatures features) {
    double[] dense = new double[Interactions.COUNT];
    for (int slot = 0; slot < dense.length; slot++) {
      dense[slot] = valueAt(features, slot);
    }
    return dense;
  }

  private static long hashed(SparseFeatures features) {
    return Arrays.stream(features.indices()).filter(index -> index >= Interactions.COUNT).count();
  }

  private static double squaredNormOfHashed(SparseFeatures features) {
    double squares = 0;
    for (int k = 0; k < features.size(); k++) {
      squares += features.indices()[k] >= Interactions.COUNT ? features.values()[k] * features.values()[k] : 0;
    }
    return squares;
  }
}
