package io.rewardlake.jobs.ingest;

import io.rewardlake.jobs.Errors;
import io.rewardlake.spark.ingest.ParseJsonLines;
import io.rewardlake.spark.ingest.ParseRecordRows;
import io.rewardlake.spark.ingest.StagingRows;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.functions;
import scala.Tuple2;

/** Builds the staging dataset (one row per input record, accepted or rejected) for each input format. */
final class Staging {
  private Staging() {}

  static Dataset<Row> of(SparkSession spark, IngestConfig config, List<FileStatus> files) {
    return config.format().equals("parquet") ? parquet(spark, config, files) : jsonLines(spark, config, files);
  }

  /**
   * JSONL: raw bytes per line (so invalid UTF-8 is detected, not replaced) with the line's index in its file, read
   * through Hadoop's TextInputFormat (splittable files split, .gz decompressed). Line numbers cost one counting pass
   * per file (zipWithIndex); they make every reject's location a real file:line.
   */
  private static Dataset<Row> jsonLines(SparkSession spark, IngestConfig config, List<FileStatus> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<JavaRDD<Row>> parts = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      String path = files.get(i).getPath().toString();
      JavaPairRDD<byte[], Long> lines = jsc.newAPIHadoopFile(path, TextInputFormat.class, LongWritable.class,
              Text.class, jsc.hadoopConfiguration())
          .map(new CopyLineBytes())
          .zipWithIndex();
      parts.add(lines.mapPartitions(new ParseJsonLines(config.format(), config.rules(), path, i)));
    }
    JavaRDD<Row> all = parts.size() == 1 ? parts.get(0) : jsc.union(parts.toArray(JavaRDD[]::new));
    return spark.createDataFrame(all, StagingRows.SCHEMA);
  }

  /** Parquet: mapped columns renamed to record fields, plus file path and row index from Spark's _metadata. */
  private static Dataset<Row> parquet(SparkSession spark, IngestConfig config, List<FileStatus> files) {
    String[] paths = files.stream().map(f -> f.getPath().toString()).toArray(String[]::new);
    Dataset<Row> raw = spark.read().parquet(paths);
    List<Column> selected = new ArrayList<>(recordColumns(raw, config.columns()));
    selected.add(functions.col("_metadata.file_path").as(ParseRecordRows.FILE));
    selected.add(functions.col("_metadata.row_index").as(ParseRecordRows.ROW));
    Map<String, Integer> fileIndex = new HashMap<>();
    for (int i = 0; i < paths.length; i++) {
      fileIndex.put(ParseRecordRows.canonicalPath(files.get(i).getPath().toString()), i);
    }
    return raw.select(selected.toArray(Column[]::new))
        .mapPartitions(new ParseRecordRows(config.rules(), fileIndex), Encoders.row(StagingRows.SCHEMA));
  }

  private static List<Column> recordColumns(Dataset<Row> raw, Map<String, String> mapping) {
    List<String> available = Arrays.asList(raw.columns());
    List<String> missing = mapping.values().stream().filter(c -> !available.contains(c)).toList();
    if (!missing.isEmpty()) {
      throw Errors.missingParquetColumns(missing, available);
    }
    List<Column> columns = new ArrayList<>();
    for (String field : ParseRecordRows.RECORD_FIELDS) {
      String column = mapping.getOrDefault(field, field);
      if (available.contains(column)) {
        columns.add(raw.col("`" + column + "`").as(field));
      }
    }
    return columns;
  }

  /** Hadoop reuses the Text object between records: copy its valid bytes out. */
  static final class CopyLineBytes implements Function<Tuple2<LongWritable, Text>, byte[]> {
    private static final long serialVersionUID = 1L;

    @Override
    public byte[] call(Tuple2<LongWritable, Text> line) {
      return Arrays.copyOf(line._2().getBytes(), line._2().getLength());
    }
  }
}
