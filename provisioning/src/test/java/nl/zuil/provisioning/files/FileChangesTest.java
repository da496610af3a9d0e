package nl.zuil.provisioning.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.zuil.provisioning.FileTree;
import nl.zuil.provisioning.host.Host;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChangesTest {

  @TempDir Path root;

  private Host host() {
    return Host.of(new Layout(root));
  }

  @Test
  void aRunThatThrowsLeavesReplacedFilesCreatedFilesAndFoldersAsTheyWere() throws Exception {
    Files.createDirectories(root.resolve("etc/zuil"));
    Files.writeString(root.resolve("etc/zuil/kiosk.json"), "old");
    Files.setAttribute(root.resolve("etc/zuil"), "unix:mode", 0750);
    Map<String, String> before = FileTree.snapshot(root);

    assertThatThrownBy(
            () -> {
              try (FileChanges changes = FileChanges.start(host())) {
                changes.directory("/etc/zuil", Mode.DIRECTORY, Owner.ROOT);
                changes.file("/etc/zuil/kiosk.json", "new", Mode.OWNER_GROUP_READ, Owner.ROOT);
                changes.directory("/var/lib/zuil", new Mode(02770), Owner.ROOT);
                changes.file("/var/lib/zuil/x.json", "x", Mode.PUBLIC_READ, Owner.ROOT);
                throw new IOException("disk full");
              }
            })
        .hasMessage("disk full");

    assertThat(FileTree.snapshot(root)).isEqualTo(before);
  }

  @Test
  void aCommittedRunKeepsItsChangesAndLeavesNoCopies() throws Exception {
    Files.createDirectories(root.resolve("etc/zuil"));
    Files.writeString(root.resolve("etc/zuil/kiosk.json"), "old");

    try (FileChanges changes = FileChanges.start(host())) {
      assertThat(changes.file("/etc/zuil/kiosk.json", "new", Mode.PRIVATE, Owner.ROOT).kind())
          .isEqualTo(FileChanges.Kind.UPDATED);
      changes.commit();
    }

    assertThat(root.resolve("etc/zuil/kiosk.json")).hasContent("new");
    Map<String, String> folder = FileTree.snapshot(root.resolve("etc/zuil"));
    assertThat(folder).containsOnlyKeys("", "kiosk.json");
    assertThat(folder.get("kiosk.json")).startsWith("file 600");
  }

  @Test
  void aModeAloneIsAChangeToo() throws Exception {
    Files.createDirectories(root.resolve("etc"));
    Files.writeString(root.resolve("etc/agent.json"), "same");
    Files.setAttribute(root.resolve("etc/agent.json"), "unix:mode", 0644);

    FileChanges.Planned planned;
    try (FileChanges changes = FileChanges.start(host())) {
      planned = changes.file("/etc/agent.json", "same", Mode.OWNER_GROUP_READ, Owner.ROOT);
      changes.commit();
    }

    assertThat(planned.kind()).isEqualTo(FileChanges.Kind.UPDATED);
    assertThat(Files.getAttribute(root.resolve("etc/agent.json"), "unix:mode")).isEqualTo(0100640);
  }

  @Test
  void aDryRunPlansWithContentButTouchesNothing(@TempDir Path empty) throws Exception {
    Path missingRoot = empty.resolve("not-yet");

    try (FileChanges changes = FileChanges.dryRun(Host.of(new Layout(missingRoot)))) {
      changes.file("/etc/zuil/kiosk.json", "{}", Mode.OWNER_GROUP_READ, Owner.ROOT);
      changes.file("/etc/zuil/agent.json", "{}", Mode.OWNER_GROUP_READ, Owner.ROOT);

      assertThat(changes.planned())
          .extracting(FileChanges.Planned::path)
          .containsExactly("/etc", "/etc/zuil", "/etc/zuil/kiosk.json", "/etc/zuil/agent.json");
    }
    assertThat(missingRoot).doesNotExist();
  }

  @Test
  void existingParentFoldersAreNeverChanged() throws Exception {
    Files.createDirectories(root.resolve("var/lib"));
    Files.setAttribute(root.resolve("var/lib"), "unix:mode", 0711);

    try (FileChanges changes = FileChanges.start(host())) {
      changes.directory("/var/lib/zuil", new Mode(02770), Owner.ROOT);
      changes.commit();
    }

    assertThat(Files.getAttribute(root.resolve("var/lib"), "unix:mode")).isEqualTo(040711);
    assertThat(Files.getAttribute(root.resolve("var/lib/zuil"), "unix:mode")).isEqualTo(042770);
  }
}
