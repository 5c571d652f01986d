package io.rewardlake.core.export;

import io.rewardlake.core.util.Ids;
import java.util.List;

/**
 * The file formats {@code export} writes. {@link #TRL} and {@link #OPENRLHF} are shaped for those trainers (see
 * {@link TrainerRecords}); {@link #JSONL} and {@link #PARQUET} carry RewardLake's full row.
 */
public enum ExportFormat {
  TRL("trl", "jsonl", true),
  OPENRLHF("openrlhf", "jsonl", true),
  JSONL("jsonl", "jsonl", false),
  PARQUET("parquet", "parquet", false);

  private final String id;
  private final String extension;
  private final boolean trainer;

  ExportFormat(String id, String extension, boolean trainer) {
    this.id = id;
    this.extension = extension;
    this.trainer = trainer;
  }

  /** The name used in config and on the command line. */
  public String id() {
    return id;
  }

  /** File name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** True for the formats shaped for a trainer, whose records come from {@link TrainerRecords}. */
  public boolean trainer() {
    return trainer;
  }

  public static List<String> ids() {
    return Ids.of(values(), ExportFormat::id);
  }

  public static ExportFormat of(String id) {
    return Ids.parse(values(), ExportFormat::id, id, "export format");
  }
}
