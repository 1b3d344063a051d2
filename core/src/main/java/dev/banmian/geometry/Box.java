package dev.banmian.geometry;

/**
 * An axis-aligned rectangle on a printed page, in PDF points with the origin at the top left and
 * {@code y} growing downwards.
 *
 * <pre>{@code
 * Box b = new Box(72, 100, 300, 112);
 * b.height();   // 12.0
 * }</pre>
 *
 * @param left the left edge
 * @param top the top edge
 * @param right the right edge, at least {@code left}
 * @param bottom the bottom edge, at least {@code top}
 */
public record Box(double left, double top, double right, double bottom) {
  /**
   * Validates the edges.
   *
   * @param left the left edge
   * @param top the top edge
   * @param right the right edge, at least {@code left}
   * @param bottom the bottom edge, at least {@code top}
   * @throws IllegalArgumentException if an edge is not finite or the box is inverted
   */
  public Box {
    if (!Double.isFinite(left) || !Double.isFinite(top) || !Double.isFinite(right) || !Double.isFinite(bottom)) {
      throw new IllegalArgumentException("box edges must be finite: " + left + ", " + top + ", " + right + ", " + bottom);
    }
    if (right < left || bottom < top) {
      throw new IllegalArgumentException("inverted box: " + left + ", " + top + ", " + right + ", " + bottom);
    }
  }

  /** {@return the width} */
  public double width() {
    return right - left;
  }

  /** {@return the height} */
  public double height() {
    return bottom - top;
  }

  /** {@return the vertical centre} */
  public double middle() {
    return (top + bottom) / 2;
  }

  /**
   * {@return the smallest box holding this box and {@code other}}
   *
   * @param other the other box
   */
  public Box union(Box other) {
    return new Box(Math.min(left, other.left), Math.min(top, other.top), Math.max(right, other.right), Math.max(bottom, other.bottom));
  }

  /**
   * {@return the length of the overlap of the two boxes' horizontal extents, or 0}
   *
   * @param other the other box
   */
  public double horizontalOverlap(Box other) {
    return Math.max(0, Math.min(right, other.right) - Math.max(left, other.left));
  }

  /**
   * {@return the horizontal gap between this box and {@code other}: 0 when they overlap horizontally}
   *
   * @param other the other box
   */
  public double horizontalDistance(Box other) {
    return Math.max(0, Math.max(left - other.right, other.left - right));
  }

  /**
   * {@return the length of the overlap of the two boxes' vertical extents, or 0}
   *
   * @param other the other box
   */
  public double verticalOverlap(Box other) {
    return Math.max(0, Math.min(bottom, other.bottom) - Math.max(top, other.top));
  }
}
