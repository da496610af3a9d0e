package nl.zuil.hardware.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What the printer can do at the end of a ticket. */
public enum CutterType {
  /** Cuts through. */
  @JsonProperty("full")
  FULL,
  /** Leaves one point uncut, so the ticket does not fall. */
  @JsonProperty("partial")
  PARTIAL,
  /** No cutter; the ticket is fed out far enough to tear off. */
  @JsonProperty("none")
  NONE
}
