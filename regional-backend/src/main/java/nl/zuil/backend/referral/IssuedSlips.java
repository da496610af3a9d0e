package nl.zuil.backend.referral;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import nl.zuil.backend.enrolment.Device;
import nl.zuil.backend.ingest.Rejection;
import nl.zuil.backend.region.KnownCodes;
import nl.zuil.backend.region.Regions;
import nl.zuil.backend.store.Database;
import nl.zuil.regionapi.ProblemType;
import nl.zuil.regionapi.SlipCount;
import nl.zuil.regionapi.SlipCountBatch;
import nl.zuil.regionapi.SlipCountReceipt;
import nl.zuil.regionapi.SlipLinks;

/**
 * How many referral slips each kiosk printed, as its agent reports them: per kiosk ledger and key
 * the highest revision wins, so resending changes nothing (decisions 0201, 1053). Checked as
 * strictly as buckets: a bad count refuses the whole request and nothing is stored.
 */
public final class IssuedSlips {

  static final int MAX_COUNTS = 5000;
  static final int MAX_ISSUED = 100_000;
  private static final long MAX_REVISION = 1L << 50;
  private static final Pattern LEDGER_ID = Pattern.compile("[0-9a-f]{1,16}");
  private static final Pattern WEEK = Pattern.compile("[0-9]{4}-W[0-9]{2}");
  private static final DateTimeFormatter WEEK_DAY =
      DateTimeFormatter.ISO_WEEK_DATE.withLocale(Locale.ROOT);
  private static final LocalDate EARLIEST = LocalDate.of(2020, 1, 1);

  private final Database database;
  private final Regions regions;
  private final Clock clock;

  public IssuedSlips(Database database, Regions regions, Clock clock) {
    this.database = database;
    this.regions = regions;
    this.clock = clock;
  }

  /**
   * Stores a kiosk's slip counts.
   *
   * @throws Rejection when the batch names another kiosk or holds an invalid count
   */
  public SlipCountReceipt receive(Device sender, SlipCountBatch batch) {
    if (!sender.locationCode().equals(batch.locationCode())
        || !sender.kioskCode().equals(batch.kioskCode())) {
      throw new Rejection(
          ProblemType.NOT_YOUR_KIOSK,
          "this credential belongs to kiosk "
              + sender.kioskCode()
              + " at "
              + sender.locationCode()
              + "; it cannot write slip counts of another kiosk");
    }
    if (batch.ledgerId() == null || !LEDGER_ID.matcher(batch.ledgerId()).matches()) {
      throw Rejection.invalid("ledgerId: must be 1 to 16 lower-case hexadecimal digits");
    }
    List<SlipCount> counts = batch.slipCounts();
    if (counts == null || counts.isEmpty() || counts.size() > MAX_COUNTS) {
      throw Rejection.invalid("slipCounts: must hold 1 to " + MAX_COUNTS + " counts");
    }
    KnownCodes codes =
        regions
            .knownCodes(sender.regionCode())
            .orElseThrow(
                () ->
                    new Rejection(
                        ProblemType.NO_CATALOGUE,
                        "region " + sender.regionCode() + " has no catalogue"));
    LocalDate latest = LocalDate.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))).plusDays(7);
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < counts.size(); i++) {
      check("slipCounts[" + i + "]", counts.get(i), codes, latest, keys);
    }
    int applied =
        database.inTransaction(
            c -> {
              int changed = 0;
              try (PreparedStatement upsert =
                  c.prepareStatement(
                      "INSERT INTO referral_issued AS r (region_code, location_code, kiosk_code,"
                          + " ledger_id, iso_week, partner_code, question_code, issued, revision)"
                          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (region_code,"
                          + " location_code, kiosk_code, ledger_id, iso_week, partner_code,"
                          + " question_code) DO UPDATE SET issued = excluded.issued,"
                          + " revision = excluded.revision WHERE excluded.revision > r.revision")) {
                for (SlipCount count : counts) {
                  upsert.setString(1, sender.regionCode());
                  upsert.setString(2, sender.locationCode());
                  upsert.setString(3, sender.kioskCode());
                  upsert.setString(4, batch.ledgerId());
                  upsert.setString(5, count.isoWeek());
                  upsert.setString(6, count.partner());
                  upsert.setString(7, count.question());
                  upsert.setInt(8, count.issued());
                  upsert.setLong(9, count.revision());
                  changed += upsert.executeUpdate();
                }
              }
              return changed;
            });
    long highest = counts.stream().mapToLong(SlipCount::revision).max().orElseThrow();
    return new SlipCountReceipt(highest, applied);
  }

  private static void check(
      String at, SlipCount count, KnownCodes codes, LocalDate latest, Set<String> keys) {
    if (count == null) {
      throw Rejection.invalid(at + ": must be an object");
    }
    if (count.isoWeek() == null || !WEEK.matcher(count.isoWeek()).matches()) {
      throw Rejection.invalid(at + ".isoWeek: must look like 2026-W49");
    }
    LocalDate start;
    try {
      start = LocalDate.parse(count.isoWeek() + "-1", WEEK_DAY);
    } catch (DateTimeParseException e) {
      throw Rejection.invalid(at + ".isoWeek: no such week");
    }
    if (!SlipLinks.isoWeek(start).equals(count.isoWeek())
        || start.isBefore(EARLIEST)
        || start.isAfter(latest)) {
      throw Rejection.invalid(at + ".isoWeek: not a week a kiosk can have printed in");
    }
    if (!codes.partners().contains(count.partner())) {
      throw Rejection.invalid(at + ".partner: not in any of the region's catalogues");
    }
    if (!codes.questions().contains(count.question())) {
      throw Rejection.invalid(at + ".question: not in any of the region's catalogues");
    }
    if (count.issued() < 0 || count.issued() > MAX_ISSUED) {
      throw Rejection.invalid(at + ".issued: must be 0 to " + MAX_ISSUED);
    }
    if (count.revision() < 1 || count.revision() > MAX_REVISION) {
      throw Rejection.invalid(at + ".revision: must be 1 to 2^50");
    }
    if (!keys.add(count.isoWeek() + "/" + count.partner() + "/" + count.question())) {
      throw Rejection.invalid(at + ": a second count for the same week, partner and question");
    }
  }
}
