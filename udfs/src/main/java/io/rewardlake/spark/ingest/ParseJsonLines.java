package io.rewardlake.spark.ingest;

import io.rewardlake.core.ingest.IngestRules;
import io.rewardlake.core.ingest.LineDecoder;
import io.rewardlake.core.ingest.RecordParser;
import java.util.Iterator;
import java.util.Objects;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Executor function: (raw line bytes, 0-based line index) of one file → one staging row per line. Blank lines become
 * {@link StagingRows#BLANK} rows, counted apart from records. One {@link LineDecoder} per partition.
 */
public final class ParseJsonLines implements FlatMapFunction<Iterator<Tuple2<byte[], Long>>, Row> {
  private static final long serialVersionUID = 1L;

  private final String format;
  private final IngestRules rules;
  private final String fileLabel;
  private final int fileIndex;

  public ParseJsonLines(String format, IngestRules rules, String fileLabel, int fileIndex) {
    this.format = Objects.requireNonNull(format, "format");
    this.rules = Objects.requireNonNull(rules, "rules");
    this.fileLabel = Objects.requireNonNull(fileLabel, "fileLabel");
    this.fileIndex = fileIndex;
  }

  @Override
  public Iterator<Row> call(Iterator<Tuple2<byte[], Long>> lines) {
    LineDecoder decoder = new LineDecoder(RecordParser.forFormat(format, rules), rules);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return lines.hasNext();
      }

      @Override
      public Row next() {
        Tuple2<byte[], Long> line = lines.next();
        return toRow(decoder, line._1(), line._2());
      }
    };
  }

  private Row toRow(LineDecoder decoder, byte[] bytes, long index) {
    String location = fileLabel + ":" + (index + 1);
    long ordinal = StagingRows.ordinal(fileIndex, index);
    if (LineDecoder.isBlank(bytes)) {
      return StagingRows.blank(location, ordinal);
    }
    return StagingRows.of(location, ordinal, decoder.decode(bytes),
        () -> LineDecoder.lenientText(bytes));
  }
}
