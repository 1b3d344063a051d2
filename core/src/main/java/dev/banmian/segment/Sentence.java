package dev.banmian.segment;

import dev.banmian.text.Span;
import java.util.Objects;

/**
 * One sentence of a text.
 *
 * @param text the sentence, exactly as it stands in the input (surrounding whitespace excluded)
 * @param span where it stands in the input
 */
public record Sentence(String text, Span span) {
  /**
   * Validates the fields.
   *
   * @param text the sentence, exactly as it stands in the input (surrounding whitespace excluded)
   * @param span where it stands in the input
   */
  public Sentence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    if (span.length() != text.length()) {
      throw new IllegalArgumentException("span " + span + " does not fit text of length " + text.length());
    }
  }
}
