package io.rewardlake.core.synth;

import java.util.List;

/** Everything generated for one prompt: the unit of streaming (and of splitting work across workers). */
record PromptBatch(SynthPrompt prompt, List<Candidate> candidates, List<SynthPair> pairs) {

  PromptBatch {
    candidates = List.copyOf(candidates);
    pairs = List.copyOf(pairs);
  }

  int countOf(PairKind kind) {
    return (int) pairs.stream().filter(pair -> pair.kind() == kind).count();
  }
}
