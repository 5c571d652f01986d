package io.rewardlake.jobs.bench.djl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.rewardlake.core.model.EnsembleManifest;
import io.rewardlake.core.model.LocalModelFiles;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.train.SubsetScheme;
import io.rewardlake.core.train.TrainingSubsets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A one-member ensemble in a scratch directory whose {@code ensemble.json} points at the model directory by absolute
 * path, so the vote path loads the model exactly as a user's ensemble with an external member would. Overrides of
 * {@code batch_size} or {@code device} get their own member directory: links to the model's files and a rewritten
 * {@code model.json}, so the user's model directory is never written.
 */
public final class BenchEnsemble {
  public static final String ID = "bench-djl";
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchEnsemble() {}

  /** The ensemble directory and the member directory it points at. */
  public record Created(Path ensemble, Path member) {}

  /**
   * Settings of {@code model.json} this run replaces.
   *
   * @param batchSize the {@code batch_size} to use, or 0 for the model's own
   * @param device the {@code device} to use ({@code auto}, {@code cpu}, {@code gpu}), or null for the model's own
   */
  public record Overrides(int batchSize, String device) {
    public static final Overrides NONE = new Overrides(0, null);

    boolean any() {
      return batchSize > 0 || device != null;
    }
  }

  /**
   * @param scratch an empty directory for the ensemble
   * @param model the model directory
   * @param overrides what to change in the model's {@code model.json} for this run
   */
  public static Created create(Path scratch, Path model, Overrides overrides) throws IOException {
    Path member = overrides.any() ? overridden(scratch.resolve("member"), model, overrides) : model;
    Path ensemble = Files.createDirectories(scratch.resolve("ensemble"));
    // One member trained on "everything" is what lets the vote run in mode 'all' (no held-out members to find).
    EnsembleManifest manifest = new EnsembleManifest(ID, "bench", List.of(member.toAbsolutePath().toString()),
        new TrainingSubsets(SubsetScheme.ALL, 1, 1, 0).toMap(), Map.of(), Map.of(), ID);
    ModelStore.writeManifest(new LocalModelFiles(ensemble), manifest);
    return new Created(ensemble, member);
  }

  private static Path overridden(Path member, Path model, Overrides overrides) throws IOException {
    Files.createDirectories(member);
    try (Stream<Path> files = Files.list(model)) {
      for (Path file : files.toList()) {
        if (!file.getFileName().toString().equals(ModelStore.METADATA)) {
          Files.createSymbolicLink(member.resolve(file.getFileName()), file.toAbsolutePath());
        }
      }
    }
    ObjectNode metadata = (ObjectNode) JSON.readTree(model.resolve(ModelStore.METADATA).toFile());
    if (overrides.batchSize() > 0) {
      metadata.put("batch_size", overrides.batchSize());
    }
    if (overrides.device() != null) {
      metadata.put("device", overrides.device());
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(member.resolve(ModelStore.METADATA).toFile(), metadata);
    return member;
  }
}
