package nl.zuil.kioskfiles;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Files as the processes wrote them before kiosk-files existed (captured from that code, never
 * regenerated): whatever changes here, a kiosk and an agent of different ages still read each
 * other's files.
 */
public final class Golden {

  private Golden() {}

  public static Path path(String name) {
    try {
      var url = Golden.class.getResource("/golden/" + name);
      if (url == null) {
        throw new AssertionError("golden file missing: " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
