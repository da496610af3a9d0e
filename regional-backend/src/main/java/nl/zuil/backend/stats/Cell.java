package nl.zuil.backend.stats;

import java.util.OptionalLong;

/**
 * One count as it may be published. A suppressed cell carries no value at all, so no page, JSON
 * answer or export can leak it by mistake.
 */
public final class Cell {

  private static final Cell ZERO = new Cell(Visibility.SHOWN, 0);
  private static final Cell SMALL = new Cell(Visibility.SMALL, -1);
  private static final Cell HIDDEN = new Cell(Visibility.HIDDEN, -1);

  private final Visibility visibility;
  private final long value;

  private Cell(Visibility visibility, long value) {
    this.visibility = visibility;
    this.value = value;
  }

  static Cell of(Visibility visibility, long value) {
    return switch (visibility) {
      case SHOWN -> value == 0 ? ZERO : new Cell(Visibility.SHOWN, value);
      case SMALL -> SMALL;
      case HIDDEN -> HIDDEN;
    };
  }

  public Visibility visibility() {
    return visibility;
  }

  public boolean isShown() {
    return visibility == Visibility.SHOWN;
  }

  /** The count, only when it may be shown. */
  public OptionalLong value() {
    return isShown() ? OptionalLong.of(value) : OptionalLong.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Cell cell && cell.visibility == visibility && cell.value == value;
  }

  @Override
  public int hashCode() {
    return visibility.hashCode() * 31 + Long.hashCode(value);
  }

  @Override
  public String toString() {
    return isShown() ? Long.toString(value) : visibility.name();
  }
}
