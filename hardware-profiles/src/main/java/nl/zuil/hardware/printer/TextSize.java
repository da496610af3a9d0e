package nl.zuil.hardware.printer;

/** Character magnification; the ticket number is printed large enough to read at arm's length. */
public enum TextSize {
  NORMAL(1),
  DOUBLE(2),
  TRIPLE(3),
  QUADRUPLE(4);

  private final int factor;

  TextSize(int factor) {
    this.factor = factor;
  }

  public int factor() {
    return factor;
  }
}
