package dev.banmian.segment;

import java.util.List;

/**
 * Extracts the keywords of a text. Implementations are immutable and thread-safe:
 * {@link TfIdfKeywordExtractor} and {@link TextRankKeywordExtractor}.
 */
public interface KeywordExtractor {
  /**
   * Returns at most {@code limit} keywords of {@code text}, highest weight first (ties in order of
   * first occurrence).
   *
   * @param text the text
   * @param limit the most keywords to return
   * @return the keywords, highest weight first
   * @throws IllegalArgumentException if {@code limit} is negative
   * @throws NullPointerException if {@code text} is null
   */
  List<Keyword> extract(CharSequence text, int limit);
}
