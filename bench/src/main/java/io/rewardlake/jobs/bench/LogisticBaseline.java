package io.rewardlake.jobs.bench;

import io.rewardlake.core.train.PairHash;
import io.rewardlake.core.train.TrainingExample;
import io.rewardlake.spark.train.OptimizerSettings;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The plain-Spark alternative the train benchmark compares against: MLlib {@code LogisticRegression} fitted once on
 * the pairs' feature differences, with the same features and the same objective as one built-in member (no
 * intercept, no standardisation, the same λ). Logistic regression needs two classes, so half the pairs (by pair-id
 * hash) enter as (rejected − chosen, label 0); the Bradley–Terry likelihood is symmetric under that swap.
 *
 * <p>MLlib optimises in a feature-standardised space even with standardisation off (it rescales the penalty
 * instead), which is badly conditioned for sparse hashed features: it converges far more slowly than the built-in
 * trainer on the same objective, so the benchmark prints both objectives and lets the caller give it more
 * iterations.
 */
final class LogisticBaseline {
  private static final StructType SCHEMA = new StructType()
      .add("label", DataTypes.DoubleType, false)
      .add("features", new VectorUDT(), false);

  private LogisticBaseline() {}

  /** A fitted baseline: coefficients, iterations run and the final objective MLlib reports. */
  record Fit(double[] coefficients, int iterations, double objective) {}

  /** An LR fitted on the pairs member {@code member} trains on (all members' pairs if -1). */
  static Fit fit(SparkSession spark, JavaRDD<TrainingExample> examples, int dimension, int member,
      OptimizerSettings settings, int iterations) {
    JavaRDD<Row> rows = examples
        .filter(example -> member < 0 ? example.trainedOn() : example.multiplicity(member) > 0)
        .map(example -> row(example, dimension));
    Dataset<Row> frame = spark.createDataFrame(rows, SCHEMA);
    LogisticRegressionModel model = new LogisticRegression()
        .setFitIntercept(false)
        .setStandardization(false)
        .setRegParam(settings.l2())
        .setElasticNetParam(0)
        .setMaxIter(iterations)
        .setTol(settings.tolerance())
        .fit(frame);
    double[] history = model.summary().objectiveHistory();
    return new Fit(model.coefficients().toArray(), model.summary().totalIterations(), history[history.length - 1]);
  }

  private static Row row(TrainingExample example, int dimension) {
    boolean swap = (PairHash.of(example.pairId()) & 1) == 1;
    float[] values = example.difference().values();
    double[] signed = new double[values.length];
    for (int k = 0; k < values.length; k++) {
      signed[k] = swap ? -values[k] : values[k];
    }
    return RowFactory.create(swap ? 0.0 : 1.0, new SparseVector(dimension, example.difference().indices(), signed));
  }

  /** Packs per-model coefficient arrays feature-major, the layout the ensemble evaluator reads. */
  static double[] pack(List<double[]> models) {
    int members = models.size();
    double[] packed = new double[models.get(0).length * members];
    for (int m = 0; m < members; m++) {
      double[] weights = models.get(m);
      for (int i = 0; i < weights.length; i++) {
        packed[i * members + m] = (float) weights[i];
      }
    }
    return packed;
  }

  static List<double[]> single(double[] weights) {
    List<double[]> list = new ArrayList<>();
    list.add(weights);
    return list;
  }
}
