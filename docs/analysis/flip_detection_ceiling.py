#!/usr/bin/env python3
"""How well can ANY model detect the synthetic corpus's injected flips? (evidence for docs/BENCHMARKS.md, "Voting, cleaning and their evidence")

Two upper bounds for the ROC-AUC of a score against meta.flipped:
  1. exact latent qualities: score = -(q_chosen - q_rejected), read from a synth.jsonl (meta.true_strength);
  2. a perfect reader of the text: the synth generator writes each of 3-5 content sentences helpful with
     probability sigmoid(1.5 q) (ResponseWriter), so the best a text model can know about q is the posterior mean
     E[q | k helpful of n]; simulated here with the generator's constants (pair kinds, flip and tie rates,
     Bradley-Terry sharpness 4, near-tie spread 0.1, q ~ N(0, 1)).

    python3 docs/analysis/flip_detection_ceiling.py lakehouse/raw/synth.jsonl
Standard library only; the simulation is seeded.
"""
import json
import math
import random
import sys

SLOPE, BODY_MIN, BODY_SPREAD = 1.5, 3, 3          # ResponseWriter.GOOD_SLOPE, BODY_MIN, BODY_SPREAD
SHARPNESS, FLIP_RATE, AMBIGUOUS_RATE, NEAR_TIE = 4.0, 0.2, 0.15, 0.1


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def auc(scores, labels):
    """Mann-Whitney ROC-AUC with average ranks for ties."""
    ranked = sorted(zip(scores, labels))
    ranks, i = [0.0] * len(ranked), 0
    while i < len(ranked):
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    positives = sum(label for _, label in ranked)
    negatives = len(ranked) - positives
    rank_sum = sum(rank for rank, (_, label) in zip(ranks, ranked) if label)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def exact_quality_bound(path):
    rows = [json.loads(line) for line in open(path, encoding="utf-8")]
    scores = [-float(r["meta"]["true_strength"]) for r in rows]
    labels = [1 if r["meta"]["flipped"] == "true" else 0 for r in rows]
    return auc(scores, labels), len(rows)


def perfect_reader_bound(pairs=40_000, seed=1):
    rng = random.Random(seed)
    grid = [g / 50 for g in range(-200, 201)]
    prior = [math.exp(-g * g / 2) for g in grid]
    cache = {}

    def posterior_mean(k, n):
        if (k, n) not in cache:
            w = [p * sigmoid(SLOPE * g) ** k * (1 - sigmoid(SLOPE * g)) ** (n - k) for g, p in zip(grid, prior)]
            cache[(k, n)] = sum(a * g for a, g in zip(w, grid)) / sum(w)
        return cache[(k, n)]

    def read(q):
        n = BODY_MIN + rng.randrange(BODY_SPREAD)
        return posterior_mean(sum(rng.random() < sigmoid(SLOPE * q) for _ in range(n)), n)

    scores, labels = [], []
    for _ in range(pairs):
        if rng.random() < AMBIGUOUS_RATE:
            q = rng.gauss(0, 1)
            a, b, flipped = q, q + NEAR_TIE * (2 * rng.random() - 1), 0
        else:
            a, b = rng.gauss(0, 1), rng.gauss(0, 1)
            a_wins = rng.random() < sigmoid(SHARPNESS * (a - b))
            flipped = 1 if rng.random() < FLIP_RATE else 0
            if a_wins == bool(flipped):
                a, b = b, a
        scores.append(-(read(a) - read(b)) + rng.random() * 1e-9)
        labels.append(flipped)
    return auc(scores, labels)


if __name__ == "__main__":
    if len(sys.argv) > 1:
        value, n = exact_quality_bound(sys.argv[1])
        print(f"exact latent qualities: ROC-AUC {value:.3f} over {n:,} pairs of {sys.argv[1]}")
    print(f"perfect reader of the text (simulated, 40,000 pairs): ROC-AUC {perfect_reader_bound():.3f}")
