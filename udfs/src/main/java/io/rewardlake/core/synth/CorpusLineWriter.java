package io.rewardlake.core.synth;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.Writer;

/**
 * Writes pair lines (the project's generic JSONL contract, truth in {@code meta}) and candidate lines. Fields are
 * written in a fixed order and numbers formatted in Locale.ROOT, so equal inputs give equal bytes. The caller owns
 * the writers: they are flushed, never closed.
 */
final class CorpusLineWriter {

  /** No separator between root values: each line ends with an explicit '\n' instead. */
  private static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .rootValueSeparator((String) null)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  private final JsonGenerator pairs;
  private final JsonGenerator candidates;
  private final double sharpness;

  CorpusLineWriter(Writer pairsOut, Writer candidatesOut, double sharpness) throws IOException {
    this.pairs = FACTORY.createGenerator(pairsOut);
    this.candidates = FACTORY.createGenerator(candidatesOut);
    this.sharpness = sharpness;
  }

  void write(PromptBatch batch) throws IOException {
    for (Candidate candidate : batch.candidates()) {
      writeCandidate(batch.prompt(), candidate);
    }
    for (SynthPair pair : batch.pairs()) {
      writePair(batch.prompt(), pair);
    }
  }

  void flush() throws IOException {
    pairs.flush();
    candidates.flush();
  }

  private void writeCandidate(SynthPrompt prompt, Candidate candidate) throws IOException {
    candidates.writeStartObject();
    candidates.writeStringField("candidate_id", candidate.id());
    candidates.writeStringField("prompt_id", prompt.id());
    candidates.writeStringField("family", prompt.family().label());
    candidates.writeStringField("split", prompt.split());
    candidates.writeStringField("prompt", prompt.text());
    candidates.writeStringField("response", candidate.response());
    candidates.writeFieldName("quality");
    candidates.writeNumber(SynthMath.format6(candidate.quality()));
    endLine(candidates);
  }

  private void writePair(SynthPrompt prompt, SynthPair pair) throws IOException {
    pairs.writeStartObject();
    pairs.writeStringField("id", pair.id());
    pairs.writeStringField("source", prompt.source());
    pairs.writeStringField("split", prompt.split());
    pairs.writeStringField("prompt", prompt.text());
    pairs.writeStringField("chosen", pair.chosen().response());
    pairs.writeStringField("rejected", pair.rejected().response());
    writeMeta(prompt, pair);
    endLine(pairs);
  }

  private void writeMeta(SynthPrompt prompt, SynthPair pair) throws IOException {
    pairs.writeObjectFieldStart("meta");
    pairs.writeStringField("prompt_id", prompt.id());
    pairs.writeStringField("family", prompt.family().label());
    pairs.writeStringField("chosen_id", pair.chosen().id());
    pairs.writeStringField("rejected_id", pair.rejected().id());
    pairs.writeStringField("quality_chosen", SynthMath.format6(pair.chosen().quality()));
    pairs.writeStringField("quality_rejected", SynthMath.format6(pair.rejected().quality()));
    pairs.writeStringField("true_strength", SynthMath.format6(pair.trueStrength()));
    pairs.writeStringField("true_p_chosen", SynthMath.format6(SynthMath.sigmoid(sharpness * pair.trueStrength())));
    pairs.writeStringField("flipped", Boolean.toString(pair.kind() == PairKind.FLIPPED));
    pairs.writeStringField("ambiguous", Boolean.toString(pair.kind() == PairKind.AMBIGUOUS));
    pairs.writeEndObject();
  }

  private static void endLine(JsonGenerator generator) throws IOException {
    generator.writeEndObject();
    generator.writeRaw('\n');
  }
}
