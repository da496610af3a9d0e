package nl.zuil.bench.kiosk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.TicketDocument;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.kioskfiles.kioskconfig.PinHash;
import nl.zuil.kioskfiles.printer.PrinterStatus;

/** What the kiosk benchmarks share: a config, a clock to move, a printer that is always ready. */
final class BenchKiosk {

  private BenchKiosk() {}

  /** A landscape 21.5" kiosk config in {@code dir}, with its ledger there too. */
  static Path config(Path dir) throws IOException {
    String pin = PinHash.create("4321".toCharArray(), PinHash.MIN_ITERATIONS).encoded();
    String json =
        """
        {
          "location": { "code": "bench-locatie", "name": "Benchmark" },
          "kioskCode": "zuil-1",
          "desk": { "code": "balie-1", "name": "Balie 1" },
          "ledgerPath": "ledger.db",
          "printer": { "profile": "virtual" },
          "screen": { "orientation": "landscape", "widthPx": 1920, "heightPx": 1080, "widthMm": 476, "heightMm": 268 },
          "staffPinHash": "%s"
        }
        """
            .formatted(pin);
    return Files.writeString(dir.resolve("kiosk.json"), json);
  }

  /** JavaFX without a display: Monocle's headless screen and software rendering. */
  static void useMonocle(Path cache) {
    System.setProperty("glass.platform", "Monocle");
    System.setProperty("monocle.platform", "Headless");
    System.setProperty("headless.geometry", "1920x1080-32");
    System.setProperty("prism.order", "sw");
    System.setProperty("javafx.cachedir", cache.toString());
  }

  static double median(List<Double> values) {
    return percentile(values, 50);
  }

  static double percentile(List<Double> values, double percent) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static String round(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }

  static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
    }
  }

  /** Prints instantly: the benchmarks measure the kiosk, not a printer. */
  static final class InstantPrinter implements TicketPrinter {
    private final PrinterStatus ready = PrinterStatus.ready(Instant.EPOCH);

    @Override
    public CompletableFuture<PrintResult> print(TicketDocument ticket) {
      return CompletableFuture.completedFuture(new PrintResult(true, ready));
    }

    @Override
    public PrinterStatus status() {
      return ready;
    }

    @Override
    public void onStatusChange(Consumer<PrinterStatus> listener) {}

    @Override
    public void close() {}
  }

  static List<Double> list(double... values) {
    return Arrays.stream(values).boxed().toList();
  }
}
