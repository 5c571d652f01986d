package io.rewardlake.core.judge;

import io.rewardlake.core.util.Ids;
import java.util.List;

/** How a pair is judged; the id is the value of {@code ai_labels.mode}. */
public enum JudgeMode {
  /** Both orders, label log-probabilities: 2 requests per pair. */
  PAIRWISE("pairwise", 2),
  /** Both orders, a rationale generated first and then the label read after it: 4 requests per pair. */
  COT("cot", 4),
  /** d-RLAIF: each response scored 1–10 on its own: 2 requests per pair. */
  DIRECT("direct", 2);

  private final String id;
  private final int requestsPerPair;

  JudgeMode(String id, int requestsPerPair) {
    this.id = id;
    this.requestsPerPair = requestsPerPair;
  }

  public String id() {
    return id;
  }

  /** Calls a language-model judge makes per pair when none fails (retries come on top). */
  public int requestsPerPair() {
    return requestsPerPair;
  }

  public static List<String> ids() {
    return Ids.of(values(), JudgeMode::id);
  }

  public static JudgeMode of(String id) {
    return Ids.parse(values(), JudgeMode::id, id, "judge mode");
  }
}
