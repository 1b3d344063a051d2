package dev.banmian.text;

import java.util.Objects;

/**
 * One line of a {@link SourceText}, without its line terminator.
 *
 * @param number 0-based line number
 * @param span the line's offsets in the raw text, terminator excluded
 * @param text the line's characters, exactly as in the raw text
 */
public record Line(int number, Span span, String text) {
  /**
   * Validates the fields.
   *
   * @param number 0-based line number
   * @param span the line's offsets in the raw text, terminator excluded
   * @param text the line's characters, exactly as in the raw text
   */
  public Line {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (number < 0) {
      throw new IllegalArgumentException("negative line number " + number);
    }
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("span " + span + " does not fit text of length " + text.length());
    }
  }

  /** {@return whether the line holds only whitespace (including U+3000 and NBSP)} */
  public boolean isBlank() {
    return Chars.isBlank(text);
  }
}
