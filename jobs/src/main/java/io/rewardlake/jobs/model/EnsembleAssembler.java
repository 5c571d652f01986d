package io.rewardlake.jobs.model;

import io.rewardlake.core.model.EnsembleManifest;
import io.rewardlake.core.model.ModelFiles;
import io.rewardlake.core.model.ModelMetadata;
import io.rewardlake.core.model.ModelStore;
import io.rewardlake.core.neural.NeuralModelSpec;
import io.rewardlake.jobs.Errors;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.lake.LakePaths;
import io.rewardlake.spark.model.HadoopModelFiles;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;

/**
 * Writes an ensemble that mixes members from anywhere: model directories (built-in members of trained ensembles, DJL
 * reward models exported from Hugging Face) and whole ensemble directories, which stand for all their members. The
 * new {@code ensemble.json} lists the members by absolute path, so nothing is copied and the members' own
 * directories stay the single source. It records no training subsets, because external members never trained on
 * this lake's splits in a way RewardLake can recompute; {@code vote} then lets every member vote (mode all).
 */
public final class EnsembleAssembler {
  /** What was written: the ensemble's directory, and each member's path with its family and id. */
  public record Assembled(String directory, EnsembleManifest manifest, List<String> descriptions) {}

  private EnsembleAssembler() {}

  public static Assembled assemble(String ensembleId, String output, List<String> sources, String version,
      Configuration hadoop) {
    if (!ensembleId.matches("[A-Za-z0-9_.-]+")) {
      throw new ConfigException("ensemble id must be letters, digits, '.', '_' or '-', got '" + ensembleId + "'");
    }
    if (sources.isEmpty()) {
      throw new ConfigException("name at least one member: a model directory (model.json) or an ensemble directory"
          + " (ensemble.json)");
    }
    Map<String, ModelMetadata> members = new LinkedHashMap<>();
    for (String source : sources) {
      expand(LakePaths.qualify(source), hadoop, members);
    }
    String directory = LakePaths.qualify(output);
    ModelFiles target = new HadoopModelFiles(directory, hadoop);
    EnsembleManifest manifest = new EnsembleManifest(ensembleId, "assembled-" + Instant.now().getEpochSecond(),
        List.copyOf(members.keySet()), Map.of(), Map.of("assembled_from", String.join(",", sources)), Map.of(),
        version);
    try {
      if (target.exists(ModelStore.MANIFEST)) {
        throw new ConfigException(directory + " already holds an ensemble.json; choose a new --out directory"
            + " (ensembles are never rewritten, so the models table's paths stay valid)");
      }
      ModelStore.writeManifest(target, manifest);
    } catch (IOException e) {
      throw Errors.cannotWrite("the ensemble manifest", directory, e);
    }
    List<String> descriptions = new ArrayList<>();
    members.forEach((path, metadata) -> descriptions.add(metadata.family() + " " + metadata.modelId() + "  " + path));
    return new Assembled(directory, manifest, descriptions);
  }

  private static void expand(String source, Configuration hadoop, Map<String, ModelMetadata> members) {
    ModelFiles files = new HadoopModelFiles(source, hadoop);
    try {
      if (files.exists(ModelStore.MANIFEST)) {
        for (String member : ModelStore.readManifest(files).members()) {
          ModelFiles resolved = files.resolve(member);
          members.put(resolved.location(), ModelStore.readMetadata(resolved));
        }
      } else if (files.exists(ModelStore.METADATA)) {
        ModelMetadata metadata = ModelStore.readMetadata(files);
        if (NeuralModelSpec.ENCODER_FAMILY.equals(metadata.family())) {
          throw new ConfigException(source + " is a backbone (family " + NeuralModelSpec.ENCODER_FAMILY + "), not a"
              + " reward model: train heads on it first (train --family encoder --backbones " + source + ") and"
              + " assemble the trained ensemble");
        }
        if (NeuralModelSpec.JUDGE_FAMILY.equals(metadata.family())) {
          throw new ConfigException(source + " is a judge LM (family " + NeuralModelSpec.JUDGE_FAMILY + "); an"
              + " ensemble member must be a reward model (family " + NeuralModelSpec.REWARD_FAMILY + " or built-in)");
        }
        if (NeuralModelSpec.REWARD_FAMILY.equals(metadata.family())) {
          ModelStore.readNeuralSpec(files);
        }
        members.put(files.location(), metadata);
      } else {
        throw new ConfigException(source + " holds neither model.json (a model) nor ensemble.json (an ensemble)");
      }
    } catch (IOException e) {
      throw new ConfigException("cannot read member " + source + ": " + e.getMessage());
    }
  }
}
