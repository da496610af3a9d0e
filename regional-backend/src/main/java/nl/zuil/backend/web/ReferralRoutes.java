package nl.zuil.backend.web;

import static nl.zuil.backend.web.StaffRequests.html;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.Optional;
import nl.zuil.backend.http.Backend;
import nl.zuil.backend.referral.Slip;
import nl.zuil.backend.referral.SlipState;
import nl.zuil.backend.web.ReferralPage.Step;
import nl.zuil.regionapi.SlipLinks;
import nl.zuil.regionapi.SlipLinks.SlipLink;
import nl.zuil.web.LoginThrottle;
import nl.zuil.web.ThrottlePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The partner's side of a referral slip: {@code GET /bon} shows it, {@code POST /bon} counts the
 * arrival, {@code POST /bon/antwoord} the optional second answer (decision 1053). No account: the
 * slip's signed one-time token is the only key. Every request counts towards a limit per address,
 * so guessing tokens from one place stops quickly; a token of 128 bits is out of reach anyway.
 */
final class ReferralRoutes {

  /**
   * Per address, every request: a partner's desk confirms a few slips an hour, so 60 are free and
   * each one after waits longer, up to ten minutes.
   */
  static final ThrottlePolicy PER_ADDRESS =
      new ThrottlePolicy(60, Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(20));

  private static final Logger LOG = LoggerFactory.getLogger(ReferralRoutes.class);

  private final Backend backend;
  private final StaffRequests requests;
  private final LoginThrottle throttle;

  ReferralRoutes(Backend backend, StaffRequests requests) {
    this.backend = backend;
    this.requests = requests;
    // In the database like the sign-in budgets, so two backend instances share it (0210).
    this.throttle =
        new LoginThrottle(PER_ADDRESS, backend.clock(), backend.throttles(), "slip-address:");
  }

  void register(RoutesConfig routes) {
    routes.get(SlipLinks.PATH, this::show);
    routes.post(SlipLinks.PATH, this::arrive);
    routes.post(SlipLinks.PATH + "/antwoord", this::answer);
  }

  private void show(Context ctx) {
    if (throttled(ctx)) {
      return;
    }
    Slip slip = backend.referrals().look(SlipLinks.read(ctx::queryParam));
    if (slip.state() == SlipState.OPEN) {
      page(ctx, 200, Step.CONFIRM, slip, "");
    } else {
      refuse(ctx, slip);
    }
  }

  private void arrive(Context ctx) {
    if (throttled(ctx)) {
      return;
    }
    Optional<SlipLink> link = SlipLinks.read(ctx::formParam);
    Slip slip = backend.referrals().arrive(link);
    if (slip.state() == SlipState.OPEN) {
      page(ctx, 200, Step.COUNTED, slip, "");
    } else {
      refuse(ctx, slip);
    }
  }

  private void answer(Context ctx) {
    if (throttled(ctx)) {
      return;
    }
    Optional<SlipLink> link = SlipLinks.read(ctx::formParam);
    String answer = Optional.ofNullable(ctx.formParam("antwoord")).orElse("");
    if (!answer.equals("geholpen") && !answer.equals("niet-voor-ons")) {
      page(ctx, 400, Step.REFUSED, backend.referrals().look(link), "slip.unknown");
      return;
    }
    if (backend.referrals().answer(link, answer.equals("geholpen"))) {
      page(ctx, 200, Step.ANSWERED, backend.referrals().look(link), "");
    } else {
      Slip slip = backend.referrals().look(link);
      page(ctx, slip.state() == SlipState.UNKNOWN ? 404 : 409, Step.REFUSED, slip, "slip.used");
    }
  }

  private void refuse(Context ctx, Slip slip) {
    switch (slip.state()) {
      case USED -> page(ctx, 409, Step.REFUSED, slip, "slip.used");
      case EXPIRED -> page(ctx, 410, Step.REFUSED, slip, "slip.expired");
      default -> page(ctx, 404, Step.REFUSED, slip, "slip.unknown");
    }
  }

  /** Counts this request for its address; true (and the page said so) when over the limit. */
  private boolean throttled(Context ctx) {
    String address = requests.clientAddress(ctx);
    if (throttle.waiting(address).isPresent()) {
      LOG.warn("Referral slip requests from {} throttled", address);
      page(ctx, 429, Step.REFUSED, Slip.unknownSlip(), "slip.throttled");
      return true;
    }
    throttle.failed(address);
    return false;
  }

  private void page(Context ctx, int status, Step step, Slip slip, String messageKey) {
    ctx.header("Cache-Control", "no-store");
    html(ctx, status, ReferralPage.render(requests.request(ctx).view(), step, slip, messageKey));
  }
}
