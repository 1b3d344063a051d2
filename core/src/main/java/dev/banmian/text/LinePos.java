package dev.banmian.text;

/**
 * A human-readable position in a text: 1-based line and column (in UTF-16 units).
 *
 * @param line 1-based line number
 * @param column 1-based column
 */
public record LinePos(int line, int column) {
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
