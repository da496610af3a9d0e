package nl.zuil.kiosk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.zuil.kiosk.console.ConsoleAnswer;
import nl.zuil.kiosk.console.ConsoleService;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.kioskfiles.kioskconfig.PinHash;
import nl.zuil.web.Https;
import nl.zuil.web.Keystore;
import nl.zuil.web.SecurityHeaders;
import nl.zuil.web.ServerThreads;
import nl.zuil.web.SessionPolicy;
import nl.zuil.web.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gids console as a web page, served by the kiosk over HTTPS on one local address: login by the
 * location's gids PIN ({@link AuthRoutes}), then the same console as on the kiosk's staff screen
 * ({@link PageRoutes}, {@link ActionRoutes}), backed by the same {@link ConsoleService}, and the
 * waiting-room display ({@link DisplayRoutes}; no login; numbers and desks only). This class puts
 * them together on one server.
 *
 * <p>Every state change is a POST with the page's CSRF token and a one-time action id; the session
 * cookie is HttpOnly, Secure and SameSite=Strict. See decision records 0502 and 0009.
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

  static final Duration HEARTBEAT = Duration.ofSeconds(15);

  /** Logged in or not, nobody keeps a console for longer than a long working day. */
  static final Duration SESSION_MAXIMUM = Duration.ofHours(12);

  /** Bound on memory: an address that fetches the login page in a loop cannot fill the heap. */
  static final int MAX_SESSIONS = 2_000;

  private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);
  private static final long MAX_REQUEST_BYTES = 16 * 1024;
  private static final SecurityHeaders HEADERS =
      new SecurityHeaders(
          "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src"
              + " 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
          "same-origin");

  private final Settings settings;
  private final ScreenTexts texts;
  private final Sessions<Desk> sessions;
  private final Broadcast broadcast = new Broadcast();
  private final AuthRoutes auth;
  private final DisplayRoutes display;
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(
          work -> {
            Thread thread = new Thread(work, "console-web-heartbeat");
            thread.setDaemon(true);
            return thread;
          });
  private final Javalin app;

  private ConsoleServer(ConsoleService console, Settings settings, Clock clock) {
    this.settings = settings;
    this.texts = console.texts();
    this.sessions =
        new Sessions<>(clock, new SessionPolicy(settings.session(), SESSION_MAXIMUM, MAX_SESSIONS));
    this.auth = new AuthRoutes(settings, texts, sessions, new PinGate(clock), broadcast, clock);
    this.display = new DisplayRoutes(console, settings.locationName(), auth, broadcast);
    PageRoutes pages = new PageRoutes(console, settings.locationName(), sessions, auth);
    ActionRoutes actions = new ActionRoutes(console, sessions, auth);
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              // Answers here are a few hundred bytes on the inlooppunt's own network, and the
              // pages carry CSRF tokens that compressed responses can leak (BREACH); Javalin 7's
              // compression layer also cost a quarter of the request rate.
              config.http.compressionStrategy = CompressionStrategy.NONE;
              ServerThreads.daemons(config, "console-web", 64, 4);
              HEADERS.onEveryAnswer(config);
              Https.listen(
                  config,
                  settings.bindAddress(),
                  settings.port(),
                  new Keystore(
                      settings.certificate().keystore(), settings.certificate().password()));
              RoutesConfig routes = config.routes;
              routes.before(this::guard);
              auth.register(routes);
              pages.register(routes);
              actions.register(routes);
              display.register(routes);
              routes.exception(
                  Refused.class,
                  (e, ctx) ->
                      Answers.json(
                          ctx, e.status(), new ConsoleAnswer(false, e.getMessage(), null)));
              routes.exception(
                  JsonProcessingException.class,
                  (e, ctx) ->
                      Answers.json(
                          ctx,
                          400,
                          new ConsoleAnswer(false, texts.now(ConsoleTexts.REQUEST_REFUSED), null)));
            });
  }

  /** Starts listening; the kiosk keeps running without a web console if this fails. */
  public static ConsoleServer start(ConsoleService console, Settings settings, Clock clock) {
    ConsoleServer server = new ConsoleServer(console, settings, clock);
    console.onBoard(server.display::published);
    console.onCall(server.display::announced);
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
    return Https.port(app);
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

  /** A POST from another site is refused before it acts. */
  private void guard(Context ctx) {
    if (ctx.method().name().equals("POST") && !sameOrigin(ctx)) {
      throw new Refused(403, texts.now(ConsoleTexts.REQUEST_REFUSED));
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

  private void beat() {
    sessions.sweep();
    auth.flushRefusals();
    broadcast.heartbeat(sessions::live);
  }

  @Override
  public void close() {
    heartbeat.shutdownNow();
    broadcast.close();
    app.stop();
  }
}
