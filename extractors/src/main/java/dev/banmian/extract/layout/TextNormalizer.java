package dev.banmian.extract.layout;

import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.TracedText;

/**
 * Removes the spacing artefacts of PDF text from one line, keeping every character's raw offset.
 *
 * <ul>
 *   <li>leading and trailing whitespace is dropped;
 *   <li>justification spaces inside CJK runs go ({@code 富 裕 美 丽} becomes {@code 富裕美丽}): a space
 *       between CJK characters is dropped when a one-character run stands on either side of it;
 *   <li>spaces between an ASCII digit or letter and CJK go ({@code 9 月 8 日} becomes {@code 9月8日});
 *   <li>U+3000 padding between CJK characters goes ({@code 程　龙});
 *   <li>one space is kept between two Latin words ({@code Juan Carlos}) and between two CJK phrases
 *       ({@code 守护一江碧水 建设美丽乡村});
 *   <li>glyphs that extractors substitute for Chinese punctuation are folded back ({@link #foldGlyph}).
 * </ul>
 *
 * <p>So the text is the source under its offsets with whitespace dropped and these glyphs folded, nothing else.
 *
 * <p>Stateless and thread-safe.
 */
public final class TextNormalizer {
  private TextNormalizer() {}

  /**
   * {@return the normalised text of {@code line}, traced to raw offsets}
   *
   * @param line the line
   */
  public static TracedText normalize(Line line) {
    return normalize(line.text(), line.span().start());
  }

  /**
   * {@return the normalised {@code s}, whose first character sits at raw offset {@code offset}}
   *
   * @param s the text
   * @param offset the raw offset of its first character
   */
  public static TracedText normalize(CharSequence s, int offset) {
    int n = s.length();
    int start = 0;
    int end = n;
    while (start < end && Chars.isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && Chars.isSpace(s.charAt(end - 1))) {
      end--;
    }
    TracedText.Builder b = TracedText.builder();
    int i = start;
    while (i < end) {
      char c = s.charAt(i);
      if (!Chars.isSpace(c)) {
        b.append(foldGlyph(c), offset + i);
        i++;
        continue;
      }
      int j = i;
      boolean ideographic = false;
      while (j < end && Chars.isSpace(s.charAt(j))) {
        ideographic |= s.charAt(j) == '\u3000';
        j++;
      }
      char before = s.charAt(i - 1);
      char after = s.charAt(j);
      if (keepSpace(s, i, j, before, after, ideographic)) {
        b.append(' ', offset + i);
      }
      i = j;
    }
    return b.build();
  }

  /**
   * {@return the character Chinese text prints where an extractor reported {@code c}}
   *
   * <p>CJK fonts draw the ellipsis centred on the line and the name interpunct at full width, so text
   * extractors report them as the look-alike glyphs U+22EF MIDLINE HORIZONTAL ELLIPSIS ({@code ⋯}) and
   * U+30FB KATAKANA MIDDLE DOT ({@code ・}); Chinese text writes {@code …} (U+2026) and {@code ·} (U+00B7).
   * Every other character is returned as it is.
   *
   * @param c a character of the page text
   */
  public static char foldGlyph(char c) {
    return switch (c) {
      case '\u22EF' -> '\u2026';
      case '\u30FB' -> '\u00B7';
      default -> c;
    };
  }

  private static boolean keepSpace(CharSequence s, int gapStart, int gapEnd, char before, char after, boolean ideographic) {
    boolean latinBefore = before < 128 && Character.isLetterOrDigit(before);
    boolean latinAfter = after < 128 && Character.isLetterOrDigit(after);
    if (latinBefore && latinAfter) {
      return true;
    }
    if (latinBefore || latinAfter) {
      return !(Chars.isCjk(before) || Chars.isCjk(after));
    }
    if (Chars.isCjk(before) && Chars.isCjk(after)) {
      if (ideographic) {
        return false;
      }
      return runLength(s, gapStart - 1, -1) > 1 && runLength(s, gapEnd, 1) > 1;
    }
    return false;
  }

  private static int runLength(CharSequence s, int from, int step) {
    int k = 0;
    for (int i = from; i >= 0 && i < s.length() && !Chars.isSpace(s.charAt(i)); i += step) {
      k++;
    }
    return k;
  }
}
