package nl.zuil.catalogue;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How a visitor reaches the Werkcentrum when no gids is there: the public phone line, the website
 * and when the line is answered. A question type may have its own (employers call the
 * werkgeversservicepunt).
 *
 * @param byQuestion per question type code, the parts that differ; what an override leaves out
 *     comes from the region's contact
 */
public record Contact(
    String phone, String website, OpeningHours phoneHours, Map<String, Part> byQuestion) {

  /** The parts of the contact that differ for one question type; null parts are the region's. */
  public record Part(String phone, String website, OpeningHours phoneHours) {}

  public Contact {
    byQuestion =
        byQuestion == null
            ? Map.of()
            : Collections.unmodifiableMap(new LinkedHashMap<>(byQuestion));
  }

  /** The contact a visitor with this question gets. */
  public Contact forQuestion(String questionCode) {
    Part override = byQuestion.get(questionCode);
    if (override == null) {
      return new Contact(phone, website, phoneHours, Map.of());
    }
    return new Contact(
        override.phone() == null ? phone : override.phone(),
        override.website() == null ? website : override.website(),
        override.phoneHours() == null ? phoneHours : override.phoneHours(),
        Map.of());
  }
}
