package nl.zuil.kiosk.nextstep;

import java.util.List;

/**
 * What a visitor who finds no gids is told, in their language, for the screen and the slip alike:
 * when a gids is here again, where else one is and when, and how to reach the Werkcentrum for this
 * question. Organisation data only.
 *
 * @param places one line per nearby inlooppunt with a gids, nearest first; may be empty
 * @param phoneStatus whether the line is open now, or when it opens; empty when it never does
 * @param qrLink the region's information page for the question in the visitor's language (else the
 *     Dutch one), without a ticket reference
 */
public record NextStep(
    String title,
    String intro,
    String here,
    String elsewhere,
    List<String> places,
    String contact,
    String phone,
    String phoneStatus,
    String phoneHours,
    String website,
    String qrLink,
    String scanHint) {

  public NextStep {
    places = List.copyOf(places);
  }
}
