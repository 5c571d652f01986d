package io.rewardlake.core.vote;

import io.rewardlake.core.util.Ids;
import java.util.List;

/** Which members vote on a pair. */
public enum VoteMode {
  /** Only members that did not train on the pair: strength free of memorisation (the default). */
  OOF("oof"),
  /** Every member, as in the paper's in-sample voting. */
  ALL("all");

  private final String id;

  VoteMode(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  public static List<String> ids() {
    return Ids.of(values(), VoteMode::id);
  }

  public static VoteMode of(String id) {
    return Ids.parse(values(), VoteMode::id, id, "vote mode");
  }
}
