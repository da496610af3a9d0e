package nl.zuil.hardware.printer;

/** Horizontal placement of a line on the paper. */
public enum Alignment {
  LEFT,
  CENTER,
  RIGHT
}
