package nl.zuil.ledger.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.zuil.ledger.LedgerFixture;
import nl.zuil.ledger.TicketRefusedException;
import nl.zuil.ledger.aggregate.Bucket;
import nl.zuil.ledger.aggregate.BucketKey;
import nl.zuil.regionapi.Channel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContactLogTest {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @TempDir Path dir;
  LedgerFixture fixture;
  ContactLog contacts;

  @BeforeEach
  void open() throws Exception {
    fixture = new LedgerFixture(dir, "2026-11-23T10:20");
    contacts = fixture.ledger.contacts();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  @Test
  void aPhoneCallCountsAsAContactNotAVisit() {
    contacts.record(ContactRequest.single(Channel.PHONE, "money_debt", null, "answered"));

    assertThat(fixture.ledger.desk().waiting()).isEmpty();
    assertThat(fixture.ledger.facts().storedVisits()).isZero();
    assertThat(fixture.ledger.buckets().between(DAY, DAY))
        .singleElement()
        .satisfies(
            bucket -> {
              assertThat(bucket.key())
                  .isEqualTo(
                      new BucketKey(
                          "hengelo-bibliotheek",
                          DAY,
                          10,
                          "money_debt",
                          "-",
                          "answered",
                          "-",
                          "phone"));
              assertThat(bucket.visits()).as("contacts").isEqualTo(1);
              assertThat(bucket.people()).isEqualTo(1);
            });
  }

  @Test
  void aSecondCallInTheSameHourRaisesTheCountUnderANewRevisionForTheSync() {
    contacts.record(ContactRequest.single(Channel.PHONE, "money_debt", null, "answered"));
    long first = fixture.ledger.buckets().latestRevision();
    fixture.clock.advanceMinutes(10);

    contacts.record(ContactRequest.single(Channel.PHONE, "money_debt", null, "answered"));

    List<Bucket> changed = fixture.ledger.buckets().changedSince(first, 10);
    assertThat(changed).singleElement().extracting(Bucket::visits).isEqualTo(2);
    assertThat(changed.get(0).revision()).isGreaterThan(first);
  }

  @Test
  void contactsAndKioskVisitsShareTheRevisionsASyncReadsInOrder() {
    fixture.issue("find_work");
    fixture.ledger.aggregator().refresh();
    contacts.record(ContactRequest.single(Channel.ONLINE, "find_work", "working", "appointment"));
    fixture.issue("learning");
    fixture.ledger.aggregator().refresh();

    List<Bucket> all = fixture.ledger.buckets().changedSince(0, 10);

    assertThat(all)
        .extracting(b -> b.key().channelCode() + " " + b.key().questionCode())
        .containsExactly("kiosk find_work", "online find_work", "kiosk learning");
    assertThat(fixture.ledger.buckets().changedSince(0, 2)).hasSize(2);
  }

  @Test
  void aGroupSessionCountsOneContactWithItsHeadCount() {
    contacts.record(new ContactRequest(Channel.GROUP, "find_work", null, "answered", null, 12));

    assertThat(fixture.ledger.buckets().between(DAY, DAY))
        .singleElement()
        .satisfies(
            bucket -> {
              assertThat(bucket.visits()).isEqualTo(1);
              assertThat(bucket.people()).isEqualTo(12);
            });
  }

  @Test
  void aHeadCountOutOfBoundsOrAnUnknownCodeIsRefusedAndRecordsNothing() {
    List<ContactRequest> wrong =
        List.of(
            new ContactRequest(Channel.GROUP, "find_work", null, "answered", null, 100),
            new ContactRequest(Channel.GROUP, "find_work", null, "answered", null, 1),
            new ContactRequest(Channel.PHONE, "find_work", null, "answered", null, 3),
            ContactRequest.single(Channel.KIOSK, "find_work", null, "answered"),
            ContactRequest.single(Channel.PHONE, "jan de vries", null, "answered"),
            ContactRequest.single(Channel.PHONE, "find_work", null, "self_service"),
            ContactRequest.single(Channel.PHONE, "find_work", null, "referred"));

    for (ContactRequest contact : wrong) {
      assertThatThrownBy(() -> contacts.record(contact))
          .as("%s", contact)
          .isInstanceOf(TicketRefusedException.class);
    }
    assertThat(fixture.ledger.buckets().between(DAY, DAY)).isEmpty();
    assertThat(fixture.ledger.buckets().latestRevision()).isZero();
  }

  @Test
  void aReferralByPhoneNamesItsPartner() {
    contacts.record(
        new ContactRequest(
            Channel.PHONE, "money_debt", null, "referred", "municipality_debt_help", 1));

    assertThat(fixture.ledger.buckets().between(DAY, DAY))
        .singleElement()
        .extracting(b -> b.key().partnerCode())
        .isEqualTo("municipality_debt_help");
  }
}
