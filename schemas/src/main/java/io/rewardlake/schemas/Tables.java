package io.rewardlake.schemas;

import java.util.List;

/** Every table contract, for tools that walk the whole lake (schema checks, reports). */
public final class Tables {
  public static final List<TableContract> ALL = List.of(
      PairsTable.CONTRACT,
      RejectsTable.CONTRACT,
      AnnotationsTable.CONTRACT,
      ContaminationTable.CONTRACT,
      NearDuplicatesTable.CONTRACT,
      ModelsTable.CONTRACT,
      StrengthTable.CONTRACT,
      PairsCleanTable.CONTRACT,
      AiLabelsTable.CONTRACT,
      JudgeCacheTable.CONTRACT,
      JuryTable.CONTRACT,
      PairsTable.AI_CONTRACT,
      RewardsTable.CONTRACT,
      BestOfNTable.CONTRACT,
      GoldCurveTable.CONTRACT,
      EvaluationsTable.CONTRACT,
      EmbeddingsTable.CONTRACT);

  private Tables() {}

  /** The contract named {@code name}; the error lists the known names. */
  public static TableContract byName(String name) {
    return ALL.stream()
        .filter(contract -> contract.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(
            "Unknown table '" + name + "'; known tables: " + ALL.stream().map(TableContract::name).toList()));
  }
}
