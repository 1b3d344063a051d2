package dev.banmian.model;

import dev.banmian.text.Span;
import java.util.Objects;

/**
 * A note from one pipeline stage about a decision it took or a problem it met, with the raw-text
 * span it concerns. Diagnostics are how banmian explains itself: a paragraph break, a rejoined
 * body, a block classified as a headline, each with the evidence behind it.
 *
 * @param stage the stage that wrote it ({@code layout}, {@code classify}, {@code assemble})
 * @param code a short stable identifier of the kind of note ({@code join.column-break})
 * @param message a human-readable explanation with the evidence
 * @param span the raw-text span concerned
 */
public record Diagnostic(String stage, String code, String message, Span span) {
  /**
   * Validates the fields.
   *
   * @param stage the stage that wrote it ({@code layout}, {@code classify}, {@code assemble})
   * @param code a short stable identifier of the kind of note ({@code join.column-break})
   * @param message a human-readable explanation with the evidence
   * @param span the raw-text span concerned
   */
  public Diagnostic {
    Objects.requireNonNull(stage, "stage");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
  }
}
