package nl.zuil.provisioning.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import nl.zuil.provisioning.host.Host;

/**
 * The files and folders one command writes, as one unit: every file goes to a temporary file in its
 * own folder and is moved over the old one, so no reader ever sees half a file; and until {@link
 * #commit()} every change can be undone, so a command that fails midway leaves the tree as it found
 * it. {@link #close()} without a commit undoes everything.
 *
 * <p>In a dry run nothing is touched: each change is only planned, with its content, for printing.
 * Owners are applied only on the kiosk itself as root ({@link Host#isReal()}); elsewhere they are
 * recorded in the plan.
 */
public final class FileChanges implements AutoCloseable {

  /** What a change did to its path, or would do in a dry run. */
  public enum Kind {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * One path's change.
   *
   * @param content the file's new content; null for a folder or a secret
   */
  public record Planned(
      String path, Kind kind, boolean directory, Mode mode, Owner owner, byte[] content) {

    public String describe() {
      return switch (kind) {
        case CREATED -> "created";
        case UPDATED -> "updated";
        case UNCHANGED -> "unchanged";
      };
    }
  }

  private interface Undo {
    void undo() throws IOException;
  }

  private final Host host;
  private final Layout layout;
  private final boolean dryRun;
  private final List<Planned> planned = new ArrayList<>();
  private final Deque<Undo> undo = new ArrayDeque<>();
  private final List<Path> replacedCopies = new ArrayList<>();
  private boolean finished;

  private FileChanges(Host host, boolean dryRun) {
    this.host = host;
    this.layout = host.layout();
    this.dryRun = dryRun;
  }

  public static FileChanges start(Host host) {
    return new FileChanges(host, false);
  }

  public static FileChanges dryRun(Host host) {
    return new FileChanges(host, true);
  }

  public boolean isDryRun() {
    return dryRun;
  }

  public List<Planned> planned() {
    return List.copyOf(planned);
  }

  /** True when something was (or in a dry run would be) changed. */
  public boolean changedAnything() {
    return planned.stream().anyMatch(p -> p.kind() != Kind.UNCHANGED);
  }

  /** A folder with this mode and owner; missing parents are made as root's 0755 folders. */
  public Planned directory(String logical, Mode mode, Owner owner) throws IOException {
    for (Planned earlier : planned) {
      if (earlier.directory() && earlier.path().equals(logical)) {
        return earlier;
      }
    }
    Path dir = layout.path(logical);
    if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
      boolean same = modeOf(dir) == mode.bits() && ownedBy(dir, owner);
      if (!same && !dryRun) {
        int oldMode = modeOf(dir);
        Owner oldOwner = Ownership.of(dir);
        setMode(dir, mode);
        undo.push(() -> setMode(dir, new Mode(oldMode)));
        if (host.isReal()) {
          Ownership.apply(dir, owner);
          undo.push(() -> Ownership.apply(dir, oldOwner));
        }
      }
      return plan(
          new Planned(logical, same ? Kind.UNCHANGED : Kind.UPDATED, true, mode, owner, null));
    }
    if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(dir + " exists but is not a folder; move it away and run again");
    }
    ensureParent(logical);
    if (!dryRun) {
      Files.createDirectory(dir);
      undo.push(() -> Files.deleteIfExists(dir));
      setMode(dir, mode);
      if (host.isReal()) {
        Ownership.apply(dir, owner);
      }
    }
    return plan(new Planned(logical, Kind.CREATED, true, mode, owner, null));
  }

  public Planned file(String logical, String content, Mode mode, Owner owner) throws IOException {
    return file(logical, content.getBytes(StandardCharsets.UTF_8), mode, owner, false);
  }

  /**
   * A file with exactly this content, mode and owner, replaced atomically.
   *
   * @param secret keeps the content out of the plan, so a dry run never prints it
   */
  public Planned file(String logical, byte[] content, Mode mode, Owner owner, boolean secret)
      throws IOException {
    Path target = layout.path(logical);
    Path folder = target.getParent();
    ensureParent(logical);
    boolean exists = Files.exists(target, LinkOption.NOFOLLOW_LINKS);
    if (exists && !Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(target + " exists but is not a plain file; move it away and run again");
    }
    Kind kind = Kind.CREATED;
    if (exists) {
      boolean same =
          sameContent(target, content) && modeOf(target) == mode.bits() && ownedBy(target, owner);
      kind = same ? Kind.UNCHANGED : Kind.UPDATED;
    }
    Planned change = new Planned(logical, kind, false, mode, owner, secret ? null : content);
    if (dryRun || kind == Kind.UNCHANGED) {
      return plan(change);
    }
    Path temporary = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".new");
    try {
      writeDurably(temporary, content, mode);
      if (host.isReal()) {
        Ownership.apply(temporary, owner);
      }
      Path previous = exists ? keepCopy(target) : null;
      moveOver(temporary, target);
      undo.push(
          () -> {
            if (previous != null) {
              moveOver(previous, target);
            } else {
              Files.deleteIfExists(target);
            }
          });
    } finally {
      Files.deleteIfExists(temporary);
    }
    return plan(change);
  }

  /** Keeps every change; the copies kept for undoing them are removed. */
  public void commit() throws IOException {
    finished = true;
    undo.clear();
    for (Path copy : replacedCopies) {
      Files.deleteIfExists(copy);
    }
  }

  /**
   * Undoes every change made so far, newest first. Returns what could not be undone (each with the
   * path), so the command can tell the operator; empty when the tree is as it was.
   */
  public List<String> rollback() {
    finished = true;
    List<String> problems = new ArrayList<>();
    while (!undo.isEmpty()) {
      try {
        undo.pop().undo();
      } catch (IOException | RuntimeException e) {
        problems.add(e.getMessage());
      }
    }
    for (Path copy : replacedCopies) {
      try {
        Files.deleteIfExists(copy);
      } catch (IOException e) {
        problems.add(e.getMessage());
      }
    }
    return problems;
  }

  /**
   * Undoes everything unless committed: a command that threw leaves nothing behind.
   *
   * @throws IllegalStateException naming what could not be undone
   */
  @Override
  public void close() {
    if (!finished) {
      List<String> problems = rollback();
      if (!problems.isEmpty()) {
        throw new IllegalStateException(
            "could not undo everything this run wrote: " + String.join("; ", problems));
      }
    }
  }

  /** Makes a missing parent folder as root's 0755; an existing one is never changed. */
  private void ensureParent(String logical) throws IOException {
    ensureRoot();
    String parent = Path.of(logical).getParent().toString();
    if (!parent.equals("/") && !Files.isDirectory(layout.path(parent))) {
      directory(parent, Mode.DIRECTORY, Owner.ROOT);
    }
  }

  /** A demo or image root may not exist yet; it is made (and undone) like any folder. */
  private void ensureRoot() throws IOException {
    Path root = layout.root();
    if (dryRun || Files.isDirectory(root)) {
      return;
    }
    Path missing = root;
    while (missing.getParent() != null && !Files.exists(missing.getParent())) {
      missing = missing.getParent();
    }
    for (Path dir = missing; ; dir = dir.resolve(root.getName(dir.getNameCount()))) {
      Path made = Files.createDirectory(dir);
      undo.push(() -> Files.deleteIfExists(made));
      if (dir.equals(root)) {
        break;
      }
    }
  }

  private Planned plan(Planned change) {
    planned.add(change);
    return change;
  }

  /** A hard link to the current file: the old version, kept until commit at no copying cost. */
  private Path keepCopy(Path target) throws IOException {
    Path copy =
        target.resolveSibling("." + target.getFileName() + "." + UUID.randomUUID() + ".old");
    try {
      Files.createLink(copy, target);
    } catch (UnsupportedOperationException | FileSystemException e) {
      Files.copy(target, copy, StandardCopyOption.COPY_ATTRIBUTES);
    }
    replacedCopies.add(copy);
    return copy;
  }

  private static void writeDurably(Path file, byte[] content, Mode mode) throws IOException {
    try (FileChannel channel =
        FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      // Tighten before the first byte: a secret is never readable by others, even briefly.
      setMode(file, mode);
      ByteBuffer buffer = ByteBuffer.wrap(content);
      while (buffer.hasRemaining()) {
        channel.write(buffer);
      }
      channel.force(true);
    }
  }

  private static void moveOver(Path source, Path target) throws IOException {
    try {
      Files.move(
          source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static boolean sameContent(Path file, byte[] content) {
    try {
      return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
    } catch (IOException e) {
      return false;
    }
  }

  private static int modeOf(Path path) throws IOException {
    return ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS)) & 07777;
  }

  private static void setMode(Path path, Mode mode) throws IOException {
    // The unix view keeps set-group-id, which PosixFilePermission cannot express.
    Files.setAttribute(path, "unix:mode", mode.bits());
  }

  private boolean ownedBy(Path path, Owner owner) throws IOException {
    return !host.isReal() || Ownership.of(path).equals(owner);
  }
}
