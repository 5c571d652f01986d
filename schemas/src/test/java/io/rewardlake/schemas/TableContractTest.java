package io.rewardlake.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TableContractTest {

  static List<TableContract> contracts() {
    return Tables.ALL;
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void everyTableConformsToItsOwnSchemaAndCarriesRunIdAndVersion(TableContract contract) {
    contract.requireExactly(contract.schema());
    assertThat(contract.columns()).contains("run_id");
    assertThat(contract.properties()).containsEntry(TableContract.CONTRACT_VERSION_PROPERTY, "1");
  }

  @ParameterizedTest
  @MethodSource("contracts")
  void statisticsColumnsExistInTheSchema(TableContract contract) {
    String stats = contract.properties().get("delta.dataSkippingStatsColumns");
    assertThat(contract.columns()).containsAll(List.of(stats.split(",")));
  }

  @Test
  void tableNamesAreUniqueAndListedInLakeOrder() {
    assertThat(Tables.ALL).extracting(TableContract::name)
        .containsExactly("pairs", "rejects", "annotations", "contamination", "near_duplicates", "models", "strength", "pairs_clean", "ai_labels", "judge_cache", "jury",
            "pairs_ai",
            "rewards", "best_of_n", "gold_curve", "evaluations", "embeddings");
  }

  @Test
  void wrongTypeNamesColumnExpectedAndActualType() {
    StructType drifted = replaceType(PairsTable.SCHEMA, PairsTable.LABEL_P, DataTypes.StringType);

    assertThatThrownBy(() -> PairsTable.CONTRACT.requireConforms(drifted))
        .isInstanceOf(SchemaMismatchException.class)
        .hasMessageContaining("'pairs'")
        .hasMessageContaining("column 'label_p' has type string, expected double");
  }

  @Test
  void missingColumnIsNamed() {
    StructType partial = new StructType(PairsTable.SCHEMA.fields()).add("other", DataTypes.StringType);
    StructType withoutMeta = new StructType(java.util.Arrays.stream(partial.fields())
        .filter(f -> !f.name().equals(PairsTable.META)).toArray(org.apache.spark.sql.types.StructField[]::new));

    assertThatThrownBy(() -> PairsTable.CONTRACT.requireConforms(withoutMeta))
        .hasMessageContaining("column 'meta' is missing (expected type map<string,string>)");
  }

  @Test
  void extraColumnsAllowedForReadersButNotWriters() {
    StructType extended = new StructType(RejectsTable.SCHEMA.fields()).add("extra", DataTypes.IntegerType);

    RejectsTable.CONTRACT.requireConforms(extended);
    assertThatThrownBy(() -> RejectsTable.CONTRACT.requireExactly(extended))
        .hasMessageContaining("column 'extra' is not part of the contract");
  }

  @Test
  void nullabilityIsNotCompared() {
    StructType allNullable = new StructType();
    for (var field : StrengthTable.SCHEMA.fields()) {
      allNullable = allNullable.add(field.name(), field.dataType(), true);
    }
    assertThat(StrengthTable.CONTRACT.problems(allNullable, false)).isEmpty();
  }

  @Test
  void nestedTypeDifferencesAreReported() {
    StructType drifted = replaceType(StrengthTable.SCHEMA, StrengthTable.DIFFS,
        DataTypes.createArrayType(DataTypes.FloatType));

    assertThat(StrengthTable.CONTRACT.problems(drifted, false))
        .containsExactly("column 'diffs' has type array<float>, expected array<double>");
  }

  @Test
  void partitionColumnMustExist() {
    assertThatThrownBy(() -> new TableContract("t", "a test table", PairsTable.SCHEMA, List.of("nope"), Map.of()))
        .hasMessageContaining("Partition column 'nope'");
  }

  @Test
  void unknownTableNameListsKnownOnes() {
    assertThat(Tables.byName("strength")).isSameAs(StrengthTable.CONTRACT);
    assertThatThrownBy(() -> Tables.byName("pairz")).hasMessageContaining("known tables: [pairs, rejects");
  }

  private static StructType replaceType(StructType schema, String column, org.apache.spark.sql.types.DataType type) {
    StructType result = new StructType();
    for (var field : schema.fields()) {
      result = result.add(field.name(), field.name().equals(column) ? type : field.dataType(), field.nullable());
    }
    return result;
  }
}
