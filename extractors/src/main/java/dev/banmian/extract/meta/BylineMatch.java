package dev.banmian.extract.meta;

import dev.banmian.model.Byline;
import java.util.Objects;

/**
 * A byline found inside a longer string, with the character range it occupies there.
 *
 * @param byline the parsed byline (spans relative to the searched string)
 * @param start the first character of the byline in the searched string
 * @param end the character after the byline; for a lead-in byline, where the body text begins
 */
public record BylineMatch(Byline byline, int start, int end) {
  /**
   * Validates the fields.
   *
   * @param byline the parsed byline (spans relative to the searched string)
   * @param start the first character of the byline in the searched string
   * @param end the character after the byline; for a lead-in byline, where the body text begins
   */
  public BylineMatch {
    Objects.requireNonNull(byline, "byline");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
    }
  }
}
