package nl.zuil.catalogue;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The klantreis (customer journey) the reform names; regional staff report reach per journey. */
public enum Journey {
  @JsonProperty("school_to_work")
  SCHOOL_TO_WORK,
  @JsonProperty("work_to_work")
  WORK_TO_WORK,
  @JsonProperty("benefit_to_work")
  BENEFIT_TO_WORK,
  @JsonProperty("not_working_to_work")
  NOT_WORKING_TO_WORK
}
