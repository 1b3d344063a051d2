package dev.banmian.geometry;

import java.util.Objects;

/**
 * Where and how one line of a page's text was printed: the line's number in the page text, its box,
 * and its type.
 *
 * @param number the 0-based number of the line in the page text
 * @param box the box around the line's glyphs
 * @param fontSize the line's type size in points (the median over its glyphs)
 * @param bold whether most of the line is set in a bold or black face
 */
public record PrintedLine(int number, Box box, double fontSize, boolean bold) {
  /**
   * Validates the fields.
   *
   * @param number the 0-based number of the line in the page text
   * @param box the box around the line's glyphs
   * @param fontSize the line's type size in points (the median over its glyphs)
   * @param bold whether most of the line is set in a bold or black face
   * @throws IllegalArgumentException if {@code number} is negative or {@code fontSize} is not positive
   */
  public PrintedLine {
    Objects.requireNonNull(box, "box");
    if (number < 0) {
      throw new IllegalArgumentException("negative line number " + number);
    }
    if (!(fontSize > 0) || !Double.isFinite(fontSize)) {
      throw new IllegalArgumentException("font size must be positive: " + fontSize);
    }
  }
}
