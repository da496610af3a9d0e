package nl.zuil.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Reading direction of a language; Arabic screens mirror their layout. */
public enum TextDirection {
  @JsonProperty("ltr")
  LEFT_TO_RIGHT,
  @JsonProperty("rtl")
  RIGHT_TO_LEFT
}
