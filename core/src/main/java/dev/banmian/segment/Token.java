package dev.banmian.segment;

import dev.banmian.text.Span;
import java.util.Objects;

/**
 * One token of segmented text. Its text is always exactly the input characters it covers (never
 * lower-cased or narrowed), so {@code input.subSequence(span.start(), span.end()).equals(text)}.
 *
 * @param text the covered characters
 * @param span the offsets in the segmented input
 * @param type the token's kind
 */
public record Token(String text, Span span, TokenType type) {
  /**
   * Validates the fields.
   *
   * @param text the covered characters
   * @param span the offsets in the segmented input
   * @param type the token's kind
   */
  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text '" + text + "' does not fit span " + span);
    }
  }
}
