package io.rewardlake.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Usage and config errors exit with 2 and say what to do; none of these start Spark. */
class CliTest {
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private PrintStream originalErr;
  private PrintStream originalOut;

  @BeforeEach
  void capture() {
    originalErr = System.err;
    originalOut = System.out;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setErr(originalErr);
    System.setOut(originalOut);
  }

  @Test
  void helpListsEveryJob() {
    assertThat(Cli.execute("--help")).isEqualTo(Cli.OK);
    String help = out.toString(StandardCharsets.UTF_8);
    List<String> listed = help.substring(help.indexOf("Commands:")).lines()
        .map(line -> line.matches("  [a-z-]+ {2,}\\S.*") ? line.strip().split(" +")[0] : null)
        .filter(java.util.Objects::nonNull).toList();
    // The bench-* commands join from the bench module's jar, which is not on this module's classpath.
    assertThat(listed).containsExactly("pipeline", "synth", "ingest", "train", "vote", "clean", "export",
        "evaluate", "reward", "label", "jury", "decontaminate", "near-duplicates", "length-bias", "assemble", "sql",
        "report",
        "help");
  }

  @Test
  void optionHelpTakesItsDefaultsFromTheConfigurationKeys() throws java.io.IOException {
    for (String job : List.of("pipeline", "synth", "ingest", "train", "vote", "clean", "export", "evaluate",
        "reward", "label", "jury", "decontaminate", "near-duplicates", "length-bias", "sql", "report")) {
      out.reset();
      assertThat(Cli.execute(job, "--help")).isEqualTo(Cli.OK);
      assertThat(out.toString(StandardCharsets.UTF_8)).as(job).doesNotContain("${").doesNotContain("default null");
    }
    out.reset();
    Cli.execute("train", "--help");
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("(default " + io.rewardlake.jobs.config.ConfigKeys.TRAIN_MEMBERS.defaultValue() + ")")
        .contains("(default " + io.rewardlake.jobs.config.ConfigKeys.TRAIN_L2.defaultValue() + ";");
    // A default typed into a job's help would drift from ConfigKeys; they come from the ${bundle:default.*} values.
    try (var sources = java.nio.file.Files.list(java.nio.file.Path.of("src/main/java/io/rewardlake/jobs/cli"))) {
      for (java.nio.file.Path source : sources.filter(path -> !path.getFileName().toString().startsWith("Bench"))
          .toList()) {
        assertThat(java.nio.file.Files.readString(source)).as(source.toString())
            .doesNotContainPattern("\\(default [0-9]");
      }
    }
  }

  @Test
  void jobHelpListsOptions() {
    assertThat(Cli.execute("ingest", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--format", "--input", "--lake", "--set", "--config");
  }

  @Test
  void noJobIsUsageError() {
    assertThat(Cli.execute()).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing job");
  }

  @Test
  void unknownJobAndUnknownOptionAreUsageErrors() {
    assertThat(Cli.execute("polish")).isEqualTo(Cli.USAGE);
    assertThat(Cli.execute("ingest", "--frmat", "jsonl")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown options: '--frmat'");
  }

  @Test
  void unknownConfigKeyIsUsageErrorListingValidKeys() {
    assertThat(Cli.execute("pipeline", "--set", "synth.pears=5")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown configuration key [synth.pears]", "synth.pairs");
  }

  @Test
  void missingInputIsReportedBeforeSparkStarts() {
    assertThat(Cli.execute("ingest", "--input", "no/such/file.jsonl")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("does not exist");
    assertThat(Cli.execute("ingest")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No input: give --input FILE");
  }

  @Test
  void aSqlScriptThatCannotBeReadOrHoldsNothingIsAUsageErrorBeforeSparkStarts() throws Exception {
    assertThat(Cli.execute("sql", "-f", "no/such/notebook.sql")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot read no/such/notebook.sql");
    java.nio.file.Path empty = java.nio.file.Files.createTempFile("empty", ".sql");
    java.nio.file.Files.writeString(empty, "-- only a comment;\n");
    assertThat(Cli.execute("sql", "-f", empty.toString())).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("No SQL statement in");
    assertThat(Cli.execute("sql", "-f", empty.toString(), "SELECT 1")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Give either a QUERY or -f FILE");
    assertThat(Cli.execute("evaluate", "--inject-flips", "0.2", "--ablation")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("separate runs");
  }

  @Test
  void badValueIsUsageError() {
    assertThat(Cli.execute("synth", "--flip-rate", "2")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("synth.flip_rate = '2.0'");
  }

  @Test
  void assembleWritesAMixedEnsembleAndRefusesAJudgeModel(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String djl = java.nio.file.Path.of("").toAbsolutePath().getParent().resolve("udfs/src/test/resources/djl")
        .toString();
    assertThat(Cli.execute("assemble", "--id", "tiny", "--out", dir.resolve("tiny").toString(), djl + "/rm-tiny"))
        .isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("ensemble 'tiny' with 1 members", "djl rm-tiny",
        "rewardlake vote --ensemble");
    assertThat(dir.resolve("tiny/ensemble.json")).exists();
    assertThat(Cli.execute("assemble", "--id", "judge", "--out", dir.resolve("judge").toString(), djl + "/lm-tiny"))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is a judge LM");
    assertThat(Cli.execute("assemble", "--id", "none", "--out", dir.resolve("none").toString()))
        .isEqualTo(Cli.USAGE);
  }

  @Test
  void trainHelpListsItsOptions() {
    assertThat(Cli.execute("train", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--members", "--scheme", "--folds", "--input");
  }

  @Test
  void membersThatDoNotFitTheFoldsAreAUsageErrorBeforeSparkStarts() {
    assertThat(Cli.execute("train", "--members", "7", "--scheme", "kfold", "--folds", "5")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("7 members and 5 folds", "--members 10 --scheme kfold");
    assertThat(Cli.execute("train", "--ensemble", "bad id'")).isEqualTo(Cli.USAGE);
    assertThat(Cli.execute("train", "--scheme", "jackknife")).isEqualTo(Cli.USAGE);
  }

  @Test
  void cleanHelpListsItsOptionsAndPresets() {
    assertThat(Cli.execute("clean", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("--ensemble", "--policy", "--show-policy", "secrets-ii", "conservative", "flip-only", "none");
  }

  @Test
  void showPolicyPrintsThePresetWithoutStartingSpark() {
    assertThat(Cli.execute("clean", "--show-policy", "conservative")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("# conservative:").contains("id: conservative");
    assertThat(Cli.execute("clean", "--show-policy", "aggressive")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown policy preset 'aggressive'");
  }

  @Test
  void anUnknownPolicyIsAUsageErrorBeforeSparkStarts() {
    assertThat(Cli.execute("clean", "--policy", "no/such/policy.yaml")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Policy 'no/such/policy.yaml' is neither a preset", "(run 'rewardlake clean --help' for options)");
    assertThat(Cli.execute("clean", "--ensemble", "bad id'")).isEqualTo(Cli.USAGE);
  }

  @Test
  void voteOptionsAreValidatedBeforeSparkStarts() {
    assertThat(Cli.execute("vote", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--ensemble", "--mode", "oof", "preference_strength");
    assertThat(Cli.execute("vote", "--mode", "majority")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("vote.mode");
    assertThat(Cli.execute("vote", "--batch-size", "0")).isEqualTo(Cli.USAGE);
    assertThat(Cli.execute("pipeline", "--set", "pipeline.stages=synth,judge")).isEqualTo(Cli.USAGE);
  }

  @Test
  void sqlNeedsAQueryAndEvaluateListsItsOptions() {
    assertThat(Cli.execute("sql")).isEqualTo(Cli.USAGE);
    assertThat(Cli.execute("evaluate", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--no-oracle", "--raw", "--cleaned");
  }

  @Test
  void exportHelpListsFormatsAndCommandsForBothTrainers() {
    assertThat(Cli.execute("export", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--format", "--style", "--output", "--include-dropped",
        "--split", "trl", "openrlhf", "parquet", "RewardTrainer", "openrlhf.cli.train_rm");
  }

  @Test
  void badExportSettingsAreUsageErrorsBeforeSparkStarts() {
    assertThat(Cli.execute("export", "--format", "csv")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("export.format = 'csv': expected one of [trl, openrlhf, jsonl, parquet]");
    assertThat(Cli.execute("export", "--format", "parquet", "--style", "conversational")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("applies to the trl and openrlhf formats only");
    assertThat(Cli.execute("export", "--set", "export.include_dropped=maybe")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("export.include_dropped = 'maybe': expected true or false");
  }

  @Test
  void rewardOptionsAreValidatedBeforeSparkStarts() {
    assertThat(Cli.execute("reward", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--lambda", "--input", "reward_lcb");
    assertThat(Cli.execute("reward", "--lambda", "-1")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("reward.lambda");
  }

  @Test
  void labelHelpShowsTheJudgesAndModes() {
    assertThat(Cli.execute("label", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--judge", "--base-url", "--model", "--template",
        "--mode", "--distill", "--evaluate", "--show-template", "OPENAI_API_KEY", "--judge-model", "djl-lm");
  }

  @Test
  void showTemplatePrintsThePresetWithoutStartingSpark() {
    assertThat(Cli.execute("label", "--show-template", "harmlessness")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("id: harmlessness", "Preferred Response=");
  }

  @Test
  void labelSettingsAreValidatedBeforeSparkStarts() {
    assertThat(Cli.execute("label", "--judge", "http")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("needs the model the endpoint serves");
    assertThat(Cli.execute("label", "--mode", "cot")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("The ensemble judge only judges pairwise");
    assertThat(Cli.execute("label", "--template", "no/such.yaml")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Template 'no/such.yaml' is neither a preset");
    assertThat(Cli.execute("label", "--judge", "http", "--model", "m", "--base-url", "ftp://x")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("judge base URL must be http(s)://");
    assertThat(Cli.execute("label", "--judge", "djl")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("label.judge=djl needs the judge model's directory");
    assertThat(Cli.execute("label", "--judge-model", "/m", "--base-url", "http://x/v1")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--judge-model (a local DJL judge) cannot be combined"
        + " with --base-url");
    assertThat(Cli.execute("label", "--judge-model", "/m", "--judge", "http", "--ensemble", "e"))
        .isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("with --judge http, --ensemble");
    assertThat(Cli.execute("label", "--set", "judge.model_dir=/m")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("is the djl judge's model, but label.judge=ensemble");
  }

  @Test
  void anApiKeyCannotBeGivenAsASetting() {
    assertThat(Cli.execute("label", "--set", "judge.api_key=sk-123")).isEqualTo(Cli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown configuration key", "judge.api_key_env")
        .doesNotContain("sk-123");
  }

  @Test
  void reportHelpListsItsOptions() {
    assertThat(Cli.execute("report", "--help")).isEqualTo(Cli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("--output", "--ensemble", "--lake", "index.html");
  }
}
