package nl.zuil.kiosk.referral;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Language;
import nl.zuil.catalogue.Partner;
import nl.zuil.catalogue.TextDirection;
import nl.zuil.hardware.printer.ReferralSlip;
import nl.zuil.hardware.printer.ReferralSlip.Line;
import nl.zuil.kiosk.nextstep.WhenText;
import nl.zuil.kiosk.text.ScreenTexts;

/**
 * Fills in a referral slip from the region's sociale kaart: the partner's name, where its desks are
 * and when they are open, its phone, what to bring; in the visitor's language and in Dutch. What it
 * is given is all it prints: the partner, the visitor's language, the slip's link and week.
 */
final class SlipDocuments {

  private final String locationName;
  private final Clock clock;

  SlipDocuments(String locationName, Clock clock) {
    this.locationName = locationName;
    this.clock = clock;
  }

  /**
   * @param link the slip's signed link; empty when the kiosk has no slip key
   * @param week the ISO week number printed at the foot
   */
  ReferralSlip slip(
      Catalogue catalogue, Partner partner, String language, Optional<String> link, int week) {
    SlipTexts visitor = SlipTexts.in(language);
    SlipTexts dutch = SlipTexts.in(SlipTexts.DUTCH);
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(partner.labels().in(language), partner.labels().dutch(), true));
    partner
        .route()
        .ifPresent(
            handoff -> {
              for (Partner.Desk desk : handoff.desks()) {
                catalogue
                    .location(desk.location())
                    .ifPresent(
                        place ->
                            lines.add(
                                new Line(null, place.name() + ", " + place.address(), false)));
                if (desk.hours() != null) {
                  lines.add(
                      new Line(
                          visitor.get(
                              "hours",
                              Map.of("hours", when(catalogue, language).weekly(desk.hours()))),
                          dutch.get(
                              "hours",
                              Map.of(
                                  "hours", when(catalogue, SlipTexts.DUTCH).weekly(desk.hours()))),
                          false));
                }
              }
              if (handoff.phone() != null && !handoff.phone().isBlank()) {
                lines.add(
                    new Line(
                        visitor.get("phone", Map.of("phone", handoff.phone())),
                        dutch.get("phone", Map.of("phone", handoff.phone())),
                        false));
              }
            });
    lines.add(new Line(visitor.get("bring"), dutch.get("bring"), false));
    return new ReferralSlip(
        new Line(visitor.get("title"), dutch.get("title"), true),
        lines,
        link,
        new Line(visitor.get("scan"), dutch.get("scan"), false),
        locationName + " · week " + week);
  }

  private WhenText when(Catalogue catalogue, String language) {
    boolean rightToLeft =
        catalogue.language(language).map(Language::direction).orElse(TextDirection.LEFT_TO_RIGHT)
            == TextDirection.RIGHT_TO_LEFT;
    return new WhenText(
        ScreenTexts.fixed(catalogue, language), language, ZonedDateTime.now(clock), rightToLeft);
  }
}
