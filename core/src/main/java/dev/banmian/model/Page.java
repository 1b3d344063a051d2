package dev.banmian.model;

import java.util.List;
import java.util.Objects;

/**
 * The structured content of one newspaper page: its articles in reading order, the photo
 * captions, the lines that are neither (page furniture, adverts, duplicates), and diagnostics.
 *
 * @param sourceId the identifier of the page's {@link dev.banmian.text.SourceText}
 * @param articles the articles, in reading order
 * @param captions the photo captions
 * @param noise text that belongs to no article or caption
 * @param diagnostics the decisions the extractor took, with their evidence
 */
public record Page(
    String sourceId,
    List<Article> articles,
    List<Caption> captions,
    List<SourcedText> noise,
    List<Diagnostic> diagnostics) {
  /**
   * Validates and copies the fields.
   *
   * @param sourceId the identifier of the page's {@link dev.banmian.text.SourceText}
   * @param articles the articles, in reading order
   * @param captions the photo captions
   * @param noise text that belongs to no article or caption
   * @param diagnostics the decisions the extractor took, with their evidence
   */
  public Page {
    Objects.requireNonNull(sourceId, "sourceId");
    articles = List.copyOf(articles);
    captions = List.copyOf(captions);
    noise = List.copyOf(noise);
    diagnostics = List.copyOf(diagnostics);
  }
}
