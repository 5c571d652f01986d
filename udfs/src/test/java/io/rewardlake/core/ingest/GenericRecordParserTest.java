package io.rewardlake.core.ingest;

import static io.rewardlake.core.ingest.LineDecoderTest.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.core.text.PairIds;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenericRecordParserTest {

  @Test
  void labelledRecordKeepsItsFieldsAndMeta() {
    ParsedPair pair = accepted("jsonl", "{\"id\": 17, \"prompt\": \"\", \"chosen\": \"yes\", \"rejected\": \"no\","
        + " \"source\": \"web\", \"split\": \"test\", \"meta\": {\"lang\": \"en\", \"n\": 3, \"ok\": true}}");

    assertThat(pair.prompt()).isEmpty();
    assertThat(pair.source()).isEqualTo("web");
    assertThat(pair.split()).isEqualTo("test");
    assertThat(pair.labelP()).isEqualTo(1.0);
    assertThat(pair.meta()).containsExactlyInAnyOrderEntriesOf(Map.of("lang", "en", "n", "3", "ok", "true", "source_id", "17"));
    assertThat(pair.pairId()).isEqualTo(PairIds.of("", "yes", "no"));
  }

  @ParameterizedTest(name = "label {0}")
  @CsvSource({
      "'\"a\"', x, y, 1.0",
      "'\"B\"', y, x, 1.0",
      "'\"tie\"', x, y, 0.5",
      "0.8, x, y, 0.8",
      "0.25, y, x, 0.75",
      "0, y, x, 1.0"
  })
  void abLabelsBecomeChosenWithProbability(String label, String chosen, String rejected, double labelP) {
    ParsedPair pair = accepted("jsonl",
        "{\"prompt\": \"p\", \"response_a\": \"x\", \"response_b\": \"y\", \"label\": " + label + "}");

    assertThat(pair.chosen()).isEqualTo(chosen);
    assertThat(pair.rejected()).isEqualTo(rejected);
    assertThat(pair.labelP()).isEqualTo(labelP);
    assertThat(pair.labelSource()).isEqualTo("human");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "'\"labels\": [1, 2, 1]'                          | x | y | 0.6666666666666666 | 1.0,0.0,1.0",
      "'\"labels\": [2, \"b\", \"a\"]'                    | y | x | 0.6666666666666666 | 1.0,1.0,0.0",
      "'\"labels\": [\"tie\", 0.8]'                     | x | y | 0.65               | 0.5,0.8",
      "'\"annotations\": [{\"label\": 0.2, \"by\": \"w\"}]' | y | x | 0.8                | 0.8",
      "'\"labels\": [1, 2]'                             | x | y | 0.5                | 1.0,0.0"
  })
  void severalLabelsAreAllKeptAndTheirMeanChoosesTheChosen(String labels, String chosen, String rejected,
                                                          double labelP, String kept) {
    ParsedPair pair = accepted("jsonl",
        "{\"prompt\": \"p\", \"response_a\": \"x\", \"response_b\": \"y\", " + labels + "}");

    assertThat(pair.chosen()).isEqualTo(chosen);
    assertThat(pair.rejected()).isEqualTo(rejected);
    assertThat(pair.labelP()).isEqualTo(labelP);
    assertThat(pair.labels()).containsExactly(java.util.Arrays.stream(kept.split(",")).map(Double::valueOf)
        .toArray(Double[]::new));
    assertThat(pair.chosenFirst()).isEqualTo(chosen.equals("x"));
  }

  @Test
  void anEmptyLabelsArrayIsAnUnlabelledPair() {
    ParsedPair pair = accepted("jsonl", "{\"prompt\": \"p\", \"response_a\": \"x\", \"response_b\": \"y\", "
        + "\"labels\": []}");

    assertThat(pair.labelP()).isNull();
    assertThat(pair.labels()).isEmpty();
    assertThat(pair.labelSource()).isEqualTo("none");
  }

  @Test
  void unlabelledAbRecordWaitsForAJudge() {
    ParsedPair pair = accepted("jsonl", "{\"prompt\": \"p\", \"response_a\": \"x\", \"response_b\": \"y\"}");

    assertThat(pair.chosen()).isEqualTo("x");
    assertThat(pair.labelP()).isNull();
    assertThat(pair.labelSource()).isEqualTo("none");
  }

  @Test
  void sameResponsesInEitherFormGiveTheSameId() {
    ParsedPair labelled = accepted("jsonl", "{\"prompt\": \"p\", \"chosen\": \"y\", \"rejected\": \"x\"}");
    ParsedPair ab = accepted("jsonl", "{\"prompt\": \"p\", \"response_a\": \"x\", \"response_b\": \"y\", \"label\": \"b\"}");

    assertThat(ab.pairId()).isEqualTo(labelled.pairId());
    assertThat(ab.chosen()).isEqualTo(labelled.chosen());
  }
}
