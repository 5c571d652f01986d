package io.rewardlake.core.synth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The generator is a pure core: the driver job wraps it, so it must not depend on Spark itself. */
class SynthArchitectureTest {

  @Test
  void synthCoreDoesNotDependOnSpark() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.rewardlake.core.synth");
    noClasses().should().dependOnClassesThat().resideInAPackage("org.apache.spark..").check(classes);
  }
}
