package io.rewardlake.jobs.cli;

import io.rewardlake.jobs.config.ConfigException;
import io.rewardlake.jobs.config.ConfigKeys;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code label --budget}: tokens ({@code 2000000}, {@code 500k}, {@code 2M}) or money with a currency sign
 * ({@code 25$}, {@code $25}, {@code €12.5}), in the currency of the judge's prices. Becomes {@code label.budget_tokens}
 * or {@code label.budget_cost}.
 */
final class BudgetOption {
  private static final Pattern TOKENS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKmM]?)\\s*(?:tokens?)?");
  private static final Pattern MONEY = Pattern.compile("[$€£]\\s*(\\d+(?:\\.\\d+)?)|(\\d+(?:\\.\\d+)?)\\s*[$€£]");

  private BudgetOption() {}

  /** The config key and value {@code text} stands for. */
  static Map.Entry<String, String> parse(String text) {
    String value = text.strip();
    Matcher money = MONEY.matcher(value);
    if (money.matches()) {
      String amount = money.group(1) != null ? money.group(1) : money.group(2);
      return Map.entry(ConfigKeys.LABEL_BUDGET_COST.name(), amount);
    }
    Matcher tokens = TOKENS.matcher(value);
    if (tokens.matches()) {
      double scale = switch (tokens.group(2).toLowerCase(java.util.Locale.ROOT)) {
        case "k" -> 1e3;
        case "m" -> 1e6;
        default -> 1;
      };
      double count = Double.parseDouble(tokens.group(1)) * scale;
      if (count < 1 || count > Long.MAX_VALUE / 2.0) {
        throw invalid(text);
      }
      return Map.entry(ConfigKeys.LABEL_BUDGET_TOKENS.name(), String.valueOf(Math.round(count)));
    }
    throw invalid(text);
  }

  private static ConfigException invalid(String text) {
    return new ConfigException("--budget '" + text + "' is neither tokens (2000000, 500k, 2M) nor money with a"
        + " currency sign (25$, $25, €12.5, priced with judge.price_prompt_per_1k and judge.price_completion_per_1k).");
  }
}
