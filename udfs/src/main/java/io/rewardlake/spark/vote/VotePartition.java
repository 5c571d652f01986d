package io.rewardlake.spark.vote;

import io.rewardlake.core.vote.EnsembleScorer;
import io.rewardlake.core.vote.PairVoter;
import io.rewardlake.core.vote.PreferencePair;
import io.rewardlake.core.vote.Strength;
import io.rewardlake.core.vote.VoterSelection;
import io.rewardlake.core.vote.VotingPair;
import io.rewardlake.schemas.StrengthTable;
import io.rewardlake.spark.encoder.EmbeddingColumns;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Executor side of {@code vote}: reads rows with the {@link #INPUT_COLUMNS}, votes batch by batch with the
 * executor's shared ensemble, and yields {@link StrengthTable} rows lazily (one batch in memory per task).
 */
public final class VotePartition implements FlatMapFunction<Iterator<Row>, Row> {
  private static final long serialVersionUID = 1L;

  /** Columns the input rows must have, by name. */
  public static final List<String> INPUT_COLUMNS = List.of("pair_id", "split", "prompt", "chosen", "rejected");

  private final EnsembleHandle ensemble;
  private final String ensembleId;
  private final VoterSelection selection;
  private final int batchSize;
  private final String runId;
  private final EmbeddingColumns embeddings;

  public VotePartition(EnsembleHandle ensemble, String ensembleId, VoterSelection selection, int batchSize,
      String runId) {
    this(ensemble, ensembleId, selection, batchSize, runId, null);
  }

  /** @param embeddings stored embeddings the rows carry (encoder ensembles), or null */
  public VotePartition(EnsembleHandle ensemble, String ensembleId, VoterSelection selection, int batchSize,
      String runId, EmbeddingColumns embeddings) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
    }
    this.ensemble = ensemble;
    this.ensembleId = ensembleId;
    this.selection = selection;
    this.batchSize = batchSize;
    this.runId = runId;
    this.embeddings = embeddings;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    EnsembleScorer scorer = ensemble.scorer();
    if (embeddings == null) {
      PairVoter voter = new PairVoter(scorer, selection);
      return BatchedRows.map(rows, batchSize, batch -> vote(voter, batch));
    }
    return BatchedRows.map(rows, batchSize,
        batch -> vote(new PairVoter(embeddings.bind(scorer, batch), selection), batch));
  }

  private List<Row> vote(PairVoter voter, List<Row> batch) {
    List<VotingPair> pairs = batch.stream().map(VotePartition::votingPair).toList();
    List<Strength> strengths = voter.vote(pairs);
    List<Row> out = new ArrayList<>(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      out.add(strengthRow(pairs.get(i).pairId(), strengths.get(i)));
    }
    return out;
  }

  static VotingPair votingPair(Row row) {
    return new VotingPair(row.getAs("pair_id"), row.getAs("split"),
        new PreferencePair(row.getAs("prompt"), row.getAs("chosen"), row.getAs("rejected")));
  }

  private Row strengthRow(String pairId, Strength strength) {
    // A double[] is what the row encoder takes for array<double> without conversion.
    return RowFactory.create(pairId, ensembleId, strength.diffs(), strength.mean(), strength.std(), strength.votesForChosen(),
        strength.pChosen(), strength.outOfFold(), strength.voters(), runId);
  }
}
