package dev.banmian.model;

import dev.banmian.text.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed byline or photo credit.
 *
 * <p>{@code □本报记者 张华 通讯员 李军} gives raw {@code □本报记者 张华 通讯员 李军}, outlet
 * {@code 本报}, contributors (记者, 张华) and (通讯员, 李军).
 *
 * @param raw the byline exactly as printed, line breaks removed
 * @param outlet the outlet named in the byline ({@code 本报}, {@code 新华社}), if printed
 * @param contributors the credited people or units, in printed order
 * @param span the byline's extent, from its first character to its last, in the same coordinates as the
 *     contributors' spans
 * @param spans the ranges the byline's characters come from, in reading order: one, unless the byline was printed on
 *     lines that are not next to each other in the text (columns side by side, as {@code pdftotext -layout} prints
 *     them), where {@code span} also covers the other columns' text between them; each lies within {@code span}
 */
public record Byline(String raw, Optional<String> outlet, List<Contributor> contributors, Span span, List<Span> spans) {
  /**
   * Validates and copies the fields.
   *
   * @param raw the byline exactly as printed, line breaks removed
   * @param outlet the outlet named in the byline ({@code 本报}, {@code 新华社}), if printed
   * @param contributors the credited people or units, in printed order
   * @param span the byline's extent, from its first character to its last
   * @param spans the ranges the byline's characters come from, each within {@code span}
   * @throws IllegalArgumentException if {@code spans} is empty or a range of it lies outside {@code span}
   */
  public Byline {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(outlet, "outlet");
    contributors = List.copyOf(contributors);
    Objects.requireNonNull(span, "span");
    spans = List.copyOf(spans);
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("a byline comes from one range at least");
    }
    for (Span s : spans) {
      if (s.start() < span.start() || s.end() > span.end()) {
        throw new IllegalArgumentException("range " + s + " lies outside the byline's extent " + span);
      }
    }
  }

  /**
   * A byline printed in one piece: its only range is its extent.
   *
   * @param raw the byline exactly as printed, line breaks removed
   * @param outlet the outlet named in the byline, if printed
   * @param contributors the credited people or units, in printed order
   * @param span the byline's extent
   */
  public Byline(String raw, Optional<String> outlet, List<Contributor> contributors, Span span) {
    this(raw, outlet, contributors, span, List.of(span));
  }
}
