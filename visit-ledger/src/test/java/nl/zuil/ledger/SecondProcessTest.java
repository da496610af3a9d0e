package nl.zuil.ledger;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.zuil.ledger.aggregate.Bucket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger as two real processes meet it: a kiosk that writes and a reader, or a crash. */
class SecondProcessTest {

  @TempDir Path dir;

  @Test
  void anotherProcessReadsWhileTheKioskWrites() throws Exception {
    Path file = dir.resolve("ledger.db");
    Ledger.open(file, LedgerFixture.CATALOGUE, LedgerFixture.KIOSK, Clock.systemDefaultZone())
        .close();
    Process writer = startWriter(file, 400);
    int reads = 0;
    long lastSeen = 0;
    try (LedgerReader reader = LedgerReader.open(file)) {
      while (writer.isAlive()) {
        LedgerFacts facts = reader.facts();
        assertThat(facts.storedVisits()).isGreaterThanOrEqualTo(lastSeen);
        lastSeen = facts.storedVisits();
        reader.buckets().changedSince(0, 50);
        reads++;
      }
      assertThat(writer.waitFor()).as(errors(writer)).isZero();
      assertThat(reader.facts().storedVisits()).isEqualTo(400);
      List<Bucket> buckets = reader.buckets().between(LocalDate.MIN, LocalDate.MAX);
      assertThat(buckets.stream().mapToInt(Bucket::visits).sum()).isEqualTo(400);
    }
    assertThat(reads).isGreaterThan(1);
  }

  @Test
  void everyTicketTheScreenShowedSurvivesAKillNine() throws Exception {
    Path file = dir.resolve("ledger.db");
    Process writer = startWriter(file, 100_000);
    List<String> shown = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(writer.getInputStream(), UTF_8))) {
      while (shown.size() < 150) {
        String line = out.readLine();
        assertThat(line).as(errors(writer)).isNotNull();
        shown.add(line);
      }
      writer.destroyForcibly();
      assertThat(writer.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    try (Ledger ledger =
        Ledger.open(
            file, LedgerFixture.CATALOGUE, LedgerFixture.KIOSK, Clock.systemDefaultZone())) {
      for (String reference : shown) {
        assertThat(ledger.desk().find(reference)).as(reference).isPresent();
      }
      ledger.aggregator().refresh();
      int counted =
          ledger.buckets().between(LocalDate.MIN, LocalDate.MAX).stream()
              .mapToInt(Bucket::visits)
              .sum();
      assertThat((long) counted).isEqualTo(ledger.facts().storedVisits());
    }
  }

  private static Process startWriter(Path file, int tickets) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            LedgerWriterMain.class.getName(),
            file.toString(),
            String.valueOf(tickets))
        .redirectError(file.resolveSibling("writer.err").toFile())
        .start();
  }

  private static String errors(Process writer) {
    return "writer exited " + (writer.isAlive() ? "not yet" : writer.exitValue());
  }
}
