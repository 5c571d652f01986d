package io.rewardlake.spark.vote;

import io.rewardlake.core.model.Ensemble;
import io.rewardlake.core.vote.EnsembleScorer;
import io.rewardlake.core.vote.EnsembleScorers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Ensembles loaded in this JVM, by directory: every task of an executor (and every SQL function call) shares one
 * loaded copy. Ensemble directories are never rewritten (each training run writes a new one), so a directory is a
 * safe cache key. A few recent ensembles are kept; evicted ones are closed when the JVM exits, not on eviction,
 * because a running task may still be using them.
 */
public final class ExecutorEnsembles {
  private static final int CAPACITY = 4;
  /** The start of the line printed when this JVM loads an ensemble. */
  public static final String LOAD_LINE = "rewardlake: loaded ensemble";
  private static final Map<String, Loaded> LOADED = new LinkedHashMap<>(8, 0.75f, true);
  private static final List<Ensemble> EVICTED = new ArrayList<>();
  private static int loads;

  static {
    Runtime.getRuntime().addShutdownHook(new Thread(ExecutorEnsembles::closeAll, "rewardlake-close-ensembles"));
  }

  private record Loaded(Ensemble ensemble, EnsembleScorer scorer) {}

  private ExecutorEnsembles() {}

  /** The scorer of the ensemble in {@code directory}, loaded with {@code loader} on first use. */
  public static EnsembleScorer scorer(String directory, Supplier<Ensemble> loader) {
    return loaded(directory, loader).scorer();
  }

  /** The ensemble in {@code directory} itself (its members one by one), loaded on first use. */
  public static Ensemble ensemble(String directory, Supplier<Ensemble> loader) {
    return loaded(directory, loader).ensemble();
  }

  private static Loaded loaded(String directory, Supplier<Ensemble> loader) {
    synchronized (LOADED) {
      Loaded loaded = LOADED.get(directory);
      if (loaded == null) {
        long start = System.nanoTime();
        Ensemble ensemble = loader.get();
        loaded = new Loaded(ensemble, EnsembleScorers.of(ensemble));
        // One line per load on the executor's stderr (the worker's log of it): how operators, and the cluster tests,
        // see that an executor loads a given ensemble once however many tasks and jobs use it. The load's number
        // makes every line unique, so a line the worker's log appender repeats is not read as a second load.
        loads++;
        System.err.printf(java.util.Locale.ROOT, "%s %s in %.1f s (pid %d, load %d of this JVM)%n", LOAD_LINE,
            directory, (System.nanoTime() - start) / 1e9, ProcessHandle.current().pid(), loads);
        LOADED.put(directory, loaded);
        evictBeyondCapacity();
      }
      return loaded;
    }
  }

  /** How many ensembles this JVM holds (for tests). */
  static int loadedCount() {
    synchronized (LOADED) {
      return LOADED.size();
    }
  }

  private static void evictBeyondCapacity() {
    var iterator = LOADED.entrySet().iterator();
    while (LOADED.size() > CAPACITY && iterator.hasNext()) {
      EVICTED.add(iterator.next().getValue().ensemble());
      iterator.remove();
    }
  }

  private static void closeAll() {
    synchronized (LOADED) {
      LOADED.values().forEach(loaded -> loaded.ensemble().close());
      EVICTED.forEach(Ensemble::close);
      LOADED.clear();
      EVICTED.clear();
    }
  }
}
