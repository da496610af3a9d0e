package nl.zuil.testsupport;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import nl.zuil.kiosk.archfixture.NodeHoldingViewModel;
import nl.zuil.kiosk.archfixture.ScreenThatQueriesSql;
import nl.zuil.kiosk.archfixture.ServerWithItsOwnThreads;
import nl.zuil.kiosk.archfixture.WellBehavedScreen;
import nl.zuil.sync.archfixture.BatchWrittenByHand;
import org.junit.jupiter.api.Test;

class ZuilArchitectureRulesTest {

  private final JavaClasses offender =
      new ClassFileImporter().importClasses(ScreenThatQueriesSql.class);
  private final JavaClasses clean = new ClassFileImporter().importClasses(WellBehavedScreen.class);

  @Test
  void refusesSqlInKioskCode() {
    assertThatThrownBy(() -> ZuilArchitectureRules.noSqlInKiosk.check(offender))
        .hasMessageContaining("java.sql.Connection");
    assertThatCode(() -> ZuilArchitectureRules.noSqlInKiosk.check(clean))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesSystemOutOutsideCommandLines() {
    assertThatThrownBy(
            () -> ZuilArchitectureRules.consoleOutputOnlyFromCommandLines.check(offender))
        .hasMessageContaining("System.out");
    assertThatCode(() -> ZuilArchitectureRules.consoleOutputOnlyFromCommandLines.check(clean))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesPublicMutableFields() {
    assertThatThrownBy(() -> ZuilArchitectureRules.noPublicMutableFields.check(offender))
        .hasMessageContaining("counter");
    assertThatCode(() -> ZuilArchitectureRules.noPublicMutableFields.check(clean))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesNodesInViewModels() {
    JavaClasses viewModel = new ClassFileImporter().importClasses(NodeHoldingViewModel.class);
    assertThatThrownBy(() -> ZuilArchitectureRules.viewModelsHoldNoNodes.check(viewModel))
        .hasMessageContaining("javafx.scene.Group");
    assertThatCode(() -> ZuilArchitectureRules.viewModelsHoldNoNodes.check(clean))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesJettyOutsideTheWebModule() {
    JavaClasses server = new ClassFileImporter().importClasses(ServerWithItsOwnThreads.class);
    assertThatThrownBy(() -> ZuilArchitectureRules.jettyOnlyInTheWebModule.check(server))
        .hasMessageContaining("QueuedThreadPool");
    assertThatCode(() -> ZuilArchitectureRules.jettyOnlyInTheWebModule.check(clean))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesApiMessagesWrittenByHand() {
    JavaClasses agent = new ClassFileImporter().importClasses(BatchWrittenByHand.class);
    assertThatThrownBy(() -> ZuilArchitectureRules.theApiIsSpokenInRegionApiRecords.check(agent))
        .hasMessageContaining("JsonGenerator");
  }
}
