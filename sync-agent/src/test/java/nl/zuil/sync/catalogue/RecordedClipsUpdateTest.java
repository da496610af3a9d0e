package nl.zuil.sync.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nl.zuil.backend.publish.Draft;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueAcceptance;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.recording.Clips;
import nl.zuil.kioskfiles.credential.Credential;
import nl.zuil.sync.TestAgents;
import nl.zuil.sync.TestBackend;
import nl.zuil.sync.catalogue.CatalogueCheck.Result;
import nl.zuil.sync.transport.BackendClient;
import nl.zuil.testsupport.Sox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recorded clips travel with the catalogue (decision 0310): region staff upload a catalogue and its
 * clip to the real backend and publish it; the agent fetches the clip into the folder beside the
 * kiosk's catalogue before it switches the catalogue, and never switches to one whose clip is not
 * there or not usable.
 */
class RecordedClipsUpdateTest {

  @TempDir Path dir;
  private TestBackend backend;
  private Path catalogueFile;
  private Path clips;

  @BeforeEach
  void start() throws Exception {
    backend = TestBackend.create(TestBackend.Kind.SQLITE, dir, Optional.empty()).start();
    backend.enrol("zuil-1", dir.resolve("credential.json"));
    Path folder = Files.createDirectory(dir.resolve("catalogue"));
    catalogueFile = folder.resolve("catalogue.json");
    Files.writeString(catalogueFile, CatalogueLoader.defaultJson());
    clips = Clips.folderBeside(catalogueFile);
  }

  @AfterEach
  void stop() {
    backend.close();
  }

  @Test
  void theAgentFetchesTheClipBeforeItSwitchesAndDropsItWhenNoVersionNamesIt() throws Exception {
    byte[] clip = Files.readAllBytes(Sox.tone(dir.resolve("welkom.wav"), 2, 0.3, 22050));
    String sha = Clips.sha256(clip);
    publish(withRecording(sha), List.of(clip));

    try (BackendClient client = client()) {
      assertThat(updater(client).check().result()).isEqualTo(Result.INSTALLED);
      assertThat(CatalogueLoader.load(catalogueFile).recordingList()).hasSize(1);
      assertThat(Files.readAllBytes(clips.resolve(sha + ".wav"))).isEqualTo(clip);

      publish(CatalogueLoader.loadDefault(), List.of());
      assertThat(updater(client).check().result()).isEqualTo(Result.INSTALLED);
    }
    assertThat(CatalogueLoader.load(catalogueFile).recordingList()).isEmpty();
    try (Stream<Path> left = Files.list(clips)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void aCatalogueWhoseClipDoesNotComeIsNotInstalled() throws Exception {
    byte[] clip = Files.readAllBytes(Sox.tone(dir.resolve("welkom.wav"), 2, 0.3, 22050));
    publish(withRecording(Clips.sha256(clip)), List.of(clip));
    // The region's clip is gone from the backend (a restored database, say).
    backend
        .backend()
        .database()
        .inTransaction(
            c -> {
              try (var delete = c.prepareStatement("DELETE FROM catalogue_clip")) {
                return delete.executeUpdate();
              }
            });
    String before = Files.readString(catalogueFile);

    try (BackendClient client = client()) {
      CatalogueCheck check = updater(client).check();

      assertThat(check.result()).isNotEqualTo(Result.INSTALLED);
      assertThat(check.reason()).contains("has no clip");
    }
    assertThat(Files.readString(catalogueFile)).isEqualTo(before);
  }

  @Test
  void aCatalogueInstalledWithoutItsClipsGetsThemFromTheAgent() throws Exception {
    byte[] clip = Files.readAllBytes(Sox.tone(dir.resolve("welkom.wav"), 2, 0.3, 22050));
    String sha = Clips.sha256(clip);
    publish(withRecording(sha), List.of(clip));
    try (BackendClient client = client()) {
      // As zuil-provision update-catalogue installs it (the same judge): no clips beside it.
      var answer =
          client
              .catalogue(
                  Credential.read(dir.resolve("credential.json")).authorization(), Optional.empty())
              .orElseThrow()
              .answer();
      Files.writeString(
          catalogueFile,
          CatalogueAcceptance.judge(
                  answer.regionCode(), answer.version(), answer.catalogue(), Optional.empty())
              .text());
    }
    assertThat(Files.exists(clips.resolve(sha + ".wav"))).isFalse();

    try (BackendClient client = client()) {
      assertThat(updater(client).check().result()).isEqualTo(Result.CURRENT);
    }
    assertThat(Files.readAllBytes(clips.resolve(sha + ".wav"))).isEqualTo(clip);
  }

  private static Catalogue withRecording(String sha) throws Exception {
    return CatalogueLoader.loadDefault().withRecordings(Map.of("welcome.title", Map.of("nl", sha)));
  }

  /** As region staff do it: upload with the clips, then publish the reviewed draft. */
  private void publish(Catalogue catalogue, List<byte[]> clipFiles) throws Exception {
    Draft draft =
        backend
            .backend()
            .drafts()
            .upload(TestBackend.REGION, "regio", CatalogueLoader.toJson(catalogue), clipFiles);
    backend.backend().drafts().publish(TestBackend.REGION, draft.digest());
  }

  private BackendClient client() throws Exception {
    return BackendClient.create(
        TestAgents.settings(dir, backend.url(), TestAgents.none()), Clock.systemUTC());
  }

  private CatalogueUpdater updater(BackendClient client) throws Exception {
    return new CatalogueUpdater(
        new CatalogueFile(catalogueFile), client, Credential.read(dir.resolve("credential.json")));
  }
}
