package io.rewardlake.core.synth;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Generates the synthetic preference corpus prompt by prompt, so memory stays constant in the corpus size.
 *
 * <pre>{@code
 * try (Writer pairs = Files.newBufferedWriter(pairsPath); Writer candidates = Files.newBufferedWriter(candPath)) {
 *   SynthSummary summary = new SyntheticCorpusGenerator(SynthSpec.defaults()).write(pairs, candidates);
 * }
 * }</pre>
 */
public final class SyntheticCorpusGenerator {

  /** Seed offsets of the shifted corpus's two streams, so neither replays the default corpus's draws. */
  private static final long SHIFTED_PAIRS_KEY = 0x5A17_5401L;
  private static final long SHIFTED_SAMPLES_KEY = 0x5A17_5402L;

  private final SynthSpec spec;
  private final CorpusPlan plan;
  /** Prompt id prefix of a shifted corpus; null for the default corpus. */
  private final String shiftedPrefix;

  public SyntheticCorpusGenerator(SynthSpec spec) {
    this(spec, null);
  }

  private SyntheticCorpusGenerator(SynthSpec spec, String shiftedPrefix) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.plan = new CorpusPlan(spec);
    this.shiftedPrefix = shiftedPrefix;
  }

  /**
   * The shifted corpus beside {@code spec}'s default one ({@link ShiftedPhrases}): {@code pairs} labelled pairs (split
   * {@code shifted}, source {@code synth-shifted}, no injected flips or near-ties, truth in meta) when
   * {@code samples} is false, or, when true, a disjoint draw of shifted prompts whose candidates serve as unlabelled
   * samples. The default corpus's bytes do not depend on whether this is written.
   */
  public static SyntheticCorpusGenerator shifted(SynthSpec spec, int pairs, boolean samples) {
    long seed = spec.seed() ^ (samples ? SHIFTED_SAMPLES_KEY : SHIFTED_PAIRS_KEY);
    return new SyntheticCorpusGenerator(new SynthSpec(seed, pairs, spec.candidatesPerPrompt(), 0, 0,
        spec.preferenceSharpness(), 0), samples ? "shifted-sample" : "shifted");
  }

  /**
   * Writes exactly spec.pairs() pair lines to pairsOut and every candidate to candidatesOut, UTF-8 JSONL, '\n' line
   * ends. The writers are flushed, not closed; their encoding is the caller's (UTF-8 expected: text is not escaped).
   */
  public SynthSummary write(Writer pairsOut, Writer candidatesOut) throws IOException {
    CorpusLineWriter lines = new CorpusLineWriter(pairsOut, candidatesOut, spec.preferenceSharpness());
    SummaryCounter counter = new SummaryCounter();
    for (int index = 0; index < plan.prompts(); index++) {
      PromptBatch batch = generate(index);
      lines.write(batch);
      counter.add(batch);
    }
    lines.flush();
    return counter.summary();
  }

  /** One prompt's batch; depends only on the spec and the index, so ranges of prompts can go to different workers. */
  PromptBatch generate(int index) {
    SplitMix64 rng = SplitMix64.forItem(spec.seed(), index);
    SynthPrompt prompt = shiftedPrefix != null ? PromptComposer.composeShifted(shiftedPrefix, index, rng)
        : PromptComposer.compose(index, plan.isTest(index), rng);
    CandidateSet candidates = new CandidateSet(prompt, rng);
    for (int i = 0; i < spec.candidatesPerPrompt(); i++) {
      candidates.addSampled();
    }
    PairSampler sampler = new PairSampler(candidates, rng, spec.preferenceSharpness());
    List<SynthPair> pairs = sampler.sample(prompt.id(), kindsOf(index), spec.candidatesPerPrompt());
    return new PromptBatch(prompt, candidates.all(), pairs);
  }

  int prompts() {
    return plan.prompts();
  }

  private List<PairKind> kindsOf(int index) {
    int first = plan.firstPairOf(index);
    return IntStream.range(first, first + plan.pairsOf(index)).mapToObj(plan::kindOf).toList();
  }
}
