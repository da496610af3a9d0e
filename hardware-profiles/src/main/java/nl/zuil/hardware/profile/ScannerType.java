package nl.zuil.hardware.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kit's code scanner, if any. */
public enum ScannerType {
  /** No scanner. */
  @JsonProperty("none")
  NONE,
  /** Types what it reads as keystrokes. */
  @JsonProperty("keyboard-wedge")
  KEYBOARD_WEDGE,
  /** Sends what it reads over its own serial line. */
  @JsonProperty("serial")
  SERIAL
}
