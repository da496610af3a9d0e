package nl.zuil.kiosk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.Javalin;
import io.javalin.community.ssl.SslPlugin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.presence.PresenceOverride;
import nl.zuil.kiosk.console.Announcement;
import nl.zuil.kiosk.console.Board;
import nl.zuil.kiosk.console.ConsoleAnswer;
import nl.zuil.kiosk.console.ConsoleService;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.TextKey;
import nl.zuil.kiosk.ui.Icons;
import nl.zuil.kiosk.web.Sessions.Session;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.kioskfiles.kioskconfig.PinHash;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gids console as a web page, served by the kiosk over HTTPS on one local address: login by the
 * location's gids PIN, then the same console as on the kiosk's staff screen, backed by the same
 * {@link ConsoleService}. Also the waiting-room display at {@code /display} (no login; numbers and
 * desks only).
 *
 * <p>Every state change is a POST with the page's CSRF token and a one-time action id; the session
 * cookie is HttpOnly, Secure and SameSite=Strict. See decision record 0502.
 */
public final class ConsoleServer implements AutoCloseable {

  /**
   * Where and how the console listens.
   *
   * @param port 0 picks a free port (tests)
   * @param session how long a login lasts without a gids action
   * @param desks the desks a gids chooses from at login (none to choose when there is one)
   */
  public record Settings(
      String bindAddress,
      int port,
      ConsoleCertificate certificate,
      PinHash gidsPin,
      Duration session,
      List<Desk> desks,
      String locationName) {

    public Settings {
      desks = List.copyOf(desks);
      if (desks.isEmpty()) {
        throw new IllegalArgumentException("the web console needs at least one desk");
      }
    }
  }

  static final String COOKIE = "zuil-console";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String ACTION_HEADER = "X-Action-Id";
  static final Duration HEARTBEAT = Duration.ofSeconds(15);
  static final int DISPLAY_CALLS = 6;

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);
  private static final Pattern ACTION_ID = Pattern.compile("[0-9a-f]{32}");
  private static final Pattern PIN_SHAPE = Pattern.compile("[0-9]{4,8}");
  private static final long MAX_REQUEST_BYTES = 16 * 1024;
  private static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src"
          + " 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final ConsoleService console;
  private final Settings settings;
  private final ScreenTexts texts;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final Broadcast broadcast = new Broadcast();
  private final ObjectMapper json =
      JsonMapper.builder()
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private final Map<String, byte[]> assets = new LinkedHashMap<>();
  private final String displayPage;
  private final Pages.ScriptJson consoleBootstrap;
  private final Object pinCheck = new Object();
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(
          work -> {
            Thread thread = new Thread(work, "console-web-heartbeat");
            thread.setDaemon(true);
            return thread;
          });
  private final Javalin app;
  private volatile String boardJson;
  private volatile String displayJson;

  /** One action a page asks for; fields it does not need are absent. */
  /**
   * @param presence "present" or "absent" for the presence override; null otherwise
   */
  record ActionRequest(
      String ticket, String reference, String outcome, String partner, String presence) {}

  /** A request refused before it reached the ledger: nothing changed. */
  private static final class Refused extends RuntimeException {
    private final int status;

    Refused(int status, String message) {
      super(message, null, false, false);
      this.status = status;
    }
  }

  private ConsoleServer(ConsoleService console, Settings settings, Clock clock) {
    this.console = console;
    this.settings = settings;
    this.texts = console.texts();
    this.sessions = new Sessions(clock, settings.session());
    this.throttle = new LoginThrottle(clock);
    Pages.ASSETS.keySet().forEach(name -> assets.put(name, Pages.bytes(name)));
    this.consoleBootstrap = Pages.ScriptJson.of(json, consoleBootstrap());
    this.displayPage = Pages.display(Pages.ScriptJson.of(json, displayBootstrap()));
    QueuedThreadPool threads = new QueuedThreadPool(64, 4);
    threads.setName("console-web");
    threads.setDaemon(true);
    this.app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.jetty.threadPool = threads;
              config.registerPlugin(
                  new SslPlugin(
                      ssl -> {
                        ssl.keystoreFromPath(
                            settings.certificate().keystore().toString(),
                            settings.certificate().password());
                        ssl.insecure = false;
                        ssl.secure = true;
                        ssl.host = settings.bindAddress();
                        ssl.securePort = settings.port();
                        ssl.http2 = false;
                        // Gidsen reach the kiosk by its IP address; the name in the certificate
                        // is checked by the fingerprint, not by SNI.
                        ssl.sniHostCheck = false;
                      }));
            });
    routes();
  }

  /** Starts listening; the kiosk keeps running without a web console if this fails. */
  public static ConsoleServer start(ConsoleService console, Settings settings, Clock clock) {
    ConsoleServer server = new ConsoleServer(console, settings, clock);
    console.onBoard(server::published);
    console.onCall(server::announced);
    console.board().join();
    try {
      server.app.start();
    } catch (RuntimeException e) {
      server.broadcast.close();
      server.heartbeat.shutdownNow();
      throw e;
    }
    server.heartbeat.scheduleWithFixedDelay(
        server::beat, HEARTBEAT.toMillis(), HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("gids console listening on {}", server.url());
    return server;
  }

  public int port() {
    for (Connector connector : app.jettyServer().server().getConnectors()) {
      if (connector instanceof ServerConnector serverConnector) {
        return serverConnector.getLocalPort();
      }
    }
    throw new IllegalStateException("the console has no network connector");
  }

  /** The address a gids types into a browser on the inlooppunt's network. */
  public String url() {
    String host = settings.bindAddress();
    return "https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
  }

  /** How many browsers follow live updates now (console pages and displays). */
  public int liveListeners() {
    return broadcast.listeners();
  }

  private void routes() {
    app.before(this::securityHeaders);
    app.before("/console/api/*", ctx -> requireGids(ctx));
    app.before("/console/events", ctx -> requireGids(ctx));
    app.get("/", ctx -> ctx.redirect("/console"));
    app.get("/login", this::loginForm);
    app.post("/login", this::login);
    app.post("/logout", this::logout);
    app.get("/console", this::consolePage);
    app.get("/console/api/board", ctx -> ctx.contentType("application/json").result(boardJson));
    app.post("/console/api/call-next", ctx -> act(ctx, (r, desk) -> console.callNext(desk)));
    app.post("/console/api/call", ctx -> act(ctx, (r, desk) -> console.call(r.ticket(), desk)));
    app.post("/console/api/recall", ctx -> act(ctx, (r, desk) -> console.recall(reference(r))));
    app.post("/console/api/undo", ctx -> act(ctx, (r, desk) -> console.undo(reference(r))));
    app.post(
        "/console/api/finish",
        ctx -> act(ctx, (r, desk) -> console.finish(reference(r), code(r.outcome()), partner(r))));
    app.post(
        "/console/api/confirm",
        ctx -> act(ctx, (r, desk) -> console.confirmReferral(reference(r))));
    app.post("/console/api/presence", ctx -> act(ctx, (r, desk) -> presence(r)));
    app.sse("/console/events", this::consoleEvents);
    app.get("/display", ctx -> html(ctx, displayPage));
    app.get("/display/board", ctx -> ctx.contentType("application/json").result(displayJson));
    app.sse(
        "/display/events",
        client -> {
          client.keepAlive();
          broadcast.addDisplay(client, displayJson);
        });
    app.get("/assets/{name}", this::asset);
    app.exception(
        Refused.class,
        (e, ctx) ->
            ctx.status(e.status)
                .contentType("application/json")
                .result(write(new ConsoleAnswer(false, e.getMessage(), null))));
    app.exception(
        JsonProcessingException.class,
        (e, ctx) ->
            ctx.status(400)
                .contentType("application/json")
                .result(write(new ConsoleAnswer(false, text(ConsoleTexts.REQUEST_REFUSED), null))));
  }

  private void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cache-Control", "no-store");
    if (ctx.method().name().equals("POST") && !sameOrigin(ctx)) {
      throw new Refused(403, text(ConsoleTexts.REQUEST_REFUSED));
    }
  }

  /**
   * A browser says where a POST comes from: Sec-Fetch-Site in every current browser, else Origin.
   * Either must name this console, not another site. (Origin alone is not enough: a form sent from
   * a page with a strict referrer policy says "null".)
   */
  private static boolean sameOrigin(Context ctx) {
    String fetchSite = ctx.header("Sec-Fetch-Site");
    if (fetchSite != null) {
      return fetchSite.equals("same-origin");
    }
    String origin = ctx.header("Origin");
    return origin == null || origin.equals("https://" + ctx.host());
  }

  // ---- login ----

  private void loginForm(Context ctx) {
    Optional<Session> current = sessions.find(ctx.cookie(COOKIE));
    if (current.isPresent() && current.get().gids()) {
      ctx.redirect("/console");
      return;
    }
    String message = "";
    if (ctx.queryParam("expired") != null) {
      message = text(ConsoleTexts.SESSION_EXPIRED);
    } else if (ctx.queryParam("out") != null) {
      message = text(ConsoleTexts.LOGGED_OUT);
    }
    showLogin(ctx, 200, current.orElseGet(() -> newSession(ctx)), message);
  }

  private void login(Context ctx) {
    Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
    if (session.isEmpty() || !session.get().csrfMatches(ctx.formParam("csrf"))) {
      showLogin(ctx, 403, newSession(ctx), text(ConsoleTexts.REQUEST_REFUSED));
      return;
    }
    Optional<Desk> desk = chosenDesk(ctx.formParam("desk"));
    if (desk.isEmpty()) {
      showLogin(ctx, 400, session.get(), text(ConsoleTexts.LOGIN_CHOOSE_DESK));
      return;
    }
    String address = ctx.req().getRemoteAddr();
    Optional<Duration> wait = throttle.waiting(address);
    if (wait.isEmpty()) {
      if (pinMatches(ctx.formParam("pin"))) {
        throttle.succeeded(address);
        Session gids = sessions.login(session.get(), desk.get());
        setCookie(ctx, gids.id());
        LOG.info("gids logged in to the web console from {}", address);
        ctx.redirect("/console", HttpStatus.SEE_OTHER);
        return;
      }
      wait = throttle.failed(address);
      LOG.warn("wrong gids PIN from {}{}", address, wait.isPresent() ? "; locked out" : "");
    }
    // The same words for a wrong PIN and a locked-out address, bar the wait: a right PIN tried
    // during a lock-out reveals nothing.
    String message =
        wait.map(w -> text(ConsoleTexts.LOGIN_WAIT, Map.of("seconds", (w.toMillis() + 999) / 1000)))
            .orElse(text(ConsoleTexts.LOGIN_REFUSED));
    showLogin(ctx, 401, session.get(), message);
  }

  /** The desk picked on the login form; with one desk there is nothing to pick. */
  private Optional<Desk> chosenDesk(String code) {
    if (settings.desks().size() == 1) {
      return Optional.of(settings.desks().get(0));
    }
    return settings.desks().stream().filter(d -> d.code().equals(code)).findFirst();
  }

  private boolean pinMatches(String pin) {
    if (pin == null || !PIN_SHAPE.matcher(pin).matches()) {
      return false;
    }
    char[] digits = pin.toCharArray();
    // One slow hash at a time: a flood of logins cannot take the kiosk's processor from visitors.
    synchronized (pinCheck) {
      try {
        return settings.gidsPin().matches(digits);
      } finally {
        Arrays.fill(digits, '\0');
      }
    }
  }

  private void logout(Context ctx) {
    Optional<Session> session = sessions.find(ctx.cookie(COOKIE));
    if (session.isPresent() && session.get().csrfMatches(ctx.formParam("csrf"))) {
      sessions.logout(session.get().id());
      broadcast.endSession(session.get().id());
    }
    ctx.res()
        .addHeader(
            "Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict");
    ctx.redirect("/login?out", HttpStatus.SEE_OTHER);
  }

  private Session newSession(Context ctx) {
    Session session = sessions.anonymous();
    setCookie(ctx, session.id());
    return session;
  }

  private static void setCookie(Context ctx, String id) {
    ctx.res()
        .addHeader("Set-Cookie", COOKIE + "=" + id + "; Path=/; Secure; HttpOnly; SameSite=Strict");
  }

  private void showLogin(Context ctx, int status, Session session, String message) {
    ctx.status(status);
    html(
        ctx,
        Pages.login(
            new Pages.Login(
                text(ConsoleTexts.LOGIN_TITLE),
                settings.locationName(),
                text(ConsoleTexts.LOGIN_PIN),
                text(ConsoleTexts.LOGIN_SUBMIT),
                message,
                session.csrf(),
                text(ConsoleTexts.LOGIN_DESK),
                settings.desks())));
  }

  // ---- console ----

  private void consolePage(Context ctx) {
    String cookie = ctx.cookie(COOKIE);
    Optional<Session> session = sessions.find(cookie).filter(Session::gids);
    if (session.isEmpty()) {
      ctx.redirect(cookie == null ? "/login" : "/login?expired");
      return;
    }
    sessions.touch(session.get());
    html(
        ctx,
        Pages.console(
            new Pages.Console(
                text(ConsoleTexts.TITLE),
                session.get().csrf(),
                session.get().desk().name(),
                consoleBootstrap)));
  }

  private Session requireGids(Context ctx) {
    return sessions
        .find(ctx.cookie(COOKIE))
        .filter(Session::gids)
        .orElseThrow(() -> new Refused(401, text(ConsoleTexts.SESSION_NONE)));
  }

  /**
   * One gids action: a logged-in session, its CSRF token, and an action id never seen before, or
   * the request is refused and the ledger is not asked.
   */
  private void act(
      Context ctx, BiFunction<ActionRequest, Desk, CompletableFuture<ConsoleAnswer>> action)
      throws JsonProcessingException {
    Session session = requireGids(ctx);
    if (!session.csrfMatches(ctx.header(CSRF_HEADER))) {
      throw new Refused(403, text(ConsoleTexts.REQUEST_REFUSED));
    }
    String actionId = ctx.header(ACTION_HEADER);
    if (actionId == null || !ACTION_ID.matcher(actionId).matches()) {
      throw new Refused(403, text(ConsoleTexts.REQUEST_REFUSED));
    }
    ActionRequest request =
        ctx.body().isBlank()
            ? new ActionRequest(null, null, null, null, null)
            : json.readValue(ctx.body(), ActionRequest.class);
    if (!session.firstUse(actionId)) {
      throw new Refused(409, text(ConsoleTexts.REQUEST_REPLAYED));
    }
    sessions.touch(session);
    ConsoleAnswer answer;
    try {
      answer = action.apply(request, session.desk()).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer = new ConsoleAnswer(false, text(ConsoleTexts.FAILED), null);
    } catch (ExecutionException | TimeoutException e) {
      LOG.error("console action failed", e);
      answer = new ConsoleAnswer(false, text(ConsoleTexts.FAILED), null);
    }
    ctx.status(answer.done() ? 200 : 409).contentType("application/json").result(write(answer));
  }

  /** "Gids aanwezig" / "Geen gids meer vandaag"; any other word changes nothing. */
  private CompletableFuture<ConsoleAnswer> presence(ActionRequest request) {
    if ("present".equals(request.presence())) {
      return console.presence(PresenceOverride.Kind.PRESENT);
    }
    if ("absent".equals(request.presence())) {
      return console.presence(PresenceOverride.Kind.ABSENT);
    }
    return CompletableFuture.completedFuture(
        new ConsoleAnswer(false, text(ConsoleTexts.REQUEST_REFUSED), null));
  }

  private static String reference(ActionRequest request) {
    return code(request.reference());
  }

  /** A reference or catalogue code as a page sends it; anything else is not worth a ledger call. */
  private static String code(String value) {
    if (value == null || value.length() > 40) {
      return "";
    }
    return value;
  }

  private static String partner(ActionRequest request) {
    return request.partner() == null || request.partner().isEmpty()
        ? null
        : code(request.partner());
  }

  private void consoleEvents(SseClient client) {
    // The before-handler let only a gids session through; it may have ended since.
    Optional<Session> session = sessions.find(client.ctx().cookie(COOKIE));
    if (session.isEmpty()) {
      client.close();
      return;
    }
    client.keepAlive();
    broadcast.addConsole(client, session.get().id(), boardJson);
  }

  // ---- live updates ----

  private void published(Board board) {
    String consoleJson = write(board);
    String display = write(display(board));
    boardJson = consoleJson;
    displayJson = display;
    broadcast.board(consoleJson, display);
  }

  private void announced(Announcement announcement) {
    broadcast.call(write(announcement));
  }

  private void beat() {
    sessions.sweep();
    broadcast.heartbeat(sessions::alive);
  }

  /** A call as the waiting room sees it. */
  record DisplayCall(String number, String desk) {}

  /** What the waiting room may see: numbers and desks, the most recent call first. */
  record DisplayBoard(List<DisplayCall> called) {}

  private static DisplayBoard display(Board board) {
    return new DisplayBoard(
        board.called().stream()
            .limit(DISPLAY_CALLS)
            .map(row -> new DisplayCall(row.number(), row.desk()))
            .toList());
  }

  // ---- pages ----

  private Map<String, Object> consoleBootstrap() {
    Catalogue catalogue = console.catalogue();
    Map<String, String> words = new LinkedHashMap<>();
    for (TextKey key : ConsoleTexts.all()) {
      words.put(key.key(), texts.now(key));
    }
    List<Map<String, String>> outcomes =
        console.outcomes().stream()
            .map(
                o ->
                    Map.of(
                        "code", o.code(),
                        "label", texts.now(o.labels()),
                        "partner", o.partner().name().toLowerCase(Locale.ROOT)))
            .toList();
    Map<String, String> partners = new LinkedHashMap<>();
    catalogue.partners().forEach(p -> partners.put(p.code(), texts.now(p.labels())));
    Map<String, List<String>> order = new LinkedHashMap<>();
    Map<String, String> icons = new LinkedHashMap<>();
    catalogue
        .questionTypes()
        .forEach(
            q -> {
              order.put(
                  q.code(), console.partnersFor(q.code()).stream().map(p -> p.code()).toList());
              // The sociale kaart also ranks by the visitor's situation: "question/situation".
              catalogue
                  .situations()
                  .forEach(
                      s ->
                          order.put(
                              q.code() + "/" + s.code(),
                              console.partnersFor(q.code(), s.code()).stream()
                                  .map(p -> p.code())
                                  .toList()));
              Icons.path(q.icon()).ifPresent(path -> icons.put(q.icon(), path));
            });
    Map<String, Object> bootstrap = new LinkedHashMap<>();
    bootstrap.put("location", settings.locationName());
    bootstrap.put("texts", words);
    bootstrap.put("outcomes", outcomes);
    bootstrap.put("partners", partners);
    bootstrap.put("partnerOrder", order);
    bootstrap.put("icons", icons);
    return bootstrap;
  }

  private Map<String, Object> displayBootstrap() {
    Catalogue catalogue = console.catalogue();
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
    Map<String, Object> bootstrap = new LinkedHashMap<>();
    bootstrap.put("location", settings.locationName());
    bootstrap.put("titles", titles);
    bootstrap.put("waiting", waiting);
    bootstrap.put("soundOn", text(ConsoleTexts.DISPLAY_SOUND_ON));
    bootstrap.put("soundIsOn", text(ConsoleTexts.DISPLAY_SOUND_IS_ON));
    return bootstrap;
  }

  private void asset(Context ctx) {
    String name = ctx.pathParam("name");
    byte[] body = assets.get(name);
    if (body == null) {
      ctx.status(404).result("");
      return;
    }
    // Revalidated on every load, so a kiosk update reaches every open laptop.
    ctx.header("Cache-Control", "no-cache");
    ctx.contentType(Pages.ASSETS.get(name)).result(body);
  }

  private static void html(Context ctx, String page) {
    ctx.contentType("text/html; charset=utf-8").result(page.getBytes(StandardCharsets.UTF_8));
  }

  private String text(TextKey key) {
    return texts.now(key);
  }

  private String text(TextKey key, Map<String, ?> values) {
    return texts.now(key, values);
  }

  private String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    broadcast.close();
    app.stop();
  }
}
