package dev.banmian.extract.layout;

import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntBiFunction;

/**
 * Splits a text line that an extractor made of two printed pieces: a heading fragment or a paragraph's last words, and
 * the photo caption set beside it ({@code 清理河道，拓宽村道 村民在新修的路上散步。 李明摄}, {@code 村民说好。 村民在新修的路上散步。 李明摄}).
 * Extractors that print text in content-stream order (PDFBox) put the pieces on one line with one space between; the
 * caption, its sentence and its credit, may run on over the next lines. Splitting at that space gives the caption a
 * line of its own, so it is read as a caption and the first piece as the heading or paragraph it belongs to.
 *
 * <p>The split is made only where the space stands alone, between two Han characters (letter-spaced text has a space
 * after every character) with no sentence end before it (a heading fragment), or right after a sentence end and
 * before a Han character (a paragraph's end); and the text after it, with the lines that follow without a blank, is
 * one caption ending in a photo credit ({@link InlineCredit}). Pure function; thread-safe.
 */
final class SharedLineSplitter {
  /** The most lines a caption's text runs over, the shared one included, before its credit. */
  private static final int LONGEST_CAPTION_LINES = 3;
  /** The shortest heading fragment, in characters, that is split off. */
  private static final int SHORTEST_FRAGMENT = 2;

  private SharedLineSplitter() {}

  /**
   * {@return {@code lines} with each line shared by a heading fragment and a caption split in two}
   *
   * @param lines a page's lines in reading order, blank lines included
   */
  static List<Line> split(List<Line> lines) {
    return splitEach(lines, SharedLineSplitter::captionGap);
  }

  /**
   * {@return {@code lines} with each line split in two where {@code at} says, at the offset it gives for the line;
   * -1 leaves the line whole}
   *
   * @param lines a page's lines in reading order, blank lines included
   * @param at the offset in line {@code i} of {@code lines} where its second piece starts, or -1
   */
  static List<Line> splitEach(List<Line> lines, ToIntBiFunction<List<Line>, Integer> at) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      int gap = at.applyAsInt(lines, i);
      if (gap < 0) {
        out.add(l);
        continue;
      }
      int start = l.span().start();
      out.add(new Line(l.number(), new Span(start, start + gap), l.text().substring(0, gap)));
      out.add(new Line(l.number(), new Span(start + gap, l.span().end()), l.text().substring(gap)));
    }
    return out;
  }

  /** The offset in line {@code i} of the space before a caption that shares the line, or -1. */
  private static int captionGap(List<Line> lines, int i) {
    String s = lines.get(i).text();
    for (int j = 1; j + 1 < s.length(); j++) {
      boolean bodyEnd = isLoneSpaceAfterSentence(s, j);
      if (!bodyEnd && !isLoneSpaceBetweenHan(s, j)) {
        continue;
      }
      String before = Chars.strip(s.substring(0, j));
      if (before.length() < SHORTEST_FRAGMENT || !bodyEnd && hasSentenceEnd(before)) {
        return -1;
      }
      if (InlineCredit.split(captionFrom(lines, i, s.substring(j + 1))).map(m -> !hasSentenceEnd(m.group("credit"))).orElse(false)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether the space at {@code j} stands alone after a sentence-final mark and before a Han character: the last words
   * of a paragraph ({@code 都说好。}), the caption set beside them after the space.
   */
  private static boolean isLoneSpaceAfterSentence(String s, int j) {
    return Chars.isSpace(s.charAt(j)) && Chars.isSentenceFinal(s.charAt(j - 1)) && Chars.isHan(s.charAt(j + 1))
        && (j + 2 >= s.length() || !Chars.isSpace(s.charAt(j + 2)));
  }

  private static boolean isLoneSpaceBetweenHan(String s, int j) {
    return Chars.isSpace(s.charAt(j)) && Chars.isHan(s.charAt(j - 1)) && Chars.isHan(s.charAt(j + 1))
        && (j < 2 || !Chars.isSpace(s.charAt(j - 2))) && (j + 2 >= s.length() || !Chars.isSpace(s.charAt(j + 2)));
  }

  /** The text from {@code rest} of line {@code i} on, over the lines that follow it without a blank line. */
  private static String captionFrom(List<Line> lines, int i, String rest) {
    StringBuilder b = new StringBuilder(Chars.strip(rest));
    for (int k = i + 1; k < lines.size() && k < i + LONGEST_CAPTION_LINES && !lines.get(k).isBlank(); k++) {
      if (InlineCredit.endsWithCredit(b.toString())) {
        break;
      }
      b.append(Chars.strip(lines.get(k).text()));
    }
    return b.toString();
  }

  private static boolean hasSentenceEnd(String s) {
    return LayoutRepairer.lastSentenceEnd(s) >= 0;
  }
}
