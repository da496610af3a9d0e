package nl.zuil.kiosk.console;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Codes;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.Partner;
import nl.zuil.catalogue.presence.Presence;
import nl.zuil.catalogue.presence.PresenceOverride;
import nl.zuil.kiosk.presence.GidsPresence;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.StaffTexts;
import nl.zuil.kiosk.text.TextKey;
import nl.zuil.kioskfiles.health.LedgerDiskStatus;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.kioskfiles.printer.PrinterStatus;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.Ticket;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.TicketState;
import nl.zuil.ledger.contact.ContactRequest;
import nl.zuil.ledger.presence.PresenceEvent;
import nl.zuil.regionapi.Channel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gids console's one logic, behind both faces (the staff screen on the kiosk and the web page):
 * every action is a ledger transition on the kiosk's ledger thread, answered in the gids's words.
 * After each change the whole {@link Board} is read again and handed to every listener, so all
 * consoles and the waiting-room display show the same tickets.
 *
 * <p>The ledger decides every conflict: when two gidsen call one ticket, one call wins and the
 * other gets "W-014 is al opgeroepen bij Balie 2", with nothing changed.
 */
public final class ConsoleService {

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleService.class);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

  /** The outcome code of "Weggegaan zonder hulp" in the catalogue. */
  public static final String LEFT_WITHOUT_HELP = "left";

  private final Ledger ledger;
  private final Executor ledgerThread;
  private final Clock clock;
  private final UnaryOperator<String> deskNames;
  private final Supplier<PrinterStatus> printer;
  private final Optional<AgentHealth> agentHealth;
  private final Function<Catalogue, PartnerOrder> partnerOrder;
  private final GidsPresence presence;
  private volatile Words words;
  private volatile Supplier<Optional<LedgerDiskStatus>> disk = Optional::empty;
  private final List<Consumer<Board>> boardListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<Announcement>> callListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<Ticket>> referralListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<Ticket>> nextStepListeners = new CopyOnWriteArrayList<>();
  private final AtomicBoolean refreshQueued = new AtomicBoolean();
  private final AtomicLong announcements = new AtomicLong();
  private volatile Board latest;

  /**
   * @param ledgerThread the kiosk's single ledger thread, shared with the ticket office
   * @param clock the kiosk's wall clock in Dutch time
   * @param deskNames a desk's name by its code
   * @param agentHealth the sync agent's health file, if this kiosk runs one
   * @param partnerOrder how a catalogue's partners are offered, made again for a new catalogue
   */
  public ConsoleService(
      Ledger ledger,
      Catalogue catalogue,
      Executor ledgerThread,
      Clock clock,
      UnaryOperator<String> deskNames,
      Supplier<PrinterStatus> printer,
      Optional<AgentHealth> agentHealth,
      Function<Catalogue, PartnerOrder> partnerOrder,
      GidsPresence presence) {
    this.ledger = ledger;
    this.ledgerThread = ledgerThread;
    this.clock = clock;
    this.deskNames = deskNames;
    this.printer = printer;
    this.agentHealth = agentHealth;
    this.partnerOrder = partnerOrder;
    this.presence = presence;
    this.words = words(catalogue);
  }

  /**
   * Everything the console says that comes from the catalogue, swapped as one so that a board is
   * never read half in the old catalogue and half in the new.
   */
  private record Words(
      Catalogue catalogue,
      ScreenTexts texts,
      Rows rows,
      BoardReader reader,
      PartnerOrder partners,
      PartnerRoutes routes) {}

  private Words words(Catalogue catalogue) {
    ScreenTexts texts = ScreenTexts.fixed(catalogue, StaffTexts.LANGUAGE);
    Rows rows = new Rows(catalogue, texts, clock, deskNames);
    return new Words(
        catalogue,
        texts,
        rows,
        new BoardReader(ledger, rows, texts, clock, printer, agentHealth, () -> disk.get()),
        partnerOrder.apply(catalogue),
        new PartnerRoutes(texts, presence.locationCode()));
  }

  /** Shows what is wrong with the disk under the ledger, from the next board on. */
  public void watchDisk(Supplier<LedgerDiskStatus> status) {
    disk = () -> Optional.of(status.get());
  }

  /**
   * Takes up a new catalogue (the kiosk found one at an idle moment): outcomes, partners with their
   * order and routes, and texts follow it from the next board on, in the browser consoles too.
   */
  public void useCatalogue(Catalogue next) {
    words = words(next);
    changed();
  }

  /**
   * Called with every new board, on the ledger thread: hand the work on, do not block it.
   *
   * @return stops the calls, for screens that are rebuilt (a new catalogue)
   */
  public Runnable onBoard(Consumer<Board> listener) {
    boardListeners.add(listener);
    return () -> boardListeners.remove(listener);
  }

  /**
   * Called when a ticket is called or called again, on the ledger thread.
   *
   * @return stops the calls
   */
  public Runnable onCall(Consumer<Announcement> listener) {
    callListeners.add(listener);
    return () -> callListeners.remove(listener);
  }

  /**
   * Called when a gids records an outcome that names a partner, on the ledger thread after the
   * commit: the kiosk prints the referral slip (decision 1053).
   *
   * @return stops the calls
   */
  public Runnable onReferral(Consumer<Ticket> listener) {
    referralListeners.add(listener);
    return () -> referralListeners.remove(listener);
  }

  /**
   * Called for each waiting ticket sent to the next step when the gids ends presence (decision
   * 1005), on the ledger thread after the commit: the kiosk prints its next-step slip.
   *
   * @return stops the calls
   */
  public Runnable onNextStep(Consumer<Ticket> listener) {
    nextStepListeners.add(listener);
    return () -> nextStepListeners.remove(listener);
  }

  /** The board as last read, or null before the first read. */
  public Board latest() {
    return latest;
  }

  /** Reads the board now and tells every listener. */
  public CompletableFuture<Board> board() {
    return supply(this::publish);
  }

  /**
   * Something changed outside the console (a ticket was issued, the printer or the time moved on):
   * reads the board again soon. Calls that arrive while a read is queued share it.
   */
  public void changed() {
    if (refreshQueued.compareAndSet(false, true)) {
      try {
        ledgerThread.execute(
            () -> {
              refreshQueued.set(false);
              try {
                publish();
              } catch (RuntimeException e) {
                LOG.error("could not read the console board from the ledger", e);
              }
            });
      } catch (RejectedExecutionException e) {
        refreshQueued.set(false);
      }
    }
  }

  public CompletableFuture<ConsoleAnswer> callNext(Desk desk) {
    return act(
        () -> {
          Optional<Ticket> next = ledger.desk().callNext(desk.code());
          if (next.isEmpty()) {
            return ConsoleAnswer.refused(
                words.texts().now(ConsoleTexts.MESSAGE_NOBODY_WAITING), null);
          }
          return called(next.get(), desk);
        });
  }

  /**
   * Calls the ticket a gids typed, scanned or tapped: a number, a reference or a scanned QR link.
   */
  public CompletableFuture<ConsoleAnswer> call(String typedOrScanned, Desk desk) {
    Optional<String> ticket = TicketInput.read(typedOrScanned);
    if (ticket.isEmpty()) {
      return CompletableFuture.completedFuture(
          ConsoleAnswer.refused(words.texts().now(ConsoleTexts.REFUSED_NOT_FOUND), null));
    }
    return act(ticket.get(), () -> called(ledger.desk().call(ticket.get(), desk.code()), desk));
  }

  /** Announces a called ticket again, to the desk that called it; the ledger does not change. */
  public CompletableFuture<ConsoleAnswer> recall(String reference) {
    return act(
        reference,
        () -> {
          Ticket ticket = require(reference);
          if (ticket.state() != TicketState.CALLED) {
            throw new TicketRefusedException(
                ticket.state() == TicketState.DONE
                    ? TicketRefusedException.Reason.ALREADY_FINISHED
                    : TicketRefusedException.Reason.NOT_CALLED,
                "ticket " + ticket.number() + " is not called");
          }
          announce(ticket.number(), words.rows().desk(ticket.deskCode()));
          return ConsoleAnswer.done(
              words.texts().now(ConsoleTexts.MESSAGE_RECALLED, Map.of("ticket", ticket.number())),
              words.rows().row(ticket));
        });
  }

  /** Puts a called ticket back in the queue at its old place. */
  public CompletableFuture<ConsoleAnswer> undo(String reference) {
    return act(
        reference,
        () -> {
          Ticket ticket = ledger.desk().undoCall(reference);
          return ConsoleAnswer.done(
              words.texts().now(ConsoleTexts.MESSAGE_UNDONE, Map.of("ticket", ticket.number())),
              words.rows().row(ticket));
        });
  }

  /**
   * Records what happened to a called ticket.
   *
   * @param partnerCode the partner referred to, or null for none
   */
  public CompletableFuture<ConsoleAnswer> finish(
      String reference, String outcomeCode, String partnerCode) {
    return act(
        reference,
        () -> {
          Ticket ticket = ledger.desk().recordOutcome(reference, outcomeCode, partnerCode);
          if (ticket.partnerCode() != null && !Codes.NONE.equals(ticket.partnerCode())) {
            referred(ticket);
          }
          return ConsoleAnswer.done(
              words
                  .texts()
                  .now(
                      ConsoleTexts.MESSAGE_FINISHED,
                      Map.of(
                          "ticket",
                          ticket.number(),
                          "outcome",
                          words.rows().outcome(ticket.outcomeCode(), ticket.partnerCode()))),
              words.rows().row(ticket));
        });
  }

  /**
   * Changes the outcome of a ticket finished today, for a gids who tapped the wrong one (decision
   * 1004): the ledger replaces it and the buckets carry the change to the region once. No referral
   * slip is printed: the visitor has gone.
   *
   * @param partnerCode the partner referred to, or null for none
   */
  public CompletableFuture<ConsoleAnswer> correct(
      String reference, String outcomeCode, String partnerCode) {
    return act(
        reference,
        () -> {
          Ticket ticket = ledger.desk().correctOutcome(reference, outcomeCode, partnerCode);
          return ConsoleAnswer.done(
              words
                  .texts()
                  .now(
                      ConsoleTexts.MESSAGE_CORRECTED,
                      Map.of(
                          "ticket",
                          ticket.number(),
                          "outcome",
                          words.rows().outcome(ticket.outcomeCode(), ticket.partnerCode()))),
              words.rows().row(ticket));
        });
  }

  /**
   * "Nog een vraag": adds a further question with its own outcome to a visit just finished; it
   * stays one visit (decision 1006).
   *
   * @param situationCode the visitor's situation for this question, or null for none
   * @param partnerCode the partner referred to, or null for none
   */
  public CompletableFuture<ConsoleAnswer> addQuestion(
      String reference,
      String questionCode,
      String situationCode,
      String outcomeCode,
      String partnerCode) {
    return act(
        reference,
        () -> {
          int count =
              ledger
                  .desk()
                  .addQuestion(reference, questionCode, situationCode, outcomeCode, partnerCode);
          Ticket ticket = ledger.desk().find(reference).orElseThrow();
          return ConsoleAnswer.done(
              words
                  .texts()
                  .now(
                      ConsoleTexts.MESSAGE_QUESTION_ADDED,
                      Map.of("ticket", ticket.number(), "count", count)),
              words.rows().row(ticket));
        });
  }

  /**
   * "Doorgeven": hands a visit just finished on to another desk; it waits again at its original
   * place, and the gids who calls it records a further question of the same visit (decision 1006).
   */
  public CompletableFuture<ConsoleAnswer> handOn(String reference) {
    return act(
        reference,
        () -> {
          Ticket ticket = ledger.desk().handOn(reference);
          return ConsoleAnswer.done(
              words.texts().now(ConsoleTexts.MESSAGE_HANDED_ON, Map.of("ticket", ticket.number())),
              words.rows().row(ticket));
        });
  }

  /**
   * Whether the console asks "are you sure?" before recording this outcome: "Weggegaan zonder hulp"
   * counts against the location, and one mis-tap next to "Vraag beantwoord" used to stay in the
   * figures (decision 1004).
   */
  public static boolean asksConfirmation(Outcome outcome) {
    return LEFT_WITHOUT_HELP.equals(outcome.code());
  }

  /** Marks a referral of today as having reached the partner ("doorverwijzing gelukt"). */
  public CompletableFuture<ConsoleAnswer> confirmReferral(String reference) {
    return act(
        reference,
        () -> {
          Ticket ticket = ledger.desk().confirmReferral(reference);
          return ConsoleAnswer.done(
              words.texts().now(ConsoleTexts.MESSAGE_CONFIRMED, Map.of("ticket", ticket.number())),
              words.rows().row(ticket));
        });
  }

  /**
   * Records a contact without a ticket (decision 1003): a phone call, an e-mail or chat, a visitor
   * helped at the desk, an employer, a group session with its head count. It is counted apart from
   * the visits and never enters the queue.
   *
   * @param situationCode null when skipped
   * @param partnerCode the partner referred to, or null for none
   * @param people 1, or a group session's head count
   */
  public CompletableFuture<ConsoleAnswer> recordContact(
      Channel channel,
      String questionCode,
      String situationCode,
      String outcomeCode,
      String partnerCode,
      int people) {
    if (channel != null
        && channel.countsHeads()
        && (people < 2 || people > Channel.MAX_GROUP_SIZE)) {
      return CompletableFuture.completedFuture(
          ConsoleAnswer.refused(
              words.texts().now(ConsoleTexts.REFUSED_PEOPLE, Map.of("max", Channel.MAX_GROUP_SIZE)),
              null));
    }
    return act(
        () -> {
          ledger
              .contacts()
              .record(
                  new ContactRequest(
                      channel, questionCode, situationCode, outcomeCode, partnerCode, people));
          return ConsoleAnswer.done(
              words
                  .texts()
                  .now(
                      ConsoleTexts.MESSAGE_CONTACT,
                      Map.of(
                          "channel",
                          channelName(channel),
                          "outcome",
                          words.rows().outcome(outcomeCode, partnerCode))),
              null);
        });
  }

  /** The contact channels a gids chooses from, in the order the console offers them. */
  public List<Channel> contactChannels() {
    return Arrays.stream(Channel.values()).filter(Channel::isContact).toList();
  }

  /** A contact channel in the gids's words. */
  public String channelName(Channel channel) {
    TextKey key =
        switch (channel) {
          case DESK -> ConsoleTexts.CONTACT_DESK;
          case PHONE -> ConsoleTexts.CONTACT_PHONE;
          case ONLINE -> ConsoleTexts.CONTACT_ONLINE;
          case EMPLOYER -> ConsoleTexts.CONTACT_EMPLOYER;
          case GROUP -> ConsoleTexts.CONTACT_GROUP;
          case KIOSK -> throw new IllegalArgumentException("the kiosk is not a contact channel");
        };
    return words.texts().now(key);
  }

  /**
   * The outcomes a gids chooses from, in catalogue order; the self-service outcome is the kiosk's
   * own, for visits no gids saw.
   */
  public List<Outcome> outcomes() {
    return words.catalogue().outcomes().stream().filter(o -> !o.selfService()).toList();
  }

  /** The partners to offer for a ticket with this question, the most suitable first. */
  public List<Partner> partnersFor(String questionCode) {
    return words.partners().forQuestion(questionCode);
  }

  /** The partners for this question and situation (null when skipped), the most suitable first. */
  public List<Partner> partnersFor(String questionCode, String situationCode) {
    return words.partners().forTicket(questionCode, situationCode);
  }

  /** How a gids reaches the partner for a warm handoff and whether that is open now. */
  public String handoffLine(Partner partner) {
    return words.routes().line(partner, presence.roster());
  }

  /**
   * "Gids aanwezig" or "Geen gids meer vandaag": recorded as an event in the ledger first, then the
   * kiosk's visitor screen follows it for the rest of the day.
   */
  public CompletableFuture<ConsoleAnswer> presence(PresenceOverride.Kind kind) {
    return act(
        () -> {
          int waiting = waitingToday();
          if (kind == PresenceOverride.Kind.ABSENT && waiting > 0) {
            // The gids must say what happens to them first (decision 1005).
            return ConsoleAnswer.refused(
                words.texts().now(ConsoleTexts.REFUSED_PEOPLE_WAITING, Map.of("count", waiting)),
                null);
          }
          PresenceEvent event =
              ledger
                  .presence()
                  .record(
                      kind == PresenceOverride.Kind.PRESENT
                          ? PresenceEvent.Kind.OVERRIDE_PRESENT
                          : PresenceEvent.Kind.OVERRIDE_ABSENT);
          presence.override(GidsPresence.overrideOf(event));
          return ConsoleAnswer.done(
              words
                  .texts()
                  .now(
                      kind == PresenceOverride.Kind.PRESENT
                          ? ConsoleTexts.MESSAGE_PRESENT
                          : ConsoleTexts.MESSAGE_ABSENT),
              null);
        });
  }

  /** What happens to the visitors still waiting when the gids ends presence for the day. */
  public enum WhenLeaving {
    /** They stay in the queue and are still called; only new visitors get the next step. */
    SERVE_WAITING,
    /** Each gets the next step, on the display and on a printed slip, instead of a call. */
    NEXT_STEP
  }

  /**
   * "Geen gids meer vandaag" with visitors waiting, once the gids has said what happens to them
   * (decision 1005). Nobody keeps a number nobody will call: either they are still served, or each
   * gets the next step.
   */
  public CompletableFuture<ConsoleAnswer> endPresence(WhenLeaving choice) {
    return act(
        () -> {
          PresenceEvent event = ledger.presence().record(PresenceEvent.Kind.OVERRIDE_ABSENT);
          presence.override(GidsPresence.overrideOf(event));
          if (choice == WhenLeaving.SERVE_WAITING) {
            return ConsoleAnswer.done(
                words
                    .texts()
                    .now(ConsoleTexts.MESSAGE_ABSENT_SERVE, Map.of("count", waitingToday())),
                null);
          }
          List<Ticket> sent = ledger.desk().sendWaitingToNextStep(LocalDate.now(clock));
          for (Ticket ticket : sent) {
            // Recorded already: a slip that cannot be printed must not undo the answer.
            try {
              nextStepListeners.forEach(listener -> listener.accept(ticket));
            } catch (RuntimeException e) {
              LOG.error("a next-step listener failed", e);
            }
          }
          return ConsoleAnswer.done(
              words
                  .texts()
                  .now(ConsoleTexts.MESSAGE_ABSENT_NEXT_STEP, Map.of("count", sent.size())),
              null);
        });
  }

  /** Today's waiting tickets: the visitors in the room (earlier days' are closed by a gids). */
  private int waitingToday() {
    LocalDate today = LocalDate.now(clock);
    return (int)
        ledger.desk().waiting().stream().filter(t -> t.serviceDate().equals(today)).count();
  }

  /** Whether this location has gids hours, so that a presence override means something. */
  public boolean rostered() {
    return presence.hasGidsHours();
  }

  /** Whether visitors get a number or the next step now, and why; empty without a roster. */
  public String presenceLine() {
    if (!presence.rostered()) {
      return "";
    }
    Presence now = presence.now();
    Optional<PresenceOverride> override = now.override();
    if (override.isPresent()) {
      String time = CLOCK.format(override.get().setAt());
      return words
          .texts()
          .now(
              override.get().kind() == PresenceOverride.Kind.PRESENT
                  ? ConsoleTexts.PRESENCE_STAFFED_OVERRIDE
                  : ConsoleTexts.PRESENCE_UNSTAFFED_OVERRIDE,
              Map.of("time", time));
    }
    if (now.staffed()) {
      return words
          .texts()
          .now(
              ConsoleTexts.PRESENCE_STAFFED,
              Map.of("until", CLOCK.format(now.current().orElseThrow().end())));
    }
    return now.next()
        .map(
            p ->
                words
                    .texts()
                    .now(
                        ConsoleTexts.PRESENCE_UNSTAFFED,
                        Map.of("next", PartnerRoutes.when(p.start(), now.now(), words.texts()))))
        .orElse(words.texts().now(ConsoleTexts.PRESENCE_UNSTAFFED_NO_NEXT));
  }

  /** The console's texts, in Dutch. */
  public ScreenTexts texts() {
    return words.texts();
  }

  public Catalogue catalogue() {
    return words.catalogue();
  }

  private ConsoleAnswer called(Ticket ticket, Desk desk) {
    announce(ticket.number(), desk.name());
    return ConsoleAnswer.done(
        words
            .texts()
            .now(
                ConsoleTexts.MESSAGE_CALLED,
                Map.of("ticket", ticket.number(), "desk", desk.name())),
        words.rows().row(ticket));
  }

  private void referred(Ticket ticket) {
    for (Consumer<Ticket> listener : referralListeners) {
      // The outcome is recorded already: a slip that cannot be printed must not undo the answer.
      try {
        listener.accept(ticket);
      } catch (RuntimeException e) {
        LOG.error("a referral listener failed", e);
      }
    }
  }

  private void announce(String number, String desk) {
    Announcement announcement = new Announcement(announcements.incrementAndGet(), number, desk);
    for (Consumer<Announcement> listener : callListeners) {
      // The ticket is called in the ledger already: a screen that cannot show it must not turn
      // the gids's answer into a failure.
      try {
        listener.accept(announcement);
      } catch (RuntimeException e) {
        LOG.error("a call listener failed", e);
      }
    }
  }

  private Ticket require(String numberOrReference) {
    return ledger
        .desk()
        .find(numberOrReference)
        .orElseThrow(
            () ->
                new TicketRefusedException(
                    TicketRefusedException.Reason.NOT_FOUND, "no ticket " + numberOrReference));
  }

  private CompletableFuture<ConsoleAnswer> act(Supplier<ConsoleAnswer> work) {
    return act(null, work);
  }

  /**
   * Runs one action on the ledger thread; a refusal becomes the gids's message with the ticket as
   * it is now, and the board is read again after every action that may have changed something.
   */
  private CompletableFuture<ConsoleAnswer> act(String ticket, Supplier<ConsoleAnswer> work) {
    return supply(
        () -> {
          ConsoleAnswer answer;
          try {
            answer = work.get();
          } catch (TicketRefusedException e) {
            LOG.info("console action refused: {}", e.getMessage());
            Optional<Ticket> now = ticket == null ? Optional.empty() : ledger.desk().find(ticket);
            answer =
                ConsoleAnswer.refused(
                    refusal(e.reason(), now), now.map(words.rows()::row).orElse(null));
          } catch (RuntimeException e) {
            LOG.error("console action failed", e);
            return ConsoleAnswer.refused(words.texts().now(ConsoleTexts.FAILED), null);
          }
          publishQuietly();
          return answer;
        });
  }

  private String refusal(TicketRefusedException.Reason reason, Optional<Ticket> ticket) {
    String number = ticket.map(Ticket::number).orElse("");
    String desk = ticket.map(Ticket::deskCode).map(words.rows()::desk).orElse("");
    Map<String, Object> values = Map.of("ticket", number, "desk", desk);
    return switch (reason) {
      case NOT_FOUND -> words.texts().now(ConsoleTexts.REFUSED_NOT_FOUND);
      case ALREADY_CALLED -> words.texts().now(ConsoleTexts.REFUSED_ALREADY_CALLED, values);
      case NOT_CALLED -> words.texts().now(ConsoleTexts.REFUSED_NOT_CALLED, values);
      case ALREADY_FINISHED -> words.texts().now(ConsoleTexts.REFUSED_FINISHED, values);
      case PARTNER_REQUIRED -> words.texts().now(ConsoleTexts.REFUSED_PARTNER_REQUIRED);
      case PARTNER_NOT_ALLOWED, UNKNOWN_CODE ->
          words.texts().now(ConsoleTexts.REFUSED_UNKNOWN_CHOICE);
      case NOT_A_REFERRAL -> words.texts().now(ConsoleTexts.REFUSED_NOT_REFERRAL, values);
      case ALREADY_CONFIRMED -> words.texts().now(ConsoleTexts.REFUSED_ALREADY_CONFIRMED, values);
      case NOT_FINISHED -> words.texts().now(ConsoleTexts.REFUSED_NOT_FINISHED, values);
      case CORRECTION_CLOSED -> words.texts().now(ConsoleTexts.REFUSED_CORRECTION_CLOSED, values);
      case UNCHANGED -> words.texts().now(ConsoleTexts.REFUSED_UNCHANGED, values);
      case TOO_MANY_QUESTIONS -> words.texts().now(ConsoleTexts.REFUSED_TOO_MANY_QUESTIONS, values);
      case ALREADY_HANDED_ON -> words.texts().now(ConsoleTexts.REFUSED_ALREADY_HANDED_ON, values);
    };
  }

  private Board publish() {
    Words now = words;
    Map<String, String> routes = new LinkedHashMap<>();
    now.catalogue()
        .partners()
        .forEach(p -> routes.put(p.code(), now.routes().line(p, presence.roster())));
    Board board = now.reader().read().withPresence(presenceLine(), routes);
    latest = board;
    for (Consumer<Board> listener : boardListeners) {
      try {
        listener.accept(board);
      } catch (RuntimeException e) {
        LOG.error("a console board listener failed", e);
      }
    }
    return board;
  }

  /** After an action the answer counts; a board that cannot be read shows up at the next try. */
  private void publishQuietly() {
    try {
      publish();
    } catch (RuntimeException e) {
      LOG.error("could not read the console board after an action", e);
    }
  }

  /** Like supplyAsync, but a ledger thread already shut down fails the future, not the caller. */
  private <T> CompletableFuture<T> supply(Supplier<T> work) {
    try {
      return CompletableFuture.supplyAsync(work, ledgerThread);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
