package io.rewardlake.jobs.clean;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.not;

import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.schemas.ContaminationTable;
import io.rewardlake.schemas.NearDuplicatesTable;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import io.rewardlake.spark.clean.CleanPairs;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What {@code clean} reads: every pair left-joined with the ensemble's strength row, when {@code decontaminate}
 * has run the benchmark its prompt is contaminated by, and when clean keeps one pair per near-duplicate cluster the
 * cluster of the pairs it drops ({@link CleanPairs}'s input),
 * the voted strength rows the quantiles are computed from, and the table versions for lineage.
 *
 * @param rows pairs with their strength columns, null where the ensemble did not vote
 * @param voted strength rows of the ensemble with at least one vote and a pair in {@code pairs}
 */
record CleanInput(Dataset<Row> pairs, Dataset<Row> rows, Dataset<Row> voted, Map<String, Long> tableVersions,
    String strengthPath) {
  private static final String STRENGTH_PAIR_ID = "strength_pair_id";
  private static final String CONTAMINATED_PAIR_ID = "contaminated_pair_id";
  private static final String DUPLICATE_PAIR_ID = "duplicate_pair_id";

  static CleanInput read(Lakehouse lake, String ensembleId, boolean lengthDebias, String nearDuplicates) {
    String path = lake.path(StrengthTable.CONTRACT);
    if (!lake.exists(StrengthTable.CONTRACT)) {
      throw Errors.noStrength(ensembleId, path, "the strength table does not exist");
    }
    Dataset<Row> pairs = lake.read(PairsTable.CONTRACT, "ingest");
    Dataset<Row> allStrength = lake.read(StrengthTable.CONTRACT, "vote");
    Dataset<Row> strength = allStrength.filter(col(StrengthTable.ENSEMBLE_ID).equalTo(lit(ensembleId)));
    if (strength.isEmpty()) {
      throw Errors.noStrength(ensembleId, path, "it has no rows for this ensemble (ensembles with strength rows: "
          + ensembles(allStrength) + ")");
    }
    if (lengthDebias) {
      strength = LengthDebias.apply(strength, pairs);
    }
    Map<String, Long> versions = new java.util.TreeMap<>(Map.of(PairsTable.NAME, lake.version(PairsTable.CONTRACT),
        StrengthTable.NAME, lake.version(StrengthTable.CONTRACT)));
    if (lake.exists(ContaminationTable.CONTRACT)) {
      versions.put(ContaminationTable.NAME, lake.version(ContaminationTable.CONTRACT));
    }
    Dataset<Row> duplicates = duplicates(lake, nearDuplicates);
    if (duplicates != null) {
      versions.put(NearDuplicatesTable.NAME, lake.version(NearDuplicatesTable.CONTRACT));
    }
    Dataset<Row> voted = strength.filter(col(StrengthTable.VOTING_MEMBERS).gt(0))
        .join(pairs.select(PairsTable.PAIR_ID), StrengthTable.PAIR_ID, "left_semi");
    return new CleanInput(pairs, joined(pairs, strength, contamination(lake), duplicates), voted, versions, path);
  }

  /**
   * The pairs of {@code kind}'s near-duplicate clusters that are not their cluster's representative, with
   * {@code kind:cluster_id}; null when every near duplicate is kept.
   */
  private static Dataset<Row> duplicates(Lakehouse lake, String kind) {
    if (CleanConfig.KEEP_NEAR_DUPLICATES.equals(kind)) {
      return null;
    }
    if (!lake.exists(NearDuplicatesTable.CONTRACT)) {
      throw Errors.noNearDuplicates(kind, lake.path(NearDuplicatesTable.CONTRACT));
    }
    return lake.read(NearDuplicatesTable.CONTRACT, "near-duplicates")
        .filter(col(NearDuplicatesTable.OF).equalTo(kind).and(not(col(NearDuplicatesTable.REPRESENTATIVE))))
        .select(col(NearDuplicatesTable.PAIR_ID).as(DUPLICATE_PAIR_ID),
            concat_ws(":", col(NearDuplicatesTable.OF), col(NearDuplicatesTable.CLUSTER_ID))
                .as(CleanPairs.NEAR_DUPLICATE_OF));
  }

  /** The first benchmark (by name) each contaminated pair's prompt is in; no rows without a contamination table. */
  private static Dataset<Row> contamination(Lakehouse lake) {
    if (!lake.exists(ContaminationTable.CONTRACT)) {
      return null;
    }
    return lake.read(ContaminationTable.CONTRACT, "decontaminate").groupBy(col(ContaminationTable.PAIR_ID)
        .as(CONTAMINATED_PAIR_ID)).agg(min(ContaminationTable.BENCHMARK).as(CleanPairs.CONTAMINATED_BY));
  }

  private static Dataset<Row> joined(Dataset<Row> pairs, Dataset<Row> strength, Dataset<Row> contamination,
                                     Dataset<Row> duplicates) {
    Dataset<Row> votes = strength.select(col(StrengthTable.PAIR_ID).as(STRENGTH_PAIR_ID),
        col(StrengthTable.STRENGTH_MEAN), col(StrengthTable.STRENGTH_STD), col(StrengthTable.VOTES_FOR_CHOSEN),
        col(StrengthTable.VOTING_MEMBERS), col(StrengthTable.OUT_OF_FOLD));
    Dataset<Row> joined = pairs.join(votes, pairs.col(PairsTable.PAIR_ID).equalTo(col(STRENGTH_PAIR_ID)), "left");
    joined = contamination == null ? joined.withColumn(CleanPairs.CONTAMINATED_BY, lit(null).cast("string"))
        : joined.join(contamination, joined.col(PairsTable.PAIR_ID).equalTo(col(CONTAMINATED_PAIR_ID)), "left");
    joined = duplicates == null ? joined.withColumn(CleanPairs.NEAR_DUPLICATE_OF, lit(null).cast("string"))
        : joined.join(duplicates, joined.col(PairsTable.PAIR_ID).equalTo(col(DUPLICATE_PAIR_ID)), "left");
    return joined.select(col(PairsTable.PAIR_ID), col(PairsTable.SOURCE), col(PairsTable.PROMPT),
        col(PairsTable.CHOSEN), col(PairsTable.REJECTED), col(PairsTable.LABEL_SOURCE), col(PairsTable.LABEL_P),
        col(PairsTable.META), col(STRENGTH_PAIR_ID).isNotNull().as(CleanPairs.VOTED),
        col(StrengthTable.STRENGTH_MEAN), col(StrengthTable.STRENGTH_STD), col(StrengthTable.VOTES_FOR_CHOSEN),
        col(StrengthTable.VOTING_MEMBERS), col(StrengthTable.OUT_OF_FOLD), col(CleanPairs.CONTAMINATED_BY),
        col(CleanPairs.NEAR_DUPLICATE_OF));
  }

  /** At most 20 ensemble ids, for the error message. */
  private static List<String> ensembles(Dataset<Row> strength) {
    return strength.select(StrengthTable.ENSEMBLE_ID).distinct().limit(20).collectAsList().stream()
        .map(row -> row.<String>getAs(StrengthTable.ENSEMBLE_ID)).sorted().toList();
  }
}
