package nl.zuil.provisioning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every path under a root with its mode and, for files, a hash of its content: two snapshots are
 * equal exactly when nothing under the root was created, removed, changed or chmod-ed.
 */
public final class FileTree {

  private FileTree() {}

  public static Map<String, String> snapshot(Path root) {
    Map<String, String> tree = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.toList()) {
        String mode =
            Integer.toOctalString(
                ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS))
                    & 07777);
        String what;
        if (Files.isSymbolicLink(path)) {
          what = "link -> " + Files.readSymbolicLink(path);
        } else if (Files.isDirectory(path)) {
          what = "dir " + mode;
        } else if (Files.isRegularFile(path)) {
          what = "file " + mode + " " + sha256(Files.readAllBytes(path));
        } else {
          what = "other " + mode;
        }
        tree.put(root.relativize(path).toString(), what);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tree;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
