package nl.zuil.backend.web;

/**
 * Ends a staff request with a status and a message key; the pages render it as HTML, the JSON and
 * export endpoints as JSON. The message never says whether something exists elsewhere.
 */
final class PageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String messageKey;

  PageException(int status, String messageKey) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
  }

  /** Unknown, or not this reader's to see: the same answer either way. */
  static PageException notFound() {
    return new PageException(404, "error.not_found");
  }

  static PageException badRequest() {
    return new PageException(400, "error.bad_request");
  }

  static PageException forbidden() {
    return new PageException(403, "error.forbidden");
  }

  int status() {
    return status;
  }

  String messageKey() {
    return messageKey;
  }
}
