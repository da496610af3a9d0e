package nl.zuil.backend.web;

/** A refusal or failure, in words a reader can act on, with a way back. */
final class ErrorPage {

  private ErrorPage() {}

  static String render(View view, String messageKey) {
    String main =
        "<h1>"
            + view.t("error.title")
            + "</h1>\n<p class=\"warning\" role=\"alert\">"
            + view.t(messageKey)
            + "</p>\n<p><a href=\"/\">"
            + view.t("error.back")
            + "</a></p>\n";
    return view.page(view.text().get("error.title"), "", main, false);
  }
}
