package io.rewardlake.jobs.train;

import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.model.FeaturizerSpec;
import io.rewardlake.core.model.LinearRewardModel;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.model.RewardModel;
import io.rewardlake.jobs.RewardLakeException;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.model.EnsembleLocator;
import io.rewardlake.spark.model.HadoopModelFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Where the optimiser starts ({@code train.warm_start}): from zero, or from the weights of an earlier ensemble with
 * the same features and members, so that retraining on a grown or cleaned corpus needs fewer passes. The objective
 * is convex, so the start changes how many passes it takes, not where it ends (within the tolerance).
 *
 * @param packed the starting weights, feature-major ({@code [slot * members + m]}); null: from zero
 * @param description how the run starts, for the progress line
 */
record WarmStart(double[] packed, String description) {
  private static final WarmStart ZERO = new WarmStart(null, "from zero");

  static WarmStart of(SparkSession spark, Lakehouse lake, TrainConfig config) {
    String reference = config.warmStart();
    if (reference.isEmpty()) {
      return ZERO;
    }
    EnsembleLocator.LocatedEnsemble located;
    try {
      located = EnsembleLocator.locate(spark, lake, reference);
    } catch (RewardLakeException e) {
      if (EnsembleLocator.looksLikePath(reference)) {
        throw e; // a directory the user named must exist
      }
      return new WarmStart(null, "from zero (train.warm_start: no ensemble '" + reference + "' yet)");
    }
    try (Ensemble ensemble = ModelStore.loadEnsemble(new HadoopModelFiles(located.directory(),
        spark.sparkContext().hadoopConfiguration()))) {
      List<RewardModel> members = java.util.stream.IntStream.range(0, ensemble.size()).mapToObj(ensemble::member)
          .toList();
      List<double[]> weights = linearWeights(members, config.featurizer(), config.subsets().members());
      String from = "ensemble '" + located.id() + "' (" + located.directory() + ")";
      return weights == null
          ? new WarmStart(null, "from zero (train.warm_start: " + from + " " + mismatch(members,
              config.featurizer(), config.subsets().members()) + ")")
          : new WarmStart(packed(weights), "from the weights of " + from);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the warm-start ensemble at " + located.directory(), e);
    }
  }

  /** Each member's weights, or null when the ensemble cannot start this run (see {@link #mismatch}). */
  static List<double[]> linearWeights(List<RewardModel> members, FeaturizerSpec featurizer, int memberCount) {
    if (mismatch(members, featurizer, memberCount) != null) {
      return null;
    }
    List<double[]> weights = new ArrayList<>();
    members.forEach(member -> weights.add(((LinearRewardModel) member).weights()));
    return weights;
  }

  /** Why {@code members} cannot be this run's start, or null when they can. */
  static String mismatch(List<RewardModel> members, FeaturizerSpec featurizer, int memberCount) {
    if (members.size() != memberCount) {
      return "has " + members.size() + " members, this run trains " + memberCount;
    }
    for (RewardModel member : members) {
      if (!(member instanceof LinearRewardModel)) {
        return "has a member of family '" + member.metadata().family() + "', not the built-in linear family";
      }
      if (!member.metadata().featurizer().equals(featurizer.toMap())) {
        return "was trained on other features " + member.metadata().featurizer() + ", this run uses "
            + featurizer.toMap();
      }
    }
    return null;
  }

  /** Members' weight vectors laid out feature-major, as the trainer packs them. */
  static double[] packed(List<double[]> weights) {
    int members = weights.size();
    int dimension = weights.get(0).length;
    double[] packed = new double[dimension * members];
    for (int m = 0; m < members; m++) {
      double[] member = weights.get(m);
      for (int slot = 0; slot < dimension; slot++) {
        packed[slot * members + m] = member[slot];
      }
    }
    return packed;
  }
}
