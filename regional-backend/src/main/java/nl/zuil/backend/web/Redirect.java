package nl.zuil.backend.web;

/** Ends a request with 303 See Other, so a browser follows with a GET. */
final class Redirect extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String location;

  Redirect(String location) {
    super(location, null, false, false);
    this.location = location;
  }

  String location() {
    return location;
  }
}
