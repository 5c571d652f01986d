package io.rewardlake.jobs.report;

import io.delta.tables.DeltaTable;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.TableContract;
import io.rewardlake.schemas.Tables;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/** The lake's tables: rows, Delta version, and the latest commit (when, what, which run) for lineage. */
final class LakeSection {
  private LakeSection() {}

  static Section build(SparkSession spark, Lakehouse lake) {
    List<List<String>> rows = new ArrayList<>();
    for (TableContract table : Tables.ALL) {
      rows.add(lake.exists(table) ? describe(spark, lake, table)
          : List.of(table.name(), "–", "–", "–", "not written"));
    }
    String body = Html.table(List.of("table", "rows", "version", "last commit (UTC)", "operation"), rows)
        + Html.note("Every commit's userMetadata holds run id, config hash and input versions: DESCRIBE HISTORY "
            + "delta.`<lake>/<table>` (notebooks-export/lineage.sql walks it, with time travel).");
    return new Section("lake", "Tables", body, true);
  }

  private static List<String> describe(SparkSession spark, Lakehouse lake, TableContract table) {
    String path = lake.path(table);
    Row last = DeltaTable.forPath(spark, path).history(1).first();
    long count = spark.read().format("delta").load(path).count();
    return List.of(table.name(), Html.count(count), String.valueOf(last.<Long>getAs("version")),
        String.valueOf(last.<Object>getAs("timestamp")), last.<String>getAs("operation"));
  }
}
