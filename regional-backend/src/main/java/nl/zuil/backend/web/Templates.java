package nl.zuil.backend.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders the staff pages from their templates (src/main/jte), compiled into this package by the
 * build: a template that does not compile fails the build, and every value is escaped for where it
 * goes in the HTML.
 */
final class Templates {

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null, ContentType.Html, Templates.class.getClassLoader(), "nl.zuil.backend.web");

  private Templates() {}

  /** The page {@code template} (e.g. {@code "login.jte"}) for its one model. */
  static String render(String template, Object model) {
    StringOutput html = new StringOutput(16_384);
    ENGINE.render(template, model, html);
    return html.toString();
  }
}
