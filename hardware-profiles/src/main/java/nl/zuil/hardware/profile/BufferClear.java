package nl.zuil.hardware.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a failed ticket's unprinted rest is discarded inside the printer. */
public enum BufferClear {
  /** DLE DC4 function 8 clears the receive and print buffers. */
  @JsonProperty("dle-dc4")
  DLE_DC4,
  /** The printer has no such command. */
  @JsonProperty("none")
  NONE
}
