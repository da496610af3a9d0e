package nl.zuil.hardware.link;

/** The device did not answer or take bytes within the deadline. */
public class LinkTimeoutException extends LinkException {

  public LinkTimeoutException(String message) {
    super(message);
  }
}
