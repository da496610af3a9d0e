package nl.zuil.kiosk.console;

/**
 * When this kiosk last sent its counts to the region, in words.
 *
 * @param warning true when a gids should tell the administrator
 */
public record SyncLine(String text, boolean warning) {}
