package nl.zuil.kiosk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.kiosk.console.Announcement;
import nl.zuil.kiosk.console.Board;
import nl.zuil.kiosk.console.ConsoleService;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.TextKey;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.web.Session;
import nl.zuil.web.StreamLimits;

/**
 * The live board: the waiting list for logged-in gidsen (JSON and server-sent events) and the
 * waiting-room display at {@code /display}, which needs no login and shows numbers and desks only.
 */
final class DisplayRoutes {

  static final int DISPLAY_CALLS = 6;

  /**
   * A waiting room has a few screens; the display needs no login, so anyone on the network can ask
   * for its stream. Past these, a stream is refused (decision 0212).
   */
  static final int DISPLAY_STREAMS_PER_ADDRESS = 4;

  static final int DISPLAY_STREAMS = 32;

  /**
   * Only logged-in gidsen get a console stream at all; a shared staff computer may hold a few
   * gidsen's tabs (the console benchmark follows 10 consoles from one address).
   */
  static final int CONSOLE_STREAMS_PER_ADDRESS = 16;

  static final int CONSOLE_STREAMS = 64;

  private final AuthRoutes auth;
  private final Broadcast broadcast;
  private final String displayPage;
  private final StreamLimits displayStreams =
      new StreamLimits(DISPLAY_STREAMS_PER_ADDRESS, DISPLAY_STREAMS);
  private final StreamLimits consoleStreams =
      new StreamLimits(CONSOLE_STREAMS_PER_ADDRESS, CONSOLE_STREAMS);
  private volatile String boardJson;
  private volatile String displayJson;

  /** A call as the waiting room sees it. */
  record DisplayCall(String number, String desk) {}

  /**
   * What the waiting room may see: numbers and desks, the most recent call first, and the numbers
   * that will not be called today because they got the next step (decision 1005).
   */
  record DisplayBoard(List<DisplayCall> called, List<String> nextStep) {}

  /** What the display page starts with: its titles in every language of the catalogue. */
  record DisplayBootstrap(
      String location,
      List<String> titles,
      List<String> waiting,
      String soundOn,
      String soundIsOn,
      List<String> nextStepTitles,
      List<String> nextStepTexts) {}

  DisplayRoutes(ConsoleService console, String locationName, AuthRoutes auth, Broadcast broadcast) {
    this.auth = auth;
    this.broadcast = broadcast;
    this.displayPage =
        Pages.display(Pages.ScriptJson.of(Answers.JSON, bootstrap(console, locationName)));
  }

  void register(RoutesConfig routes) {
    routes.get("/console/api/board", ctx -> ctx.contentType("application/json").result(boardJson));
    routes.get("/console/events", consoleStreams.stream(this::consoleEvents));
    routes.get("/display", ctx -> Answers.html(ctx, displayPage));
    routes.get("/display/board", ctx -> ctx.contentType("application/json").result(displayJson));
    routes.get(
        "/display/events",
        displayStreams.stream(
            client -> {
              client.keepAlive();
              broadcast.addDisplay(client, displayJson);
            }));
  }

  /** A new board from the ledger: to every console page and every display. */
  void published(Board board) {
    String consoleJson = Answers.write(board);
    String display = Answers.write(display(board));
    boardJson = consoleJson;
    displayJson = display;
    broadcast.board(consoleJson, display);
  }

  /** A call to ring on the displays. */
  void announced(Announcement announcement) {
    broadcast.call(Answers.write(announcement));
  }

  private void consoleEvents(SseClient client) {
    // The before-handler let only a gids session through; it may have ended since.
    Optional<Session<Desk>> session = auth.gids(client.ctx());
    if (session.isEmpty()) {
      client.close();
      return;
    }
    client.keepAlive();
    broadcast.addConsole(client, session.get(), boardJson);
  }

  private static DisplayBoard display(Board board) {
    return new DisplayBoard(
        board.called().stream()
            .limit(DISPLAY_CALLS)
            .map(row -> new DisplayCall(row.number(), row.desk()))
            .toList(),
        board.sentToNextStep());
  }

  private static DisplayBootstrap bootstrap(ConsoleService console, String locationName) {
    Catalogue catalogue = console.catalogue();
    ScreenTexts texts = console.texts();
    List<String> titles =
        catalogue.languages().stream()
            .map(l -> catalogue.text(ConsoleTexts.DISPLAY_TITLE.key()).in(l.code()))
            .distinct()
            .toList();
    List<String> waiting =
        catalogue.languages().stream()
            .map(l -> catalogue.text(ConsoleTexts.DISPLAY_WAITING.key()).in(l.code()))
            .distinct()
            .toList();
    return new DisplayBootstrap(
        locationName,
        titles,
        waiting,
        texts.now(ConsoleTexts.DISPLAY_SOUND_ON),
        texts.now(ConsoleTexts.DISPLAY_SOUND_IS_ON),
        inEveryLanguage(catalogue, ConsoleTexts.DISPLAY_NEXT_STEP_TITLE),
        inEveryLanguage(catalogue, ConsoleTexts.DISPLAY_NEXT_STEP_TEXT));
  }

  /** A visitor text in each of the catalogue's languages, each once. */
  private static List<String> inEveryLanguage(Catalogue catalogue, TextKey key) {
    return catalogue.languages().stream()
        .map(l -> catalogue.text(key.key()).in(l.code()))
        .distinct()
        .toList();
  }
}
