package io.rewardlake.core.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import java.util.Set;

/**
 * Decides, before any Spark work, what to do with one input file of an ingest: read it, skip it (not a data file),
 * or refuse the run because it is data in another format (with the flag that reads it). From the file's name and its
 * first non-blank line, so a folder holding a README, a CSV or a file of another format cannot turn into thousands
 * of rejects.
 *
 * <p>Files found by listing a folder or a glob are judged by extension first; a file the user named is always read
 * if its content fits, whatever its extension.
 */
public final class InputSniffer {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> JSON_EXTENSIONS = Set.of("jsonl", "json", "ndjson");
  private static final Set<String> COMPRESSION = Set.of("gz", "bz2", "zst", "deflate", "snappy", "lz4");

  private InputSniffer() {}

  /** What to do with a file. */
  public enum Kind { READ, SKIP, EMPTY, WRONG_FORMAT }

  /**
   * @param kind what to do
   * @param reason why, for the summary or the error ("" when read)
   */
  public record Verdict(Kind kind, String reason) {
    static Verdict read() {
      return new Verdict(Kind.READ, "");
    }
  }

  /** The data extension of a file name, compression suffixes removed ("jsonl" for "x.jsonl.gz"); "" if none. */
  public static String extension(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    int dot = name.lastIndexOf('.');
    while (dot > 0 && COMPRESSION.contains(name.substring(dot + 1))) {
      name = name.substring(0, dot);
      dot = name.lastIndexOf('.');
    }
    return dot > 0 ? name.substring(dot + 1) : "";
  }

  /** Whether a listed file (found in a folder or by a glob) is a data file for {@code format}, by its name. */
  public static Verdict byName(String fileName, String format) {
    String extension = extension(fileName);
    boolean parquet = "parquet".equals(format);
    if (parquet ? "parquet".equals(extension) : JSON_EXTENSIONS.contains(extension)) {
      return Verdict.read();
    }
    if (!parquet && "parquet".equals(extension)) {
      return new Verdict(Kind.WRONG_FORMAT, fileName + " is a Parquet file: pass --format parquet (one format per"
          + " ingest; ingest other files separately)");
    }
    if (parquet && JSON_EXTENSIONS.contains(extension)) {
      return new Verdict(Kind.WRONG_FORMAT, fileName + " is JSON lines: pass --format jsonl or --format hh-rlhf");
    }
    return new Verdict(Kind.SKIP, fileName + " (not a ." + (parquet ? "parquet" : "jsonl/.json") + " file)");
  }

  /**
   * Whether the first non-blank line of a JSON-lines file fits {@code format} ({@code jsonl} or {@code hh-rlhf});
   * {@code firstLine} is null for a file without one.
   */
  public static Verdict byContent(String fileName, String format, String firstLine) {
    if (firstLine == null) {
      return new Verdict(Kind.EMPTY, fileName + " holds no record");
    }
    JsonNode record;
    try {
      record = JSON.readTree(firstLine);
    } catch (java.io.IOException e) {
      return new Verdict(Kind.WRONG_FORMAT, fileName + " does not start with a JSON record (its first line is not"
          + " JSON): ingest reads JSON lines (--format jsonl or hh-rlhf) or Parquet (--format parquet)");
    }
    if (record == null || !record.isObject()) {
      return new Verdict(Kind.WRONG_FORMAT, fileName + " does not start with a JSON object");
    }
    boolean prompt = record.has("prompt");
    boolean pair = record.has("chosen") && record.has("rejected");
    if ("jsonl".equals(format) && !prompt && pair) {
      return new Verdict(Kind.WRONG_FORMAT, fileName + " looks like hh-rlhf (chosen and rejected transcripts, no"
          + " prompt): pass --format hh-rlhf");
    }
    if ("hh-rlhf".equals(format) && prompt) {
      return new Verdict(Kind.WRONG_FORMAT, fileName + " looks like generic records (it has a prompt field): pass"
          + " --format jsonl");
    }
    return Verdict.read();
  }
}
