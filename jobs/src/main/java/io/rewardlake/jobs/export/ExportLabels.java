package io.rewardlake.jobs.export;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.stddev_samp;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.core.export.ExportStyle;
import io.rewardlake.schemas.PairsCleanTable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the exported labels are, measured before writing, and what the export does about it: ties (target 0.5, which a
 * trainer reading chosen/rejected would learn as a preference) dropped or kept, soft targets (which the trainer
 * formats cannot carry into their loss) counted and said, margins put on a stated scale, and the style chosen from
 * what the prompts look like.
 *
 * @param ties exported-candidate pairs with target_p exactly 0.5
 * @param tiesDropped whether they are left out
 * @param soft pairs with a target strictly between 0 and 1 other than 0.5
 * @param marginScale what margins are divided by (1 for raw margins, 0 when margins are written as 0)
 * @param margins how margins are written
 * @param transcriptShare share of sampled non-empty prompts written as HH transcripts ("Human: ..."); sampled only
 *     when the style is to be chosen (1 otherwise)
 */
record ExportLabels(long ties, boolean tiesDropped, long soft, double marginScale, String margins,
    double transcriptShare) {
  static final String STANDARDIZED = "standardized";
  static final String RAW = "raw";
  static final String NONE = "none";
  /** Prompts sampled to choose the style. */
  static final int STYLE_SAMPLE = 1_000;

  /** One aggregate and one small sample over the pairs that would be exported. */
  static ExportLabels measure(Dataset<Row> rows, ExportConfig config) {
    Dataset<Row> candidates = config.includeDropped() ? rows : rows.filter(col(PairsCleanTable.WEIGHT).gt(0));
    Column target = col(PairsCleanTable.TARGET_P);
    Row row = candidates.agg(count(when(tie(), lit(1))),
        count(when(target.gt(0).and(target.lt(1)).and(target.notEqual(0.5)), lit(1))),
        stddev_samp(col(PairsCleanTable.STRENGTH_MEAN))).first();
    double spread = row.isNullAt(2) ? 0 : row.getDouble(2);
    boolean trainer = config.format().trainer();
    // The full-row formats write RewardLake's row as stored: raw margins, ties kept (target_p carries them).
    String margins = !trainer || STANDARDIZED.equals(config.margins()) && spread == 0 ? RAW : config.margins();
    double scale = switch (margins) {
      case NONE -> 0;
      case STANDARDIZED -> spread;
      default -> 1;
    };
    return new ExportLabels(row.getLong(0), trainer && config.dropTies(), row.getLong(1), scale, margins,
        config.autoStyle() ? transcriptShare(candidates) : 1);
  }

  private static double transcriptShare(Dataset<Row> rows) {
    List<Row> sample = rows.filter(length(col(PairsCleanTable.PROMPT)).gt(0)).select(PairsCleanTable.PROMPT)
        .limit(STYLE_SAMPLE).collectAsList();
    if (sample.isEmpty()) {
      return 0;
    }
    long transcripts = sample.stream().map(r -> r.getString(0).stripLeading())
        .filter(prompt -> prompt.startsWith("Human:")).count();
    return (double) transcripts / sample.size();
  }

  /**
   * A kept pair whose target is exactly 0.5. Pairs cleaning dropped (weight 0, often at 0.5 too) are left to
   * export.include_dropped.
   */
  private static Column tie() {
    return col(PairsCleanTable.TARGET_P).equalTo(0.5).and(col(PairsCleanTable.WEIGHT).gt(0));
  }

  /** The style "auto" resolves to: text when most prompts are HH transcripts, else conversational. */
  ExportStyle autoStyle() {
    return transcriptShare >= 0.5 ? ExportStyle.TEXT : ExportStyle.CONVERSATIONAL;
  }

  /** Rows as the export writes them: ties left out when asked, margins on the chosen scale. */
  Dataset<Row> apply(Dataset<Row> rows) {
    Dataset<Row> out = tiesDropped ? rows.filter(org.apache.spark.sql.functions.not(tie())) : rows;
    if (marginScale == 0) {
      return out.withColumn(PairsCleanTable.MARGIN, lit(0.0));
    }
    return marginScale == 1 ? out : out.withColumn(PairsCleanTable.MARGIN,
        col(PairsCleanTable.MARGIN).divide(marginScale));
  }

  List<String> lines(boolean trainer) {
    List<String> lines = new ArrayList<>();
    if (ties > 0) {
      lines.add(String.format(Locale.ROOT, tiesDropped ? "export: dropped %,d ties (target_p 0.5): a trainer reading"
          + " chosen/rejected would learn them as preferences (export.ties=keep exports them)"
          : "export: %,d ties (target_p 0.5) exported%s", ties, tiesDropped || !trainer ? ""
          : " as preferences: the trainer cannot tell them from real ones"));
    }
    if (soft > 0 && trainer) {
      lines.add(String.format(Locale.ROOT, "export: WARNING: %,d pairs have a soft target (0 < target_p < 1): the"
          + " trainer's loss treats them as hard preferences; target_p is in its own column for a custom loss, and"
          + " --format jsonl or parquet keeps RewardLake's whole row", soft));
    }
    if (trainer) {
      lines.add(marginLine());
    }
    return lines;
  }

  String marginLine() {
    return switch (margins) {
      case STANDARDIZED -> String.format(Locale.ROOT, "export: margins standardized: divided by %.3f, the standard"
          + " deviation of the ensemble's strength on these pairs (a margin of 1 = one standard deviation;"
          + " export.margins=raw keeps the ensemble's reward units)", marginScale);
      case NONE -> "export: margins written as 0 (export.margins=none)";
      default -> "export: margins in the ensemble's raw reward units (export.margins=raw)";
    };
  }

  Map<String, Object> toMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("ties", ties);
    map.put("ties_dropped", tiesDropped);
    map.put("soft_targets", soft);
    map.put("margins", margins);
    map.put("margin_scale", marginScale);
    return map;
  }
}
