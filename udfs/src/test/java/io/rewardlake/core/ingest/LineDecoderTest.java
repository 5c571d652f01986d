package io.rewardlake.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LineDecoderTest {
  private static final IngestRules RULES = new IngestRules("src", "train", "human", 200);
  private static final String HH_OK =
      "{\"chosen\":\"\\n\\nHuman: hi\\n\\nAssistant: hello\",\"rejected\":\"\\n\\nHuman: hi\\n\\nAssistant: go away\"}";

  static Stream<Arguments> rejectedRecords() {
    String big = "x".repeat(201);
    return Stream.of(
        Arguments.of("jsonl", "{\"prompt\": \"p\", \"chosen\": ", RejectReason.MALFORMED_JSON, "invalid JSON"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\"} trailing",
            RejectReason.MALFORMED_JSON, "invalid JSON"),
        Arguments.of("jsonl", "[1, 2]", RejectReason.WRONG_TYPE, "record is a JSON array, expected an object"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"chosen\":7,\"rejected\":\"b\"}", RejectReason.WRONG_TYPE,
            "field 'chosen' is a JSON number, expected a string"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\",\"meta\":{\"k\":[1]}}",
            RejectReason.WRONG_TYPE, "field 'meta.k' is a JSON array"),
        Arguments.of("jsonl", "{\"chosen\":\"a\",\"rejected\":\"b\"}", RejectReason.MISSING_FIELD,
            "field 'prompt' is missing"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"chosen\":\"a\"}", RejectReason.MISSING_FIELD,
            "field 'rejected' is missing"),
        Arguments.of("jsonl", "{\"prompt\":\"p\"}", RejectReason.MISSING_FIELD, "neither chosen + rejected"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\",\"response_a\":\"c\"}",
            RejectReason.CONFLICTING_FIELDS, "use one form"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"b\",\"label\":\"c\"}",
            RejectReason.INVALID_LABEL, "label is 'c'"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"b\",\"label\":1.5}",
            RejectReason.INVALID_LABEL, "label is 1.5"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"b\",\"labels\":[1,3]}",
            RejectReason.INVALID_LABEL, "label is 3"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"b\",\"labels\":\"a\"}",
            RejectReason.INVALID_LABEL, "'labels' is a JSON string, not an array"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"b\",\"labels\":[1,null]}",
            RejectReason.INVALID_LABEL, "a null entry in 'labels'"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"b\",\"annotations\":[\"a\"]}",
            RejectReason.INVALID_LABEL, "an annotation without a label"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"response_a\":\"a\",\"response_b\":\"b\",\"label\":\"a\",\"labels\":[1]}",
            RejectReason.CONFLICTING_FIELDS, "both 'label' and 'labels'"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"chosen\":\"a\",\"rejected\":\"b\",\"labels\":[1]}",
            RejectReason.CONFLICTING_FIELDS, "also 'labels'; use one form"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"chosen\":\"  \",\"rejected\":\"b\"}",
            RejectReason.EMPTY_RESPONSE, "'chosen' is empty"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"chosen\":\"same  text\",\"rejected\":\"same text \"}",
            RejectReason.IDENTICAL_RESPONSES, "same text after normalisation"),
        Arguments.of("jsonl", "{\"prompt\":\"p\",\"chosen\":\"" + big + "\",\"rejected\":\"b\"}",
            RejectReason.OVERSIZE_TEXT, "'chosen' has 201 characters, more than the limit of 200"),
        Arguments.of("hh-rlhf", "{\"chosen\":\"\\n\\nHuman: hi\",\"rejected\":\"\\n\\nHuman: hi\\n\\nAssistant: x\"}",
            RejectReason.NO_ASSISTANT_TURN, "no assistant turn"),
        Arguments.of("hh-rlhf",
            "{\"chosen\":\"\\n\\nHuman: hi\\n\\nAssistant: x\\n\\nHuman: y\",\"rejected\":\"\\n\\nHuman: hi\\n\\nAssistant: x\"}",
            RejectReason.NOT_ASSISTANT_FINAL, "ends with a human turn"),
        Arguments.of("hh-rlhf",
            "{\"chosen\":\"\\n\\nHuman: a\\n\\nAssistant: x\",\"rejected\":\"\\n\\nHuman: b\\n\\nAssistant: y\"}",
            RejectReason.NO_SHARED_PREFIX, "share no conversation"),
        Arguments.of("hh-rlhf",
            "{\"chosen\":\"\\n\\nHuman: q\\n\\nAssistant: a1\\n\\nHuman: more\\n\\nAssistant: x\","
                + "\"rejected\":\"\\n\\nHuman: q\\n\\nAssistant: a2\\n\\nHuman: more\\n\\nAssistant: y\"}",
            RejectReason.TRANSCRIPTS_DIVERGE, "differ before their final exchange"),
        Arguments.of("hh-rlhf", "{\"chosen\":\"\\n\\nHuman: hi\\n\\nAssistant: \",\"rejected\":\"" +
            "\\n\\nHuman: hi\\n\\nAssistant: hello\"}", RejectReason.EMPTY_RESPONSE, "'chosen' is empty"));
  }

  @ParameterizedTest(name = "{2}: {0} {1}")
  @MethodSource("rejectedRecords")
  void everyRejectReasonIsProducedWithADetail(String format, String line, RejectReason reason, String detail) {
    RecordResult result = decode(format, line.getBytes(StandardCharsets.UTF_8));

    assertThat(result).isInstanceOfSatisfying(RecordResult.Rejected.class, rejected -> {
      assertThat(rejected.reason()).isEqualTo(reason);
      assertThat(rejected.detail()).contains(detail);
    });
  }

  @Test
  void invalidUtf8IsRejectedNotReplaced() {
    byte[] line = "{\"prompt\":\"p\",\"chosen\":\"caf?\",\"rejected\":\"b\"}".getBytes(StandardCharsets.UTF_8);
    line[line.length - 18] = (byte) 0xC3; // a lead byte followed by an ASCII quote is not UTF-8

    assertThat(decode("jsonl", line)).isEqualTo(
        new RecordResult.Rejected(RejectReason.INVALID_ENCODING, "the record is not valid UTF-8 (MalformedInputException)"));
  }

  @Test
  void oversizeRawRecordIsRejectedBeforeParsing() {
    byte[] line = new byte[(int) RULES.maxRecordBytes() + 1];
    java.util.Arrays.fill(line, (byte) '{');

    assertThat(decode("jsonl", line)).isInstanceOfSatisfying(RecordResult.Rejected.class,
        rejected -> assertThat(rejected.reason()).isEqualTo(RejectReason.OVERSIZE_TEXT));
  }

  @Test
  void byteOrderMarkIsIgnored() {
    byte[] body = HH_OK.getBytes(StandardCharsets.UTF_8);
    byte[] line = new byte[body.length + 3];
    line[0] = (byte) 0xEF;
    line[1] = (byte) 0xBB;
    line[2] = (byte) 0xBF;
    System.arraycopy(body, 0, line, 3, body.length);

    assertThat(decode("hh-rlhf", line)).isInstanceOf(RecordResult.Accepted.class);
  }

  @Test
  void hhRecordBecomesHumanLabelledPair() {
    ParsedPair pair = accepted("hh-rlhf", HH_OK);

    assertThat(pair.prompt()).isEqualTo("Human: hi");
    assertThat(pair.chosen()).isEqualTo("hello");
    assertThat(pair.rejected()).isEqualTo("go away");
    assertThat(pair.labelSource()).isEqualTo("human");
    assertThat(pair.labelP()).isEqualTo(1.0);
    assertThat(pair.source()).isEqualTo("src");
    assertThat(pair.split()).isEqualTo("train");
  }

  @Test
  void blankLinesAreRecognised() {
    assertThat(LineDecoder.isBlank(" \t\r".getBytes(StandardCharsets.UTF_8))).isTrue();
    assertThat(LineDecoder.isBlank(" {}".getBytes(StandardCharsets.UTF_8))).isFalse();
  }

  static ParsedPair accepted(String format, String line) {
    RecordResult result = decode(format, line.getBytes(StandardCharsets.UTF_8));
    assertThat(result).isInstanceOf(RecordResult.Accepted.class);
    return ((RecordResult.Accepted) result).pair();
  }

  private static RecordResult decode(String format, byte[] line) {
    return new LineDecoder(RecordParser.forFormat(format, RULES), RULES).decode(line);
  }
}
