package dev.banmian.model;

import dev.banmian.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * An extracted string and the raw-text spans it came from. A paragraph rejoined from two pieces
 * of a page has two spans; a headline on one line has one.
 *
 * @param text the clean text, as a reader would see it
 * @param spans the raw-text spans, in reading order; never empty for text taken from a page
 */
public record SourcedText(String text, List<Span> spans) {
  /**
   * Validates and copies the fields.
   *
   * @param text the clean text, as a reader would see it
   * @param spans the raw-text spans, in reading order; never empty for text taken from a page
   */
  public SourcedText {
    Objects.requireNonNull(text, "text");
    spans = List.copyOf(spans);
  }

  /**
   * {@return a text with a single span}
   *
   * @param text the text
   * @param span the raw-text span it came from
   */
  public static SourcedText of(String text, Span span) {
    return new SourcedText(text, List.of(span));
  }

  @Override
  public String toString() {
    return text;
  }
}
