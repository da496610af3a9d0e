package nl.zuil.kiosk.console;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.zuil.catalogue.Codes;
import nl.zuil.catalogue.Outcome;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.DiskTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.StaffTexts;
import nl.zuil.kioskfiles.health.LedgerDiskStatus;
import nl.zuil.kioskfiles.printer.PrinterCondition;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.Ticket;

/** Reads a {@link Board} from the ledger; call on the ledger thread. */
final class BoardReader {

  private static final Duration RECENT = Duration.ofHours(1);
  private static final long MEGABYTE = 1024 * 1024;
  private static final DiskTexts DISK = new DiskTexts(StaffTexts.LANGUAGE);

  private final Ledger ledger;
  private final Rows rows;
  private final ScreenTexts texts;
  private final Clock clock;
  private final Supplier<PrinterStatus> printer;
  private final Optional<AgentHealth> agent;
  private final Supplier<Optional<LedgerDiskStatus>> disk;

  BoardReader(
      Ledger ledger,
      Rows rows,
      ScreenTexts texts,
      Clock clock,
      Supplier<PrinterStatus> printer,
      Optional<AgentHealth> agent,
      Supplier<Optional<LedgerDiskStatus>> disk) {
    this.ledger = ledger;
    this.rows = rows;
    this.texts = texts;
    this.clock = clock;
    this.printer = printer;
    this.agent = agent;
    this.disk = disk;
  }

  Board read() {
    LocalDate today = LocalDate.now(clock);
    List<Ticket> waiting = ledger.desk().waiting();
    List<Ticket> called = ledger.desk().called();
    List<Ticket> finished = ledger.desk().finishedOn(today);
    // Visits no gids saw are the kiosk's own record: there is no outcome of a gids to correct.
    String selfService =
        ledger.catalogue().selfServiceOutcome().map(Outcome::code).orElse(Codes.NONE);
    List<Ticket> referred = finished.stream().filter(t -> t.partnerCode() != null).toList();
    long visitors =
        waiting.stream().filter(t -> t.serviceDate().equals(today)).count()
            + called.stream().filter(t -> t.serviceDate().equals(today)).count()
            + finished.size();
    String counts =
        texts.now(
            ConsoleTexts.COUNTS,
            Map.of(
                "visitors", visitors,
                "waiting", waiting.size(),
                "called", called.size(),
                "finished", finished.size()));
    String outcomes =
        ledger.catalogue().outcomes().stream()
            // What gidsen did today; visits no gids saw are the region's figure, not theirs.
            .filter(o -> !o.selfService())
            .map(
                o ->
                    rows.label(o.labels())
                        + " "
                        + finished.stream().filter(t -> o.code().equals(t.outcomeCode())).count())
            .collect(Collectors.joining(" · "));
    String confirmed =
        texts.now(
            ConsoleTexts.COUNTS_CONFIRMED,
            Map.of(
                "confirmed",
                referred.stream().filter(Ticket::referralConfirmed).count(),
                "referred",
                referred.size()));
    return new Board(
        waiting.stream().map(rows::row).toList(),
        called.stream().map(rows::row).toList(),
        referred.stream().map(rows::row).toList(),
        counts,
        outcomes + " · " + confirmed,
        printerLine(printer.get()),
        agent.map(a -> syncLine(a.read())).orElse(null),
        disk.get().flatMap(this::diskLine).orElse(null),
        "",
        Map.of(),
        finished.stream().filter(t -> !selfService.equals(t.outcomeCode())).map(rows::row).toList(),
        ledger.desk().sentToNextStepOn(today).stream().map(Ticket::number).toList());
  }

  private PrinterLine printerLine(PrinterStatus status) {
    PrinterLine.Level level =
        status.condition() == PrinterCondition.READY
            ? PrinterLine.Level.OK
            : status.canPrint() ? PrinterLine.Level.WARNING : PrinterLine.Level.FAULT;
    return new PrinterLine(texts.now(StaffTexts.printer(status)), level);
  }

  /**
   * Visits waiting for the disk come first, then a failure in the last hour (a visitor saw the
   * error), then little space left.
   */
  private Optional<String> diskLine(LedgerDiskStatus status) {
    if (status.heldVisits() > 0) {
      return Optional.of(DISK.held(status.heldVisits()));
    }
    Optional<Instant> recent =
        status.lastWriteFailure().filter(at -> at.isAfter(clock.instant().minus(RECENT)));
    if (recent.isPresent()) {
      String when = rows.moment(LocalDateTime.ofInstant(recent.get(), clock.getZone()));
      return Optional.of(DISK.failed(when));
    }
    if (status.lowOnSpace()) {
      return Optional.of(DISK.low(status.freeBytes() / MEGABYTE));
    }
    return Optional.empty();
  }

  private SyncLine syncLine(AgentHealth.Report report) {
    if (!report.present()) {
      return new SyncLine(texts.now(ConsoleTexts.SYNC_UNKNOWN), true);
    }
    Optional<String> when =
        report.lastSuccess().map(at -> rows.moment(LocalDateTime.ofInstant(at, clock.getZone())));
    if (report.troubled(Instant.now(clock))) {
      return new SyncLine(
          when.map(w -> texts.now(ConsoleTexts.SYNC_TROUBLE, Map.of("when", w)))
              .orElse(texts.now(ConsoleTexts.SYNC_NEVER)),
          true);
    }
    return when.map(w -> new SyncLine(texts.now(ConsoleTexts.SYNC_LAST, Map.of("when", w)), false))
        .orElse(new SyncLine(texts.now(ConsoleTexts.SYNC_NEVER), true));
  }
}
