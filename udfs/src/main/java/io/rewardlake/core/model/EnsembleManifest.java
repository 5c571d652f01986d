package io.rewardlake.core.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code ensemble.json} of an ensemble directory. It is written last, after every member, so its presence marks
 * a complete ensemble: a training run that died half-way leaves a directory without it, which loaders refuse.
 *
 * @param ensembleId the ensemble's id
 * @param runId the training run that wrote it
 * @param members member subdirectory names, in member-index order
 * @param subsets the training-subset rule ({@code io.rewardlake.core.train.TrainingSubsets#toMap}); empty if unknown
 * @param training optimiser settings and data provenance, for the record
 * @param metrics the ensemble's held-out metrics
 * @param createdBy the RewardLake version that wrote it
 */
public record EnsembleManifest(String ensembleId, String runId, List<String> members, Map<String, String> subsets,
    Map<String, String> training, Map<String, Double> metrics, String createdBy) {
  public EnsembleManifest {
    Objects.requireNonNull(ensembleId, "ensembleId");
    Objects.requireNonNull(runId, "runId");
    members = List.copyOf(members);
    subsets = Map.copyOf(subsets);
    training = Map.copyOf(training);
    metrics = Map.copyOf(metrics);
    Objects.requireNonNull(createdBy, "createdBy");
  }
}
