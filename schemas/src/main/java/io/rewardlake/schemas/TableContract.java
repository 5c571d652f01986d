package io.rewardlake.schemas;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The contract of one table: its name (the folder under the lake root), what it holds (for the generated table
 * reference), schema, partition columns and Delta properties.
 *
 * <p>Conformance compares column names and data types; nullability is not compared because Spark marks most computed
 * columns nullable. Declared non-null columns are enforced by Delta itself, as the table is created from
 * {@link #schema()}.
 */
public record TableContract(
    String name, String description, StructType schema, List<String> partitionColumns, Map<String, String> properties) {

  /** Property every table carries so a reader can tell which contract version wrote it. */
  public static final String CONTRACT_VERSION_PROPERTY = "rewardlake.contract.version";

  public TableContract {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(schema, "schema");
    partitionColumns = List.copyOf(partitionColumns);
    properties = Map.copyOf(properties);
    for (String column : partitionColumns) {
      if (!List.of(schema.fieldNames()).contains(column)) {
        throw new IllegalArgumentException("Partition column '" + column + "' is not in the schema of " + name);
      }
    }
  }

  /** Column names in declared order. */
  public List<String> columns() {
    return List.of(schema.fieldNames());
  }

  /**
   * Every way {@code actual} departs from this contract: missing columns, columns of another type and, when
   * {@code allowExtraColumns} is false, columns the contract does not know. Empty when it conforms.
   */
  public List<String> problems(StructType actual, boolean allowExtraColumns) {
    Map<String, DataType> actualTypes = typesByName(actual);
    List<String> problems = new ArrayList<>();
    for (StructField expected : schema.fields()) {
      DataType found = actualTypes.remove(expected.name());
      if (found == null) {
        problems.add("column '" + expected.name() + "' is missing (expected type "
            + expected.dataType().simpleString() + ")");
      } else if (!sameType(expected.dataType(), found)) {
        problems.add("column '" + expected.name() + "' has type " + found.simpleString()
            + ", expected " + expected.dataType().simpleString());
      }
    }
    if (!allowExtraColumns) {
      actualTypes.keySet().forEach(extra -> problems.add("column '" + extra + "' is not part of the contract"));
    }
    return problems;
  }

  /**
   * Throws {@link SchemaMismatchException} naming every offending column when {@code actual} lacks a contract column
   * or has one of another type. Extra columns are allowed (readers select what they need).
   */
  public void requireConforms(StructType actual) {
    List<String> problems = problems(actual, true);
    if (!problems.isEmpty()) {
      throw new SchemaMismatchException(name, problems);
    }
  }

  /** As {@link #requireConforms}, and also rejects columns the contract does not declare (for writers). */
  public void requireExactly(StructType actual) {
    List<String> problems = problems(actual, false);
    if (!problems.isEmpty()) {
      throw new SchemaMismatchException(name, problems);
    }
  }

  private static Map<String, DataType> typesByName(StructType struct) {
    Map<String, DataType> types = new LinkedHashMap<>();
    for (StructField field : struct.fields()) {
      types.put(field.name(), field.dataType());
    }
    return types;
  }

  /** Type equality that ignores nullability (of fields, array elements and map values). */
  private static boolean sameType(DataType expected, DataType actual) {
    return DataType.equalsIgnoreNullability(expected, actual);
  }
}
