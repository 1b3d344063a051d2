package dev.banmian.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of a page, in reading order.
 *
 * @param section the column label over the article ({@code 民生观察})
 * @param kicker the line above the headline ({@code 某县委组织部：})
 * @param headline the headline; absent when the page prints none for this body
 * @param subheadline the deck under the headline, without its leading dash
 * @param byline the parsed byline
 * @param dateline the point in time the lead reports
 * @param subheads the in-article subheads, in order
 * @param paragraphs the body paragraphs, in reading order
 * @param complete false when the body continues on another page or was not found on this one
 */
public record Article(
    Optional<SourcedText> section,
    Optional<SourcedText> kicker,
    Optional<SourcedText> headline,
    Optional<SourcedText> subheadline,
    Optional<Byline> byline,
    Optional<Dateline> dateline,
    List<SourcedText> subheads,
    List<SourcedText> paragraphs,
    boolean complete) {
  /**
   * Validates and copies the fields.
   *
   * @param section the column label over the article ({@code 民生观察})
   * @param kicker the line above the headline ({@code 某县委组织部：})
   * @param headline the headline; absent when the page prints none for this body
   * @param subheadline the deck under the headline, without its leading dash
   * @param byline the parsed byline
   * @param dateline the point in time the lead reports
   * @param subheads the in-article subheads, in order
   * @param paragraphs the body paragraphs, in reading order
   * @param complete false when the body continues on another page or was not found on this one
   */
  public Article {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(kicker, "kicker");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(subheadline, "subheadline");
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(dateline, "dateline");
    subheads = List.copyOf(subheads);
    paragraphs = List.copyOf(paragraphs);
  }
}
