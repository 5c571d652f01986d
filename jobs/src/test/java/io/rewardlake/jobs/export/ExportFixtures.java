package io.rewardlake.jobs.export;

import io.rewardlake.jobs.PairRows;
import io.rewardlake.jobs.lake.Lakehouse;
import io.rewardlake.jobs.lake.Lineage;
import io.rewardlake.jobs.lake.RunContext;
import io.rewardlake.jobs.lake.WriteMode;
import io.rewardlake.schemas.PairsCleanTable;
import io.rewardlake.schemas.PairsTable;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * A small lake covering every case export distinguishes: an HH-style and a plain prompt, a dropped pair, a pair
 * whose target prefers the stored rejected response (turned round by trainer formats), a blank prompt, and a
 * pairs_clean row whose pair is missing from pairs. Splits: train (p1, p2, p3 dropped), test (p4, p5).
 */
final class ExportFixtures {
  static final String HH_PROMPT = "Human: Why is the sky blue?\n\nAssistant: By day?\n\nHuman: Yes.";
  private static final Lineage LINEAGE = new Lineage(new RunContext("fixture", "test", "0"), List.of(), Map.of());

  private ExportFixtures() {}

  /** Writes pairs and pairs_clean under {@code lake}. */
  static void writeLake(SparkSession spark, String lake) {
    Lakehouse lakehouse = new Lakehouse(spark, lake);
    List<Row> pairs = List.of(
        pair("p1", "train", HH_PROMPT, "Rayleigh scattering.", "No idea."),
        pair("p2", "train", "What is 2 + 2?", "4", "5"),
        pair("p3", "train", "Human: Say hi.", "Hi!", "Hi."),
        pair("p4", "test", "Human: Capital of France?", "Lyon.", "Paris."),
        pair("p5", "test", "", "A tidy summary.", "A sloppy summary."));
    lakehouse.write(PairsTable.CONTRACT, PairRows.frame(spark, pairs), WriteMode.OVERWRITE,
        LINEAGE);
    List<Row> clean = List.of(
        clean("p1", HH_PROMPT, "Rayleigh scattering.", "No idea.", 1.0, 0.5, 1.0, "keep"),
        clean("p2", "What is 2 + 2?", "4", "5", 0.9, 0.25, 2.0, "keep"),
        clean("p3", "Human: Say hi.", "Hi!", "Hi.", 0.5, 0.0, 0.0, "drop"),
        clean("p4", "Human: Capital of France?", "Lyon.", "Paris.", 0.3, 0.4, 1.0, "smooth"),
        clean("p5", "", "A tidy summary.", "A sloppy summary.", 0.6, 0.0, 1.0, "smooth"),
        clean("p9-orphan", "Human: gone", "a", "b", 1.0, 0.0, 1.0, "keep"));
    lakehouse.write(PairsCleanTable.CONTRACT, spark.createDataFrame(clean, PairsCleanTable.SCHEMA),
        WriteMode.OVERWRITE, LINEAGE);
  }

  /**
   * A judge-labelled lake of plain instructions (no HH transcripts): s1 hard, s2 and s3 soft, s4 a kept tie; strength
   * means 1, 2, 3, 4 (sample standard deviation 1.291) with raw margins 2, 1, 0.5, 0.
   */
  static void writeSoftLake(SparkSession spark, String lake) {
    Lakehouse lakehouse = new Lakehouse(spark, lake);
    List<Row> pairs = List.of(pair("s1", "train", "Name a prime.", "7", "8"),
        pair("s2", "train", "Summarise the plot.", "A boy finds a dog.", "Dogs."),
        pair("s3", "train", "Say hello in French.", "Bonjour.", "Hola."),
        pair("s4", "train", "Pick a colour.", "Blue.", "Green."));
    lakehouse.write(PairsTable.CONTRACT, PairRows.frame(spark, pairs), WriteMode.OVERWRITE,
        LINEAGE);
    List<Row> clean = List.of(
        soft("s1", "Name a prime.", "7", "8", 1.0, 2.0, 1.0),
        soft("s2", "Summarise the plot.", "A boy finds a dog.", "Dogs.", 0.8, 1.0, 2.0),
        soft("s3", "Say hello in French.", "Bonjour.", "Hola.", 0.95, 0.5, 3.0),
        soft("s4", "Pick a colour.", "Blue.", "Green.", 0.5, 0.0, 4.0));
    lakehouse.write(PairsCleanTable.CONTRACT, spark.createDataFrame(clean, PairsCleanTable.SCHEMA),
        WriteMode.OVERWRITE, LINEAGE);
  }

  /**
   * 420 train pairs: in 300 the preferred response is the longer (260 chosen with target 1, 40 rejected with target
   * 0.2), in 100 the shorter, 20 have responses of equal length.
   */
  static void writeLengthLake(SparkSession spark, String lake) {
    Lakehouse lakehouse = new Lakehouse(spark, lake);
    List<Row> pairs = new java.util.ArrayList<>();
    List<Row> clean = new java.util.ArrayList<>();
    for (int i = 0; i < 420; i++) {
      String id = "len" + i;
      String longer = "A long and careful answer number " + i + ".";
      String shorter = "Short " + i + ".";
      String chosen = i < 260 ? longer : i < 300 ? shorter : i < 400 ? shorter : "Equal " + i + "!";
      String rejected = i < 260 ? shorter : i < 300 ? longer : i < 400 ? longer : "Equal " + i + "?";
      double target = i >= 260 && i < 300 ? 0.2 : 1.0;
      pairs.add(pair(id, "train", "Question " + i + "?", chosen, rejected));
      clean.add(soft(id, "Question " + i + "?", chosen, rejected, target, 0.0, 1.0));
    }
    lakehouse.write(PairsTable.CONTRACT, PairRows.frame(spark, pairs), WriteMode.OVERWRITE, LINEAGE);
    lakehouse.write(PairsCleanTable.CONTRACT, spark.createDataFrame(clean, PairsCleanTable.SCHEMA),
        WriteMode.OVERWRITE, LINEAGE);
  }

  private static Row soft(String id, String prompt, String chosen, String rejected, double targetP, double margin,
      double strength) {
    return RowFactory.create(id, prompt, chosen, rejected, targetP, margin, 1.0, "keep", "test keep", strength, 0.2,
        "test-policy", "fixture-run");
  }

  private static Row pair(String id, String split, String prompt, String chosen, String rejected) {
    return RowFactory.create(id, "fixture-" + split, split, prompt, chosen, rejected, "human", 1.0, Map.of(),
        "fixture-run");
  }

  private static Row clean(String id, String prompt, String chosen, String rejected, double targetP, double margin,
      double weight, String action) {
    return RowFactory.create(id, prompt, chosen, rejected, targetP, margin, weight, action, "test " + action, 0.1,
        0.2, "test-policy", "fixture-run");
  }
}
