package dev.banmian.geometry;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds a page's body type: the type size most of its characters are set in.
 *
 * <pre>{@code
 * BodyType body = new BodyType();
 * body.add(9, 400);   // 400 characters in 9 pt
 * body.add(24, 8);    // a headline
 * body.size(10);      // 9.0
 * }</pre>
 *
 * <p>Not thread-safe: one instance per page, filled then read.
 */
public final class BodyType {
  private final Map<Long, Integer> characters = new HashMap<>();

  /** Creates an empty tally. */
  public BodyType() {}

  /**
   * Counts {@code count} characters set in {@code size} points (sizes are compared to a tenth of a point).
   *
   * @param size the type size in points
   * @param count how many characters are set in it
   */
  public void add(double size, int count) {
    characters.merge(Math.round(size * 10), count, Integer::sum);
  }

  /**
   * {@return the size with the most characters, or {@code fallback} when nothing was counted}
   *
   * @param fallback the size to return when no character was counted
   */
  public double size(double fallback) {
    return characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 10.0).orElse(fallback);
  }
}
