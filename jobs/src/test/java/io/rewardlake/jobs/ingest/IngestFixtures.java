package io.rewardlake.jobs.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/** Writes small input files covering every record kind the ingest job must handle. */
final class IngestFixtures {
  /** Generic JSONL: 12 lines = 11 records (1 blank), 5 accepted of which 2 duplicates (1 conflicting), 6 rejected. */
  static final List<String> GENERIC_LINES = List.of(
      "{\"prompt\": \"Human: p1\", \"chosen\": \"good answer\", \"rejected\": \"bad answer\", \"id\": 1}",
      "{\"prompt\": \"Human: p2\", \"response_a\": \"first\", \"response_b\": \"second\", \"label\": \"b\"}",
      "   ",
      "{\"prompt\": \"Human: p1\", \"chosen\": \"good answer\", \"rejected\": \"bad answer\", \"id\": 4}",
      "{\"prompt\": \"Human: p1\", \"chosen\": \"bad answer\", \"rejected\": \"good answer\", \"id\": 5}",
      "{\"prompt\": \"Human: p3\", \"chosen\": ",
      "INVALID_UTF8",
      "{\"prompt\": \"Human: p4\", \"chosen\": \"same\", \"rejected\": \" same\"}",
      "{\"prompt\": \"Human: p5\", \"chosen\": \"only one\"}",
      "{\"prompt\": \"Human: p6\", \"response_a\": \"x\", \"response_b\": \"y\", \"label\": \"maybe\"}",
      "{\"prompt\": \"Human: p7\", \"chosen\": \"" + "long ".repeat(20) + "\", \"rejected\": \"short\"}",
      "{\"prompt\": \"Human: p8\", \"response_a\": \"left\", \"response_b\": \"right\"}");
  static final int MAX_TEXT_CHARS = 60;

  private IngestFixtures() {}

  static Path genericJsonl(Path dir) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (String line : GENERIC_LINES) {
      if (line.equals("INVALID_UTF8")) {
        bytes.write("{\"prompt\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
        bytes.write("\", \"chosen\": \"a\", \"rejected\": \"b\"}".getBytes(StandardCharsets.UTF_8));
      } else {
        bytes.write(line.getBytes(StandardCharsets.UTF_8));
      }
      bytes.write('\n');
    }
    Path file = dir.resolve("generic.jsonl");
    Files.write(file, bytes.toByteArray());
    return file;
  }

  /** HH-RLHF transcripts, gzipped with CRLF line ends: 3 good (one with the inline-turn quirk), 2 rejected. */
  static Path hhGz(Path dir) throws IOException {
    List<String[]> records = List.of(
        new String[] {"\\n\\nHuman: hi\\n\\nAssistant: hello there", "\\n\\nHuman: hi\\n\\nAssistant: go away"},
        new String[] {"\\n\\nHuman: q\\n\\nAssistant: a\\n\\nHuman: why?\\n\\nAssistant: because",
            "\\n\\nHuman: q\\n\\nAssistant: a\\n\\nHuman: why?\\n\\nAssistant: dunno"},
        new String[] {"\\n\\nHuman: x?\\n\\nAssistant: No.  Human: really?\\n\\nAssistant:  yes",
            "\\n\\nHuman: x?\\n\\nAssistant: Maybe."},
        new String[] {"\\n\\nHuman: address?\\n\\nAssistant: ", "\\n\\nHuman: address?\\n\\nAssistant: no"},
        new String[] {"\\n\\nHuman: a\\n\\nAssistant: b\\n\\nHuman: c", "\\n\\nHuman: a\\n\\nAssistant: b"});
    Path file = dir.resolve("train.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      for (String[] record : records) {
        out.write(("{\"chosen\": \"" + record[0] + "\", \"rejected\": \"" + record[1] + "\"}\r\n")
            .getBytes(StandardCharsets.UTF_8));
      }
    }
    return file;
  }
}
