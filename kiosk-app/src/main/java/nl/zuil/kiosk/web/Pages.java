package nl.zuil.kiosk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The web console's pages and files, read from the jar once. Pages are plain HTML with {@code
 * {{name}}} slots filled on the server (escaped); all script lives in separate files, so the
 * Content-Security-Policy can forbid inline script altogether.
 */
final class Pages {

  static final String FOLDER = "/nl/zuil/kiosk/web/";

  /** The files under /assets/, with their content types. */
  static final Map<String, String> ASSETS =
      Map.of(
          "console.js", "text/javascript; charset=utf-8",
          "console.css", "text/css; charset=utf-8",
          "display.js", "text/javascript; charset=utf-8",
          "display.css", "text/css; charset=utf-8",
          "zuil.css", "text/css; charset=utf-8");

  private Pages() {}

  static String template(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  static byte[] bytes(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("missing web resource " + FOLDER + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fills {@code {{name}}} slots with values that are already escaped for where they go. */
  static String fill(String template, Map<String, String> escapedValues) {
    String page = template;
    for (Map.Entry<String, String> value : escapedValues.entrySet()) {
      page = page.replace("{{" + value.getKey() + "}}", value.getValue());
    }
    return page;
  }

  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** JSON for a {@code <script type="application/json">} block: it can never close the tag. */
  static String jsonInHtml(ObjectMapper json, Object value) {
    try {
      return json.writeValueAsString(value)
          .replace("<", "\\u003c")
          .replace(">", "\\u003e")
          .replace("&", "\\u0026");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
