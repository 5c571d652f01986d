package io.rewardlake.core.vote;

import io.rewardlake.core.model.EnsembleManifest;
import io.rewardlake.core.train.SubsetScheme;
import io.rewardlake.core.train.TrainingSubsets;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which members vote on a pair. The ensemble's subset rule is a hash over the pair id, so the members that held a
 * pair out are recomputed here rather than looked up.
 *
 * <ul>
 *   <li>A pair of a split the ensemble did not train on was seen by no member: all members vote, out of fold.</li>
 *   <li>{@link VoteMode#OOF}: members with multiplicity 0 for the pair vote. If a bootstrap draw left no member out
 *       (probability 0.632^M, about 1% at M = 10), all members vote and the row says it is not out of fold,
 *       rather than the pair going without a strength.</li>
 *   <li>{@link VoteMode#ALL}: all members vote; out of fold only for pairs of untrained splits.</li>
 * </ul>
 */
public final class VoterSelection implements Serializable {
  private static final long serialVersionUID = 1L;

  private final VoteMode mode;
  private final TrainingSubsets subsets;
  private final Set<String> trainedSplits;
  private final int[] everyone;

  /** Who voted on a pair, and whether all of them held it out. */
  public record Voters(int[] members, boolean outOfFold) {}

  public VoterSelection(VoteMode mode, TrainingSubsets subsets, Set<String> trainedSplits) {
    this(mode, Objects.requireNonNull(subsets, "subsets"), subsets.members(), trainedSplits);
  }

  private VoterSelection(VoteMode mode, TrainingSubsets subsets, int members, Set<String> trainedSplits) {
    this.mode = Objects.requireNonNull(mode, "mode");
    this.subsets = subsets;
    this.trainedSplits = Set.copyOf(trainedSplits);
    this.everyone = IntStream.range(0, members).toArray();
    if (mode == VoteMode.OOF && subsets.scheme() == SubsetScheme.ALL) {
      throw new IllegalArgumentException("out-of-fold voting needs members that held pairs out, but this ensemble"
          + " was trained with scheme 'all' (one model on every pair); vote with mode 'all' or train with"
          + " --scheme kfold|bootstrap");
    }
  }

  /** The selection an ensemble's manifest allows; the manifest must record its subset rule. */
  public static VoterSelection of(EnsembleManifest manifest, VoteMode mode) {
    if (manifest.subsets().isEmpty() && mode == VoteMode.ALL) {
      // Assembled or external members: nothing says which pairs they trained on, so none is out of fold.
      return new VoterSelection(VoteMode.ALL, null, manifest.members().size(), Set.of());
    }
    if (manifest.subsets().isEmpty()) {
      throw new IllegalArgumentException("ensemble " + manifest.ensembleId() + " does not record how its members'"
          + " training subsets were chosen, so held-out members cannot be found; vote with mode 'all'");
    }
    String splits = manifest.training().getOrDefault("splits", "");
    Set<String> trained = Arrays.stream(splits.split(",")).map(String::trim).filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
    return new VoterSelection(mode, TrainingSubsets.fromMap(manifest.subsets()), trained);
  }

  public VoteMode mode() {
    return mode;
  }

  public int members() {
    return everyone.length;
  }

  /**
   * The voters of a pair. An ensemble that recorded no trained splits is taken to have trained on every split,
   * which can only shrink the set of voters, never let a member vote on a pair it saw.
   */
  public Voters voters(String pairId, String split) {
    boolean trained = trainedSplits.isEmpty() || trainedSplits.contains(split);
    if (!trained) {
      return new Voters(everyone, true);
    }
    if (mode == VoteMode.ALL) {
      return new Voters(everyone, false);
    }
    byte[] multiplicities = subsets.multiplicities(pairId);
    int[] heldOut = IntStream.range(0, multiplicities.length).filter(m -> multiplicities[m] == 0).toArray();
    return heldOut.length == 0 ? new Voters(everyone, false) : new Voters(heldOut, true);
  }
}
