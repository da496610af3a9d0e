package nl.zuil.backend.http;

import java.time.Clock;
import java.time.Duration;
import nl.zuil.backend.access.JdbcStaffStore;
import nl.zuil.backend.access.JdbcThrottleStore;
import nl.zuil.backend.access.Passwords;
import nl.zuil.backend.access.ServerSecrets;
import nl.zuil.backend.access.StaffAccounts;
import nl.zuil.backend.access.StaffLogin;
import nl.zuil.backend.audit.AuditLog;
import nl.zuil.backend.enrolment.Enrolment;
import nl.zuil.backend.enrolment.JdbcDeviceStore;
import nl.zuil.backend.health.HealthReports;
import nl.zuil.backend.health.HealthStore;
import nl.zuil.backend.health.JdbcHealthStore;
import nl.zuil.backend.ingest.BucketStore;
import nl.zuil.backend.ingest.Ingest;
import nl.zuil.backend.ingest.IngestLog;
import nl.zuil.backend.ingest.JdbcBucketStore;
import nl.zuil.backend.ingest.Quarantine;
import nl.zuil.backend.publish.CatalogueDrafts;
import nl.zuil.backend.publish.RetiredCodes;
import nl.zuil.backend.referral.IssuedSlips;
import nl.zuil.backend.referral.ReferralFigures;
import nl.zuil.backend.referral.Referrals;
import nl.zuil.backend.region.JdbcRegions;
import nl.zuil.backend.region.Regions;
import nl.zuil.backend.stats.CachedStats;
import nl.zuil.backend.stats.JdbcStatsStore;
import nl.zuil.backend.stats.StatsStore;
import nl.zuil.backend.store.Database;
import nl.zuil.web.ThrottleStore;

/**
 * The backend's services over one database; what the API, the staff pages and the admin commands
 * use.
 *
 * @param throttles the attempt counts of every throttle (sign-in, referral slips), in the database
 *     so backend instances share them (decision 0210); each throttle keeps its keys apart by prefix
 */
public record Backend(
    Database database,
    Regions regions,
    Enrolment enrolment,
    BucketStore buckets,
    Ingest ingest,
    HealthReports health,
    HealthStore healthStore,
    StatsStore stats,
    StaffAccounts staff,
    ThrottleStore throttles,
    StaffLogin staffLogin,
    CatalogueDrafts drafts,
    RetiredCodes retiredCodes,
    IngestLog ingestLog,
    Quarantine quarantine,
    AuditLog audit,
    Referrals referrals,
    IssuedSlips issuedSlips,
    ReferralFigures referralFigures,
    Clock clock) {

  public static Backend over(Database database, Clock clock) {
    return over(database, clock, IngestLog.DEFAULT_RETENTION, AuditLog.DEFAULT_RETENTION);
  }

  /**
   * @param ingestLogRetention how long the per-device ingest log keeps an entry
   * @param auditLogRetention how long the audit log of staff actions keeps an entry
   */
  public static Backend over(
      Database database, Clock clock, Duration ingestLogRetention, Duration auditLogRetention) {
    return over(database, database, clock, ingestLogRetention, auditLogRetention);
  }

  /**
   * @param reading where the dashboard, its exports and the report read their figures: a streaming
   *     replica of {@code database} ({@link Database#openReplica}), or {@code database} itself.
   *     Everything else (ingest, sessions, logins, the audit log) reads and writes {@code
   *     database}.
   */
  public static Backend over(
      Database database,
      Database reading,
      Clock clock,
      Duration ingestLogRetention,
      Duration auditLogRetention) {
    Regions regions = new JdbcRegions(database, clock);
    BucketStore buckets = new JdbcBucketStore(database);
    HealthStore healthStore = new JdbcHealthStore(database);
    ThrottleStore throttles = new JdbcThrottleStore(database, clock);
    IngestLog ingestLog = new IngestLog(database, clock, ingestLogRetention);
    StaffAccounts staff =
        new StaffAccounts(
            new JdbcStaffStore(database), regions, new Passwords(Passwords.DEFAULT), clock);
    return new Backend(
        database,
        regions,
        new Enrolment(new JdbcDeviceStore(database), regions, clock),
        buckets,
        new Ingest(database, buckets, regions, ingestLog, clock),
        new HealthReports(healthStore, clock),
        healthStore,
        // The revisions and the sums from the same server, so an entry is never older than its key.
        new CachedStats(new JdbcStatsStore(reading), reading, CachedStats.DEFAULT_ROWS),
        staff,
        throttles,
        new StaffLogin(staff, throttles, ServerSecrets.key(database, "known-browsers"), clock),
        new CatalogueDrafts(database, clock),
        new RetiredCodes(database),
        ingestLog,
        new Quarantine(database, clock),
        new AuditLog(database, clock, auditLogRetention),
        new Referrals(database, regions, clock, Referrals.DEFAULT_VALIDITY),
        new IssuedSlips(database, regions, clock),
        new ReferralFigures(reading),
        clock);
  }
}
