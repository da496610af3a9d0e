package nl.zuil.hardware.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Serial parity bit. */
public enum Parity {
  /** No parity bit. */
  @JsonProperty("none")
  NONE,
  /** Even parity. */
  @JsonProperty("even")
  EVEN,
  /** Odd parity. */
  @JsonProperty("odd")
  ODD
}
