package dev.banmian.segment;

import java.util.List;

/**
 * Splits text into tokens with offsets. Implementations are immutable and thread-safe.
 *
 * <pre>{@code
 * Segmenter seg = JiebaSegmenter.builder().build();
 * seg.segment("习近平总书记考察青海");   // 习近平 / 总书记 / 考察 / 青海
 * }</pre>
 */
public interface Segmenter {
  /**
   * Returns the tokens of {@code text} in order. Never throws on any input; tokens are in bounds
   * and their text equals the covered input.
   */
  List<Token> segment(CharSequence text);

  /** Returns whether {@code word} is in this segmenter's dictionary; false when it has none. */
  default boolean isKnownWord(CharSequence word) {
    return false;
  }
}
