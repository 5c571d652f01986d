package io.rewardlake.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import io.rewardlake.schemas.PairsTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a first-day user should hear about an ingest beyond the counts: files skipped or empty, a corpus that ended
 * up in one split (nothing held out), and soft labels recorded as human (a judge's labels, most likely).
 */
final class IngestNotes {
  private IngestNotes() {}

  static List<String> of(InputCheck check, Dataset<Row> pairs, boolean testFractionSet) {
    List<String> notes = new ArrayList<>();
    if (!check.skipped().isEmpty()) {
      notes.add(String.format(Locale.ROOT, "skipped %d file(s) that are not data: %s", check.skipped().size(),
          String.join(", ", check.skipped())));
    }
    check.empty().forEach(empty -> notes.add("WARNING: " + empty));
    Column label = col(PairsTable.LABEL_P);
    Column softHuman = label.gt(0).and(label.lt(1)).and(label.notEqual(0.5))
        .and(col(PairsTable.LABEL_SOURCE).equalTo(PairsTable.LABEL_HUMAN));
    Map<String, Long> splits = new TreeMap<>();
    long soft = 0;
    for (Row row : pairs.groupBy(col(PairsTable.SPLIT)).agg(count(lit(1)), count(when(softHuman, lit(1))))
        .collectAsList()) {
      splits.put(row.getString(0), row.getLong(1));
      soft += row.getLong(2);
    }
    if (splits.isEmpty()) {
      notes.add("WARNING: no pair was read: the inputs are empty or every record was rejected (see the reasons)");
    } else if (splits.size() == 1 && !testFractionSet) {
      Map.Entry<String, Long> only = splits.entrySet().iterator().next();
      notes.add(String.format(Locale.ROOT, "all %,d new pairs are in split '%s': nothing is held out for testing;"
          + " --test-fraction 0.1 holds out 10%% of the prompts as split 'test'", only.getValue(), only.getKey()));
    } else {
      notes.add("new pairs per split: " + splits);
    }
    if (soft > 0) {
      notes.add(String.format(Locale.ROOT, "%,d pairs have a soft label (0 < label_p < 1) recorded as label_source"
          + " human; if a model judged them, re-ingest with --label-source ai --mode overwrite", soft));
    }
    return notes;
  }
}
