package io.rewardlake.core.djl;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** The batching worker with a fake network: failures stay with their call, and closing fails what still waits. */
class NextTokenBatcherTest {
  /** Logits [rows, width, 2]: for each position, (its token id, -its token id); fails on token id 13. */
  private static DjlNetwork.Output fake(long[][] rows) {
    int width = java.util.Arrays.stream(rows).mapToInt(row -> row.length).max().orElse(0);
    float[] values = new float[rows.length * width * 2];
    for (int r = 0; r < rows.length; r++) {
      for (int t = 0; t < rows[r].length; t++) {
        if (rows[r][t] == 13) {
          throw new IllegalStateException("unlucky token");
        }
        values[(r * width + t) * 2] = rows[r][t];
        values[(r * width + t) * 2 + 1] = -rows[r][t];
      }
    }
    return new DjlNetwork.Output(values, new long[] {rows.length, width, 2});
  }

  @Test
  void eachRequestGetsTheLogitsAtItsLastPositionAndAFailureStaysWithItsCall() {
    try (NextTokenBatcher batcher = new NextTokenBatcher("test", NextTokenBatcherTest::fake, 1, 1000)) {
      CompletableFuture<NextTokenBatcher.Logits> shortOne = batcher.submit(new long[] {1, 2});
      CompletableFuture<NextTokenBatcher.Logits> failing = batcher.submit(new long[] {13});
      CompletableFuture<NextTokenBatcher.Logits> longOne = batcher.submit(new long[] {4, 5, 6});

      NextTokenBatcher.Logits logits = longOne.join();
      assertThat(logits.values()[logits.offset()]).isEqualTo(6f);
      assertThat(logits.vocab()).isEqualTo(2);
      NextTokenBatcher.Logits shortLogits = shortOne.join();
      assertThat(shortLogits.values()[shortLogits.offset() + 1]).isEqualTo(-2f);
      assertThat(failing.handle((value, error) -> error).join()).hasMessageContaining("unlucky token");
    }
  }

  @Test
  void aClosedBatcherFailsNewRequests() {
    NextTokenBatcher batcher = new NextTokenBatcher("test", NextTokenBatcherTest::fake, 4, 1000);
    batcher.close();
    assertThat(batcher.submit(new long[] {1}).handle((value, error) -> error).join())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
  }
}
