package io.rewardlake.jobs.docs;

import static io.rewardlake.jobs.docs.Markdown.cell;
import static io.rewardlake.jobs.docs.Markdown.code;
import static io.rewardlake.jobs.docs.Markdown.row;

import io.rewardlake.schemas.TableContract;
import io.rewardlake.schemas.Tables;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.types.StructField;

/** docs/reference/tables.md: every contract of {@link Tables#ALL} with its columns and Delta properties. */
final class TableReference {
  private static final String HEADER = """
      # Table reference

      Generated from the code (the contracts in `schemas/`); do not edit by hand. Regenerate with
      `mvn -B -q -pl jobs -am -Pdocs -DskipTests process-classes`; a test fails when this page is stale.

      Every table is a Delta table in a folder of its name under the lake (`--lake`, default `./lakehouse`). A job
      creates a table from its contract before the first write and checks a table it reads against the contract,
      naming the column and the expected and actual types when they differ. Not null means Delta refuses a row
      without a value. Every write is one Delta commit whose `userMetadata` holds the run id, job, config hash and
      inputs, so `DESCRIBE HISTORY` tells which run wrote which version.

      """;

  private TableReference() {}

  static String render() {
    StringBuilder page = new StringBuilder(HEADER);
    page.append("| table | what it holds |\n| --- | --- |\n");
    for (TableContract table : Tables.ALL) {
      page.append(row("[`" + table.name() + "`](#" + table.name() + ")", cell(table.description())));
    }
    page.append('\n');
    for (TableContract table : Tables.ALL) {
      page.append(section(table));
    }
    return page.toString().stripTrailing() + "\n";
  }

  private static String section(TableContract table) {
    StringBuilder text = new StringBuilder("## ").append(table.name()).append("\n\n");
    text.append(table.description()).append("\n\n");
    text.append(row("column", "type", "null", "meaning")).append(row("---", "---", "---", "---"));
    for (StructField field : table.schema().fields()) {
      text.append(row(code(field.name()), code(field.dataType().simpleString()),
          field.nullable() ? "yes" : "not null", cell(comment(field))));
    }
    text.append('\n');
    String partitions = table.partitionColumns().isEmpty() ? "none" : String.join(", ", table.partitionColumns());
    text.append("Partitioned by: ").append(partitions).append(". Delta properties: ");
    Map<String, String> properties = new TreeMap<>(table.properties());
    text.append(String.join(", ", properties.entrySet().stream()
        .map(entry -> "`" + entry.getKey() + "=" + entry.getValue() + "`").toList()));
    return text.append(".\n\n").toString();
  }

  private static String comment(StructField field) {
    return field.metadata().contains("comment") ? field.metadata().getString("comment") : "";
  }
}
