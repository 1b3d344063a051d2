package dev.banmian.model;

import dev.banmian.text.Span;
import java.util.Objects;

/**
 * One person or unit credited by a byline or photo credit.
 *
 * @param role the label printed before the name with the outlet taken out ({@code 记者},
 *     {@code 通讯员}, {@code 摄影}...), or {@code 作者} for a bare credit
 * @param name the name with padding removed ({@code 程　龙} becomes {@code 程龙})
 * @param span where the name is printed: offsets into the parsed string, or into the raw page
 *     text when the contributor comes from a page extraction
 */
public record Contributor(String role, String name, Span span) {
  /**
   * Validates the fields.
   *
   * @param role the label printed before the name with the outlet taken out ({@code 记者}, {@code 通讯员}, {@code 摄影}...), or {@code 作者} for a bare credit
   * @param name the name with padding removed ({@code 程　龙} becomes {@code 程龙})
   * @param span where the name is printed: offsets into the parsed string, or into the raw page text when the contributor comes from a page extraction
   */
  public Contributor {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(span, "span");
  }
}
