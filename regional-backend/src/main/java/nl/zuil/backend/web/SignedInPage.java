package nl.zuil.backend.web;

/** The short stop after the identity provider: signed in, on to the start page. */
final class SignedInPage {

  /** What {@code signed-in.jte} shows. */
  record Model(View view) {}

  private SignedInPage() {}

  static String render(View view) {
    return Templates.render("signed-in.jte", new Model(view));
  }
}
