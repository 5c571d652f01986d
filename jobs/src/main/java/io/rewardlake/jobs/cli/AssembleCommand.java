package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.lake.Version;
import io.rewardlake.jobs.model.EnsembleAssembler;
import io.rewardlake.jobs.model.EnsembleAssembler.Assembled;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Writes a mixed ensemble's manifest; no Spark session is needed, only the file systems the members live on. */
@Command(name = "assemble", mixinStandardHelpOptions = true,
    description = {"Write an ensemble that mixes members from anywhere: DJL reward models exported from Hugging Face",
        "(a directory with model.onnx, tokenizer.json and model.json of family djl) and built-in members of trained",
        "ensembles. An ensemble directory stands for all its members. Members are referenced by path, not copied.",
        "Vote with it like any ensemble: 'rewardlake vote --ensemble OUT'. It records no training subsets, so every",
        "member votes on every pair (mode all)."},
    footer = {"", "Examples:",
        "  rewardlake assemble --id mixed --out /models/mixed /models/deberta-rm /models/llama-rm \\",
        "      lakehouse/models/main/20261122T101500Z-1a2b3c",
        "  rewardlake vote --ensemble /models/mixed"})
final class AssembleCommand implements Callable<Integer> {
  @Option(names = "--id", required = true, description = "Ensemble id (written to strength rows as ensemble_id).")
  String id;
  @Option(names = "--out", required = true, paramLabel = "DIR",
      description = "New directory for ensemble.json (local, HDFS, S3, ...); it must not hold an ensemble yet.")
  String out;
  @Parameters(paramLabel = "MEMBER", arity = "1..*",
      description = "Model directories (model.json) or ensemble directories (ensemble.json), in member order.")
  List<String> members;

  @Override
  public Integer call() {
    Assembled assembled = EnsembleAssembler.assemble(id, out, members, Version.current(), new Configuration());
    System.out.println("ensemble '" + assembled.manifest().ensembleId() + "' with "
        + assembled.manifest().members().size() + " members written to " + assembled.directory());
    assembled.descriptions().forEach(line -> System.out.println("  " + line));
    System.out.println("vote with: rewardlake vote --ensemble " + assembled.directory());
    return 0;
  }
}
