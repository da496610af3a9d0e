package nl.zuil.hardware.printer;

import nl.zuil.kioskfiles.printer.PrinterStatus;

/**
 * The answer to one print request.
 *
 * @param printed true only when the printer reported a good status after the ticket's last byte
 * @param status the printer's status after the attempt, for the kiosk and the gids console
 */
public record PrintResult(boolean printed, PrinterStatus status) {}
