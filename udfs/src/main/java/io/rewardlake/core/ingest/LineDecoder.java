package io.rewardlake.core.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * One raw JSONL line (bytes, as read from the file) to one {@link RecordResult}: strict UTF-8 decoding, a size bound
 * checked before parsing, one JSON value per line, then the format's {@link RecordParser}. Not thread-safe (it
 * reuses a decoder); make one per task.
 */
public final class LineDecoder {
  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final RecordParser parser;
  private final IngestRules rules;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  public LineDecoder(RecordParser parser, IngestRules rules) {
    this.parser = parser;
    this.rules = rules;
  }

  /** True for lines that hold only white space: not records, counted apart. */
  public static boolean isBlank(byte[] line) {
    for (byte b : line) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  public RecordResult decode(byte[] line) {
    JsonNode record;
    try {
      record = json(text(line));
    } catch (RecordRejectedException e) {
      return RecordResult.Rejected.of(e);
    }
    return parser.resultOf(record);
  }

  /** The line as text for excerpts: lenient decoding, invalid bytes shown as U+FFFD. */
  public static String lenientText(byte[] line) {
    return new String(withoutBom(line), StandardCharsets.UTF_8);
  }

  private String text(byte[] line) throws RecordRejectedException {
    if (line.length > rules.maxRecordBytes()) {
      throw new RecordRejectedException(RejectReason.OVERSIZE_TEXT, "the record has " + line.length
          + " bytes, more than the limit of " + rules.maxRecordBytes() + " derived from ingest.max_text_chars");
    }
    try {
      return utf8.decode(ByteBuffer.wrap(withoutBom(line))).toString();
    } catch (CharacterCodingException e) {
      throw new RecordRejectedException(RejectReason.INVALID_ENCODING,
          "the record is not valid UTF-8 (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static JsonNode json(String text) throws RecordRejectedException {
    try {
      return JSON.readTree(text);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      throw new RecordRejectedException(RejectReason.MALFORMED_JSON, "invalid JSON: " + e.getOriginalMessage() + where);
    }
  }

  private static byte[] withoutBom(byte[] line) {
    boolean bom = line.length >= 3 && line[0] == UTF8_BOM[0] && line[1] == UTF8_BOM[1] && line[2] == UTF8_BOM[2];
    return bom ? java.util.Arrays.copyOfRange(line, 3, line.length) : line;
  }
}
