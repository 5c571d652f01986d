package io.rewardlake.core.judge;

import static org.assertj.core.api.Assertions.assertThat;

import io.rewardlake.core.vote.EnsembleScorer;
import io.rewardlake.core.vote.PreferencePair;
import io.rewardlake.core.model.PromptResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JudgeStreamTest {
  private static List<JudgeItem> items(int count) {
    return IntStream.range(0, count).mapToObj(i -> new JudgeItem("p" + i, "", "a" + i, "b" + i)).toList();
  }

  @Test
  void everyItemYieldsOneOutcomeWithAtMostTheWindowInFlight() {
    ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4);
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    PairJudge slow = new PairJudge() {
      @Override
      public String id() {
        return "slow";
      }

      @Override
      public String templateId() {
        return "t@v1";
      }

      @Override
      public JudgeMode mode() {
        return JudgeMode.PAIRWISE;
      }

      @Override
      public CompletableFuture<JudgeOutcome> judge(JudgeItem item) {
        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        CompletableFuture<JudgeOutcome> done = new CompletableFuture<>();
        scheduler.schedule(() -> {
          inFlight.decrementAndGet();
          done.complete(JudgeOutcome.judged(item.pairId(), PairwiseVerdict.of(0.7, 0.4), null, 2, 1, Usage.NONE));
        }, (item.pairId().hashCode() & 3) + 1, TimeUnit.MILLISECONDS);
        return done;
      }
    };

    List<String> ids = new ArrayList<>();
    new JudgeStream(items(100).iterator(), slow, 1, 5).forEachRemaining(outcome -> ids.add(outcome.pairId()));
    scheduler.shutdownNow();

    assertThat(ids).hasSize(100).doesNotHaveDuplicates();
    assertThat(most.get()).isBetween(2, 5);
  }

  @Test
  void theEnsembleJudgeScoresInBatchesAndAgreesWithItselfInBothOrders() {
    List<Integer> batchSizes = new ArrayList<>();
    EnsembleScorer scorer = new EnsembleScorer() {
      @Override
      public int members() {
        return 2;
      }

      @Override
      public double[][] differences(List<PreferencePair> pairs) {
        batchSizes.add(pairs.size());
        return pairs.stream().map(pair -> new double[] {pair.chosen().length() - 2, 0.5}).toArray(double[][]::new);
      }

      @Override
      public double[][] rewards(List<PromptResponse> inputs) {
        throw new UnsupportedOperationException();
      }
    };
    List<JudgeOutcome> outcomes = new ArrayList<>();

    new JudgeStream(items(10).iterator(), new EnsembleJudge(scorer, "main"), 4, 4).forEachRemaining(outcomes::add);

    assertThat(batchSizes).containsExactly(4, 4, 2);
    JudgeOutcome first = outcomes.stream().filter(o -> o.pairId().equals("p0")).findFirst().orElseThrow();
    double expected = (1 / (1 + Math.exp(0.0)) + 1 / (1 + Math.exp(-0.5))) / 2;  // d = (0, 0.5)
    assertThat(first.pA()).isEqualTo(expected);
    assertThat(first.pAb()).isEqualTo(expected);
    assertThat(first.pBa()).isEqualTo(1 - expected);
    assertThat(first.positionConsistent()).isTrue();
  }
}
