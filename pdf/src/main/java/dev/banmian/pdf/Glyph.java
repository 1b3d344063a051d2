package dev.banmian.pdf;

/**
 * One printed character: its text (one or more chars, e.g. a ligature), its box in page points
 * (origin top left), its type size and whether its face is bold.
 */
record Glyph(String text, double left, double top, double right, double bottom, double baseline, double size, boolean bold) {
  double middle() {
    return (top + bottom) / 2;
  }
}
