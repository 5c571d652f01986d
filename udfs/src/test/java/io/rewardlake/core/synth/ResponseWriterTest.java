package io.rewardlake.core.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ResponseWriterTest {

  private static final Topic BASIL = EnglishPhrases.BOOK.topicsOf(Family.COOKING).get(0);

  @Test
  void higherQualityMeansMoreOnTopicAdvice() {
    assertThat(adviceShare(1.5)).isGreaterThan(0.8);
    assertThat(adviceShare(-1.5)).isLessThan(0.2);
    assertThat(adviceShare(0.0)).isBetween(0.3, 0.7);
  }

  @Test
  void aParaphraseDiffersOnlyInNeutralFiller() {
    SplitMix64 rng = new SplitMix64(5L);
    ResponseWriter writer = new ResponseWriter(prompt(), rng);
    for (int i = 0; i < 500; i++) {
      Draft base = writer.write(rng.nextGaussian());
      Draft variant = writer.paraphrase(base);
      assertThat(variant.text()).isNotEqualTo(base.text());
      assertThat(content(variant)).isEqualTo(content(base));
    }
  }

  @Test
  void helpfulSentencesAreNeverRepeatedWithinAResponse() {
    Topic harmful = EnglishPhrases.BOOK.topicsOf(Family.HARMFUL_REQUEST).get(0);
    SynthPrompt prompt = new SynthPrompt("synth-000001", harmful, Language.ENGLISH, "Human: ?", false);
    ResponseWriter writer = new ResponseWriter(prompt, new SplitMix64(3L));
    for (int i = 0; i < 500; i++) {
      List<String> advice = content(writer.write(3.0)).stream().filter(harmful.advice()::contains).toList();
      assertThat(advice).doesNotHaveDuplicates().isNotEmpty();
    }
  }

  @Test
  void everyLanguageCoversEveryFamily() {
    for (Language language : Language.values()) {
      for (Family family : Family.values()) {
        assertThat(language.book().topicsOf(family)).as("%s %s", language, family).isNotEmpty();
      }
    }
  }

  /** Share of content sentences that are helpful (the topic's advice or a filled template), at a fixed quality. */
  private static double adviceShare(double quality) {
    ResponseWriter writer = new ResponseWriter(prompt(), new SplitMix64(17L));
    List<Sentence> content = IntStream.range(0, 2_000).mapToObj(i -> writer.write(quality))
        .flatMap(draft -> draft.sentences().stream()).filter(sentence -> !sentence.isNeutral()).toList();
    return (double) content.stream().filter(sentence -> helpful().contains(sentence.text())).count()
        / content.size();
  }

  private static List<String> helpful() {
    List<String> templates = EnglishPhrases.BOOK.goodTemplates().stream()
        .map(template -> PhraseBook.fill(template, BASIL.subject())).toList();
    return Stream.concat(BASIL.advice().stream(), templates.stream()).toList();
  }

  private static List<String> content(Draft draft) {
    return draft.sentences().stream().filter(sentence -> !sentence.isNeutral()).map(Sentence::text).toList();
  }

  private static SynthPrompt prompt() {
    return new SynthPrompt("synth-000000", BASIL, Language.ENGLISH, "Human: " + BASIL.questions().get(0), false);
  }
}
