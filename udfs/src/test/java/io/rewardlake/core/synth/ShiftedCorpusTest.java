package io.rewardlake.core.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shifted corpus: its own split, source, register and prompts, and no effect on the default corpus. */
class ShiftedCorpusTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SynthSpec SPEC = new SynthSpec(7L, 300, 4, 0.2, 0.15, 4.0, 0.1);

  @Test
  void shiftedPairsAreCleanHeldOutPairsInTheNewRegister() throws Exception {
    List<JsonNode> pairs = lines(write(SyntheticCorpusGenerator.shifted(SPEC, 120, false), true));

    assertThat(pairs).hasSize(120);
    assertThat(pairs).allSatisfy(pair -> {
      assertThat(pair.get("split").asText()).isEqualTo("shifted");
      assertThat(pair.get("source").asText()).isEqualTo("synth-shifted");
      assertThat(pair.get("meta").get("flipped").asText()).isEqualTo("false");
      assertThat(pair.get("meta").get("ambiguous").asText()).isEqualTo("false");
      assertThat(pair.get("chosen").asText() + pair.get("rejected").asText()).doesNotContain(PhraseBook.SUBJECT);
    });
    String text = pairs.toString();
    assertThat(text).contains("Pro tip:").doesNotContain("Hope this helps.").doesNotContain("Just search online.");
  }

  @Test
  void samplesComeFromOtherPromptsWithSeveralResponsesEach() throws Exception {
    List<JsonNode> samples = lines(write(SyntheticCorpusGenerator.shifted(SPEC, 120, true), false));
    List<JsonNode> pairs = lines(write(SyntheticCorpusGenerator.shifted(SPEC, 120, false), true));

    assertThat(samples).hasSize(40 * 4);
    assertThat(samples).allSatisfy(sample ->
        assertThat(sample.get("prompt_id").asText()).startsWith("shifted-sample-"));
    assertThat(pairs).allSatisfy(pair -> assertThat(pair.get("meta").get("prompt_id").asText())
        .startsWith("shifted-").doesNotStartWith("shifted-sample-"));
  }

  @Test
  void theDefaultCorpusIsTheSameWhetherOrNotAShiftedOneIsGenerated() throws Exception {
    String before = write(new SyntheticCorpusGenerator(SPEC), true);
    write(SyntheticCorpusGenerator.shifted(SPEC, 50, false), true);
    assertThat(write(new SyntheticCorpusGenerator(SPEC), true)).isEqualTo(before);
    assertThat(lines(before)).allSatisfy(pair -> assertThat(pair.get("source").asText()).isEqualTo("synth"));
  }

  private static String write(SyntheticCorpusGenerator generator, boolean pairs) throws Exception {
    StringWriter out = new StringWriter();
    generator.write(pairs ? out : Writer.nullWriter(), pairs ? Writer.nullWriter() : out);
    return out.toString();
  }

  private static List<JsonNode> lines(String text) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      out.add(JSON.readTree(line));
    }
    return out;
  }
}
