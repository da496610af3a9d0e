package nl.zuil.ledger.contact;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.function.Supplier;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Codes;
import nl.zuil.catalogue.Outcome;
import nl.zuil.catalogue.PartnerRule;
import nl.zuil.ledger.KioskIdentity;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.TicketRefusedException.Reason;
import nl.zuil.ledger.store.LedgerDatabase;
import nl.zuil.regionapi.Channel;

/**
 * Records contacts without a ticket (decision 1003). A contact is added to the count of its hour,
 * channel, question type, situation, outcome and partner in the same transaction that gives that
 * count a new ledger revision; no row of its own is kept, so nothing about one contact, not even
 * its minute, stays on the kiosk. Contacts are not visits: they never enter the {@code visit} table
 * nor the queue.
 */
public final class ContactLog {

  private final LedgerDatabase database;
  private final Supplier<Catalogue> catalogue;
  private final KioskIdentity kiosk;
  private final Clock clock;

  public ContactLog(
      LedgerDatabase database, Supplier<Catalogue> catalogue, KioskIdentity kiosk, Clock clock) {
    this.database = database;
    this.catalogue = catalogue;
    this.kiosk = kiosk;
    this.clock = clock;
  }

  /**
   * Counts one contact.
   *
   * @throws TicketRefusedException for a kiosk channel, an unknown code, a partner the outcome
   *     forbids or lacks, or a head count out of bounds; nothing is then recorded
   */
  public void record(ContactRequest contact) {
    check(contact);
    ZonedDateTime now = ZonedDateTime.now(clock);
    database.write(
        c -> {
          long revision;
          try (PreparedStatement next =
                  c.prepareStatement(
                      "UPDATE ledger_meta SET value = value + 1 WHERE name = 'revision'"
                          + " RETURNING value");
              ResultSet row = next.executeQuery()) {
            row.next();
            revision = row.getLong(1);
          }
          try (PreparedStatement upsert =
              c.prepareStatement(
                  "INSERT INTO contact_bucket (location_code, service_date, hour, channel_code,"
                      + " question_code, situation_code, outcome_code, partner_code, contacts,"
                      + " people, revision) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)"
                      + " ON CONFLICT (location_code, service_date, hour, channel_code,"
                      + " question_code, situation_code, outcome_code, partner_code) DO UPDATE SET"
                      + " contacts = contacts + 1, people = people + excluded.people,"
                      + " revision = excluded.revision")) {
            upsert.setString(1, kiosk.locationCode());
            upsert.setString(2, now.toLocalDate().toString());
            upsert.setInt(3, now.getHour());
            upsert.setString(4, contact.channel().code());
            upsert.setString(5, contact.questionCode());
            upsert.setString(6, orNone(contact.situationCode()));
            upsert.setString(7, contact.outcomeCode());
            upsert.setString(8, orNone(contact.partnerCode()));
            upsert.setInt(9, contact.people());
            upsert.setLong(10, revision);
            upsert.executeUpdate();
          }
          return null;
        });
  }

  private void check(ContactRequest contact) {
    if (contact.channel() == null || !contact.channel().isContact()) {
      throw refused(Reason.UNKNOWN_CODE, "a contact needs a channel other than the kiosk's");
    }
    int people = contact.people();
    boolean group = contact.channel().countsHeads();
    if (group ? people < 2 || people > Channel.MAX_GROUP_SIZE : people != 1) {
      throw refused(
          Reason.UNKNOWN_CODE,
          group
              ? "a group session counts 2 to " + Channel.MAX_GROUP_SIZE + " people, not " + people
              : "a " + contact.channel().code() + " contact is one person");
    }
    Catalogue current = catalogue.get();
    if (contact.questionCode() == null || current.questionType(contact.questionCode()).isEmpty()) {
      throw refused(
          Reason.UNKNOWN_CODE,
          "question type '" + contact.questionCode() + "' is not in the catalogue");
    }
    if (contact.situationCode() != null && current.situation(contact.situationCode()).isEmpty()) {
      throw refused(
          Reason.UNKNOWN_CODE,
          "situation '" + contact.situationCode() + "' is not in the catalogue");
    }
    Outcome outcome =
        current
            .outcome(String.valueOf(contact.outcomeCode()))
            .filter(o -> !o.selfService())
            .orElseThrow(
                () ->
                    refused(
                        Reason.UNKNOWN_CODE,
                        "outcome '" + contact.outcomeCode() + "' is not a gids's outcome"));
    if (contact.partnerCode() == null) {
      if (outcome.partner() == PartnerRule.REQUIRED) {
        throw refused(Reason.PARTNER_REQUIRED, "outcome '" + outcome.code() + "' needs a partner");
      }
    } else if (outcome.partner() == PartnerRule.NONE) {
      throw refused(
          Reason.PARTNER_NOT_ALLOWED, "outcome '" + outcome.code() + "' takes no partner");
    } else if (current.partner(contact.partnerCode()).isEmpty()) {
      throw refused(
          Reason.UNKNOWN_CODE, "partner '" + contact.partnerCode() + "' is not in the catalogue");
    }
  }

  private static String orNone(String code) {
    return code == null ? Codes.NONE : code;
  }

  private static TicketRefusedException refused(Reason reason, String message) {
    return new TicketRefusedException(reason, message);
  }
}
