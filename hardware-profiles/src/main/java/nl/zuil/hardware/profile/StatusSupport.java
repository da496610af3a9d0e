package nl.zuil.hardware.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the printer reports its state. */
public enum StatusSupport {
  /** Real-time status (DLE EOT 1 to 4) and the in-order paper status GS r 1. */
  @JsonProperty("dle-eot")
  DLE_EOT,
  /** No status; Zuil refuses such a printer. */
  @JsonProperty("none")
  NONE
}
