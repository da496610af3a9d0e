package nl.zuil.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every module checks with its own {@code ArchitectureTest}. Maven's dependencies already
 * stop most wrong imports at compile time; these catch what a dependency cannot express, and keep
 * catching it when someone adds a dependency "just for this one class".
 */
public final class ZuilArchitectureRules {

  private ZuilArchitectureRules() {}

  @ArchTest
  public static final ArchRule javafxOnlyInKiosk =
      noClasses()
          .that()
          .resideOutsideOfPackage("nl.zuil.kiosk..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx..")
          .because("only the kiosk app has a screen; agents and servers must run headless")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule noSqlInKiosk =
      noClasses()
          .that()
          .resideInAPackage("nl.zuil.kiosk..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("java.sql..")
          .because("the visit ledger is the one place that knows the schema")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule serialPortOnlyInTransport =
      noClasses()
          .that()
          .resideOutsideOfPackage("nl.zuil.hardware.serial..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jssc..")
          .because("one thin adapter speaks to the serial port; everything else is testable bytes")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule ledgerKnowsNoCallers =
      noClasses()
          .that()
          .resideInAnyPackage("nl.zuil.ledger..", "nl.zuil.catalogue..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "nl.zuil.kiosk..",
              "nl.zuil.sync..",
              "nl.zuil.backend..",
              "nl.zuil.hardware..",
              "nl.zuil.provisioning..")
          .because("the UI and the agents depend on the ledger, never the other way round")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule backendIndependentOfKiosk =
      noClasses()
          .that()
          .resideInAPackage("nl.zuil.backend..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "nl.zuil.ledger..",
              "nl.zuil.kiosk..",
              "nl.zuil.kioskfiles..",
              "nl.zuil.hardware..",
              "nl.zuil.sync..",
              "nl.zuil.regionclient..")
          .because("the region's backend only ever sees aggregates, never a kiosk's visits")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule viewModelsHoldNoNodes =
      noClasses()
          .that()
          .haveSimpleNameEndingWith("ViewModel")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("javafx.scene..")
          .because(
              "a view model holds properties only, so its logic is tested without a stage; the"
                  + " view binds to it")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule jettyOnlyInTheWebModule =
      noClasses()
          .that()
          .resideOutsideOfPackage("nl.zuil.web..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.eclipse.jetty..")
          .because(
              "both servers get their TLS, connectors and threads from web-support, so a Jetty"
                  + " upgrade or a TLS fix is made once")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule theApiIsSpokenInRegionApiRecords =
      noClasses()
          .that()
          .resideInAnyPackage(
              "nl.zuil.sync..",
              "nl.zuil.regionclient..",
              "nl.zuil.provisioning.region..",
              "nl.zuil.backend.http..",
              "nl.zuil.backend.ingest..",
              "nl.zuil.backend.enrolment..",
              "nl.zuil.backend.health..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.fasterxml.jackson.core.JsonGenerator")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("com.fasterxml.jackson.core.JsonParser")
          .orShould()
          .dependOnClassesThat()
          .resideInAPackage("com.fasterxml.jackson.databind.node..")
          .because(
              "the region's API has one definition, the records in region-api: a side that writes"
                  + " or picks fields by hand drifts from the others unseen")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule consoleOutputOnlyFromCommandLines =
      noClasses()
          .that(areNotCommandLineEntryPoints())
          .should()
          .accessField(System.class, "out")
          .orShould()
          .accessField(System.class, "err")
          .because("services log through SLF4J; only command-line tools talk to a terminal")
          .allowEmptyShould(true);

  @ArchTest
  public static final ArchRule noPublicMutableFields =
      fields()
          .that()
          .arePublic()
          .should()
          .beFinal()
          .because("shared mutable state hides who changed a visit")
          .allowEmptyShould(true);

  private static DescribedPredicate<JavaClass> areNotCommandLineEntryPoints() {
    return DescribedPredicate.describe(
        "are not command-line entry points (package ..cli.., or a class named *Main)",
        c -> !c.getPackageName().contains(".cli") && !c.getSimpleName().endsWith("Main"));
  }
}
