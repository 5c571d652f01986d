package io.rewardlake.jobs;

import io.rewardlake.jobs.cli.Sessions;
import org.apache.spark.sql.SparkSession;

/**
 * One local[2] Spark session (Delta configured, UI off, expressions interpreted) shared by every Spark test in the JVM: starting Spark costs
 * seconds, and one session per test class would dominate the build.
 */
public final class SharedSpark {
  private static SparkSession session;

  private SharedSpark() {}

  public static synchronized SparkSession session() {
    if ("unit".equals(System.getProperty("rewardlake.test.tier"))) {
      throw new IllegalStateException("a unit test (*Test) started Spark: name the class *IT so it runs in the"
          + " integration tier (mvn -B verify), or keep Spark out of it");
    }
    if (session == null) {
      session = Sessions.create("tests", "local[2]");
      session.sparkContext().setLogLevel("ERROR");
      interpretExpressions(session);
    }
    return session;
  }

  /**
   * Spark turns every new plan shape into Java source, compiles it with Janino and leaves the JIT to compile that
   * again. This tier runs hundreds of distinct small queries, each a few times: generating code was a third of its
   * CPU, and interpreting the same expressions cut the tier from 261 s to 201-211 s on 2 cores. The rows are the same
   * either way (Spark tests both paths against each other). The generated-code path stays under test where the
   * product's defaults run: the cluster tier's pipeline and its embedded reference, and the jobs started as
   * processes here.
   */
  private static void interpretExpressions(SparkSession spark) {
    spark.conf().set("spark.sql.codegen.wholeStage", "false");
    spark.conf().set("spark.sql.codegen.factoryMode", "NO_CODEGEN");
  }
}
