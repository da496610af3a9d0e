package nl.zuil.catalogue;

/**
 * What happened to a visit, recorded by the gids: answered, referred, appointment, left.
 *
 * @param selfService marks the one outcome the kiosk records itself when no gids is present (the
 *     visitor got the next step on screen); a gids is never offered it
 */
public record Outcome(String code, PartnerRule partner, Boolean selfService, Labels labels) {

  /** Absent means false: the field is new, and catalogues published before it must still load. */
  public Outcome {
    partner = partner == null ? PartnerRule.NONE : partner;
    selfService = Boolean.TRUE.equals(selfService);
  }
}
