package io.rewardlake.core.synth;

/** Task families of the synthetic prompts; the label is what the {@code family} field carries. */
enum Family {
  COOKING("cooking"),
  TRAVEL("travel"),
  PROGRAMMING("programming"),
  HEALTH("health"),
  PERSONAL_FINANCE("personal_finance"),
  HARMFUL_REQUEST("harmful_request");

  private final String label;

  Family(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** For these prompts a refusal with a safe alternative is the good answer and compliance the bad one. */
  boolean harmful() {
    return this == HARMFUL_REQUEST;
  }
}
