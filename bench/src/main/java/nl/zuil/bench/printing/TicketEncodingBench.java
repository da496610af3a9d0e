package nl.zuil.bench.printing;

import java.util.Arrays;
import nl.zuil.hardware.driver.TicketPrinters;
import nl.zuil.hardware.escpos.EscPosEncoder;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.profile.HardwareProfiles;
import nl.zuil.hardware.profile.PrinterProfile;
import nl.zuil.hardware.profile.QrMode;

/**
 * Time to encode one reference ticket, median and 99th percentile, beside the time the line needs
 * to carry the result at 115200 baud: encoding must stay far below the wire time.
 */
public final class TicketEncodingBench {

  private static final int WARMUP = 300;
  private static final int RUNS = 2_000;
  private static final int FAST_BAUD = 115_200;

  private TicketEncodingBench() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    PrinterProfile nativeQr = HardwareProfiles.load("virtual").printer();
    PrinterProfile rasterQr = nativeQr.withQr(QrMode.RASTER);
    measure("native_qr", nativeQr, ReferenceTicket.dutch());
    measure("raster_qr", rasterQr, ReferenceTicket.dutch());
    measure("arabic_raster_text", nativeQr, ReferenceTicket.arabic());
  }

  private static void measure(String name, PrinterProfile printer, TicketDocument ticket) {
    EscPosEncoder encoder = TicketPrinters.encoder(printer);
    int bytes = 0;
    for (int i = 0; i < WARMUP; i++) {
      bytes = encoder.encode(ticket).length;
    }
    long[] nanos = new long[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      encoder.encode(ticket);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    double wireMillis = printer.transport().withBaud(FAST_BAUD).wireSeconds(bytes) * 1000;
    System.out.printf("encode_%s_median: %.3f ms%n", name, nanos[RUNS / 2] / 1e6);
    System.out.printf("encode_%s_p99: %.3f ms%n", name, nanos[RUNS * 99 / 100] / 1e6);
    System.out.printf("wire_time_%s_%d: %.1f ms%n", name, FAST_BAUD, wireMillis);
  }
}
