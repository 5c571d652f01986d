package io.rewardlake.spark.train;

import io.rewardlake.schemas.PairsTable;
import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The trainer's input row, the same whichever table the pairs come from: {@code pairs} maps label_p to the target
 * with margin 0 and weight 1, {@code pairs_clean} supplies target_p, margin and weight itself. {@code truth} is the
 * known P(chosen better) when the corpus carries ground truth, else null.
 */
public final class TrainingRows {
  public static final String PAIR_ID = PairsTable.PAIR_ID;
  public static final String SOURCE = PairsTable.SOURCE;
  public static final String SPLIT = PairsTable.SPLIT;
  public static final String PROMPT = PairsTable.PROMPT;
  public static final String CHOSEN = PairsTable.CHOSEN;
  public static final String REJECTED = PairsTable.REJECTED;
  public static final String TARGET = "target";
  public static final String MARGIN = "margin";
  public static final String WEIGHT = "weight";
  public static final String TRUTH = "truth";

  public static final List<String> COLUMNS =
      List.of(PAIR_ID, SOURCE, SPLIT, PROMPT, CHOSEN, REJECTED, TARGET, MARGIN, WEIGHT, TRUTH);

  public static final StructType SCHEMA = new StructType()
      .add(PAIR_ID, DataTypes.StringType, false)
      .add(SOURCE, DataTypes.StringType, false)
      .add(SPLIT, DataTypes.StringType, false)
      .add(PROMPT, DataTypes.StringType, false)
      .add(CHOSEN, DataTypes.StringType, false)
      .add(REJECTED, DataTypes.StringType, false)
      .add(TARGET, DataTypes.DoubleType, false)
      .add(MARGIN, DataTypes.DoubleType, false)
      .add(WEIGHT, DataTypes.DoubleType, false)
      .add(TRUTH, DataTypes.DoubleType, true);

  private TrainingRows() {}
}
