package nl.zuil.kiosk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Partner;
import nl.zuil.kiosk.console.ConsoleService;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kiosk.text.TextKey;
import nl.zuil.kiosk.ui.Icons;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.web.Session;
import nl.zuil.web.Sessions;

/**
 * The console page for a logged-in gids, with everything its script needs to start (texts,
 * outcomes, partners and their order, icons) written into it once, and the page's own files.
 */
final class PageRoutes {

  private final ScreenTexts texts;
  private final Sessions<Desk> sessions;
  private final AuthRoutes auth;
  private final Pages.ScriptJson bootstrap;
  private final Map<String, byte[]> assets = new LinkedHashMap<>();

  /**
   * An outcome a gids can record, as the page offers it.
   *
   * @param confirm the page asks "are you sure?" before recording it (decision 1004)
   */
  record Outcome(String code, String label, String partner, boolean confirm) {}

  /**
   * What the console page starts with.
   *
   * @param texts every console text by key, in the kiosk's language
   * @param partners partner labels by code
   * @param partnerOrder partner codes by question type, and by "question/situation" as the sociale
   *     kaart ranks them
   * @param icons icon paths by icon name
   */
  record ConsoleBootstrap(
      String location,
      Map<String, String> texts,
      List<Outcome> outcomes,
      Map<String, String> partners,
      Map<String, List<String>> partnerOrder,
      Map<String, String> icons,
      List<Choice> channels,
      List<Choice> questions) {}

  /** A code a gids taps, with its label: a contact channel or a question type (decision 1003). */
  record Choice(String code, String label) {}

  PageRoutes(
      ConsoleService console, String locationName, Sessions<Desk> sessions, AuthRoutes auth) {
    this.texts = console.texts();
    this.sessions = sessions;
    this.auth = auth;
    this.bootstrap = Pages.ScriptJson.of(Answers.JSON, bootstrap(console, locationName));
    Pages.ASSETS.keySet().forEach(name -> assets.put(name, Pages.bytes(name)));
  }

  void register(RoutesConfig routes) {
    routes.get("/", ctx -> ctx.redirect("/console"));
    routes.get("/console", this::consolePage);
    routes.get("/assets/{name}", this::asset);
  }

  private void consolePage(Context ctx) {
    Optional<Session<Desk>> session = auth.gids(ctx);
    if (session.isEmpty()) {
      ctx.redirect(ctx.cookie(AuthRoutes.COOKIE) == null ? "/login" : "/login?expired");
      return;
    }
    sessions.touch(session.get());
    Answers.html(
        ctx,
        Pages.console(
            new Pages.Console(
                texts.now(ConsoleTexts.TITLE),
                session.get().csrf(),
                session.get().user().orElseThrow().name(),
                bootstrap)));
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

  private static ConsoleBootstrap bootstrap(ConsoleService console, String locationName) {
    Catalogue catalogue = console.catalogue();
    ScreenTexts texts = console.texts();
    Map<String, String> words = new LinkedHashMap<>();
    for (TextKey key : ConsoleTexts.all()) {
      words.put(key.key(), texts.now(key));
    }
    List<Outcome> outcomes =
        console.outcomes().stream()
            .map(
                o ->
                    new Outcome(
                        o.code(),
                        texts.now(o.labels()),
                        o.partner().name().toLowerCase(Locale.ROOT),
                        ConsoleService.asksConfirmation(o)))
            .toList();
    Map<String, String> partners = new LinkedHashMap<>();
    catalogue.partners().forEach(p -> partners.put(p.code(), texts.now(p.labels())));
    Map<String, List<String>> order = new LinkedHashMap<>();
    Map<String, String> icons = new LinkedHashMap<>();
    catalogue
        .questionTypes()
        .forEach(
            q -> {
              order.put(q.code(), codes(console.partnersFor(q.code())));
              // The sociale kaart also ranks by the visitor's situation: "question/situation".
              catalogue
                  .situations()
                  .forEach(
                      s ->
                          order.put(
                              q.code() + "/" + s.code(),
                              codes(console.partnersFor(q.code(), s.code()))));
              Icons.path(q.icon()).ifPresent(path -> icons.put(q.icon(), path));
            });
    List<Choice> channels =
        console.contactChannels().stream()
            .map(c -> new Choice(c.code(), console.channelName(c)))
            .toList();
    List<Choice> questions =
        catalogue.questionTypes().stream()
            .map(q -> new Choice(q.code(), texts.now(q.labels())))
            .toList();
    return new ConsoleBootstrap(
        locationName, words, outcomes, partners, order, icons, channels, questions);
  }

  private static List<String> codes(List<Partner> partners) {
    return partners.stream().map(Partner::code).toList();
  }
}
