package io.rewardlake.core.judge;

/**
 * Several judges' soft labels P(A better) for one pair, combined: their mean, and the mean of their log-odds mapped
 * back to a probability (which lets a confident judge count for more than a hesitant one), with how far they agree.
 * The log-odds are also the judges' votes on the Bradley–Terry scale of a reward difference, so a jury can vote
 * beside a reward-model ensemble.
 *
 * @param logOdds per judge, logit(p_a) with p_a clamped to [1e-6, 1 − 1e-6]
 * @param agreement the share of judges on the majority side of 0.5 (a judge at exactly 0.5 takes no side)
 */
public record JuryVerdict(double[] logOdds, double pAMean, double pALogOdds, double agreement) {
  static final double CLAMP = 1e-6;

  public JuryVerdict {
    logOdds = logOdds.clone();
  }

  public static JuryVerdict of(double[] pA) {
    if (pA.length == 0) {
      throw new IllegalArgumentException("a jury verdict needs at least one judge");
    }
    double[] logOdds = new double[pA.length];
    double sum = 0;
    double logOddsSum = 0;
    int forA = 0;
    int forB = 0;
    for (int i = 0; i < pA.length; i++) {
      if (!(pA[i] >= 0 && pA[i] <= 1)) {
        throw new IllegalArgumentException("a soft label is a probability, got " + pA[i]);
      }
      logOdds[i] = logit(pA[i]);
      sum += pA[i];
      logOddsSum += logOdds[i];
      forA += pA[i] > 0.5 ? 1 : 0;
      forB += pA[i] < 0.5 ? 1 : 0;
    }
    double meanLogOdds = logOddsSum / pA.length;
    return new JuryVerdict(logOdds, sum / pA.length, 1 / (1 + Math.exp(-meanLogOdds)),
        (double) Math.max(forA, forB) / pA.length);
  }

  public static double logit(double p) {
    double clamped = Math.min(1 - CLAMP, Math.max(CLAMP, p));
    return Math.log(clamped / (1 - clamped));
  }

  public int judges() {
    return logOdds.length;
  }

  @Override
  public double[] logOdds() {
    return logOdds.clone();
  }
}
