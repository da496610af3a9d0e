package nl.zuil.kioskfiles.ledger;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;

/**
 * That this kiosk has a ledger, and which one: the content of {@link LedgerMarkerFile}. Written
 * when the kiosk first opens a ledger; from then on a missing or empty ledger file is a loss to
 * report, not a first start.
 *
 * @param ledgerId the ledger's identity (decision 0205) in hex, as the sync agent sends it
 * @param since when the kiosk first opened that ledger
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LedgerMarker(String ledgerId, Instant since) {}
