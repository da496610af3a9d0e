package nl.zuil.catalogue;

/**
 * What a visitor taps: "Werk zoeken", "Geldzorgen en schulden", ...
 *
 * @param prefix the letter in front of the ticket number (W-014), unique in the catalogue
 * @param infoUrl the region's public page for this question; the ticket QR links to it
 * @param askSituation whether the kiosk offers the optional situation tap after this question
 * @param catchAll marks "Iets anders / weet ik niet": exactly one exists, so there is no wrong door
 */
public record QuestionType(
    String code,
    String prefix,
    String icon,
    String infoUrl,
    boolean askSituation,
    boolean catchAll,
    Labels labels) {}
