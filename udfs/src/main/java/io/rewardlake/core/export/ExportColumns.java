package io.rewardlake.core.export;

import io.rewardlake.core.export.ExportColumn.Type;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import java.util.ArrayList;
import java.util.List;

/**
 * The exact columns of every export format, in file order: the one list the Spark schema, the manifest and the
 * README are made from. Trainer formats: the fields each trainer reads, then {@code margin}, then extra columns the
 * trainers drop; {@code jsonl}/{@code parquet}: RewardLake's full row.
 */
public final class ExportColumns {
  // Column names are the tables' own: an export is pairs_clean (plus split and source from pairs) under another shape.
  public static final String PAIR_ID = PairsCleanTable.PAIR_ID;
  public static final String PROMPT = PairsCleanTable.PROMPT;
  public static final String CHOSEN = PairsCleanTable.CHOSEN;
  public static final String REJECTED = PairsCleanTable.REJECTED;
  public static final String TARGET_P = PairsCleanTable.TARGET_P;
  public static final String MARGIN = PairsCleanTable.MARGIN;
  public static final String WEIGHT = PairsCleanTable.WEIGHT;
  public static final String ACTION = PairsCleanTable.ACTION;
  public static final String REASON = PairsCleanTable.REASON;
  public static final String POLICY_ID = PairsCleanTable.POLICY_ID;
  public static final String SPLIT = PairsTable.SPLIT;
  public static final String SOURCE = PairsTable.SOURCE;

  private static final List<ExportColumn> FULL_ROW = List.of(
      new ExportColumn(PAIR_ID, Type.TEXT, "content hash of the normalised prompt and both responses (pairs.pair_id)"),
      new ExportColumn(PROMPT, Type.TEXT, "conversation up to the responses as stored: HH-style transcript"
          + " (\"Human: ...\\n\\nAssistant: ...\\n\\nHuman: ...\") or plain text; may be empty"),
      new ExportColumn(CHOSEN, Type.TEXT, "preferred response after cleaning (flipped pairs already swapped)"),
      new ExportColumn(REJECTED, Type.TEXT, "dispreferred response after cleaning"),
      new ExportColumn(TARGET_P, Type.NUMBER, "training target P(chosen preferred) as stored; not oriented, so it"
          + " may be below 0.5"),
      new ExportColumn(MARGIN, Type.NUMBER, "adaptive margin m of -log sigmoid(r_chosen - r_rejected - m)"),
      new ExportColumn(WEIGHT, Type.NUMBER, "per-pair loss weight; 0 marks a dropped pair (exported only with"
          + " --include-dropped)"),
      new ExportColumn(ACTION, Type.TEXT, "keep | flip | smooth | margin | drop"),
      new ExportColumn(REASON, Type.TEXT, "why the cleaning policy took the action"),
      new ExportColumn(POLICY_ID, Type.TEXT, "cleaning policy id"),
      new ExportColumn(SPLIT, Type.TEXT, "split of the pair in pairs (train, test, ...)"),
      new ExportColumn(SOURCE, Type.TEXT, "source of the pair in pairs (dataset name or input file)"));

  private static final List<ExportColumn> TRAINER_EXTRAS = List.of(
      new ExportColumn(MARGIN, Type.NUMBER, "m in -log sigmoid(r_chosen - r_rejected - m); TRL applies it whenever"
          + " the column exists, OpenRLHF with --margin_loss; negated when the pair was turned round"),
      new ExportColumn(TARGET_P, Type.NUMBER, "P(chosen preferred) after orientation, in [0.5, 1]; not read by the"
          + " trainer (the soft label, for a custom loss or for filtering)"),
      new ExportColumn(WEIGHT, Type.NUMBER, "per-pair loss weight from cleaning (0 = dropped, only with"
          + " --include-dropped); not read by the trainer"),
      new ExportColumn(PAIR_ID, Type.TEXT, "the pair's id in the lake; not read by the trainer"));

  private ExportColumns() {}

  public static List<ExportColumn> of(ExportFormat format, ExportStyle style) {
    List<ExportColumn> columns = new ArrayList<>();
    switch (format) {
      case TRL -> columns.addAll(style == ExportStyle.TEXT ? trlText() : trlConversational());
      case OPENRLHF -> columns.addAll(style == ExportStyle.TEXT ? openRlhfText() : openRlhfConversational());
      default -> {
        return FULL_ROW;
      }
    }
    columns.addAll(TRAINER_EXTRAS);
    return List.copyOf(columns);
  }

  /** Column names of {@link #of}, in order. */
  public static List<String> names(ExportFormat format, ExportStyle style) {
    return of(format, style).stream().map(ExportColumn::name).toList();
  }

  private static List<ExportColumn> trlText() {
    return List.of(
        new ExportColumn(PROMPT, Type.TEXT, "conversation before the responses as an HH-RLHF transcript ending in"
            + " \"\\n\\nAssistant:\" (\"\" when the pair has no prompt); TRL tokenizes prompt + chosen and"
            + " prompt + rejected"),
        new ExportColumn(CHOSEN, Type.TEXT, "preferred response after one space, so prompt + chosen is the whole"
            + " transcript"),
        new ExportColumn(REJECTED, Type.TEXT, "dispreferred response, laid out like chosen"));
  }

  private static List<ExportColumn> trlConversational() {
    return List.of(
        new ExportColumn(PROMPT, Type.MESSAGES, "conversation before the responses as user/assistant messages (one"
            + " empty user message when the pair has no prompt)"),
        new ExportColumn(CHOSEN, Type.MESSAGES, "[{role: assistant, content: preferred response}]"),
        new ExportColumn(REJECTED, Type.MESSAGES, "[{role: assistant, content: dispreferred response}]"));
  }

  private static List<ExportColumn> openRlhfText() {
    return List.of(
        new ExportColumn(CHOSEN, Type.TEXT, "prompt and preferred response in one HH-RLHF transcript"
            + " (\"\\n\\nHuman: ...\\n\\nAssistant: ...\"), read with OpenRLHF's default keys (no --prompt_key)"),
        new ExportColumn(REJECTED, Type.TEXT, "prompt and dispreferred response, laid out like chosen"));
  }

  private static List<ExportColumn> openRlhfConversational() {
    return List.of(
        new ExportColumn(CHOSEN, Type.MESSAGES, "the whole conversation: the prompt's messages, then the preferred"
            + " response as an assistant message (train with --apply_chat_template)"),
        new ExportColumn(REJECTED, Type.MESSAGES, "the prompt's messages, then the dispreferred response"));
  }
}
