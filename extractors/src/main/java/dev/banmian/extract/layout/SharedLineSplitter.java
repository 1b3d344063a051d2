package dev.banmian.extract.layout;

import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text line that an extractor made of two printed pieces: a heading fragment and the photo caption set
 * beside it ({@code 清理河道，拓宽村道 村民在新修的路上散步。 李明摄}). Extractors that print text in content-stream
 * order (PDFBox) put the pieces on one line with one space between; the caption, its sentence and its credit, may
 * run on over the next lines. Splitting at that space gives the caption a line of its own, so it is read as a caption
 * and the fragment as the heading it is.
 *
 * <p>The split is made only where the space stands alone between two Han characters (letter-spaced text has a space
 * after every character), the text before it ends no sentence, and the text after it, with the lines that follow
 * without a blank, is one caption ending in a photo credit ({@link InlineCredit}).
 *
 * <p>A line is split too where the extractor printed one character of a vertical headline at its end, after a space
 * ({@code …运输成本也 “修}), so the character joins the rest of its headline ({@link VerticalHeadlineGatherer}). Pure
 * function; thread-safe.
 */
final class SharedLineSplitter {
  /** The most lines a caption's text runs over, the shared one included, before its credit. */
  private static final int LONGEST_CAPTION_LINES = 3;
  /** The shortest heading fragment, in characters, that is split off. */
  private static final int SHORTEST_FRAGMENT = 2;
  /** The shortest body text, in characters, before a vertical headline's character split off a line's end. */
  private static final int SHORTEST_LINE_BEFORE_CHARACTER = 8;

  private SharedLineSplitter() {}

  /**
   * {@return {@code lines} with each line shared by a heading fragment and a caption split in two}
   *
   * @param lines a page's lines in reading order, blank lines included
   */
  static List<Line> split(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      Line l = lines.get(i);
      int gap = captionGap(lines, i);
      if (gap < 0) {
        gap = verticalCharacterGap(lines, i);
      }
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
      if (!isLoneSpaceBetweenHan(s, j)) {
        continue;
      }
      String before = Chars.strip(s.substring(0, j));
      if (before.length() < SHORTEST_FRAGMENT || hasSentenceEnd(before)) {
        return -1;
      }
      if (InlineCredit.split(captionFrom(lines, i, s.substring(j + 1))).map(m -> !hasSentenceEnd(m.group("credit"))).orElse(false)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The offset in line {@code i} of one character of a vertical headline printed at its end, after a space, or -1:
   * the line's last piece, after a space, is one character of vertical text ({@code …运输成本也 “修}), the text before
   * it runs on at least {@value #SHORTEST_LINE_BEFORE_CHARACTER} characters, ends in no Latin letter or digit (whose
   * gap to a Han character is the line's own) and is not letter-spaced, and the headline goes on below, two characters one
   * per line within {@link VerticalHeadlineGatherer#MOST_LINES_APART} lines. The extractor put the character on the body line
   * that shares its baseline.
   */
  private static int verticalCharacterGap(List<Line> lines, int i) {
    String s = withoutTrailingSpaces(lines.get(i).text());
    int j = s.length() - 1;
    while (j > 0 && !Chars.isSpace(s.charAt(j))) {
      j--;
    }
    if (j <= 0) {
      return -1;
    }
    String before = Chars.strip(s.substring(0, j));
    if (before.length() < SHORTEST_LINE_BEFORE_CHARACTER || Chars.isLatinOrDigit(before.charAt(before.length() - 1))
        || isLetterSpaced(before) || !VerticalHeadlineGatherer.isVerticalCharacter(s.substring(j + 1))) {
      return -1; // the gap after a number or Latin word, or letter-spacing, is the line's own
    }
    return verticalTextBelow(lines, i) ? j + 1 : -1; // the character starts its own line, no indent before it
  }

  private static String withoutTrailingSpaces(String s) {
    int end = s.length();
    while (end > 0 && Chars.isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end);
  }

  /** Whether two lines of vertical text follow each other within a headline's reach below line {@code i}. */
  private static boolean verticalTextBelow(List<Line> lines, int i) {
    for (int k = i + 1; k + 1 < lines.size() && k <= i + VerticalHeadlineGatherer.MOST_LINES_APART; k++) {
      if (VerticalHeadlineGatherer.isVerticalCharacter(lines.get(k)) && VerticalHeadlineGatherer.isVerticalCharacter(lines.get(k + 1))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} spaces out its Han characters somewhere: a space between two of them. */
  private static boolean isLetterSpaced(String s) {
    for (int j = 1; j + 1 < s.length(); j++) {
      if (Chars.isSpace(s.charAt(j)) && Chars.isHan(s.charAt(j - 1)) && Chars.isHan(s.charAt(j + 1))) {
        return true;
      }
    }
    return false;
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
