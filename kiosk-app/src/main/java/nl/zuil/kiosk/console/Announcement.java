package nl.zuil.kiosk.console;

/**
 * A ticket called to a desk, as the waiting room sees and hears it: only the number and the desk,
 * nothing about the question.
 *
 * @param sequence grows with every announcement, so a screen can tell a recall from an echo
 */
public record Announcement(long sequence, String number, String desk) {}
