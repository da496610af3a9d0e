package nl.zuil.kiosk.ticket;

import nl.zuil.ledger.Ticket;

/**
 * A ticket the ledger has committed, with the one link its QR code holds.
 *
 * @param link the region's page for the chosen question, with the ticket reference after {@code #}
 */
public record IssuedTicket(Ticket ticket, String link) {}
