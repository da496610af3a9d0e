package nl.zuil.sync.catalogue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueProblem;
import nl.zuil.catalogue.Recording;
import nl.zuil.catalogue.recording.ClipCheck;
import nl.zuil.catalogue.recording.Clips;
import nl.zuil.sync.transport.DeliveryException;

/**
 * The {@code recordings/} folder beside the kiosk's catalogue (decision 0310). A catalogue is
 * installed only once every clip it names is here and passes the clip check, so the kiosk never
 * reads a catalogue whose clips are still on their way; clips the new catalogue no longer names are
 * removed after it is installed.
 */
final class ClipFolder {

  /** Where a clip comes from: the backend. */
  @FunctionalInterface
  interface Source {
    byte[] clip(String sha256) throws DeliveryException;
  }

  private final Path folder;

  ClipFolder(Path catalogueFile) {
    this.folder = Clips.folderBeside(catalogueFile);
  }

  /**
   * Fetches every clip {@code catalogue} names that is not here, each checked against its hash
   * before it is kept, then checks them all.
   *
   * @return what is wrong with the clips; empty when the catalogue may be installed
   * @throws DeliveryException when the backend could not give a clip (try again next time)
   */
  List<CatalogueProblem> complete(
      Catalogue catalogue, Source source, Set<PosixFilePermission> fileMode)
      throws DeliveryException, IOException {
    for (Recording recording : catalogue.recordingList()) {
      Path file = folder.resolve(recording.fileName());
      if (Files.isRegularFile(file)
          && Clips.sha256(Files.readAllBytes(file)).equals(recording.sha256())) {
        continue;
      }
      byte[] clip = source.clip(recording.sha256());
      // Only the bytes the catalogue names; anything else stays out of the folder.
      if (Clips.sha256(clip).equals(recording.sha256())) {
        write(file, clip, fileMode);
      }
    }
    return ClipCheck.problems(catalogue, Clips.inFolder(folder));
  }

  /** Removes the clips {@code installed} does not name. */
  void keepOnly(Catalogue installed) throws IOException {
    if (!Files.isDirectory(folder)) {
      return;
    }
    Set<String> named =
        installed.recordingList().stream().map(Recording::fileName).collect(Collectors.toSet());
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        if (!named.contains(file.getFileName().toString())) {
          Files.deleteIfExists(file);
        }
      }
    }
  }

  private void write(Path file, byte[] clip, Set<PosixFilePermission> mode) throws IOException {
    // Made without a chmod: the catalogue folder is set-group-id (0805), which the new folder
    // inherits, so it and its files take the kiosk's group; a chmod would clear that bit.
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
    try {
      Files.write(temporary, clip);
      try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        out.force(true);
      }
      Files.setPosixFilePermissions(temporary, mode);
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  static Optional<String> describe(List<CatalogueProblem> problems) {
    return problems.isEmpty()
        ? Optional.empty()
        : Optional.of(
            problems.stream().map(CatalogueProblem::toString).collect(Collectors.joining("; ")));
  }
}
