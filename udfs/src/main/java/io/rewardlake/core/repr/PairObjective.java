package io.rewardlake.core.repr;

import io.rewardlake.core.model.MlpNetwork;
import io.rewardlake.core.model.MlpShape;
import io.rewardlake.core.model.SparseFeatures;
import io.rewardlake.core.train.PairLoss;
import io.rewardlake.core.train.TrainingExample;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled part of every member's objective over one batch of pairs, for all M members:
 * {@code (1 / W_m) Σ_i c_im [ℓ_BT(Δ_i) + λ_c · ℓ_NCE,i]}, with c_im = multiplicity · weight and W_m = Σ_i c_im over
 * the whole training set (so the batch split does not change what a pair weighs). ℓ_NCE,i is the {@link InfoNce}
 * loss of pair i's two dropout views of h(chosen) − h(rejected) against the batch's other pairs that member m trains
 * on. The L2 term is the optimiser's.
 */
public final class PairObjective implements Serializable {
  private final MlpShape shape;
  private final double[] memberTotals;
  private final RepresentationSettings settings;

  public PairObjective(MlpShape shape, double[] memberTotals, RepresentationSettings settings) {
    this.shape = shape;
    this.memberTotals = memberTotals.clone();
    this.settings = settings;
  }

  public int members() {
    return memberTotals.length;
  }

  public MlpShape shape() {
    return shape;
  }

  /** Adds the batch's gradient for every member to {@code grad} and returns its loss; {@code step} keys dropout. */
  public double accumulate(List<SidedPair> batch, double[] params, double[] grad, int step) {
    double loss = 0;
    for (int m = 0; m < members(); m++) {
      List<SidedPair> own = new ArrayList<>();
      List<Double> factors = new ArrayList<>();
      for (SidedPair pair : batch) {
        double factor = pair.pair().multiplicity(m) * pair.pair().weight() / memberTotals[m];
        if (factor > 0) {
          own.add(pair);
          factors.add(factor);
        }
      }
      loss += pairLoss(own, factors, m * shape.size(), params, grad);
      if (settings.objective().contrastive() && own.size() >= 2 && settings.contrastiveWeight() > 0) {
        loss += contrastive(own, factors, m * shape.size(), params, grad, step);
      }
    }
    return loss;
  }

  /** Δ_m = r_m(chosen) − r_m(rejected) for every member. */
  public double[] deltas(SidedPair pair, double[] params) {
    double[] h = new double[shape.hidden()];
    double[] out = new double[members()];
    for (int m = 0; m < out.length; m++) {
      int base = m * shape.size();
      out[m] = MlpNetwork.forward(shape, params, base, pair.chosen(), h)
          - MlpNetwork.forward(shape, params, base, pair.rejected(), h);
    }
    return out;
  }

  private double pairLoss(List<SidedPair> pairs, List<Double> factors, int base, double[] params, double[] grad) {
    int hidden = shape.hidden();
    double[] hc = new double[hidden];
    double[] hr = new double[hidden];
    double[] scratch = new double[hidden];
    double loss = 0;
    for (int i = 0; i < pairs.size(); i++) {
      TrainingExample pair = pairs.get(i).pair();
      double target = settings.smoothed(pair.target());
      double delta = MlpNetwork.forward(shape, params, base, pairs.get(i).chosen(), hc)
          - MlpNetwork.forward(shape, params, base, pairs.get(i).rejected(), hr);
      double factor = factors.get(i);
      loss += factor * PairLoss.value(delta, target, pair.margin());
      double slope = factor * PairLoss.slope(delta, target, pair.margin());
      MlpNetwork.backward(shape, params, base, pairs.get(i).chosen(), hc, slope, null, grad, scratch);
      MlpNetwork.backward(shape, params, base, pairs.get(i).rejected(), hr, -slope, null, grad, scratch);
    }
    return loss;
  }

  private double contrastive(List<SidedPair> pairs, List<Double> factors, int base, double[] params, double[] grad,
      int step) {
    int n = pairs.size();
    Views[] views = {new Views(n), new Views(n)};
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = settings.contrastiveWeight() * factors.get(i);
      for (int v = 0; v < 2; v++) {
        views[v].compute(i, pairs.get(i), v, step, base, params);
      }
    }
    double loss = InfoNce.loss(views[0].z, views[1].z, weights, settings.temperature(), views[0].g, views[1].g);
    for (Views view : views) {
      view.backward(base, params, grad);
    }
    return loss;
  }

  /** One dropout view of every pair in a batch: inputs, hidden states, z = h_c − h_r and the gradient on z. */
  private final class Views {
    final SparseFeatures[][] inputs;
    final double[][][] hidden;
    final double[][] z;
    final double[][] g;

    Views(int n) {
      inputs = new SparseFeatures[n][2];
      hidden = new double[n][2][shape.hidden()];
      z = new double[n][shape.hidden()];
      g = new double[n][shape.hidden()];
    }

    void compute(int i, SidedPair pair, int view, int step, int base, double[] params) {
      SparseFeatures[] sides = {pair.chosen(), pair.rejected()};
      for (int side = 0; side < 2; side++) {
        long key = FeatureDropout.key(pair.key(), settings.seed(), step, view, side);
        inputs[i][side] = FeatureDropout.view(sides[side], settings.dropout(), key);
        MlpNetwork.forward(shape, params, base, inputs[i][side], hidden[i][side]);
      }
      for (int j = 0; j < shape.hidden(); j++) {
        z[i][j] = hidden[i][0][j] - hidden[i][1][j];
      }
    }

    void backward(int base, double[] params, double[] grad) {
      double[] scratch = new double[shape.hidden()];
      double[] negative = new double[shape.hidden()];
      for (int i = 0; i < z.length; i++) {
        for (int j = 0; j < negative.length; j++) {
          negative[j] = -g[i][j];
        }
        MlpNetwork.backward(shape, params, base, inputs[i][0], hidden[i][0], 0, g[i], grad, scratch);
        MlpNetwork.backward(shape, params, base, inputs[i][1], hidden[i][1], 0, negative, grad, scratch);
      }
    }
  }
}
