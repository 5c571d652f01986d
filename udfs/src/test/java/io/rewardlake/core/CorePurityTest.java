package io.rewardlake.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The pure cores must stay testable without Spark: no class under io.rewardlake.core may touch Spark or Scala. */
class CorePurityTest {

  @Test
  void corePackagesImportNoSparkClass() {
    var classes = coreClasses();

    noClasses().that().resideInAPackage("io.rewardlake.core..")
        .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "scala..", "org.apache.hadoop..")
        .because("cores are unit-tested without Spark")
        .check(classes);
  }

  @Test
  void onlyTheDjlAdaptersTouchDjl() {
    var classes = coreClasses();

    noClasses().that().resideInAPackage("io.rewardlake.core..")
        .and().resideOutsideOfPackage("io.rewardlake.core.djl..")
        .should().dependOnClassesThat().resideInAnyPackage("ai.djl..", "ai.onnxruntime..")
        .because("device choice, bucketing and truncation are plain logic, tested without native engines")
        .check(classes);
  }

  @Test
  void theModelStoreKnowsNoFamilyImplementation() {
    noClasses().that().resideInAPackage("io.rewardlake.core.model..")
        .should().dependOnClassesThat().resideInAnyPackage("io.rewardlake.core.djl..")
        .because("families register through ModelFamily and the ServiceLoader, so the store and DJL do not import"
            + " each other")
        .check(coreClasses());
  }

  private static com.tngtech.archunit.core.domain.JavaClasses coreClasses() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.rewardlake.core");
  }
}
