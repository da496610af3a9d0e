package nl.zuil.kiosk.console;

import java.util.List;
import java.util.Map;

/**
 * Everything the console shows besides what one gids is doing: the queue, who is called, today's
 * referrals and counts, the printer and the sync. One snapshot, read from the ledger in one go on
 * its thread, so both faces and the waiting-room display show the same numbers.
 *
 * @param waiting the longest waiting first, tickets from earlier days included (never wiped)
 * @param called the most recent call first
 * @param referrals today's finished tickets that went to a partner, most recent first
 * @param sync null when this kiosk has no sync agent configured
 * @param disk what is wrong with the disk under the ledger, in words; null when nothing is
 * @param finished today's tickets a gids finished, most recent first: the ones whose outcome can
 *     still be corrected (decision 1004)
 * @param sentToNextStep numbers of today's tickets given the next step instead of a call when the
 *     gids left (decision 1005), the longest waiting first: the display says they will not be
 *     called
 */
public record Board(
    List<TicketRow> waiting,
    List<TicketRow> called,
    List<TicketRow> referrals,
    String counts,
    String confirmedCounts,
    PrinterLine printer,
    SyncLine sync,
    String disk,
    String presence,
    Map<String, String> partnerRoutes,
    List<TicketRow> finished,
    List<String> sentToNextStep) {

  /**
   * The same board with the presence line ("Geen gids volgens het rooster ...") and each partner's
   * handoff route with whether it is open now, by partner code.
   */
  Board withPresence(String line, Map<String, String> routes) {
    return new Board(
        waiting,
        called,
        referrals,
        counts,
        confirmedCounts,
        printer,
        sync,
        disk,
        line,
        routes,
        finished,
        sentToNextStep);
  }

  public Board {
    waiting = List.copyOf(waiting);
    called = List.copyOf(called);
    referrals = List.copyOf(referrals);
    partnerRoutes = partnerRoutes == null ? Map.of() : Map.copyOf(partnerRoutes);
    finished = List.copyOf(finished);
    sentToNextStep = List.copyOf(sentToNextStep);
  }

  public boolean isCalled(String reference) {
    return called.stream().anyMatch(row -> row.reference().equals(reference));
  }
}
