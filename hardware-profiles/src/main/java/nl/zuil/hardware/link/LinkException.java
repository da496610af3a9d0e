package nl.zuil.hardware.link;

import java.io.IOException;

/** The device behind a {@link PrinterLink} is gone or refused the operation. */
public class LinkException extends IOException {

  public LinkException(String message) {
    super(message);
  }

  public LinkException(String message, Throwable cause) {
    super(message, cause);
  }
}
