package nl.zuil.provisioning.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.ToLongFunction;
import nl.zuil.provisioning.files.Layout;

/**
 * Free space where the ledger lives. A full disk stops the kiosk from recording visits, so this
 * fails well before it is full.
 */
final class DiskCheck implements Check {

  static final String NAME = "free disk";
  static final long FAIL_BELOW_BYTES = 200L * 1024 * 1024;
  static final long WARN_BELOW_BYTES = 1024L * 1024 * 1024;

  private final ToLongFunction<Path> usableBytes;

  DiskCheck() {
    this(DiskCheck::usable);
  }

  DiskCheck(ToLongFunction<Path> usableBytes) {
    this.usableBytes = usableBytes;
  }

  @Override
  public List<Finding> run(DoctorContext context) {
    Path folder =
        context.kiosk().present()
            ? context.kiosk().get().ledgerPath().getParent()
            : context.path(Layout.KIOSK_STATE);
    Path existing = folder;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    long free = existing == null ? -1 : usableBytes.applyAsLong(existing);
    if (free < 0) {
      return List.of(Finding.warn(NAME, "cannot tell the free space at " + folder, ""));
    }
    String what = megabytes(free) + " free for " + folder;
    String fix = "Free up space: remove old backups or logs (/var/log/zuil)";
    if (free < FAIL_BELOW_BYTES) {
      return List.of(Finding.fail(NAME, what + ", the kiosk may soon stop recording visits", fix));
    }
    if (free < WARN_BELOW_BYTES) {
      return List.of(Finding.warn(NAME, what, fix));
    }
    return List.of(Finding.ok(NAME, what));
  }

  private static String megabytes(long bytes) {
    return (bytes / (1024 * 1024)) + " MB";
  }

  private static long usable(Path path) {
    try {
      return Files.getFileStore(path).getUsableSpace();
    } catch (IOException e) {
      return -1;
    }
  }
}
