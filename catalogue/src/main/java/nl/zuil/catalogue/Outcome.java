package nl.zuil.catalogue;

/** What happened to a visit, recorded by the gids: answered, referred, appointment, left. */
public record Outcome(String code, PartnerRule partner, Labels labels) {

  public Outcome {
    partner = partner == null ? PartnerRule.NONE : partner;
  }
}
