package nl.zuil.backend.publish;

/**
 * Nothing was published: the draft on the review page is gone, replaced by a newer upload, or no
 * longer the next version because another one was published meanwhile.
 */
public final class PublishRefused extends Exception {

  private static final long serialVersionUID = 1L;

  public PublishRefused(String message) {
    super(message);
  }
}
