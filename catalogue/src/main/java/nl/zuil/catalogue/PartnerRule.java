package nl.zuil.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Whether recording an outcome names a partner: a referral must, an answer on the spot must not.
 */
public enum PartnerRule {
  @JsonProperty("required")
  REQUIRED,
  @JsonProperty("optional")
  OPTIONAL,
  @JsonProperty("none")
  NONE
}
