package nl.zuil.backend.access;

import java.util.Optional;

/** What a staff account may do. Every account belongs to exactly one region. */
public enum Role {
  /**
   * Regional staff: statistics and kiosk health of every inlooppunt of the region, and the region's
   * catalogue.
   */
  REGION_STAFF("region-staff"),
  /** A municipality: statistics and kiosk health of its own inlooppunten only. */
  MUNICIPALITY("municipality"),
  /** IT beheer: kiosk health and enrolment codes, no statistics. */
  IT("it");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  /** The name used on the command line and in the database. */
  public String code() {
    return code;
  }

  public boolean seesStatistics() {
    return this != IT;
  }

  /** Only regional staff change what every kiosk of the region shows. */
  public boolean publishesCatalogue() {
    return this == REGION_STAFF;
  }

  public boolean enrolsKiosks() {
    return this == IT;
  }

  /** Sees which device delivered what, and takes a kiosk's counts out of the statistics. */
  public boolean managesKiosks() {
    return this == IT;
  }

  /** Reads the audit log of the region's staff actions. */
  public boolean readsAudit() {
    return this == IT;
  }

  public static Optional<Role> of(String code) {
    for (Role role : values()) {
      if (role.code.equals(code)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
