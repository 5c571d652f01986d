package io.rewardlake.testkit;

import java.util.Map;

/**
 * The Spark settings under which the tests' local sessions interpret expressions instead of generating code. Spark
 * turns every new plan shape into Java source, compiles it with Janino and leaves the JIT to compile that again; a
 * test tier runs hundreds of distinct small queries, each a few times, and generating code was a third of its CPU
 * (the jobs integration tier went from 261 s to 201-211 s on 2 cores without it). The rows are the same either way:
 * Spark tests both paths against each other. The generated-code path stays under test where the product's defaults
 * run: the cluster tier's pipeline and its embedded reference, and the jobs the tests start as processes.
 */
public final class InterpretedExpressions {
  /** Spark SQL settings (runtime ones: a session may set them at any time). */
  public static final Map<String, String> SETTINGS = Map.of("spark.sql.codegen.wholeStage", "false",
      "spark.sql.codegen.factoryMode", "NO_CODEGEN");

  private InterpretedExpressions() {}
}
