package nl.zuil.hardware.printer;

import java.util.List;
import java.util.Optional;

/**
 * The referral slip (doorverwijsbon) a visitor takes to the partner a gids referred them to
 * (decision 1053): who the partner is, where and when to go, what to bring, each line in the
 * visitor's language and then in Dutch for the partner's staff; and a QR code the partner opens to
 * say the visitor arrived. The kiosk fills in the texts; nothing on it names the visitor or the
 * visit: no ticket number, no time of day.
 *
 * @param lines each a text in the visitor's language and its Dutch (the same when the visitor reads
 *     Dutch); blank lines are left out
 * @param qrLink the slip's link; empty when the kiosk has no slip key yet (the slip then still says
 *     where to go)
 * @param footer the referring inlooppunt and the week
 */
public record ReferralSlip(
    Line title, List<Line> lines, Optional<String> qrLink, Line scanHint, String footer) {

  /** One text, in the visitor's language and in Dutch. */
  public record Line(String visitor, String dutch, boolean bold) {

    List<String> texts() {
      if (visitor == null || visitor.isBlank()) {
        return dutch == null || dutch.isBlank() ? List.of() : List.of(dutch);
      }
      return visitor.equals(dutch) || dutch == null || dutch.isBlank()
          ? List.of(visitor)
          : List.of(visitor, dutch);
    }
  }

  public ReferralSlip {
    lines = lines == null ? List.of() : List.copyOf(lines);
    qrLink = qrLink == null ? Optional.empty() : qrLink.filter(l -> !l.isBlank());
  }

  public TicketDocument toDocument() {
    TicketDocument.Builder slip = TicketDocument.builder();
    title.texts().forEach(t -> slip.text(t, TextSize.DOUBLE, true, Alignment.CENTER));
    for (Line line : lines) {
      List<String> texts = line.texts();
      if (texts.isEmpty()) {
        continue;
      }
      slip.feed(1);
      texts.forEach(t -> slip.text(t, TextSize.NORMAL, line.bold(), Alignment.CENTER));
    }
    if (qrLink.isPresent()) {
      slip.feed(1).qr(qrLink.get()).feed(1);
      scanHint.texts().forEach(t -> slip.text(t, TextSize.NORMAL, false, Alignment.CENTER));
    }
    slip.feed(1);
    if (footer != null && !footer.isBlank()) {
      slip.text(footer, TextSize.NORMAL, false, Alignment.CENTER);
    }
    return slip.feed(2).cut().build();
  }
}
