package nl.zuil.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Request bodies exactly as the previous release's sync agent sent them (see {@code
 * previous-agent/README.md} next to them). The backend must keep accepting them, and the agent's
 * own output must not drift from them without a decision.
 */
public final class PreviousAgent {

  private static final String FOLDER = "/nl/zuil/testsupport/previous-agent/";

  private PreviousAgent() {}

  /** The body in {@code file}; a missing file fails, it is never written from the current code. */
  public static String body(String file) {
    try (InputStream in = PreviousAgent.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded body " + FOLDER + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
