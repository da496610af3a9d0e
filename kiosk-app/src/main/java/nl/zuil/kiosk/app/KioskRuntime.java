package nl.zuil.kiosk.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.recording.Clips;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.hardware.profile.AudioProfile;
import nl.zuil.hardware.profile.KioskProfiles;
import nl.zuil.hardware.profile.ProfileException;
import nl.zuil.kiosk.console.AgentHealth;
import nl.zuil.kiosk.console.ConsoleService;
import nl.zuil.kiosk.console.PartnerOrder;
import nl.zuil.kiosk.disk.DiskWatch;
import nl.zuil.kiosk.nextstep.NextSteps;
import nl.zuil.kiosk.presence.GidsPresence;
import nl.zuil.kiosk.referral.ReferralSlips;
import nl.zuil.kiosk.reload.CatalogueWatcher;
import nl.zuil.kiosk.speech.Narration;
import nl.zuil.kiosk.speech.Narrator;
import nl.zuil.kiosk.speech.Recordings;
import nl.zuil.kiosk.speech.SoundSpeaker;
import nl.zuil.kiosk.speech.Synthesiser;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.StaffTexts;
import nl.zuil.kiosk.text.TextKeyCheck;
import nl.zuil.kiosk.text.VisitorTexts;
import nl.zuil.kiosk.ticket.LedgerTicketOffice;
import nl.zuil.kiosk.ticket.SentOnSlips;
import nl.zuil.kiosk.ticket.TicketDocuments;
import nl.zuil.kiosk.ticket.TicketOffice;
import nl.zuil.kiosk.ticket.WaitEstimator;
import nl.zuil.kiosk.update.RestartAtIdle;
import nl.zuil.kiosk.web.ConsoleCertificate;
import nl.zuil.kiosk.web.ConsoleServer;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigException;
import nl.zuil.kioskfiles.kioskconfig.KioskConfigFile;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.kioskfiles.printer.PrinterStatusFile;
import nl.zuil.kioskfiles.slipkey.SlipKeyFile;
import nl.zuil.kioskfiles.update.PackageUpdateFile;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the kiosk holds open besides its window: the ledger, the printer, and the threads that
 * use them. {@link #close()} is safe to call twice and from a shutdown hook: the last visit is on
 * disk, the buckets are refreshed a last time, the ledger is closed.
 */
public final class KioskRuntime implements AutoCloseable {

  /** The file name the sync agent's settings point {@code printerStatusFile} at. */
  public static final String PRINTER_STATUS_FILE = "printer.json";

  /** The kiosk's own folder of spoken texts, next to the ledger. */
  public static final String SPEECH_FOLDER = "speech";

  /** How often the kiosk looks for a new catalogue file. */
  static final Duration CATALOGUE_POLL = Duration.ofSeconds(10);

  private static final Logger LOG = LoggerFactory.getLogger(KioskRuntime.class);
  private static final Duration CONSOLE_REFRESH = Duration.ofSeconds(30);

  /** How often held visits are tried again and the disk's state is written for the agent. */
  static final Duration DISK_ROUND = Duration.ofSeconds(30);

  /** The version a kiosk reports when no package installed it: built from source, the demo. */
  static final String FROM_SOURCE = "source";

  private final KioskConfig config;
  private final Clock clock;
  private final StartRecord start;
  private RestartAtIdle restart;
  private final AtomicReference<Catalogue> catalogue;
  private final AtomicReference<Catalogue> pendingCatalogue = new AtomicReference<>();
  private final Optional<CatalogueWatcher> catalogueWatcher;
  private final Ledger ledger;
  private final TicketPrinter printer;
  private final ExecutorService ledgerThread =
      Executors.newSingleThreadExecutor(KioskThreads.named("ledger"));
  private final ExecutorService background =
      Executors.newCachedThreadPool(KioskThreads.named("kiosk-background"));
  private final LedgerMaintenance maintenance;
  private final TicketDocuments documents;
  private final GidsPresence presence;
  private final LedgerTicketOffice office;
  private final DiskWatch disk;
  private final ConsoleService console;
  private final Narrator narrator;
  private final ScheduledExecutorService consoleClock =
      Executors.newSingleThreadScheduledExecutor(KioskThreads.named("console-refresh"));
  private ConsoleServer web;
  private ConsoleCertificate certificate;
  private boolean webFailed;
  private boolean closed;

  /**
   * @param bundled the catalogue inside the kiosk, read once: its texts fill what a region's
   *     catalogue lacks, at start and at every reload
   */
  private KioskRuntime(
      KioskConfig config,
      Catalogue catalogue,
      Catalogue bundled,
      Ledger ledger,
      TicketPrinter printer,
      Clock clock,
      StartRecord start) {
    this.config = config;
    this.clock = clock;
    this.start = start;
    this.catalogue = new AtomicReference<>(catalogue);
    this.catalogueWatcher =
        config
            .cataloguePath()
            .map(path -> new CatalogueWatcher(path, bundled, KioskRuntime::missingTexts));
    this.ledger = ledger;
    this.printer = printer;
    this.maintenance = new LedgerMaintenance(ledger, config.retentionDays());
    this.documents = new TicketDocuments(catalogue, config.locationName());
    this.presence = new GidsPresence(catalogue, config.locationCode(), clock);
    // Read once at start-up, before any tap: the console keeps it current after that.
    ledger.presence().today().ifPresent(event -> presence.override(GidsPresence.overrideOf(event)));
    this.office =
        new LedgerTicketOffice(
            ledger,
            new WaitEstimator(ledger, clock),
            printer,
            documents,
            new NextSteps(presence),
            ledgerThread,
            clock);
    this.disk = new DiskWatch(config.ledgerPath(), office::heldVisits, clock);
    this.console =
        new ConsoleService(
            ledger,
            catalogue,
            ledgerThread,
            clock,
            config::deskName,
            printer::status,
            config.agentHealthFile().map(AgentHealth::new),
            PartnerOrder::bySocialMap,
            presence);
    office.onIssued(ticket -> console.changed());
    office.onWriteFailure(
        () -> {
          disk.writeFailed();
          console.changed();
        });
    console.watchDisk(disk::status);
    printer.onStatusChange(status -> console.changed());
    ReferralSlips slips =
        new ReferralSlips(
            ledger,
            this.catalogue::get,
            printer,
            ledgerThread,
            clock,
            config.locationCode(),
            config.locationName(),
            config.cataloguePath().map(SlipKeyFile::besideCatalogue));
    console.onReferral(slips::print);
    // A visitor the gids will not call any more gets the next step on paper, in their language
    // (decision 1005).
    console.onNextStep(new SentOnSlips(office, this.catalogue::get));
    this.narrator =
        new Narrator(
            new Synthesiser("espeak-ng", config.ledgerPath().resolveSibling(SPEECH_FOLDER)),
            new SoundSpeaker(audio(config)),
            () ->
                config
                    .cataloguePath()
                    .map(path -> Recordings.of(this.catalogue.get(), Clips.folderBeside(path)))
                    .orElse(Recordings.NONE));
  }

  /** The profile was loaded while the config was read; only a file changed since then fails. */
  private static AudioProfile audio(KioskConfig config) {
    try {
      return KioskProfiles.of(config.printer()).sound();
    } catch (ProfileException e) {
      LOG.error("the hardware profile's audio settings cannot be read; using the defaults", e);
      return AudioProfile.DEFAULT;
    }
  }

  /**
   * Reads the config and the catalogue, checks the catalogue has every screen text, connects the
   * printer and opens the ledger; starts the ledger maintenance.
   *
   * @param clock the kiosk's wall clock in Dutch time: it decides the service day
   */
  public static KioskRuntime start(Path configFile, Clock clock, PrinterConnector printers)
      throws StartupException {
    KioskConfig config;
    try {
      config = KioskConfigFile.load(configFile, KioskProfiles.SCREENS);
    } catch (KioskConfigException e) {
      throw new StartupException(StartupException.BAD_CONFIG, e.getMessage(), e);
    }
    StartRecord start = StartRecord.begin(config, clock);
    try {
      return start(configFile, config, clock, printers, start);
    } catch (StartupException e) {
      start.failed(e.getMessage());
      throw e;
    }
  }

  private static KioskRuntime start(
      Path configFile,
      KioskConfig config,
      Clock clock,
      PrinterConnector printers,
      StartRecord start)
      throws StartupException {
    Catalogue bundled = CatalogueLoader.loadDefault();
    Catalogue catalogue = catalogue(config, bundled);
    TicketPrinter printer;
    try {
      printer = printers.connect(config.printer());
    } catch (IllegalArgumentException e) {
      throw new StartupException(
          StartupException.BAD_CONFIG, configFile + ": printer: " + e.getMessage(), e);
    }
    Ledger ledger;
    try {
      ledger =
          LedgerOpening.open(
              config.ledgerPath(),
              catalogue,
              new KioskIdentity(config.locationCode(), config.kioskCode()),
              clock);
    } catch (StartupException e) {
      printer.close();
      throw e;
    }
    KioskRuntime runtime =
        new KioskRuntime(config, catalogue, bundled, ledger, printer, clock, start);
    runtime.maintenance.start();
    PrinterStatusFile statusFile = new PrinterStatusFile(printerStatusFile(config));
    Consumer<PrinterStatus> onChange =
        status -> {
          logPrinterStatus(status);
          writeStatus(statusFile, status);
        };
    printer.onStatusChange(onChange);
    onChange.accept(printer.status());
    runtime.consoleClock.scheduleWithFixedDelay(
        runtime::pollCatalogue,
        CATALOGUE_POLL.toSeconds(),
        CATALOGUE_POLL.toSeconds(),
        TimeUnit.SECONDS);
    runtime.disk.publish();
    runtime.consoleClock.scheduleWithFixedDelay(
        runtime::diskRound, DISK_ROUND.toSeconds(), DISK_ROUND.toSeconds(), TimeUnit.SECONDS);
    // Waiting times and the sync state move on even when nobody taps anything.
    runtime.consoleClock.scheduleWithFixedDelay(
        runtime.console::changed,
        CONSOLE_REFRESH.toSeconds(),
        CONSOLE_REFRESH.toSeconds(),
        TimeUnit.SECONDS);
    if (config.console().isPresent()) {
      try {
        runtime.startWebConsole(config.console().get(), clock);
      } catch (StartupException e) {
        runtime.close();
        throw e;
      }
    }
    return runtime;
  }

  /**
   * A keystore that cannot be opened is a config error, found at start-up; a port that is taken is
   * not: visitors still get tickets, and the staff menu says the web console did not start.
   */
  private void startWebConsole(KioskConfig.Console settings, Clock clock) throws StartupException {
    try {
      certificate =
          ConsoleCertificate.open(settings.keystorePath(), settings.keystorePasswordFile());
    } catch (IOException e) {
      throw new StartupException(
          StartupException.BAD_CONFIG, "console.keystorePath: " + e.getMessage(), e);
    }
    try {
      web =
          ConsoleServer.start(
              console,
              new ConsoleServer.Settings(
                  settings.bindAddress(),
                  settings.port(),
                  certificate,
                  settings.gidsPin(),
                  settings.session(),
                  settings.desks(),
                  config.locationName()),
              clock);
    } catch (RuntimeException e) {
      webFailed = true;
      LOG.error(
          "the gids console cannot listen on {}:{}; the kiosk runs without it",
          settings.bindAddress(),
          settings.port(),
          e);
    }
  }

  /**
   * Writes self-service visits the disk refused earlier, once it takes them again, and tells the
   * sync agent how the disk is doing.
   */
  void diskRound() {
    try {
      int before = office.heldVisits();
      int stillHeld = office.retryHeldVisits().get(DISK_ROUND.toSeconds(), TimeUnit.SECONDS);
      if (stillHeld != before) {
        console.changed();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("held self-service visits were not retried: {}", e.getMessage());
    }
    disk.publish();
  }

  /** A stop is the last chance for visits the disk refused: said loudly when they are lost. */
  private void writeHeldVisitsLastTime() {
    if (office.heldVisits() == 0) {
      return;
    }
    try {
      int lost = office.retryHeldVisits().get(10, TimeUnit.SECONDS);
      if (lost > 0) {
        LOG.error(
            "stopping with {} self-service visits the disk never took: they are not counted", lost);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.error(
          "stopping with {} self-service visits the disk never took: they are not counted",
          office.heldVisits());
    }
  }

  /**
   * Where the printer's status is kept for the sync agent's health report: beside the ledger, the
   * one folder both processes share.
   */
  public static Path printerStatusFile(KioskConfig config) {
    return config.ledgerPath().resolveSibling(PRINTER_STATUS_FILE);
  }

  private static void writeStatus(PrinterStatusFile file, PrinterStatus status) {
    try {
      file.write(status);
    } catch (IOException e) {
      // The kiosk keeps serving visitors; the region merely sees an older printer state.
      LOG.warn("cannot write the printer status to {}: {}", file.file(), e.getMessage());
    }
  }

  private static Catalogue catalogue(KioskConfig config, Catalogue bundled)
      throws StartupException {
    Catalogue catalogue;
    if (config.cataloguePath().isPresent()) {
      try {
        catalogue = CatalogueLoader.load(config.cataloguePath().get()).withTextsFrom(bundled);
      } catch (CatalogueException e) {
        throw new StartupException(StartupException.BAD_CONFIG, e.getMessage(), e);
      }
    } else {
      catalogue = bundled;
    }
    List<String> problems = missingTexts(catalogue);
    if (!problems.isEmpty()) {
      String source = config.cataloguePath().map(Path::toString).orElse("the bundled catalogue");
      throw new StartupException(
          StartupException.BAD_CONFIG,
          source + " lacks texts the kiosk screens show:\n  " + String.join("\n  ", problems),
          null);
    }
    return catalogue;
  }

  private static List<String> missingTexts(Catalogue catalogue) {
    List<String> problems = new ArrayList<>();
    problems.addAll(TextKeyCheck.problems(catalogue, VisitorTexts.all()));
    problems.addAll(TextKeyCheck.problems(catalogue, StaffTexts.all()));
    problems.addAll(TextKeyCheck.problems(catalogue, ConsoleTexts.all()));
    return problems;
  }

  /**
   * Reads the catalogue file if it changed; a valid new catalogue waits until the visitor screen is
   * idle ({@link #applyPendingCatalogue}). Runs on the background scheduler, never on the screen's
   * thread.
   */
  public void pollCatalogue() {
    catalogueWatcher.flatMap(CatalogueWatcher::poll).ifPresent(pendingCatalogue::set);
  }

  /**
   * Switches to the catalogue {@link #pollCatalogue} found, but only between visitors: a visitor
   * halfway through must not see the tiles change under their finger.
   *
   * @param visitorScreenIdle the welcome screen in the default language, nobody tapping
   * @return the catalogue now in use, when it changed
   */
  public Optional<Catalogue> applyPendingCatalogue(boolean visitorScreenIdle) {
    if (!visitorScreenIdle) {
      return Optional.empty();
    }
    Catalogue next = pendingCatalogue.getAndSet(null);
    if (next == null) {
      return Optional.empty();
    }
    ledger.useCatalogue(next);
    presence.useCatalogue(next);
    documents.useCatalogue(next);
    console.useCatalogue(next);
    catalogue.set(next);
    start.catalogueTakenUp(next.version());
    LOG.info("catalogue {} version {} in use", next.region().code(), next.version());
    return Optional.of(next);
  }

  /**
   * The visitor screen's first frame is out: the start succeeded, with the catalogue it shows. The
   * sync agent reports this as the kiosk's last start (after an update: the update's result).
   */
  public void shown() {
    start.shown(catalogue.get().version());
  }

  /**
   * From now on a newer kiosk package installed while this kiosk runs stops it at the next idle
   * moment ({@link #restartAtIdle}), through {@code stop}, so that systemd starts the new version.
   */
  public void followUpdates(Runnable stop) {
    restart =
        new RestartAtIdle(
            PackageUpdateFile.besideLedger(config.ledgerPath()), start.startedAt(), stop);
    consoleClock.scheduleWithFixedDelay(
        restart::poll, 0, CATALOGUE_POLL.toSeconds(), TimeUnit.SECONDS);
  }

  /**
   * Stops the kiosk for a waiting update when nobody uses the screen (see {@link #followUpdates}).
   *
   * @return true when the kiosk is now stopping
   */
  public boolean restartAtIdle(boolean visitorScreenIdle) {
    return restart != null && restart.atIdle(visitorScreenIdle);
  }

  /** Printer faults go to the log for IT; the visitor only ever hears "no paper ticket". */
  private static void logPrinterStatus(PrinterStatus status) {
    if (status.canPrint()) {
      LOG.info("printer ready{}", status.paperNearEnd() ? " (paper nearly out)" : "");
    } else {
      LOG.warn(
          "printer cannot print: online={} coverOpen={} paperOut={} cutterError={}",
          status.online(),
          status.coverOpen(),
          status.paperOut(),
          status.cutterError());
    }
  }

  public KioskConfig config() {
    return config;
  }

  public Catalogue catalogue() {
    return catalogue.get();
  }

  public Ledger ledger() {
    return ledger;
  }

  public TicketPrinter printer() {
    return printer;
  }

  public TicketOffice office() {
    return office;
  }

  public GidsPresence presence() {
    return presence;
  }

  public ConsoleService console() {
    return console;
  }

  /** The web console, while it runs. */
  public Optional<ConsoleServer> web() {
    return Optional.ofNullable(web);
  }

  /**
   * How gidsen reach the console from a browser, in words for the staff menu: the address and the
   * certificate's check code, or why there is none.
   */
  public List<String> webConsoleLines() {
    ScreenTexts texts = ScreenTexts.fixed(catalogue.get(), StaffTexts.LANGUAGE);
    if (web != null) {
      return List.of(
          texts.now(StaffTexts.WEB_ADDRESS, Map.of("url", web.url())),
          texts.now(StaffTexts.WEB_FINGERPRINT, Map.of("fingerprint", certificate.fingerprint())));
    }
    return List.of(texts.now(webFailed ? StaffTexts.WEB_FAILED : StaffTexts.WEB_OFF));
  }

  public DiskWatch disk() {
    return disk;
  }

  public TicketDocuments documents() {
    return documents;
  }

  /** For slow work that is not the ledger's, such as checking a PIN. */
  /** Reads screens aloud through the profile's audio output. */
  public Narration narration() {
    return narrator;
  }

  public ExecutorService background() {
    return background;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    LOG.info("kiosk stopping");
    if (web != null) {
      web.close();
    }
    consoleClock.shutdownNow();
    writeHeldVisitsLastTime();
    narrator.close();
    ledgerThread.shutdown();
    try {
      if (!ledgerThread.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("a ledger call was still running after 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    maintenance.stop();
    background.shutdownNow();
    try {
      printer.close();
    } catch (RuntimeException e) {
      LOG.warn("closing the printer failed", e);
    }
    ledger.close();
    LOG.info("kiosk stopped; ledger closed");
  }
}
