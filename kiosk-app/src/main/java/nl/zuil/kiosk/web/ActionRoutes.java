package nl.zuil.kiosk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import nl.zuil.catalogue.presence.PresenceOverride;
import nl.zuil.kiosk.console.ConsoleAnswer;
import nl.zuil.kiosk.console.ConsoleService;
import nl.zuil.kiosk.text.ConsoleTexts;
import nl.zuil.kiosk.text.ScreenTexts;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig.Desk;
import nl.zuil.regionapi.Channel;
import nl.zuil.web.Session;
import nl.zuil.web.Sessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gids's actions: call, recall, undo, finish, correct, a further question, hand on, confirm,
 * presence. Each is a POST with the page's CSRF token and a one-time action id, or it is refused
 * and the ledger is not asked.
 */
final class ActionRoutes {

  static final String CSRF_HEADER = "X-CSRF-Token";
  static final String ACTION_HEADER = "X-Action-Id";

  private static final Logger LOG = LoggerFactory.getLogger(ActionRoutes.class);
  private static final Pattern ACTION_ID = Pattern.compile("[0-9a-f]{32}");

  private final ConsoleService console;
  private final ScreenTexts texts;
  private final Sessions<Desk> sessions;
  private final AuthRoutes auth;

  /**
   * One action a page asks for; fields it does not need are absent.
   *
   * @param presence "present" or "absent" for the presence override, "absent-serve" or
   *     "absent-next-step" to end it with visitors waiting (decision 1005); null otherwise
   * @param channel a contact's channel code (decision 1003); null otherwise
   * @param question a further question's (decision 1006) or a contact's question type; null
   *     otherwise
   * @param situation a further question's or a contact's situation; null or empty when skipped
   * @param people a group session's head count; null for any other contact
   */
  record ActionRequest(
      String ticket,
      String reference,
      String outcome,
      String partner,
      String presence,
      String channel,
      String question,
      String situation,
      Integer people) {}

  ActionRoutes(ConsoleService console, Sessions<Desk> sessions, AuthRoutes auth) {
    this.console = console;
    this.texts = console.texts();
    this.sessions = sessions;
    this.auth = auth;
  }

  void register(RoutesConfig routes) {
    routes.post("/console/api/call-next", ctx -> act(ctx, (r, desk) -> console.callNext(desk)));
    routes.post("/console/api/call", ctx -> act(ctx, (r, desk) -> console.call(r.ticket(), desk)));
    routes.post("/console/api/recall", ctx -> act(ctx, (r, desk) -> console.recall(reference(r))));
    routes.post("/console/api/undo", ctx -> act(ctx, (r, desk) -> console.undo(reference(r))));
    routes.post(
        "/console/api/finish",
        ctx -> act(ctx, (r, desk) -> console.finish(reference(r), code(r.outcome()), partner(r))));
    routes.post(
        "/console/api/correct",
        ctx -> act(ctx, (r, desk) -> console.correct(reference(r), code(r.outcome()), partner(r))));
    routes.post(
        "/console/api/confirm",
        ctx -> act(ctx, (r, desk) -> console.confirmReferral(reference(r))));
    routes.post("/console/api/presence", ctx -> act(ctx, (r, desk) -> presence(r)));
    routes.post(
        "/console/api/question",
        ctx ->
            act(
                ctx,
                (r, desk) ->
                    console.addQuestion(
                        reference(r),
                        code(r.question()),
                        optional(r.situation()),
                        code(r.outcome()),
                        partner(r))));
    routes.post("/console/api/handon", ctx -> act(ctx, (r, desk) -> console.handOn(reference(r))));
    routes.post("/console/api/contact", ctx -> act(ctx, (r, desk) -> contact(r)));
  }

  /** A contact without a ticket; an unknown channel changes nothing. */
  private CompletableFuture<ConsoleAnswer> contact(ActionRequest request) {
    Optional<Channel> channel =
        Channel.ofCode(String.valueOf(request.channel())).filter(Channel::isContact);
    if (channel.isEmpty()) {
      return CompletableFuture.completedFuture(
          new ConsoleAnswer(false, texts.now(ConsoleTexts.REFUSED_UNKNOWN_CHOICE), null));
    }
    int people = request.people() == null ? 1 : request.people();
    String situation =
        request.situation() == null || request.situation().isEmpty()
            ? null
            : code(request.situation());
    return console.recordContact(
        channel.get(),
        code(request.question()),
        situation,
        code(request.outcome()),
        partner(request),
        people);
  }

  /**
   * One gids action: a logged-in session, its CSRF token, and an action id never seen before, or
   * the request is refused and the ledger is not asked.
   */
  private void act(
      Context ctx, BiFunction<ActionRequest, Desk, CompletableFuture<ConsoleAnswer>> action)
      throws JsonProcessingException {
    Session<Desk> session = auth.requireGids(ctx);
    if (!session.csrfMatches(ctx.header(CSRF_HEADER))) {
      throw new Refused(403, texts.now(ConsoleTexts.REQUEST_REFUSED));
    }
    String actionId = ctx.header(ACTION_HEADER);
    if (actionId == null || !ACTION_ID.matcher(actionId).matches()) {
      throw new Refused(403, texts.now(ConsoleTexts.REQUEST_REFUSED));
    }
    ActionRequest request =
        ctx.body().isBlank()
            ? new ActionRequest(null, null, null, null, null, null, null, null, null)
            : Answers.JSON.readValue(ctx.body(), ActionRequest.class);
    if (!session.firstUse(actionId)) {
      throw new Refused(409, texts.now(ConsoleTexts.REQUEST_REPLAYED));
    }
    sessions.touch(session);
    ConsoleAnswer answer;
    try {
      answer = action.apply(request, session.user().orElseThrow()).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer = new ConsoleAnswer(false, texts.now(ConsoleTexts.FAILED), null);
    } catch (ExecutionException | TimeoutException e) {
      LOG.error("console action failed", e);
      answer = new ConsoleAnswer(false, texts.now(ConsoleTexts.FAILED), null);
    }
    Answers.json(ctx, answer.done() ? 200 : 409, answer);
  }

  /** "Gids aanwezig" / "Geen gids meer vandaag"; any other word changes nothing. */
  private CompletableFuture<ConsoleAnswer> presence(ActionRequest request) {
    if ("present".equals(request.presence())) {
      return console.presence(PresenceOverride.Kind.PRESENT);
    }
    if ("absent".equals(request.presence())) {
      return console.presence(PresenceOverride.Kind.ABSENT);
    }
    if ("absent-serve".equals(request.presence())) {
      return console.endPresence(ConsoleService.WhenLeaving.SERVE_WAITING);
    }
    if ("absent-next-step".equals(request.presence())) {
      return console.endPresence(ConsoleService.WhenLeaving.NEXT_STEP);
    }
    return CompletableFuture.completedFuture(
        new ConsoleAnswer(false, texts.now(ConsoleTexts.REQUEST_REFUSED), null));
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
    return optional(request.partner());
  }

  /** A code that may be left out: absent or empty is none. */
  private static String optional(String value) {
    return value == null || value.isEmpty() ? null : code(value);
  }
}
