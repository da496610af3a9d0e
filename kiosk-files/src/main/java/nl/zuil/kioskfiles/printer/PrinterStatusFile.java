package nl.zuil.kioskfiles.printer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import nl.zuil.json.StrictJson;
import nl.zuil.json.StrictJsonException;
import nl.zuil.kioskfiles.AtomicFile;

/**
 * The printer's last status as a small JSON file, so that other processes (the sync agent's health
 * report, the provisioning tool's doctor) can see it without talking to the printer. The kiosk
 * writes it on every status change; a reader never sees half a file.
 */
public final class PrinterStatusFile {

  /**
   * The sync agent runs as another user in the kiosk's group and must be able to read the status
   * (decision 0801).
   */
  private static final String GROUP_READ = "rw-r-----";

  private final Path file;

  public PrinterStatusFile(Path file) {
    this.file = file.toAbsolutePath();
  }

  public Path file() {
    return file;
  }

  public void write(PrinterStatus status) throws IOException {
    AtomicFile.write(file, StrictJson.compact(status), Optional.of(GROUP_READ));
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
    try {
      return Optional.of(StrictJson.read(text, PrinterStatus.class));
    } catch (StrictJsonException e) {
      throw new IOException("Printer status file " + file + " is unreadable: " + e.getMessage());
    }
  }
}
