package nl.zuil.hardware.virtualprinter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import nl.zuil.hardware.ReferenceTickets;
import nl.zuil.hardware.escpos.DejaVuFonts;
import nl.zuil.hardware.escpos.EscPosCommands;
import nl.zuil.hardware.escpos.EscPosEncoder;
import nl.zuil.hardware.escpos.StatusBytes;
import nl.zuil.hardware.escpos.TextRasterizer;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The virtual printer behaves as a real one, including the behaviour the driver defends against.
 */
class PrintEngineTest {

  private final PrinterControls controls = new PrinterControls();
  private final ByteArrayOutputStream answers = new ByteArrayOutputStream();
  private final List<PrintedTicket> printed = new ArrayList<>();
  private PrintEngine engine;
  private byte[] ticket;

  @BeforeEach
  void setUp() throws Exception {
    PrinterProfile profile = HardwareProfiles.load("virtual").printer();
    engine =
        new PrintEngine(profile, DejaVuFonts.system(), controls, answers::writeBytes, printed::add);
    ticket =
        new EscPosEncoder(profile, new TextRasterizer(DejaVuFonts.system()))
            .encode(ReferenceTickets.dutch());
  }

  @Test
  void answersRealTimeStatusAtOnceEvenWithoutPaper() {
    controls.paperOut(true).paperNearEnd(true);

    engine.receive(StatusBytes.realTimeRequest());

    assertThat(HexFormat.of().formatHex(answers.toByteArray())).isEqualTo("1a32127e");
  }

  @Test
  void answersThePaperSensorRequestOnlyOnceTheTicketBeforeItIsPrinted() {
    controls.paperOut(true);
    engine.receive(concat(ticket, EscPosCommands.paperSensorStatus()));
    assertThat(answers.size()).isZero();

    controls.paperOut(false);
    engine.printWhatCan();

    assertThat(printed).hasSize(1);
    assertThat(answers.toByteArray()).containsExactly(0x00);
  }

  @Test
  void withoutABufferClearTheRestOfAnInterruptedTicketPrintsWhenPaperReturns() {
    controls.paperRunsOutAfterLines(4);
    engine.receive(ticket);
    assertThat(printed).isEmpty();

    controls.paperOut(false);
    engine.printWhatCan();

    // Like a real printer: the head of the ticket on the old roll, its rest on the new one.
    assertThat(printed).extracting(PrintedTicket::complete).containsExactly(false, true);
  }

  @Test
  void aBufferClearDropsTheRestOfAnInterruptedTicket() {
    controls.paperRunsOutAfterLines(4);
    engine.receive(ticket);

    engine.receive(EscPosCommands.clearBuffers());
    controls.paperOut(false);
    engine.printWhatCan();

    assertThat(printed).extracting(PrintedTicket::complete).containsExactly(false);
    assertThat(HexFormat.of().formatHex(answers.toByteArray())).isEqualTo("372500");
  }

  @Test
  void aSilentPrinterPrintsButNeverAnswers() {
    controls.silent(true);

    engine.receive(concat(StatusBytes.realTimeRequest(), ticket));

    assertThat(printed).hasSize(1);
    assertThat(answers.size()).isZero();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(a);
    out.writeBytes(b);
    return out.toByteArray();
  }
}
