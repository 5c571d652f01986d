package io.rewardlake.core.model;

import java.util.Map;
import java.util.Objects;

/**
 * The self-description stored as {@code model.json} in every model directory: enough to load and score the model
 * without the configuration that trained it.
 *
 * @param family the reward-model family, which decides how the directory is loaded (e.g. {@value #BUILTIN_LINEAR})
 * @param modelId unique id of this model
 * @param ensembleId ensemble the model belongs to
 * @param memberIndex 0-based index within the ensemble
 * @param trainingSubset the rule that selected its training pairs, e.g. {@code kfold(seed=42,repeat=0,fold=3,folds=5)}
 * @param featurizer featurizer settings ({@link FeaturizerSpec#toMap}); empty for families that tokenise themselves
 * @param data where the training data came from: table, path, version
 * @param createdBy the RewardLake version that wrote it
 */
public record ModelMetadata(String family, String modelId, String ensembleId, int memberIndex, String trainingSubset,
    Map<String, String> featurizer, Map<String, String> data, String createdBy) {
  public static final String BUILTIN_LINEAR = "builtin-linear";
  /** {@link MlpRewardModel}: the hashed features through one hidden layer (representation-based objectives). */
  public static final String BUILTIN_MLP = "builtin-mlp";
  /** A trained head over a frozen sentence encoder's embeddings ({@code io.rewardlake.core.encoder}). */
  public static final String ENCODER = "encoder";

  public ModelMetadata {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(modelId, "modelId");
    Objects.requireNonNull(ensembleId, "ensembleId");
    Objects.requireNonNull(trainingSubset, "trainingSubset");
    featurizer = Map.copyOf(featurizer);
    data = Map.copyOf(data);
    Objects.requireNonNull(createdBy, "createdBy");
  }
}
