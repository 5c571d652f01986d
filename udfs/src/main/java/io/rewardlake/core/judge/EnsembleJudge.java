package io.rewardlake.core.judge;

import io.rewardlake.core.vote.EnsembleScorer;
import io.rewardlake.core.vote.PreferencePair;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The built-in reward-model ensemble as an offline judge: P(A better) = mean over members of σ(r(A) − r(B)). It lets
 * the embedded pipeline label pairs with no LLM at hand. It is not an LLM judge: it has no prompt, no position bias
 * (the two orders agree by construction), and it only knows what the ensemble learnt from the very labels it is
 * judging, so its "alignment" with those labels measures the ensemble's fit, not independent AI feedback.
 */
public final class EnsembleJudge implements PairJudge {
  /** What {@code ai_labels.template_id} records for this judge: the scoring rule, since there is no prompt. */
  public static final String TEMPLATE_ID = "ensemble-mean-sigmoid@v1";

  private final EnsembleScorer scorer;
  private final String ensembleId;

  public EnsembleJudge(EnsembleScorer scorer, String ensembleId) {
    this.scorer = Objects.requireNonNull(scorer, "scorer");
    this.ensembleId = Objects.requireNonNull(ensembleId, "ensembleId");
  }

  @Override
  public String id() {
    return "ensemble:" + ensembleId;
  }

  @Override
  public String templateId() {
    return TEMPLATE_ID;
  }

  @Override
  public JudgeMode mode() {
    return JudgeMode.PAIRWISE;
  }

  @Override
  public CompletableFuture<JudgeOutcome> judge(JudgeItem item) {
    return judgeAll(List.of(item)).get(0);
  }

  /** Scores the whole batch in one pass over the ensemble. */
  @Override
  public List<CompletableFuture<JudgeOutcome>> judgeAll(List<JudgeItem> items) {
    long start = System.nanoTime();
    List<PreferencePair> pairs = items.stream().map(item -> new PreferencePair(item.context(), item.a(), item.b()))
        .toList();
    double[][] differences = scorer.differences(pairs);
    long latency = LanguageModelJudge.millisSince(start);
    List<CompletableFuture<JudgeOutcome>> out = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      double pAb = meanSigmoid(differences[i]);
      PairwiseVerdict verdict = PairwiseVerdict.of(pAb, 1 - pAb);
      out.add(CompletableFuture.completedFuture(
          JudgeOutcome.judged(items.get(i).pairId(), verdict, null, 1, latency, Usage.NONE)));
    }
    return out;
  }

  static double meanSigmoid(double[] differences) {
    double sum = 0;
    for (double d : differences) {
      sum += 1 / (1 + Math.exp(-d));
    }
    return sum / differences.length;
  }
}
