package nl.zuil.hardware.virtualprinter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import nl.zuil.hardware.QrDecoding;
import nl.zuil.hardware.ReferenceTickets;
import nl.zuil.hardware.escpos.DejaVuFonts;
import nl.zuil.hardware.escpos.EscPosEncoder;
import nl.zuil.hardware.escpos.TextRasterizer;
import nl.zuil.hardware.profile.HardwareProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class VirtualPrinterMainTest {

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void rendersAFileOfEscPosBytesToOnePngPerTicket() throws Exception {
    byte[] ticket =
        new EscPosEncoder(
                HardwareProfiles.load("virtual").printer(),
                new TextRasterizer(DejaVuFonts.system()))
            .encode(ReferenceTickets.dutch());
    Path input = dir.resolve("tickets.bin");
    Files.write(input, concat(ticket, ticket));

    int exit = run("--input", input.toString(), "--out", dir.resolve("png").toString());

    assertThat(exit).isZero();
    assertThat(out.toString()).contains("2 ticket(s)");
    Path second = dir.resolve("png/ticket-0002.png");
    assertThat(QrDecoding.decode(ImageIO.read(second.toFile())))
        .isEqualTo(ReferenceTickets.QR_LINK);
  }

  @Test
  void anUnknownProfileIsAUsageErrorNamingTheShippedOnes() {
    int exit = run("--input", "x.bin", "--out", dir.toString(), "--profile", "epson-tm-t1000");

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("unknown profile").contains("epson-tm-t20iii");
  }

  @Test
  void needsExactlyOneOfDeviceKioskLinkAndInput() {
    assertThat(run("--out", dir.toString())).isEqualTo(2);
    assertThat(run("--device", "/dev/null", "--input", "x.bin", "--out", dir.toString()))
        .isEqualTo(2);
  }

  @Test
  void typedStateCommandsChangeTheControls() {
    PrinterControls controls = new PrinterControls();

    assertThat(VirtualPrinterMain.apply(controls, "paper out")).isTrue();
    assertThat(controls.paperOut()).isTrue();
    assertThat(VirtualPrinterMain.apply(controls, "paper runs out after 12")).isTrue();
    assertThat(controls.paperLeftLines()).isEqualTo(12);
    assertThat(VirtualPrinterMain.apply(controls, "delay 750")).isTrue();
    assertThat(controls.answerDelay().toMillis()).isEqualTo(750);
    assertThat(VirtualPrinterMain.apply(controls, "explode")).isFalse();
  }

  private int run(String... args) {
    return new CommandLine(new VirtualPrinterMain())
        .setOut(new PrintWriter(out))
        .setErr(new PrintWriter(err))
        .execute(args);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
