package nl.zuil.hardware.printer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The printer's last status as a small JSON file, so that another process (the sync agent's health
 * report) can see it without talking to the printer. The kiosk writes it on every status change; a
 * reader never sees half a file, because each write goes to a temporary file that is then moved
 * over the old one.
 */
public final class PrinterStatusFile {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] FLAGS = {
    "online", "coverOpen", "paperOut", "paperNearEnd", "cutterError"
  };

  private final Path file;

  public PrinterStatusFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  public Path file() {
    return file;
  }

  public void write(PrinterStatus status) throws IOException {
    ObjectNode node = JSON.createObjectNode();
    node.put("online", status.online());
    node.put("coverOpen", status.coverOpen());
    node.put("paperOut", status.paperOut());
    node.put("paperNearEnd", status.paperNearEnd());
    node.put("cutterError", status.cutterError());
    node.put("checkedAt", status.checkedAt().toString());
    Path dir = file.getParent();
    Files.createDirectories(dir);
    Path temporary = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
    try {
      // A temporary file is created 0600; the sync agent runs as another user in the kiosk's
      // group and must be able to read the status (decision 0801).
      if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r-----"));
      }
      Files.writeString(temporary, JSON.writeValueAsString(node), StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * The status last written, or empty when the kiosk never wrote one.
   *
   * @throws IOException when the file exists but cannot be read or is not a printer status; the
   *     message names the file and what is wrong
   */
  public Optional<PrinterStatus> read() throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(text);
    } catch (JsonProcessingException e) {
      throw corrupt("it is not JSON");
    }
    if (node == null || !node.isObject()) {
      throw corrupt("it is not a JSON object");
    }
    boolean[] flags = new boolean[FLAGS.length];
    for (int i = 0; i < FLAGS.length; i++) {
      JsonNode flag = node.get(FLAGS[i]);
      if (flag == null || !flag.isBoolean()) {
        throw corrupt("'" + FLAGS[i] + "' must be true or false");
      }
      flags[i] = flag.booleanValue();
    }
    JsonNode checkedAt = node.get("checkedAt");
    if (checkedAt == null || !checkedAt.isTextual()) {
      throw corrupt("'checkedAt' must be an ISO-8601 instant");
    }
    try {
      return Optional.of(
          new PrinterStatus(
              flags[0],
              flags[1],
              flags[2],
              flags[3],
              flags[4],
              Instant.parse(checkedAt.textValue())));
    } catch (DateTimeParseException e) {
      throw corrupt("'checkedAt' must be an ISO-8601 instant");
    }
  }

  private IOException corrupt(String why) {
    return new IOException("Printer status file " + file + " is unreadable: " + why);
  }
}
