package nl.zuil.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import com.tngtech.archunit.lang.ArchRule;
import nl.zuil.testsupport.ZuilArchitectureRules;

@AnalyzeClasses(packages = "nl.zuil.web", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest static final ArchTests ZUIL_RULES = ArchTests.in(ZuilArchitectureRules.class);

  @ArchTest
  static final ArchRule knowsNeitherServer =
      noClasses()
          .that()
          .resideInAPackage("nl.zuil.web..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages(
              "nl.zuil.web..", "java..", "javax.crypto..", "io.javalin..", "org.eclipse.jetty..")
          .because("both servers use this module; it must not lean on either of them");
}
