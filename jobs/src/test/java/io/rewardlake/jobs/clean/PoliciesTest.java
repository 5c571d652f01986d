package io.rewardlake.jobs.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rewardlake.core.clean.Action;
import io.rewardlake.core.clean.CleaningPolicy;
import io.rewardlake.core.clean.Rule;
import io.rewardlake.core.clean.Statistic;
import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.Settings;
import io.rewardlake.schemas.PairsCleanTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Presets and policy YAML files: what they contain, and how bad files are reported (before Spark starts). */
class PoliciesTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"secrets-ii", "conservative", "flip-only", "none"})
  void everyPresetLoadsUnderItsOwnNameAndIsCommented(String name) {
    CleaningPolicy policy = Policies.load(name);

    assertThat(policy.id()).isEqualTo(name);
    assertThat(policy.description()).isNotBlank();
    assertThat(Policies.presetYaml(name)).startsWith("# " + name + ":");
    assertThat(Policies.PRESETS).contains(name);
  }

  @Test
  void presetsDifferInTheirRules() {
    assertThat(actions("secrets-ii")).containsExactly(Action.FLIP, Action.SMOOTH, Action.MARGIN);
    assertThat(actions("conservative")).containsExactly(Action.DROP, Action.SMOOTH, Action.MARGIN);
    assertThat(actions("flip-only")).containsExactly(Action.FLIP);
    assertThat(actions("none")).isEmpty();
    CleaningPolicy secrets = Policies.load("secrets-ii");
    assertThat(secrets.quantiles(Statistic.MEAN)).containsExactly(0.15, 0.4, 0.95);
    assertThat(secrets.flip().minVotesAgainst()).isEqualTo(0.7);
    assertThat(secrets.smooth().epsilon()).isEqualTo(0.2);
    assertThat(Policies.load("conservative").smooth()).isEqualTo(secrets.smooth());
    assertThat(Policies.load("conservative").margin()).isEqualTo(secrets.margin());
  }

  @Test
  void everyActionIsAValueOfThePairsCleanActionColumn() {
    assertThat(Arrays.stream(Action.values()).map(Action::label).toList())
        .containsExactlyInAnyOrderElementsOf(PairsCleanTable.ACTIONS);
  }

  @Test
  void defaultsAreSecretsIiOnTheMainEnsemble() {
    CleanConfig config = CleanConfig.from(Settings.defaults());

    assertThat(config.ensembleId()).isEqualTo("main");
    assertThat(config.policy().id()).isEqualTo("secrets-ii");
    assertThat(config.policySource()).isEqualTo("preset secrets-ii");
  }

  @Test
  void aPolicyFileLoadsByPathWithBothThresholdModes() throws Exception {
    Path file = dir.resolve("mine.yaml");
    Files.writeString(file, """
        id: mine
        description: mixed thresholds
        drop: {mean_below: -4, std_above: {quantile: 0.99}}
        flip: {mean_below: "q0.1"}
        smooth: {mean_between: [-0.3, {value: 0.3}], epsilon: "0.15"}
        margin: {mean_above: 1.5, max: 3}
        """);

    CleaningPolicy policy = CleanConfig.from(Settings.resolve(Map.of("clean.policy", file.toString()))).policy();

    assertThat(policy.drop().meanBelow().value()).isEqualTo(-4.0);
    assertThat(policy.drop().stdAbove().quantile()).isEqualTo(0.99);
    assertThat(policy.flip().meanBelow().quantile()).isEqualTo(0.1);
    assertThat(policy.flip().minVotesAgainst()).isZero();
    assertThat(policy.smooth().high().value()).isEqualTo(0.3);
    assertThat(policy.smooth().epsilon()).isEqualTo(0.15);
    assertThat(policy.margin().scale()).isEqualTo(1.0);
    assertThat(policy.describe()).hasSize(5);
  }

  static Stream<Arguments> badPolicies() {
    return Stream.of(
        Arguments.of("id: x\nflipp: {mean_below: 0}\n",
            "unknown key [flipp]; valid top-level keys: [id, description, only, drop, flip, smooth, margin]"),
        Arguments.of("id: x\nflip: {mean_below: 0, min_votes: 0.5}\n",
            "unknown key [flip.min_votes]; valid keys of flip: [mean_below, min_votes_against, confident_label]"),
        Arguments.of("description: no id\n", "id must be letters, digits"),
        Arguments.of("", "the file is empty; a policy needs at least an id"),
        Arguments.of("- id: x\n", "a policy must be a YAML mapping of [id, description, only, drop,"),
        Arguments.of("id: x\nflip: q0.1\n", "flip must be a YAML mapping of [mean_below,"),
        Arguments.of("id: x\nflip: {mean_below: q2}\n",
            "flip.mean_below: a quantile must be in [0, 1], got 2.0"),
        Arguments.of("id: x\nflip: {mean_below: 0, min_votes_against: many}\n",
            "flip.min_votes_against must be a number, got \"many\""),
        Arguments.of("id: x\nsmooth: {mean_between: q0.2, epsilon: 0.1}\n",
            "smooth.mean_between must be a list of two thresholds [low, high]"),
        Arguments.of("id: x\nsmooth: {mean_between: [-1, 1]}\n", "smooth.epsilon is required"),
        Arguments.of("id: x\nsmooth: {mean_between: [-1, bad], epsilon: 0.1}\n",
            "smooth.mean_between[1]: expected a number (absolute)"),
        Arguments.of("id: x\nmargin: {mean_above: 1}\n", "margin.max is required"),
        Arguments.of("id: x\ndrop: {}\n", "drop: give mean_below and/or std_above"),
        Arguments.of("id: x\nflip: {mean_below: 0.3}\n", "flip.mean_below must be negative, got 0.3"),
        Arguments.of("id: x\nflip: {mean_below: q0.1, confident_label: {label_p_above: 1.5}}\n",
            "label_p_above must be in [0.5, 1)"),
        Arguments.of("id: x\nflip: {mean_below: q0.1, confident_label: {label_p: 0.9}}\n",
            "unknown key [flip.confident_label.label_p]"),
        Arguments.of("id: x\nsmooth: {mean_between: [-1, 1], epsilon: 0.1, mode: soft}\n",
            "smooth.mode must be cap or mix, got 'soft'"),
        Arguments.of("id: x\nonly: {label_sources: human}\n", "only.label_sources must be a list of names"),
        Arguments.of("id: [x\n", "is not valid YAML"));
  }

  @ParameterizedTest
  @MethodSource("badPolicies")
  void badPoliciesAreConfigErrorsNamingTheFileAndField(String yaml, String message) throws Exception {
    Path file = dir.resolve("bad.yaml");
    Files.writeString(file, yaml);

    assertThatThrownBy(() -> Policies.load(file.toString()))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("Policy " + file).hasMessageContaining(message);
  }

  @Test
  void anUnknownPresetOrMissingFileListsThePresets() {
    assertThatThrownBy(() -> Policies.load("secrets-iii")).isInstanceOf(ConfigException.class)
        .hasMessageContaining("Policy 'secrets-iii' is neither a preset [secrets-ii, conservative, flip-only, none]"
            + " nor an existing YAML file")
        .hasMessageContaining("--show-policy");
    assertThatThrownBy(() -> Policies.presetYaml("nope")).isInstanceOf(ConfigException.class)
        .hasMessage("Unknown policy preset 'nope'; presets: [secrets-ii, conservative, flip-only, none]");
  }

  private static List<Action> actions(String preset) {
    return Policies.load(preset).rules().stream().map(Rule::action).toList();
  }
}
