package dev.banmian.segment;

import java.util.Objects;

/**
 * A keyword of a text with its weight (higher is more important; comparable only within one
 * extractor's results for one text).
 *
 * @param word the keyword as it stands in the text
 * @param weight its weight, finite and non-negative
 */
public record Keyword(String word, double weight) {
  /**
   * Validates the fields.
   *
   * @param word the keyword as it stands in the text
   * @param weight its weight, finite and non-negative
   */
  public Keyword {
    Objects.requireNonNull(word, "word");
    if (!(weight >= 0) || Double.isInfinite(weight)) {
      throw new IllegalArgumentException("weight must be finite and non-negative: " + weight);
    }
  }
}
