package nl.zuil.hardware.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Serial handshake that lets the printer pause the sender when its buffer is full. */
public enum FlowControl {
  /** No handshake. */
  @JsonProperty("none")
  NONE,
  /** Hardware handshake on RTS/CTS. */
  @JsonProperty("rts-cts")
  RTS_CTS,
  /** Software handshake with XON/XOFF bytes. */
  @JsonProperty("xon-xoff")
  XON_XOFF
}
