package nl.zuil.kiosk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.Content;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import nl.zuil.kioskfiles.kioskconfig.KioskConfig;

/**
 * The web console's pages, rendered from their templates (src/main/jte, compiled into this package
 * by the build, every value escaped for where it goes), and its script and style files, read from
 * the jar once. All script lives in those files, so the Content-Security-Policy can forbid inline
 * script altogether.
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

  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Pages.class.getClassLoader(), "nl.zuil.kiosk.web");

  /**
   * What {@code login.jte} shows.
   *
   * @param message why the last attempt failed; empty hides the line
   * @param desks the desks to choose from; a choice is shown only when there is more than one
   */
  record Login(
      String title,
      String location,
      String pinLabel,
      String submit,
      String message,
      String csrf,
      String deskLegend,
      List<KioskConfig.Desk> desks) {}

  /** What {@code console.jte} shows; its script fills the rest from {@code bootstrap}. */
  record Console(String title, String csrf, String desk, ScriptJson bootstrap) {}

  /**
   * JSON for a {@code <script type="application/json">} block, written into it as it is: {@code <},
   * {@code >} and {@code &} are escaped as JSON unicode escapes, so it can never close the tag.
   */
  static final class ScriptJson implements Content {
    private final String json;

    private ScriptJson(String json) {
      this.json = json;
    }

    static ScriptJson of(ObjectMapper mapper, Object value) {
      try {
        return new ScriptJson(
            mapper
                .writeValueAsString(value)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026"));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void writeTo(TemplateOutput output) {
      output.writeContent(json);
    }
  }

  private Pages() {}

  static String login(Login page) {
    return render("login.jte", page);
  }

  static String console(Console page) {
    return render("console.jte", page);
  }

  static String display(ScriptJson bootstrap) {
    return render("display.jte", bootstrap);
  }

  private static String render(String template, Object model) {
    StringOutput html = new StringOutput(8192);
    TEMPLATES.render(template, model, html);
    return html.toString();
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
}
