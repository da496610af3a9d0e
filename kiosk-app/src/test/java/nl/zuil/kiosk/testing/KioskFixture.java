package nl.zuil.kiosk.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.kiosk.app.KioskScene;
import nl.zuil.kiosk.console.ConsoleService;
import nl.zuil.kiosk.console.PartnerOrder;
import nl.zuil.kiosk.nextstep.NextSteps;
import nl.zuil.kiosk.presence.GidsPresence;
import nl.zuil.kiosk.ticket.LedgerTicketOffice;
import nl.zuil.kiosk.ticket.SentOnSlips;
import nl.zuil.kiosk.ticket.TicketDocuments;
import nl.zuil.kiosk.ticket.WaitEstimator;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.LedgerOpenException;
import nl.zuil.ledger.Ticket;
import nl.zuil.testsupport.TestClock;

/**
 * A kiosk's parts without a window: the default catalogue, a real ledger in a temporary folder, a
 * recording printer and a clock the test moves. The same clock drives the ledger and the screens.
 */
public final class KioskFixture implements AutoCloseable {

  public static final Catalogue CATALOGUE = CatalogueLoader.loadDefault();

  public final TestClock clock = TestClock.at("2026-11-23T09:30");
  public final KioskConfig config;
  public final Ledger ledger;
  public final RecordingPrinter printer = new RecordingPrinter();
  public final TicketDocuments documents;
  public final GidsPresence presence;
  public final LedgerTicketOffice office;
  public final ConsoleService console;
  public final RecordingNarration narration = new RecordingNarration();
  private final ExecutorService ledgerThread;

  private KioskFixture(Path dir, String configJson, boolean threaded) {
    config = TestConfigs.load(dir, configJson);
    try {
      ledger =
          Ledger.open(
              config.ledgerPath(),
              CATALOGUE,
              new KioskIdentity(config.locationCode(), config.kioskCode()),
              clock);
    } catch (LedgerOpenException e) {
      throw new AssertionError(e);
    }
    documents = new TicketDocuments(CATALOGUE, config.locationName());
    ledgerThread = threaded ? Executors.newSingleThreadExecutor() : null;
    Executor executor = threaded ? ledgerThread : Runnable::run;
    presence = new GidsPresence(CATALOGUE, config.locationCode(), clock);
    office =
        new LedgerTicketOffice(
            ledger,
            new WaitEstimator(ledger, clock),
            printer,
            documents,
            new NextSteps(presence),
            executor,
            clock);
    console =
        new ConsoleService(
            ledger,
            CATALOGUE,
            executor,
            clock,
            config::deskName,
            printer::status,
            Optional.empty(),
            PartnerOrder::bySocialMap,
            presence);
    office.onIssued(ticket -> console.changed());
    console.onNextStep(new SentOnSlips(office, () -> CATALOGUE));
  }

  /**
   * The kiosk's scene over these parts, as the window shows it; build it on the JavaFX thread. Slow
   * work that is not the ledger's (the PIN hash) runs on the calling thread.
   */
  public KioskScene scene(Runnable exit) {
    return new KioskScene(
        config,
        CATALOGUE,
        office,
        printer,
        documents,
        Runnable::run,
        clock,
        exit,
        console,
        List.of("Gidsconsole in de browser: niet ingesteld"),
        narration);
  }

  /**
   * {@link #scene} as the kiosk's window starts it: the welcome screen only, the rest built at the
   * first tap or by {@link KioskScene#buildTheOtherScreens}.
   */
  public KioskScene welcomeFirstScene(Runnable exit) {
    return KioskScene.welcomeFirst(
        config,
        CATALOGUE,
        office,
        printer,
        documents,
        Runnable::run,
        clock,
        exit,
        console,
        List.of("Gidsconsole in de browser: niet ingesteld"),
        narration);
  }

  /** Ledger calls run on the caller's thread: view-model tests need no waiting. */
  public static KioskFixture direct(Path dir) {
    return new KioskFixture(dir, TestConfigs.landscapeJson(), false);
  }

  /** Ledger calls run on their own thread, as in the kiosk. */
  public static KioskFixture threaded(Path dir, String configJson) {
    return new KioskFixture(dir, configJson, true);
  }

  public long visits() {
    return ledger.facts().storedVisits();
  }

  public List<Ticket> waiting() {
    return ledger.desk().waiting();
  }

  @Override
  public void close() {
    if (ledgerThread != null) {
      ledgerThread.shutdown();
      try {
        ledgerThread.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    ledger.close();
  }
}
