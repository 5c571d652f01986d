package io.rewardlake.spark.ingest;

import io.rewardlake.core.ingest.Consensus;
import io.rewardlake.core.text.PairIds;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.collection.JavaConverters;
import scala.collection.Seq;

/** Column functions over {@link Consensus} and {@link PairIds#sortsFirst}, for combining a pair's labels in Spark. */
public final class LabelConsensus {
  public static final String COUNT = "count";
  public static final String MEAN = "mean";
  public static final String AGREEMENT = "agreement";

  public static final StructType TYPE = new StructType()
      .add(COUNT, DataTypes.IntegerType, false)
      .add(MEAN, DataTypes.DoubleType, true)
      .add(AGREEMENT, DataTypes.DoubleType, true);

  private static final UserDefinedFunction CONSENSUS = functions.udf((UDF1<Seq<Double>, Row>) labels -> {
    Consensus consensus = Consensus.of(JavaConverters.seqAsJavaList(labels));
    return RowFactory.create(consensus.count(), consensus.mean(), consensus.agreement());
  }, TYPE).asNonNullable();

  private static final UserDefinedFunction SORTS_FIRST = functions.udf(
      (UDF2<String, String, Boolean>) PairIds::sortsFirst, DataTypes.BooleanType);

  private LabelConsensus() {}

  /** The {@link #TYPE} struct of an array of labels, all stated for the same response. */
  public static Column of(Column labels) {
    return CONSENSUS.apply(labels);
  }

  /** Whether the first response is the one the pair id sorts first. */
  public static Column sortsFirst(Column responseA, Column responseB) {
    return SORTS_FIRST.apply(responseA, responseB);
  }
}
