package nl.zuil.kioskfiles.credential;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.json.StrictJson;
import nl.zuil.json.StrictJsonException;
import nl.zuil.kioskfiles.AtomicFile;

/**
 * The kiosk's device credential from enrolment, with the kiosk it was issued for: written by the
 * provisioning tool's {@code enrol} (or the agent's own {@code --enrol}), read by the agent and the
 * tool. The secret never appears in {@link #toString()}, logs or error messages.
 */
public final class Credential {

  /** The file's content; field names are the JSON names. */
  private record Stored(String deviceId, String credential, String locationCode, String kioskCode) {

    @Override
    public String toString() {
      return "Stored[" + deviceId + "]";
    }
  }

  private final Stored stored;

  public Credential(String deviceId, String secret, String locationCode, String kioskCode) {
    this.stored = new Stored(deviceId, secret, locationCode, kioskCode);
  }

  /**
   * Reads the credential file the enrolment wrote; the message names the file, never the secret.
   */
  public static Credential read(Path file) throws IOException {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new IOException(
          "cannot read the credential file " + file + "; enrol the kiosk first (--enrol CODE)");
    }
    try {
      Stored stored = StrictJson.read(text, Stored.class);
      return new Credential(
          stored.deviceId(), stored.credential(), stored.locationCode(), stored.kioskCode());
    } catch (StrictJsonException e) {
      // The problems name fields and lines only, never a value: the secret stays out.
      throw new IOException("credential file " + file + " is unreadable: " + e.getMessage());
    }
  }

  /** The file's content, as {@link #write} stores it; for a tool that writes files as one unit. */
  public String toJson() {
    return StrictJson.compact(stored);
  }

  /** Writes the credential readable by the agent's user only, replacing nothing half-way. */
  public void write(Path file) throws IOException {
    AtomicFile.write(file, toJson(), Optional.of("rw-------"));
  }

  public String deviceId() {
    return stored.deviceId();
  }

  public String locationCode() {
    return stored.locationCode();
  }

  public String kioskCode() {
    return stored.kioskCode();
  }

  /** The value of the Authorization header; the only way to get at the secret. */
  public String authorization() {
    return "Bearer " + stored.credential();
  }

  @Override
  public String toString() {
    return "Credential[device="
        + deviceId()
        + ", kiosk="
        + kioskCode()
        + " at "
        + locationCode()
        + "]";
  }
}
