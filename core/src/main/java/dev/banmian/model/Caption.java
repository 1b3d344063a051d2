package dev.banmian.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A photo caption with its credit, the photo-news title above it and the column label over the photo.
 *
 * @param text the caption sentence(s)
 * @param credit the photo credit ({@code 曾令刚 摄}, {@code …供图}), if printed
 * @param creditParsed the credit parsed into contributors, when the credit parses
 * @param title the photo-news headline, if the caption belongs to a photo-news item
 * @param section the column label printed directly above the photo, if any
 */
public record Caption(
    SourcedText text,
    Optional<SourcedText> credit,
    Optional<Byline> creditParsed,
    Optional<SourcedText> title,
    Optional<SourcedText> section) {
  /**
   * Validates the fields.
   *
   * @param text the caption sentence(s)
   * @param credit the photo credit ({@code 曾令刚 摄}, {@code …供图}), if printed
   * @param creditParsed the credit parsed into contributors, when the credit parses
   * @param title the photo-news headline, if the caption belongs to a photo-news item
   * @param section the column label printed directly above the photo, if any
   */
  public Caption {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(credit, "credit");
    Objects.requireNonNull(creditParsed, "creditParsed");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(section, "section");
  }
}
