/**
 * Typed, validated configuration. Every setting is a {@link io.rewardlake.jobs.config.ConfigKey} (name, default,
 * parser, validator, help) listed in {@link io.rewardlake.jobs.config.ConfigKeys}; {@link
 * io.rewardlake.jobs.config.Settings} resolves layers with a documented precedence (defaults &lt; YAML file &lt;
 * {@code --set} &lt; dedicated CLI options), rejects unknown keys with the list of valid ones, and is turned into one
 * immutable record per job. No raw map or {@code args[]} travels past the CLI.
 */
package io.rewardlake.jobs.config;
