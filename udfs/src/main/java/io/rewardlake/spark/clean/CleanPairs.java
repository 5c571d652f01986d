package io.rewardlake.spark.clean;

import io.rewardlake.core.clean.Cleaner;
import io.rewardlake.core.clean.CleaningPolicy;
import io.rewardlake.core.clean.PairDecision;
import io.rewardlake.core.clean.PairStrength;
import io.rewardlake.schemas.PairsTable;
import io.rewardlake.schemas.StrengthTable;
import io.rewardlake.spark.LazyMap;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Executor side of {@code clean}: one {@link Cleaner} per partition applies the resolved policy to each pair joined
 * with its strength, and emits a {@code pairs_clean} row (columns in {@code PairsCleanTable.SCHEMA} order), chosen
 * and rejected swapped for flips. The policy's quantile thresholds are resolved on the driver, so every executor
 * applies exactly the same numbers.
 *
 * <p>Input columns: {@link #INPUT_COLUMNS}; the strength columns are null when {@link #VOTED} is false.
 */
public final class CleanPairs implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  /** True when the ensemble voted on the pair. */
  public static final String VOTED = "voted";
  /** The benchmark a pair's prompt is contaminated by (the first by name), null when none. */
  public static final String CONTAMINATED_BY = "contaminated_by";
  /** {@code of:cluster_id} of the near-duplicate cluster a pair is dropped from (not its representative), or null. */
  public static final String NEAR_DUPLICATE_OF = "near_duplicate_of";
  public static final List<String> INPUT_COLUMNS = List.of(PairsTable.PAIR_ID, PairsTable.SOURCE, PairsTable.PROMPT,
      PairsTable.CHOSEN, PairsTable.REJECTED, PairsTable.LABEL_SOURCE, PairsTable.LABEL_P, VOTED, StrengthTable.STRENGTH_MEAN,
      StrengthTable.STRENGTH_STD, StrengthTable.VOTES_FOR_CHOSEN, StrengthTable.VOTING_MEMBERS, CONTAMINATED_BY,
      NEAR_DUPLICATE_OF);

  private final CleaningPolicy policy;
  private final String ensembleId;
  private final String runId;

  public CleanPairs(CleaningPolicy policy, String ensembleId, String runId) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.ensembleId = Objects.requireNonNull(ensembleId, "ensembleId");
    this.runId = Objects.requireNonNull(runId, "runId");
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Cleaner cleaner = new Cleaner(policy, ensembleId);
    return LazyMap.map(rows, row -> clean(cleaner, row));
  }

  private Row clean(Cleaner cleaner, Row row) {
    PairStrength strength = strength(row);
    PairDecision decision = decide(cleaner, row, strength);
    String chosen = row.getAs(PairsTable.CHOSEN);
    String rejected = row.getAs(PairsTable.REJECTED);
    return RowFactory.create(row.getAs(PairsTable.PAIR_ID), row.getAs(PairsTable.PROMPT),
        decision.swapped() ? rejected : chosen, decision.swapped() ? chosen : rejected, decision.targetP(),
        decision.margin(), decision.weight(), decision.action().label(), decision.reason(),
        strength == null ? null : strength.mean(), strength == null ? null : strength.std(), policy.id(), runId);
  }

  /** Contamination first, then a near duplicate of a kept pair, then the policy on the vote. */
  private static PairDecision decide(Cleaner cleaner, Row row, PairStrength strength) {
    String contaminatedBy = row.getAs(CONTAMINATED_BY);
    String nearDuplicateOf = row.getAs(NEAR_DUPLICATE_OF);
    if (contaminatedBy != null) {
      return Cleaner.contaminated(row.getAs(PairsTable.LABEL_P), contaminatedBy);
    }
    if (nearDuplicateOf != null) {
      return Cleaner.nearDuplicate(row.getAs(PairsTable.LABEL_P), nearDuplicateOf);
    }
    return cleaner.decide(row.getAs(PairsTable.LABEL_P), row.getAs(PairsTable.LABEL_SOURCE),
        row.getAs(PairsTable.SOURCE), strength);
  }

  private static PairStrength strength(Row row) {
    if (!row.<Boolean>getAs(VOTED)) {
      return null;
    }
    return new PairStrength(row.<Double>getAs(StrengthTable.STRENGTH_MEAN),
        row.<Double>getAs(StrengthTable.STRENGTH_STD), row.<Integer>getAs(StrengthTable.VOTES_FOR_CHOSEN),
        row.<Integer>getAs(StrengthTable.VOTING_MEMBERS));
  }
}
