package nl.zuil.sync.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The kiosk's device credential from enrolment, with the kiosk it was issued for. The secret never
 * appears in {@link #toString()}, logs or error messages.
 */
public final class Credential {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String deviceId;
  private final String secret;
  private final String locationCode;
  private final String kioskCode;

  public Credential(String deviceId, String secret, String locationCode, String kioskCode) {
    this.deviceId = deviceId;
    this.secret = secret;
    this.locationCode = locationCode;
    this.kioskCode = kioskCode;
  }

  /**
   * Reads the credential file the enrolment wrote; the message names the file, never the secret.
   */
  public static Credential read(Path file) throws IOException {
    JsonNode node;
    try {
      node = JSON.readTree(Files.readString(file));
    } catch (IOException e) {
      throw new IOException(
          "cannot read the credential file " + file + "; enrol the kiosk first (--enrol CODE)");
    }
    String[] fields = {"deviceId", "credential", "locationCode", "kioskCode"};
    for (String field : fields) {
      if (node == null || node.get(field) == null || !node.get(field).isTextual()) {
        throw new IOException("credential file " + file + " has no '" + field + "'");
      }
    }
    return new Credential(
        node.get("deviceId").textValue(),
        node.get("credential").textValue(),
        node.get("locationCode").textValue(),
        node.get("kioskCode").textValue());
  }

  /** Writes the credential readable by the agent's user only, replacing nothing half-way. */
  public void write(Path file) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("deviceId", deviceId);
    node.put("credential", secret);
    node.put("locationCode", locationCode);
    node.put("kioskCode", kioskCode);
    Path dir = file.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temporary = Files.createTempFile(dir, "credential", ".tmp");
    try {
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system (a developer's Windows laptop); nothing to tighten.
      }
      Files.writeString(temporary, JSON.writeValueAsString(node));
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  public String deviceId() {
    return deviceId;
  }

  public String locationCode() {
    return locationCode;
  }

  public String kioskCode() {
    return kioskCode;
  }

  /** The value of the Authorization header; the only way to get at the secret. */
  public String authorization() {
    return "Bearer " + secret;
  }

  @Override
  public String toString() {
    return "Credential[device=" + deviceId + ", kiosk=" + kioskCode + " at " + locationCode + "]";
  }
}
