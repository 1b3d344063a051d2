package dev.banmian.segment;

import dev.banmian.text.Chars;
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

  /**
   * Returns whether the last one or two Han characters of {@code left} and the first one or two of
   * {@code right} form a dictionary word ({@code 总书} + {@code 记}, {@code 打造职} + {@code 业}): the sign of a
   * line broken inside a word. False when either side does not end or start with a Han character.
   */
  default boolean formsWordAcross(CharSequence left, CharSequence right) {
    if (left.length() == 0 || right.length() == 0 || !Chars.isHan(left.charAt(left.length() - 1)) || !Chars.isHan(right.charAt(0))) {
      return false;
    }
    for (int l = 1; l <= 2 && l <= left.length(); l++) {
      for (int r = 1; r <= 2 && r <= right.length() && l + r >= 2; r++) {
        String w = left.subSequence(left.length() - l, left.length()).toString() + right.subSequence(0, r);
        if (w.codePoints().allMatch(Chars::isHan) && isKnownWord(w)) {
          return true;
        }
      }
    }
    return false;
  }
}
