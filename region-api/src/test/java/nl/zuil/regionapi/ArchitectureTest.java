package nl.zuil.regionapi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import nl.zuil.testsupport.ZuilArchitectureRules;

@AnalyzeClasses(
    packages = "nl.zuil.regionapi",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests ZUIL_RULES = ArchTests.in(ZuilArchitectureRules.class);

  @ArchTest
  static final ArchRule onlyTheShapeOfTheApi =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "nl.zuil.regionapi..",
              "nl.zuil.catalogue",
              "java..",
              "javax.crypto..",
              "com.fasterxml.jackson..")
          .because(
              "the agent, the backend and provisioning all use these records: they must not drag"
                  + " in one side's HTTP stack or code (the catalogue's code rules are shared by"
                  + " every side)");
}
