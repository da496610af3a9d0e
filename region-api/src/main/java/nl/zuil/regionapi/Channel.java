package nl.zuil.regionapi;

import java.util.Arrays;
import java.util.Optional;

/**
 * How someone reached the Werkcentrum: through the kiosk with a ticket, or one of the contacts a
 * gids records on the console without a ticket (decision 1003). A key of every bucket; on the wire
 * a bucket without a channel is a kiosk bucket, as the previous release's agents send them.
 */
public enum Channel {
  /** A visit that took a ticket or a next step at the kiosk: what every bucket counted before. */
  KIOSK("kiosk"),
  /** A visitor a gids helped at the desk without a ticket. */
  DESK("desk"),
  PHONE("phone"),
  /** An e-mail or a chat. */
  ONLINE("online"),
  /** A visit to or from an employer. */
  EMPLOYER("employer"),
  /** A workshop or group session: one contact, with its head count. */
  GROUP("group");

  /** The most people one group session may count; more is a mis-tap, not a session. */
  public static final int MAX_GROUP_SIZE = 99;

  private final String code;

  Channel(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  /** Whether this channel counts contacts recorded on the console rather than kiosk visits. */
  public boolean isContact() {
    return this != KIOSK;
  }

  /** Whether a contact of this channel carries a head count of its own. */
  public boolean countsHeads() {
    return this == GROUP;
  }

  public static Optional<Channel> ofCode(String code) {
    return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
  }
}
