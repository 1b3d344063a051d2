package dev.banmian.geometry;

/**
 * The one rule for whether a printed line continues the block printed above it: the same type (size
 * and weight), a gap no wider than the leading, and the same column (overlapping, or starting within
 * an indent of each other, as a paragraph's short last line under an indented first line does).
 *
 * <pre>{@code
 * Stacking.stacks(new Box(30, 100, 200, 108), 8, false, new Box(30, 112, 60, 120), 8, false);   // true
 * }</pre>
 *
 * <p>This class has no state.
 */
public final class Stacking {
  /** A line stacks under the one above when the gap between them is at most this share of its type size. */
  public static final double MOST_LEADING = 0.9;

  /** Two lines are set in one type size when their sizes differ by at most this share. */
  public static final double SAME_SIZE = 0.12;

  /** Lines whose left edges are at most this many ems apart share a column, indent or not. */
  static final double INDENT_REACH = 3;

  private Stacking() {}

  /**
   * {@return whether two type sizes are one size: they differ by at most {@link #SAME_SIZE} of the larger}
   *
   * @param a one type size, in points
   * @param b the other type size, in points
   */
  public static boolean sameSize(double a, double b) {
    return Math.abs(a - b) <= SAME_SIZE * Math.max(a, b);
  }

  /**
   * Returns whether {@code size} is set in the type of {@code reference} (a page's body type): it differs by
   * at most {@link #SAME_SIZE} of the reference.
   *
   * @param size the type size, in points
   * @param reference the reference size, in points
   * @return whether the size is the reference's
   */
  public static boolean isSetIn(double size, double reference) {
    return Math.abs(size - reference) <= SAME_SIZE * reference;
  }

  /**
   * {@return whether a line ({@code box}, {@code size}, {@code bold}) stacks under the line above it}
   *
   * @param above the box of the line above
   * @param aboveSize its type size, in points
   * @param aboveBold whether it is bold
   * @param box the box of the line
   * @param size its type size, in points
   * @param bold whether it is bold
   */
  public static boolean stacks(Box above, double aboveSize, boolean aboveBold, Box box, double size, boolean bold) {
    double gap = box.top() - above.bottom();
    if (gap < -0.3 * size || gap > MOST_LEADING * size || bold != aboveBold) {
      return false;
    }
    if (!sameSize(size, aboveSize)) {
      return false;
    }
    double overlap = box.horizontalOverlap(above);
    return overlap >= 0.5 * Math.min(box.width(), above.width())
        || overlap > 0 && Math.abs(box.left() - above.left()) <= INDENT_REACH * size;
  }
}
