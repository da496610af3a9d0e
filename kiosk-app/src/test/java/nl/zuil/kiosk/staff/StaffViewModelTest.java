package nl.zuil.kiosk.staff;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.zuil.kiosk.staff.StaffViewModel.Mode;
import nl.zuil.kiosk.testing.KioskFixture;
import nl.zuil.kiosk.testing.TestConfigs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaffViewModelTest {

  @TempDir Path dir;
  KioskFixture kiosk;
  StaffViewModel staff;
  int visitorResets;
  int exits;

  @BeforeEach
  void open() {
    kiosk = KioskFixture.direct(dir);
    staff =
        new StaffViewModel(
            KioskFixture.CATALOGUE,
            kiosk.config.staffPin(),
            kiosk.printer,
            kiosk.documents,
            Runnable::run,
            Runnable::run,
            kiosk.clock,
            () -> visitorResets++,
            () -> exits++,
            List.of("Gidsconsole in de browser: niet ingesteld"));
  }

  @AfterEach
  void close() throws Exception {
    kiosk.close();
  }

  private void openPinPad() {
    for (int i = 0; i < 5; i++) {
      kiosk.clock.advance(Duration.ofMillis(300));
      staff.cornerTapped();
    }
  }

  private void type(String pin) {
    pin.chars().forEach(c -> staff.digit(c - '0'));
    staff.submit();
  }

  @Test
  void theHiddenGestureOpensThePinPadAndResetsTheVisitorScreen() {
    openPinPad();

    assertThat(staff.modeProperty().get()).isEqualTo(Mode.PIN);
    assertThat(visitorResets).isEqualTo(1);
  }

  @Test
  void theRightPinOpensTheMenuShowingDotsNotDigits() {
    openPinPad();
    staff.digit(4);
    staff.digit(3);
    assertThat(staff.digitCountProperty().get()).isEqualTo(2);
    staff.erase();
    staff.digit(3);
    staff.digit(2);
    staff.digit(1);
    staff.submit();

    assertThat(staff.modeProperty().get()).isEqualTo(Mode.MENU);
    assertThat(staff.digitCountProperty().get()).isZero();
  }

  @Test
  void aWrongPinSaysSoAndFiveLockThePadForFiveMinutes() {
    openPinPad();
    type("1111");
    assertThat(staff.messageProperty().get()).isEqualTo("Deze pincode klopt niet.");
    for (int i = 0; i < 4; i++) {
      type("1111");
    }
    assertThat(staff.messageProperty().get()).startsWith("Te vaak een verkeerde pincode");

    type(TestConfigs.PIN);
    assertThat(staff.modeProperty().get()).as("locked, even for the right PIN").isEqualTo(Mode.PIN);

    kiosk.clock.advance(Duration.ofMinutes(5));
    staff.touched();
    type(TestConfigs.PIN);
    assertThat(staff.modeProperty().get()).isEqualTo(Mode.MENU);
  }

  @Test
  void aStaffScreenLeftAloneClosesItself() {
    openPinPad();
    type(TestConfigs.PIN);
    kiosk.clock.advance(Duration.ofSeconds(59));
    staff.tick();
    assertThat(staff.modeProperty().get()).isEqualTo(Mode.MENU);

    kiosk.clock.advance(Duration.ofSeconds(1));
    staff.tick();
    assertThat(staff.modeProperty().get()).isEqualTo(Mode.CLOSED);
  }

  @Test
  void thePrinterTestPrintsATestTicketAndSaysWhetherItWorked() {
    openPinPad();
    type(TestConfigs.PIN);

    staff.printTest();
    assertThat(staff.testResultProperty().get()).isEqualTo("Testbon is geprint.");
    assertThat(kiosk.printer.printed()).hasSize(1);

    kiosk.printer.paperOut();
    staff.printTest();
    assertThat(staff.testResultProperty().get()).isEqualTo("Testbon is niet geprint.");
    assertThat(staff.printerText().get()).isEqualTo("Printer: papier is op");
    assertThat(staff.printerFault().get()).isTrue();
  }

  @Test
  void exitWorksOnlyFromTheMenu() {
    staff.exit();
    openPinPad();
    staff.exit();
    assertThat(exits).isZero();

    type(TestConfigs.PIN);
    staff.exit();
    assertThat(exits).isEqualTo(1);
  }

  @Test
  void printerStatesReadAsPlainDutchForStaff() {
    kiosk.printer.offline();
    staff.printerStatus(kiosk.printer.status());
    assertThat(staff.printerText().get()).isEqualTo("Printer: geen verbinding");
    kiosk.printer.ready();
    staff.printerStatus(kiosk.printer.status());
    assertThat(staff.printerText().get()).isEqualTo("Printer: klaar");
    assertThat(staff.printerFault().get()).isFalse();
  }
}
