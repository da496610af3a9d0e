package nl.zuil.catalogue;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a visitor taps: "Werk zoeken", "Geldzorgen en schulden", ...
 *
 * @param prefix the letter in front of the ticket number (W-014), unique in the catalogue
 * @param infoUrl the region's public page for this question, in Dutch; the ticket QR of a kiosk of
 *     the release before {@code infoUrls} links to it
 * @param infoUrls the same page per language where the region has one; null when the region has
 *     none. Written only when given, and left out of the copy kiosks of the release before it get
 *     ({@link KioskCopy}), which would refuse it (decision 0307).
 * @param askSituation whether the kiosk offers the optional situation tap after this question
 * @param catchAll marks "Iets anders / weet ik niet": exactly one exists, so there is no wrong door
 * @param targetGroup marks a question that stands for a target group of the reform (young people,
 *     job to job): the dashboard reports its reach among all visitors. Only the backend reads it;
 *     it is written only when true and left out of the copy kiosks get ({@link KioskCopy}), so a
 *     kiosk of the release before it still accepts the catalogue (decision 0703).
 */
public record QuestionType(
    String code,
    String prefix,
    String icon,
    String infoUrl,
    @JsonInclude(JsonInclude.Include.NON_NULL) InfoUrls infoUrls,
    boolean askSituation,
    boolean catchAll,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) Boolean targetGroup,
    Labels labels) {

  /** Absent means false: catalogues published before the field must still load. */
  public QuestionType {
    targetGroup = Boolean.TRUE.equals(targetGroup);
  }

  /**
   * The page the ticket QR opens for a visitor who chose {@code language}: the page in that
   * language, else the Dutch one.
   */
  public String infoUrl(String language) {
    return infoUrls == null ? infoUrl : infoUrls.in(language);
  }
}
