package nl.zuil.kiosk.ticket;

import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.zuil.catalogue.Catalogue;
import nl.zuil.ledger.Ticket;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the next-step slip of a waiting ticket the gids sent on when leaving for the day (decision
 * 1005): the same slip a visitor who finds no gids may print, for the ticket's question and in the
 * language the visitor chose, through the same printer.
 */
public final class SentOnSlips implements Consumer<Ticket> {

  private static final Logger LOG = LoggerFactory.getLogger(SentOnSlips.class);

  private final TicketOffice office;
  private final Supplier<Catalogue> catalogue;

  public SentOnSlips(TicketOffice office, Supplier<Catalogue> catalogue) {
    this.office = office;
    this.catalogue = catalogue;
  }

  @Override
  public void accept(Ticket ticket) {
    catalogue
        .get()
        .questionType(ticket.questionCode())
        .ifPresentOrElse(
            question ->
                office.printSlip(
                    office.nextSteps().write(question, ticket.languageCode()),
                    ticket.languageCode()),
            // A question the new catalogue retired: the display still lists the number.
            () -> LOG.warn("no next-step slip for {}: its question is retired", ticket.number()));
  }
}
