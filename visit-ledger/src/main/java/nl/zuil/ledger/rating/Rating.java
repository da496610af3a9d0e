package nl.zuil.ledger.rating;

/** The three faces of "Hoe was het?", stored as fixed words in {@code visit.rating}. */
public enum Rating {
  GOOD("good"),
  OK("ok"),
  BAD("bad");

  private final String code;

  Rating(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
