package nl.zuil.backend.web;

import nl.zuil.catalogue.CatalogueLoader;

/** Catalogue files as a region's editor would upload them, made from the bundled default. */
final class Catalogues {

  private Catalogues() {}

  /** Region A's version 1, as published by {@code TwoRegions}. */
  static String defaultJson() {
    return CatalogueLoader.defaultJson();
  }

  /**
   * Version 2 of region A: without the money-worries question, with a new partner and the union
   * renamed. The file says version 1: editors start from the file they have.
   */
  static String secondVersion() {
    String json = defaultJson();
    int start = json.indexOf("    {\n      \"code\": \"money_debt\"");
    int end = json.indexOf("    },\n", start) + "    },\n".length();
    return (json.substring(0, start) + json.substring(end))
        // The partner that took only the dropped question now takes the income question.
        .replace("\"questionTypes\": [\"money_debt\"]", "\"questionTypes\": [\"benefit_income\"]")
        .replace("\"Vakbond\"", "\"Vakbond (FNV, CNV)\"")
        .replace(
            "    {\n      \"code\": \"union\",",
            "    { \"code\": \"library\", \"labels\": { \"nl\": \"Bibliotheek\", \"en\": \"Library\" } },\n"
                + "    {\n      \"code\": \"union\",");
  }
}
