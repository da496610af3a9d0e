package nl.zuil.backend.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query-string encoding for the links the pages build; HTML escaping is the templates' job. */
final class Html {

  private Html() {}

  static String url(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
