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
   *
   * @param text the text to segment
   * @return the tokens, in order
   */
  List<Token> segment(CharSequence text);

  /**
   * Returns whether {@code word} is in this segmenter's dictionary; false when it has none.
   *
   * @param word the word
   * @return whether the dictionary holds it
   */
  default boolean isKnownWord(CharSequence word) {
    return false;
  }

  /**
   * Returns whether the last one or two Han characters of {@code left} and the first one or two of
   * {@code right} form a dictionary word ({@code 总书} + {@code 记}, {@code 打造职} + {@code 业}): the sign of a
   * line broken inside a word. False when either side does not end or start with a Han character.
   *
   * @param left the text before the break
   * @param right the text after the break
   * @return whether a dictionary word forms across the break
   */
  default boolean formsWordAcross(CharSequence left, CharSequence right) {
    if (left.length() == 0 || right.length() == 0 || !Chars.isHan(left.charAt(left.length() - 1)) || !Chars.isHan(right.charAt(0))) {
      return false;
    }
    for (int l = 1; l <= 2 && l <= left.length(); l++) {
      for (int r = 1; r <= 2 && r <= right.length() && l + r >= 2; r++) {
        String w = left.subSequence(left.length() - l, left.length()).toString() + right.subSequence(0, r);
        if (Chars.isAllHan(w) && isKnownWord(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** How many characters each side of a break {@link #keepsWordAcross} reads. */
  int ACROSS_WINDOW = 8;

  /**
   * Returns whether segmenting {@code left} and {@code right} read together keeps a dictionary word of two or
   * more characters across the break between them ({@code 累} + {@code 计接待}, {@code 同心协} + {@code 力。}):
   * the sign of a sentence cut by a column break. Only the last and first {@value #ACROSS_WINDOW} characters
   * are read. A clause that ends and another that begins rarely pass ({@code 中} + {@code 国家统计局} reads
   * {@code 中 / 国家统计局}); false when either side does not end or start with a Han character, or this
   * segmenter has no dictionary.
   *
   * @param left the text before the break
   * @param right the text after the break
   * @return whether a dictionary word is kept whole across the break
   */
  default boolean keepsWordAcross(CharSequence left, CharSequence right) {
    if (left.length() == 0 || right.length() == 0 || !Chars.isHan(left.charAt(left.length() - 1)) || !Chars.isHan(right.charAt(0))) {
      return false;
    }
    int l = Math.min(ACROSS_WINDOW, left.length());
    String joined = left.subSequence(left.length() - l, left.length()).toString()
        + right.subSequence(0, Math.min(ACROSS_WINDOW, right.length()));
    for (Token t : segment(joined)) {
      if (t.span().start() < l && t.span().end() > l && t.text().length() >= 2 && isKnownWord(t.text())) {
        return true;
      }
    }
    return false;
  }
}
