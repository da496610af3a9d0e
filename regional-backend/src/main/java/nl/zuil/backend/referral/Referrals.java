package nl.zuil.backend.referral;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.zuil.backend.region.Location;
import nl.zuil.backend.region.Regions;
import nl.zuil.backend.stats.CatalogueLabels;
import nl.zuil.backend.store.Database;
import nl.zuil.catalogue.Codes;
import nl.zuil.regionapi.SlipKey;
import nl.zuil.regionapi.SlipLinks.SlipLink;

/**
 * The partner's side of a referral slip (decision 1053): judging a slip's link, counting an arrival
 * at most once per token, and the optional second answer. The backend keeps a SHA-256 of each used
 * token until the slip's validity ends, and counts per (referring location, partner, question type,
 * ISO week); nothing else about the slip or the visit.
 */
public final class Referrals {

  /** How long after the Monday of its week a slip can be confirmed; its token is kept as long. */
  public static final Duration DEFAULT_VALIDITY = Duration.ofDays(60);

  /** A slip dated later than this is not one a kiosk with a sane clock printed. */
  private static final int DAYS_AHEAD_ALLOWED = 7;

  private static final ZoneId DUTCH = ZoneId.of("Europe/Amsterdam");

  private final Database database;
  private final Regions regions;
  private final Clock clock;
  private final Duration validity;

  public Referrals(Database database, Regions regions, Clock clock, Duration validity) {
    if (validity.toDays() < 7) {
      throw new IllegalArgumentException("a slip must stay valid for at least a week");
    }
    this.database = database;
    this.regions = regions;
    this.clock = clock;
    this.validity = validity;
  }

  /** The key and address a kiosk at {@code locationCode} signs its slips' links with. */
  public SlipKey keyFor(String regionCode, String locationCode, String confirmUrl) {
    byte[] key = database.inTransaction(c -> SlipKeys.key(c, regionCode, locationCode));
    return new SlipKey(locationCode, Base64.getEncoder().encodeToString(key), confirmUrl);
  }

  /** What the link's page shows; nothing is counted. */
  public Slip look(Optional<SlipLink> link) {
    if (link.isEmpty()) {
      return Slip.unknownSlip();
    }
    SlipLink l = link.get();
    return described(l, database.inTransaction(c -> judge(c, l)));
  }

  /**
   * The partner says the visitor arrived: counted once for the slip's key, whatever happens later.
   *
   * @return the slip as it was before: {@link SlipState#OPEN} when this counted
   */
  public Slip arrive(Optional<SlipLink> link) {
    if (link.isEmpty()) {
      return Slip.unknownSlip();
    }
    SlipLink l = link.get();
    Judged before =
        database.inTransaction(
            c -> {
              forgetExpired(c);
              Judged judged = judge(c, l);
              if (judged.state() != SlipState.OPEN) {
                return judged;
              }
              try (PreparedStatement insert =
                  c.prepareStatement(
                      "INSERT INTO referral_token (token_hash, forget_on, answered)"
                          + " VALUES (?, ?, 0) ON CONFLICT (token_hash) DO NOTHING")) {
                insert.setString(1, l.tokenHash());
                insert.setString(2, forgetOn(l).toString());
                if (insert.executeUpdate() == 0) {
                  return new Judged(SlipState.USED, judged.regionCode());
                }
              }
              count(c, judged.regionCode(), l, Count.ARRIVED);
              return judged;
            });
    return described(l, before);
  }

  /**
   * The optional second answer, once per slip and only after its arrival was confirmed.
   *
   * @return whether it was counted
   */
  public boolean answer(Optional<SlipLink> link, boolean helped) {
    if (link.isEmpty()) {
      return false;
    }
    return database.inTransaction(
        c -> {
          Judged judged = judge(c, link.get());
          if (judged.state() != SlipState.USED) {
            return false;
          }
          try (PreparedStatement update =
              c.prepareStatement(
                  "UPDATE referral_token SET answered = 1 WHERE token_hash = ? AND answered = 0")) {
            update.setString(1, link.get().tokenHash());
            if (update.executeUpdate() == 0) {
              return false;
            }
          }
          count(c, judged.regionCode(), link.get(), helped ? Count.HELPED : Count.NOT_FOR_US);
          return true;
        });
  }

  /** A link's state and the region that signed it (empty for an unknown link). */
  private record Judged(SlipState state, String regionCode) {}

  private Judged judge(Connection c, SlipLink link) throws SQLException {
    Optional<String> region = regionSigning(c, link);
    LocalDate today = LocalDate.now(clock.withZone(DUTCH));
    if (region.isEmpty() || link.weekStart().isAfter(today.plusDays(DAYS_AHEAD_ALLOWED))) {
      return new Judged(SlipState.UNKNOWN, "");
    }
    if (!today.isBefore(forgetOn(link))) {
      return new Judged(SlipState.EXPIRED, region.get());
    }
    try (PreparedStatement used =
        c.prepareStatement("SELECT 1 FROM referral_token WHERE token_hash = ?")) {
      used.setString(1, link.tokenHash());
      try (ResultSet row = used.executeQuery()) {
        return new Judged(row.next() ? SlipState.USED : SlipState.OPEN, region.get());
      }
    }
  }

  /**
   * The slip in the region's words; read after the judging transaction, in transactions of its own.
   */
  private Slip described(SlipLink link, Judged judged) {
    if (judged.state() == SlipState.UNKNOWN) {
      return Slip.unknownSlip();
    }
    CatalogueLabels labels = new CatalogueLabels(regions.catalogues(judged.regionCode()));
    String locationName =
        regions.locations(judged.regionCode()).stream()
            .filter(l -> l.code().equals(link.location()))
            .map(Location::name)
            .findFirst()
            .orElse(link.location());
    return new Slip(
        judged.state(),
        judged.regionCode(),
        Optional.of(link),
        labels.partner(link.partner(), "nl"),
        labels.question(link.question(), "nl"),
        Codes.NONE.equals(link.situation())
            ? Optional.empty()
            : Optional.of(labels.situation(link.situation(), "nl")),
        locationName,
        Integer.parseInt(link.isoWeek().substring(6)));
  }

  /** The region whose key for the slip's location signed it, if any. */
  private static Optional<String> regionSigning(Connection c, SlipLink link) throws SQLException {
    List<String> regionCodes = new ArrayList<>();
    try (PreparedStatement query =
        c.prepareStatement(
            "SELECT region_code FROM location WHERE code = ? ORDER BY region_code")) {
      query.setString(1, link.location());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          regionCodes.add(rows.getString(1));
        }
      }
    }
    for (String regionCode : regionCodes) {
      if (link.signedWith(SlipKeys.key(c, regionCode, link.location()))) {
        return Optional.of(regionCode);
      }
    }
    return Optional.empty();
  }

  private LocalDate forgetOn(SlipLink link) {
    return link.weekStart().plusDays(validity.toDays());
  }

  private void forgetExpired(Connection c) throws SQLException {
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM referral_token WHERE forget_on <= ?")) {
      delete.setString(1, LocalDate.now(clock.withZone(DUTCH)).toString());
      delete.executeUpdate();
    }
  }

  /** The three counts of a slip's key. */
  private enum Count {
    ARRIVED("arrived", "1, 0, 0"),
    HELPED("helped", "0, 1, 0"),
    NOT_FOR_US("not_for_us", "0, 0, 1");

    final String column;
    final String firstRow;

    Count(String column, String firstRow) {
      this.column = column;
      this.firstRow = firstRow;
    }
  }

  private static void count(Connection c, String regionCode, SlipLink link, Count count)
      throws SQLException {
    try (PreparedStatement upsert =
        c.prepareStatement(
            "INSERT INTO referral_arrival AS a (region_code, location_code, partner_code,"
                + " question_code, iso_week, arrived, helped, not_for_us) VALUES (?, ?, ?, ?, ?, "
                + count.firstRow
                + ") ON CONFLICT (region_code, location_code, partner_code, question_code,"
                + " iso_week) DO UPDATE SET "
                + count.column
                + " = a."
                + count.column
                + " + 1")) {
      upsert.setString(1, regionCode);
      upsert.setString(2, link.location());
      upsert.setString(3, link.partner());
      upsert.setString(4, link.question());
      upsert.setString(5, link.isoWeek());
      upsert.executeUpdate();
    }
  }
}
