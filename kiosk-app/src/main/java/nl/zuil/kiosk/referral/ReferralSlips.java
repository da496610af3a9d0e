package nl.zuil.kiosk.referral;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.catalogue.Codes;
import nl.zuil.catalogue.Partner;
import nl.zuil.hardware.printer.PrintResult;
import nl.zuil.hardware.printer.TicketPrinter;
import nl.zuil.kioskfiles.slipkey.SlipKeyFile;
import nl.zuil.kioskfiles.slipkey.SlipKeySettings;
import nl.zuil.ledger.Ledger;
import nl.zuil.ledger.Ticket;
import nl.zuil.regionapi.SlipLinks;
import nl.zuil.regionapi.SlipLinks.SlipLink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints a referral slip when a gids records a referral to a partner, and counts it once printed
 * (decision 1053). The slip's link carries a fresh random token and codes only, signed with the
 * location's slip key the sync agent fetched; the token is printed and forgotten: the ledger keeps
 * only the week's count per partner and question type, so no slip can be traced to its visit.
 */
public final class ReferralSlips {

  private static final Logger LOG = LoggerFactory.getLogger(ReferralSlips.class);

  private final Ledger ledger;
  private final Supplier<Catalogue> catalogue;
  private final TicketPrinter printer;
  private final Executor ledgerThread;
  private final Clock clock;
  private final String locationCode;
  private final Optional<SlipKeyFile> keyFile;
  private final SlipDocuments documents;

  /**
   * @param clock the kiosk's wall clock in Dutch time: its day decides the slip's week
   * @param keyFile where the agent keeps the slip key; empty when this kiosk runs no agent
   */
  public ReferralSlips(
      Ledger ledger,
      Supplier<Catalogue> catalogue,
      TicketPrinter printer,
      Executor ledgerThread,
      Clock clock,
      String locationCode,
      String locationName,
      Optional<SlipKeyFile> keyFile) {
    this.ledger = ledger;
    this.catalogue = catalogue;
    this.printer = printer;
    this.ledgerThread = ledgerThread;
    this.clock = clock;
    this.locationCode = locationCode;
    this.keyFile = keyFile;
    this.documents = new SlipDocuments(locationName, clock);
  }

  /**
   * Prints the slip for a ticket whose outcome names a partner; nothing for one that names none.
   * The count goes up only when the printer confirms the slip.
   */
  public CompletableFuture<PrintResult> print(Ticket ticket) {
    Catalogue current = catalogue.get();
    Optional<Partner> partner =
        Optional.ofNullable(ticket.partnerCode())
            .filter(code -> !Codes.NONE.equals(code))
            .flatMap(current::partner);
    if (partner.isEmpty()) {
      return CompletableFuture.completedFuture(new PrintResult(false, printer.status()));
    }
    LocalDate today = LocalDate.now(clock);
    Optional<SlipKeySettings> key = key();
    Optional<SlipLink> link =
        key.map(
            settings ->
                SlipLinks.issue(
                    Base64.getDecoder().decode(settings.key()),
                    today,
                    locationCode,
                    partner.get().code(),
                    ticket.questionCode(),
                    Codes.NONE.equals(ticket.situationCode()) ? null : ticket.situationCode()));
    int week = Integer.parseInt(SlipLinks.isoWeek(today).substring(6));
    String confirmUrl = key.map(SlipKeySettings::confirmUrl).orElse("");
    return printer
        .print(
            documents
                .slip(
                    current,
                    partner.get(),
                    ticket.languageCode(),
                    link.map(l -> l.url(confirmUrl)),
                    week)
                .toDocument())
        .thenApplyAsync(
            result -> {
              if (result.printed()) {
                ledger.slips().count(today, partner.get().code(), ticket.questionCode());
              } else {
                LOG.warn("referral slip not printed: {}", result);
              }
              return result;
            },
            ledgerThread);
  }

  private Optional<SlipKeySettings> key() {
    if (keyFile.isEmpty()) {
      return Optional.empty();
    }
    try {
      Optional<SlipKeySettings> key = keyFile.get().read();
      if (key.isEmpty()) {
        LOG.warn("no slip key yet in {}: the slip has no QR code", keyFile.get().file());
      } else if (!key.get().locationCode().equals(locationCode)) {
        LOG.warn(
            "the slip key is for {}, not {}: the slip has no QR code",
            key.get().locationCode(),
            locationCode);
        return Optional.empty();
      }
      return key;
    } catch (IOException e) {
      LOG.warn("cannot read the slip key: {}", e.getMessage());
      return Optional.empty();
    }
  }
}
