package io.rewardlake.core.synth;

/**
 * What to generate. Validated on construction; messages name the field and the offending value.
 *
 * @param seed root of every random choice; the same spec always yields the same bytes
 * @param pairs number of pair lines to write (at least 1)
 * @param candidatesPerPrompt sampled responses per prompt before near-tie variants are added (at least 2)
 * @param flipRate share of the non-ambiguous pairs whose sampled label is deliberately swapped
 * @param ambiguousRate share of all pairs that are near-ties labelled by a fair coin
 * @param preferenceSharpness Bradley–Terry scale: P(i over j) = sigmoid(sharpness * (q_i - q_j))
 * @param testFraction share of prompts (with all their pairs) in the test split
 */
public record SynthSpec(long seed, int pairs, int candidatesPerPrompt, double flipRate, double ambiguousRate,
                        double preferenceSharpness, double testFraction) {

  public SynthSpec {
    require(pairs >= 1, "pairs must be >= 1, got " + pairs);
    require(candidatesPerPrompt >= 2, "candidatesPerPrompt must be >= 2, got " + candidatesPerPrompt);
    requireUnit("flipRate", flipRate);
    requireUnit("ambiguousRate", ambiguousRate);
    require(flipRate + ambiguousRate <= 1.0,
        "flipRate + ambiguousRate must be <= 1, got " + flipRate + " + " + ambiguousRate);
    require(preferenceSharpness > 0 && Double.isFinite(preferenceSharpness),
        "preferenceSharpness must be a finite number > 0, got " + preferenceSharpness);
    require(testFraction >= 0 && testFraction < 1, "testFraction must be in [0, 1), got " + testFraction);
  }

  /** The corpus the pipeline uses when nothing is configured. */
  public static SynthSpec defaults() {
    return new SynthSpec(42L, 20_000, 4, 0.2, 0.15, 4.0, 0.1);
  }

  private static void requireUnit(String field, double rate) {
    require(rate >= 0 && rate <= 1, field + " must be in [0, 1], got " + rate);
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
