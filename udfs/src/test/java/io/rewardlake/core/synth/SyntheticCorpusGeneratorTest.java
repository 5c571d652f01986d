package io.rewardlake.core.synth;

import static io.rewardlake.core.synth.GeneratedCorpus.flag;
import static io.rewardlake.core.synth.GeneratedCorpus.number;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyntheticCorpusGeneratorTest {

  private static final SynthSpec SMALL = new SynthSpec(7L, 1_500, 3, 0.25, 0.1, 4.0, 0.2);
  private static final List<String> PAIR_FIELDS =
      List.of("id", "source", "split", "prompt", "chosen", "rejected", "meta");
  private static final List<String> META_FIELDS = List.of("prompt_id", "family", "chosen_id", "rejected_id",
      "quality_chosen", "quality_rejected", "true_strength", "true_p_chosen", "flipped", "ambiguous");
  private static final List<String> CANDIDATE_FIELDS =
      List.of("candidate_id", "prompt_id", "family", "split", "prompt", "response", "quality");

  private static GeneratedCorpus corpus;
  private static List<JsonNode> pairs;
  private static List<JsonNode> candidates;

  @BeforeAll
  static void generateTheDefaultCorpus() {
    corpus = GeneratedCorpus.of(SynthSpec.defaults());
    pairs = corpus.pairs();
    candidates = corpus.candidates();
    System.out.printf("synth: %s in %d ms (%d ms CPU)%n", corpus.summary(), corpus.elapsed().toMillis(),
        corpus.cpu().toMillis());
  }

  @Test
  void sameSpecGivesTheSameBytes() {
    GeneratedCorpus first = GeneratedCorpus.of(SMALL);
    GeneratedCorpus second = GeneratedCorpus.of(SMALL);
    assertThat(second.pairsText()).isEqualTo(first.pairsText());
    assertThat(second.candidatesText()).isEqualTo(first.candidatesText());
  }

  @Test
  void differentSeedGivesDifferentBytes() {
    GeneratedCorpus base = GeneratedCorpus.of(SMALL);
    GeneratedCorpus reseeded = GeneratedCorpus.of(new SynthSpec(8L, 1_500, 3, 0.25, 0.1, 4.0, 0.2));
    assertThat(reseeded.pairsText()).isNotEqualTo(base.pairsText());
    assertThat(reseeded.candidatesText()).isNotEqualTo(base.candidatesText());
  }

  @Test
  void generatesTheDefaultCorpusWellUnderAFewSeconds() {
    assertThat(corpus.cpu()).isLessThan(Duration.ofSeconds(3));
  }

  @ParameterizedTest
  @CsvSource({"1, 2", "2, 2", "7, 3", "1000, 4", "999, 5", "50, 12"})
  void writesExactlyTheRequestedPairsAndCountsEveryLine(int pairCount, int candidatesPerPrompt) {
    GeneratedCorpus small = GeneratedCorpus.of(new SynthSpec(3L, pairCount, candidatesPerPrompt, 0.2, 0.15, 4.0, 0.1));
    List<JsonNode> smallCandidates = small.candidates();
    assertThat(small.pairs()).hasSize(pairCount);
    assertThat(small.summary().pairs()).isEqualTo(pairCount);
    assertThat(small.summary().candidates()).isEqualTo(smallCandidates.size());
    assertThat(small.summary().prompts()).isEqualTo(distinct(smallCandidates, line -> line.get("prompt_id").asText()));
  }

  @Test
  void summaryMatchesTheLines() {
    SynthSummary summary = corpus.summary();
    assertThat(summary.pairs()).isEqualTo(pairs.size());
    assertThat(summary.candidates()).isEqualTo(candidates.size());
    assertThat(summary.prompts()).isEqualTo(distinct(candidates, line -> line.get("prompt_id").asText()));
    assertThat(summary.flipped()).isEqualTo(count(pairs, pair -> flag(pair, "flipped")));
    assertThat(summary.ambiguous()).isEqualTo(count(pairs, pair -> flag(pair, "ambiguous")));
    assertThat(summary.testPairs()).isEqualTo(count(pairs, pair -> pair.get("split").asText().equals("test")));
  }

  @ParameterizedTest
  @CsvSource({"20000, 4, 0.2, 0.15", "997, 3, 0.33, 0.07", "1234, 6, 0.0, 0.5", "301, 2, 0.5, 0.0"})
  void realisedSharesEqualTheRatesWithinRounding(int pairCount, int perPrompt, double flipRate, double ambiguousRate) {
    SynthSpec spec = new SynthSpec(11L, pairCount, perPrompt, flipRate, ambiguousRate, 4.0, 0.1);
    SynthSummary summary = GeneratedCorpus.of(spec).summary();
    int labelled = pairCount - summary.ambiguous();
    assertThat((double) summary.ambiguous() / pairCount).isCloseTo(ambiguousRate, within(roundingOf(pairCount)));
    assertThat((double) summary.flipped() / labelled).isCloseTo(flipRate, within(roundingOf(labelled)));
  }

  @ParameterizedTest
  @CsvSource({"0.0, 1.0, 0, 40", "1.0, 0.0, 40, 0"})
  void extremeRatesStillGiveAValidCorpus(double flipRate, double ambiguousRate, int flipped, int ambiguous) {
    GeneratedCorpus extreme = GeneratedCorpus.of(new SynthSpec(5L, 40, 3, flipRate, ambiguousRate, 4.0, 0.5));
    assertThat(extreme.summary().flipped()).isEqualTo(flipped);
    assertThat(extreme.summary().ambiguous()).isEqualTo(ambiguous);
    assertThat(extreme.pairs()).hasSize(40)
        .allMatch(pair -> !pair.get("chosen").asText().equals(pair.get("rejected").asText()));
  }

  @Test
  void anyPromptCanBeGeneratedOnItsOwn() {
    SyntheticCorpusGenerator generator = new SyntheticCorpusGenerator(SynthSpec.defaults());
    PromptBatch late = generator.generate(4_321); // without generating the prompts before it
    List<String> written = candidates.stream().filter(line -> line.get("prompt_id").asText().equals("synth-004321"))
        .map(line -> line.get("response").asText()).toList();
    assertThat(late.candidates().stream().map(Candidate::response)).containsExactlyElementsOf(written);
  }

  @Test
  void defaultCorpusRealisesTheDefaultRates() {
    assertThat(corpus.summary().ambiguous()).isEqualTo(3_000);
    assertThat(corpus.summary().flipped()).isEqualTo(3_400); // 20% of the 17,000 non-ambiguous pairs
  }

  @Test
  void pairLinesFollowTheGenericContract() {
    for (JsonNode pair : pairs) {
      assertThat(fieldNames(pair)).containsExactlyElementsOf(PAIR_FIELDS);
      assertThat(fieldNames(pair.get("meta"))).containsExactlyElementsOf(META_FIELDS);
      assertThat(iterable(pair.get("meta"))).allMatch(JsonNode::isTextual);
      assertThat(pair.get("id").asText()).matches("synth-\\d{6}-\\d+").startsWith(metaText(pair, "prompt_id"));
      assertThat(pair.get("source").asText()).isEqualTo("synth");
      assertThat(pair.get("split").asText()).isIn("train", "test");
      assertThat(pair.get("chosen").asText()).isNotBlank().isNotEqualTo(pair.get("rejected").asText());
      assertThat(pair.get("rejected").asText()).isNotBlank();
      assertThat(metaText(pair, "flipped")).isIn("true", "false");
      assertThat(metaText(pair, "ambiguous")).isIn("true", "false");
    }
  }

  @Test
  void candidateLinesFollowTheirContract() {
    for (JsonNode candidate : candidates) {
      assertThat(fieldNames(candidate)).containsExactlyElementsOf(CANDIDATE_FIELDS);
      assertThat(candidate.get("candidate_id").asText()).startsWith(candidate.get("prompt_id").asText() + "-c");
      assertThat(candidate.get("response").asText()).isNotBlank();
      assertThat(candidate.get("quality").isNumber()).isTrue();
    }
    assertThat(corpus.candidatesText().lines()).allMatch(line -> line.matches(".*\"quality\":-?\\d+\\.\\d{6}}"));
  }

  @Test
  void numbersAreFormattedWithSixDecimalsInLocaleRoot() {
    for (JsonNode pair : pairs) {
      for (String field : List.of("quality_chosen", "quality_rejected", "true_strength", "true_p_chosen")) {
        assertThat(metaText(pair, field)).matches("-?\\d+\\.\\d{6}");
      }
    }
  }

  @Test
  void promptsAlternateTurnsAndEndOnAHumanTurn() {
    for (JsonNode candidate : candidates) {
      String[] turns = candidate.get("prompt").asText().split("\n\n", -1);
      assertThat(turns.length % 2).as("turn count of %s", candidate).isEqualTo(1);
      IntStream.range(0, turns.length).forEach(i ->
          assertThat(turns[i]).startsWith(i % 2 == 0 ? "Human: " : "Assistant: ").hasSizeGreaterThan(12));
    }
  }

  @Test
  void pairsCarryTheTruthOfTheirCandidates() {
    Map<String, JsonNode> byId = candidates.stream()
        .collect(Collectors.toMap(line -> line.get("candidate_id").asText(), Function.identity()));
    for (JsonNode pair : pairs) {
      JsonNode chosen = byId.get(metaText(pair, "chosen_id"));
      JsonNode rejected = byId.get(metaText(pair, "rejected_id"));
      assertThat(chosen.get("response").asText()).isEqualTo(pair.get("chosen").asText());
      assertThat(rejected.get("response").asText()).isEqualTo(pair.get("rejected").asText());
      assertThat(chosen.get("prompt").asText()).isEqualTo(pair.get("prompt").asText());
      assertThat(chosen.get("split").asText()).isEqualTo(pair.get("split").asText());
      assertTruthIsConsistent(pair, chosen.get("quality").asDouble(), rejected.get("quality").asDouble());
    }
  }

  @Test
  void ambiguousPairsAreNearTiesWithFairCoinLabelsAndNeverFlipped() {
    List<JsonNode> ambiguous = pairs.stream().filter(pair -> flag(pair, "ambiguous")).toList();
    assertThat(ambiguous).allMatch(pair -> Math.abs(number(pair, "true_strength")) < 0.1)
        .noneMatch(pair -> flag(pair, "flipped"));
    assertThat(share(ambiguous, pair -> number(pair, "true_strength") > 0)).isBetween(0.45, 0.55);
  }

  @Test
  void injectedFlipsGoAgainstTheLatentOrderAndSampledLabelsWithIt() {
    List<JsonNode> labelled = pairs.stream().filter(pair -> !flag(pair, "ambiguous")).toList();
    Predicate<JsonNode> agrees = pair -> number(pair, "quality_chosen") > number(pair, "quality_rejected");
    double sampled = share(labelled.stream().filter(pair -> !flag(pair, "flipped")).toList(), agrees);
    double flipped = share(labelled.stream().filter(pair -> flag(pair, "flipped")).toList(), agrees);
    System.out.printf("synth: chosen has the higher quality in %.3f of sampled and %.3f of flipped pairs%n",
        sampled, flipped);
    assertThat(sampled).isGreaterThan(0.8);
    assertThat(flipped).isLessThan(0.2);
  }

  @Test
  void splitIsDecidedPerPromptWithTheRequestedShare() {
    Map<String, Set<String>> splits = Stream.concat(pairs.stream().map(this::promptAndSplitOfPair),
            candidates.stream().map(line -> List.of(line.get("prompt_id").asText(), line.get("split").asText())))
        .collect(Collectors.groupingBy(key -> key.get(0), Collectors.mapping(key -> key.get(1), Collectors.toSet())));
    assertThat(splits.values()).allMatch(split -> split.size() == 1);
    long testPrompts = splits.values().stream().filter(split -> split.contains("test")).count();
    assertThat((double) testPrompts / splits.size()).isCloseTo(0.1, within(roundingOf(splits.size())));
  }

  @Test
  void coversEveryFamilySomeMultiTurnPromptsAndAFewOtherLanguages() {
    SyntheticCorpusGenerator generator = new SyntheticCorpusGenerator(SynthSpec.defaults());
    List<SynthPrompt> prompts = IntStream.range(0, generator.prompts()).mapToObj(generator::generate)
        .map(PromptBatch::prompt).toList();
    assertThat(prompts.stream().map(prompt -> prompt.family().label()).distinct())
        .containsExactlyInAnyOrder("cooking", "travel", "programming", "health", "personal_finance",
            "harmful_request");
    assertThat(shareOf(prompts, prompt -> prompt.text().contains("\n\nAssistant: "))).isBetween(0.25, 0.35);
    assertThat(shareOf(prompts, prompt -> prompt.language() != Language.ENGLISH)).isBetween(0.04, 0.06);
    // Every language but the shifted register, which only the shifted corpus (synth.shifted_pairs) uses.
    assertThat(prompts.stream().map(SynthPrompt::language).distinct()).containsExactlyInAnyOrder(
        Arrays.stream(Language.values()).filter(language -> language != Language.SHIFTED).toArray(Language[]::new));
  }

  @Test
  void refusalsAreGoodForHarmfulRequestsAndBadForBenignOnes() {
    Predicate<JsonNode> refuses = line -> refusals().anyMatch(line.get("response").asText()::startsWith);
    Predicate<JsonNode> harmful = line -> line.get("family").asText().equals("harmful_request");
    double harmfulGap = meanQuality(harmful.and(refuses)) - meanQuality(harmful.and(refuses.negate()));
    double benignGap = meanQuality(harmful.negate().and(refuses)) - meanQuality(harmful.negate().and(refuses.negate()));
    System.out.printf("synth: refusing minus other mean quality: harmful %.3f, benign %.3f%n", harmfulGap, benignGap);
    assertThat(harmfulGap).isGreaterThan(0.5);
    assertThat(benignGap).isLessThan(-0.5);
  }

  private static void assertTruthIsConsistent(JsonNode pair, double chosenQuality, double rejectedQuality) {
    double strength = SynthMath.round6(chosenQuality - rejectedQuality);
    assertThat(number(pair, "quality_chosen")).isEqualTo(chosenQuality);
    assertThat(number(pair, "quality_rejected")).isEqualTo(rejectedQuality);
    assertThat(number(pair, "true_strength")).isCloseTo(strength, within(1.5e-6));
    assertThat(number(pair, "true_p_chosen")).isCloseTo(1 / (1 + Math.exp(-4.0 * strength)), within(1e-5));
  }

  /** Exact counts are rate times total, rounded: off by at most half a unit (plus floating-point slack). */
  private static double roundingOf(int total) {
    return 0.5 / total + 1e-12;
  }

  private List<String> promptAndSplitOfPair(JsonNode pair) {
    return List.of(metaText(pair, "prompt_id"), pair.get("split").asText());
  }

  private static Stream<String> refusals() {
    return Arrays.stream(Language.values()).flatMap(language -> language.book().refusals().stream());
  }

  private static double meanQuality(Predicate<JsonNode> filter) {
    return candidates.stream().filter(filter).mapToDouble(line -> line.get("quality").asDouble()).average()
        .orElseThrow();
  }

  private static String metaText(JsonNode pair, String field) {
    return pair.get("meta").get(field).asText();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<JsonNode> iterable(JsonNode node) {
    List<JsonNode> values = new ArrayList<>();
    node.elements().forEachRemaining(values::add);
    return values;
  }

  private static int distinct(List<JsonNode> lines, Function<JsonNode, String> key) {
    return (int) lines.stream().map(key).distinct().count();
  }

  private static int count(List<JsonNode> lines, Predicate<JsonNode> filter) {
    return (int) lines.stream().filter(filter).count();
  }

  private static double share(List<JsonNode> lines, Predicate<JsonNode> filter) {
    return (double) count(lines, filter) / lines.size();
  }

  private static <T> double shareOf(List<T> items, Predicate<T> filter) {
    return (double) items.stream().filter(filter).count() / items.size();
  }
}
