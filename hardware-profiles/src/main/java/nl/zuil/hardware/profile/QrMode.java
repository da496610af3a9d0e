package nl.zuil.hardware.profile;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a QR code reaches paper. */
public enum QrMode {
  /** The printer draws it from GS ( k, a few dozen bytes on the wire. */
  @JsonProperty("native")
  NATIVE,
  /** Zuil draws it and sends a GS v 0 image, tens of times the bytes. */
  @JsonProperty("raster")
  RASTER
}
