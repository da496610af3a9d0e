package nl.zuil.backend.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import nl.zuil.backend.region.PublishedCatalogues;
import nl.zuil.backend.region.PublishedCatalogues.Published;
import nl.zuil.backend.region.RegionClips;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.CatalogueException;
import nl.zuil.catalogue.CatalogueLoader;
import nl.zuil.catalogue.CatalogueProblem;
import nl.zuil.catalogue.ProblemKind;
import nl.zuil.catalogue.Recording;
import nl.zuil.catalogue.recording.ClipCheck;
import nl.zuil.catalogue.recording.Clips;

/**
 * Region staff's way to a new catalogue version: upload (validated, stored as the region's one
 * draft with the next version number), review, publish or discard. Nothing reaches a kiosk before
 * {@link #publish}, and a refused upload leaves the draft and the published versions as they were.
 */
public final class CatalogueDrafts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Database database;
  private final Clock clock;

  public CatalogueDrafts(Database database, Clock clock) {
    this.database = database;
    this.clock = clock;
  }

  /**
   * Validates {@code json} and stores it as the region's draft, replacing an earlier draft.
   *
   * @throws UploadRefused naming every problem; nothing was stored
   */
  public Draft upload(String regionCode, String username, String json) throws UploadRefused {
    return upload(regionCode, username, json, List.of());
  }

  /**
   * {@link #upload(String, String, String)} with recorded clips: every clip the catalogue names
   * must be among {@code clips} or already stored for the region, and pass the clip check (decision
   * 0310). The clips it names are stored with the draft; uploaded files it does not name are not.
   *
   * @throws UploadRefused naming every problem; nothing was stored
   */
  public Draft upload(String regionCode, String username, String json, List<byte[]> clips)
      throws UploadRefused {
    Catalogue uploaded;
    try {
      uploaded = CatalogueLoader.parse(json, "upload");
    } catch (CatalogueException e) {
      throw new UploadRefused(e.problems());
    }
    if (!uploaded.region().code().equals(regionCode)) {
      throw new UploadRefused(
          List.of(
              CatalogueProblem.of(
                  "region.code",
                  0,
                  ProblemKind.OTHER_REGION,
                  uploaded.region().code(),
                  regionCode)));
    }
    Map<String, byte[]> uploadedClips = new HashMap<>();
    clips.forEach(clip -> uploadedClips.put(Clips.sha256(clip), clip));
    RegionClips regionClips = new RegionClips(database);
    Clips available =
        sha256 ->
            uploadedClips.containsKey(sha256)
                ? Optional.of(uploadedClips.get(sha256))
                : regionClips.clip(regionCode, sha256);
    List<CatalogueProblem> clipProblems = ClipCheck.problems(uploaded, available);
    if (!clipProblems.isEmpty()) {
      throw new UploadRefused(clipProblems);
    }
    Optional<Published> current = new PublishedCatalogues(database).current(regionCode);
    if (current.isPresent()
        && withVersion(json, current.get().version())
            .equals(withVersion(current.get().json(), current.get().version()))) {
      // A version that changes nothing would only make every kiosk fetch and reload it. Checked
      // before the draft is written: an upload racing a publish at worst stores a draft that the
      // reviewer sees has no differences.
      throw new UploadRefused(
          List.of(
              CatalogueProblem.of("", 0, ProblemKind.SAME_AS_PUBLISHED, current.get().version())));
    }
    return database.inTransaction(
        c -> {
          int version = latestPublished(c, regionCode) + 1;
          String stored = withVersion(json, version);
          Instant now = clock.instant();
          for (Recording recording : uploaded.recordingList()) {
            byte[] clip = uploadedClips.get(recording.sha256());
            if (clip != null) {
              RegionClips.store(c, regionCode, clip, now.toEpochMilli());
            }
          }
          try (PreparedStatement delete =
              c.prepareStatement("DELETE FROM catalogue_draft WHERE region_code = ?")) {
            delete.setString(1, regionCode);
            delete.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "INSERT INTO catalogue_draft (region_code, version, file_version, catalogue_json,"
                      + " uploaded_by, uploaded_at_ms) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, regionCode);
            insert.setInt(2, version);
            insert.setInt(3, uploaded.version());
            insert.setString(4, stored);
            insert.setString(5, username);
            insert.setLong(6, now.toEpochMilli());
            insert.executeUpdate();
          }
          return new Draft(regionCode, version, uploaded.version(), stored, username, now);
        });
  }

  /** The region's draft, if it has one. */
  public Optional<Draft> draft(String regionCode) {
    return database.inTransaction(c -> draft(c, regionCode));
  }

  private static Optional<Draft> draft(Connection c, String regionCode) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT version, file_version, catalogue_json, uploaded_by, uploaded_at_ms"
                + " FROM catalogue_draft WHERE region_code = ?")) {
      query.setString(1, regionCode);
      try (ResultSet row = query.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Draft(
                regionCode,
                row.getInt(1),
                row.getInt(2),
                row.getString(3),
                row.getString(4),
                Instant.ofEpochMilli(row.getLong(5))));
      }
    }
  }

  /**
   * Publishes the draft the reviewer saw: it becomes the version kiosks are served, and the draft
   * is gone.
   *
   * @param digest the {@link Draft#digest()} shown on the review page
   * @throws PublishRefused when that draft is no longer there or no longer the next version
   */
  public int publish(String regionCode, String digest) throws PublishRefused {
    // Read, compare and move in one transaction: an upload racing this publish either replaced
    // the draft before (and is refused here) or comes after (and stays the draft).
    Optional<Integer> published =
        database.inTransaction(
            c -> {
              Optional<Draft> draft = draft(c, regionCode);
              if (draft.isEmpty()
                  || !draft.get().digest().equals(digest)
                  || latestPublished(c, regionCode) + 1 != draft.get().version()) {
                return Optional.empty();
              }
              Draft reviewed = draft.get();
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO region_catalogue (region_code, version, catalogue_json,"
                          + " published_at_ms) VALUES (?, ?, ?, ?)")) {
                insert.setString(1, regionCode);
                insert.setInt(2, reviewed.version());
                insert.setString(3, reviewed.json());
                insert.setLong(4, clock.millis());
                insert.executeUpdate();
              }
              try (PreparedStatement delete =
                  c.prepareStatement("DELETE FROM catalogue_draft WHERE region_code = ?")) {
                delete.setString(1, regionCode);
                delete.executeUpdate();
              }
              return Optional.of(reviewed.version());
            });
    return published.orElseThrow(
        () ->
            new PublishRefused(
                "the reviewed draft has been replaced, or another version was published"));
  }

  /**
   * Throws away the draft the reviewer saw. Published versions stay as they are, so kiosks never
   * see it, and the next upload gets the version number this draft had.
   *
   * @param digest the {@link Draft#digest()} shown on the review page
   * @return the discarded draft's version; empty when that draft is no longer the region's draft
   *     (replaced, published or discarded meanwhile), and then nothing changed
   */
  public OptionalInt discard(String regionCode, String digest) {
    return database.inTransaction(
        c -> {
          Optional<Draft> draft = draft(c, regionCode);
          if (draft.isEmpty() || !draft.get().digest().equals(digest)) {
            return OptionalInt.empty();
          }
          // Delete that document, not whatever the region's draft is by now: an upload that
          // commits between the read above and this statement must stay.
          try (PreparedStatement delete =
              c.prepareStatement(
                  "DELETE FROM catalogue_draft WHERE region_code = ? AND catalogue_json = ?")) {
            delete.setString(1, regionCode);
            delete.setString(2, draft.get().json());
            return delete.executeUpdate() == 1
                ? OptionalInt.of(draft.get().version())
                : OptionalInt.empty();
          }
        });
  }

  /**
   * The uploaded document with the backend's version number, in the form kiosks get it. Only the
   * number changes: the editor need not know which version the region is at.
   */
  private static String withVersion(String json, int version) {
    try {
      ObjectNode document = (ObjectNode) JSON.readTree(json);
      document.put("version", version);
      return CatalogueLoader.toJson(
          CatalogueLoader.parse(document.toString(), "upload as version " + version));
    } catch (JsonProcessingException | CatalogueException e) {
      throw new IllegalStateException("a valid catalogue stopped being valid", e);
    }
  }

  private static int latestPublished(Connection c, String regionCode) throws SQLException {
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT coalesce(max(version), 0) FROM region_catalogue WHERE region_code = ?")) {
      query.setString(1, regionCode);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }
}
