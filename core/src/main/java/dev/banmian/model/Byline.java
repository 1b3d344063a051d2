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
 * @param span the byline's extent, in the same coordinates as the contributors' spans
 */
public record Byline(String raw, Optional<String> outlet, List<Contributor> contributors, Span span) {
  /**
   * Validates and copies the fields.
   *
   * @param raw the byline exactly as printed, line breaks removed
   * @param outlet the outlet named in the byline ({@code 本报}, {@code 新华社}), if printed
   * @param contributors the credited people or units, in printed order
   * @param span the byline's extent, in the same coordinates as the contributors' spans
   */
  public Byline {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(outlet, "outlet");
    contributors = List.copyOf(contributors);
    Objects.requireNonNull(span, "span");
  }
}
