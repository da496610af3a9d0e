package nl.zuil.backend.web;

/** A refusal or failure, in words a reader can act on, with a way back. */
final class ErrorPage {

  /** What {@code error.jte} shows. */
  record Model(View view, String messageKey) {}

  private ErrorPage() {}

  static String render(View view, String messageKey) {
    return Templates.render("error.jte", new Model(view, messageKey));
  }
}
