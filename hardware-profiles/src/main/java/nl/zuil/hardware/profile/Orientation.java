package nl.zuil.hardware.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the kiosk screen is mounted. */
public enum Orientation {
  /** Taller than wide. */
  @JsonProperty("portrait")
  PORTRAIT,
  /** Wider than tall. */
  @JsonProperty("landscape")
  LANDSCAPE
}
