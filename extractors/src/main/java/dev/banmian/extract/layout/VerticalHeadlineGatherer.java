package dev.banmian.extract.layout;

import dev.banmian.model.Diagnostic;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gathers the characters of a vertical headline that an extractor printed between the lines of the body beside it.
 *
 * <p>A headline set one character per line beside a column shares its baselines with the column's lines; an extractor
 * reading by lines prints its characters a few at a time between body lines ({@code 修} / {@code 路} / {@code 村里新修了
 * 道路，…} / {@code 通} / {@code 群众出行更方便…}), and only the characters below the column's last line come out together.
 * Left where they are, the characters break the body's sentences and the headline is read as a few scraps. Columns
 * printed side by side and read column by column ({@link ColumnSplitter}) leave the same ladder where the headline's
 * column shares its regions with body text.
 *
 * <p>A <em>ladder</em> is two or more pieces of vertical text (runs of lines of one character each,
 * {@link NewsCues#isVerticalTextLine}, with no blank line inside a run), at least three characters in all, where each
 * piece starts at most {@value #MOST_LINES_APART} lines below the end of the one before and some other line is printed
 * between them. Its pieces are moved, in order, to just before its last piece, so the headline is read as one block
 * where its end was, and the body lines close up; a blank line just before a moved piece goes with it. Pieces with
 * only blank lines between them are not interleaved with anything: letter-spaced names one character per line, or
 * two headlines stacked in one column, and no ladder. A character with a closing mark before it ({@code ”王}) or an
 * opening mark after it is a body line's piece, never vertical text. A character the extractor printed at the end of
 * a body line, after a space ({@code …运输成本也 “修}), is split off first where the headline goes on below it.
 *
 * <p>Stateless; thread-safe.
 */
final class VerticalHeadlineGatherer {
  /**
   * The most lines from the end of one piece of a vertical headline to the start of the next beside a body column: a
   * headline character set up to about twice the body size spans two or three body lines, with a blank line at most.
   */
  private static final int MOST_LINES_APART = 5;

  /** The fewest characters of a ladder. */
  private static final int FEWEST_CHARACTERS = 3;

  private VerticalHeadlineGatherer() {}

  /**
   * {@return {@code lines} with the pieces of each vertical headline printed between body lines moved together}
   *
   * @param page a page's lines in reading order, blank lines included
   * @param diagnostics where one diagnostic per gathered headline goes
   */
  static List<Line> gather(List<Line> page, List<Diagnostic> diagnostics) {
    List<Line> lines = splitTrailingCharacters(page);
    List<List<Piece>> ladders = ladders(pieces(lines), lines);
    if (ladders.isEmpty()) {
      return lines;
    }
    boolean[] moved = new boolean[lines.size()];
    Map<Integer, List<Line>> before = new HashMap<>();
    for (List<Piece> ladder : ladders) {
      Piece last = ladder.get(ladder.size() - 1);
      before.put(last.first, takeAllButLast(ladder, lines, moved));
      diagnostics.add(new Diagnostic("layout", "layout.vertical", "vertical headline printed in " + ladder.size()
          + " pieces between body lines, gathered", lines.get(ladder.get(0).first).span().union(lines.get(last.last).span())));
    }
    List<Line> out = new ArrayList<>(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      out.addAll(before.getOrDefault(k, List.of()));
      if (!moved[k]) {
        out.add(lines.get(k));
      }
    }
    return out;
  }

  /** The lines of every piece of {@code ladder} but its last, each with the blank lines just before it, marked moved. */
  private static List<Line> takeAllButLast(List<Piece> ladder, List<Line> lines, boolean[] moved) {
    List<Line> taken = new ArrayList<>();
    for (Piece p : ladder.subList(0, ladder.size() - 1)) {
      for (int k = p.withBlanks(lines); k <= p.last; k++) {
        moved[k] = true;
        taken.add(lines.get(k));
      }
    }
    return taken;
  }

  /** The shortest body text, in characters, before a vertical headline's character split off a line's end. */
  private static final int SHORTEST_LINE_BEFORE_CHARACTER = 8;

  /**
   * {@code lines} with each character of a vertical headline that the extractor printed at the end of a body line,
   * after a space ({@code …运输成本也 “修}), split off as a line of its own: the body line shares its baseline.
   */
  private static List<Line> splitTrailingCharacters(List<Line> lines) {
    return SharedLineSplitter.splitEach(lines, VerticalHeadlineGatherer::trailingCharacter);
  }

  /**
   * The offset in line {@code i} of one character of a vertical headline printed at its end, after a space, or -1:
   * the line's last piece, after a space, is one character of vertical text ({@code …运输成本也 “修}), the text before
   * it runs on at least {@value #SHORTEST_LINE_BEFORE_CHARACTER} characters, ends in no Latin letter or digit (whose
   * gap to a Han character is the line's own) and is not letter-spaced, and the headline goes on below, two characters one
   * per line within {@value #MOST_LINES_APART} lines. The extractor put the character on the body line
   * that shares its baseline.
   */
  private static int trailingCharacter(List<Line> lines, int i) {
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
        || isLetterSpaced(before) || !isVerticalCharacter(s.substring(j + 1))) {
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
    for (int k = i + 1; k + 1 < lines.size() && k <= i + MOST_LINES_APART; k++) {
      if (isVerticalCharacter(lines.get(k)) && isVerticalCharacter(lines.get(k + 1))) {
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

  /** A run of lines of vertical text, with no blank line inside: indexes of its first and last line. */
  private record Piece(int first, int last) {
    int characters() {
      return last - first + 1;
    }

    /** The index of the first of the blank lines just before the piece, or of the piece's first line. */
    int withBlanks(List<Line> lines) {
      int k = first;
      while (k > 0 && lines.get(k - 1).isBlank()) {
        k--;
      }
      return k;
    }
  }

  /** The page's pieces of vertical text, in order. */
  private static List<Piece> pieces(List<Line> lines) {
    List<Piece> pieces = new ArrayList<>();
    int k = 0;
    while (k < lines.size()) {
      if (!isVerticalCharacter(lines.get(k))) {
        k++;
        continue;
      }
      int end = k;
      while (end + 1 < lines.size() && isVerticalCharacter(lines.get(end + 1))) {
        end++;
      }
      pieces.add(new Piece(k, end));
      k = end + 1;
    }
    return pieces;
  }

  /** The ladders among {@code pieces}: maximal chains of interleaved pieces, long enough. */
  private static List<List<Piece>> ladders(List<Piece> pieces, List<Line> lines) {
    List<List<Piece>> ladders = new ArrayList<>();
    List<Piece> chain = new ArrayList<>();
    for (Piece p : pieces) {
      if (!chain.isEmpty() && !interleaved(chain.get(chain.size() - 1), p, lines)) {
        keepIfLadder(chain, ladders);
        chain = new ArrayList<>();
      }
      chain.add(p);
    }
    keepIfLadder(chain, ladders);
    return ladders;
  }

  private static void keepIfLadder(List<Piece> chain, List<List<Piece>> ladders) {
    if (chain.size() >= 2 && chain.stream().mapToInt(Piece::characters).sum() >= FEWEST_CHARACTERS) {
      ladders.add(chain);
    }
  }

  /** Whether piece {@code b} goes on piece {@code a} beside a body: close below it, with a text line between. */
  private static boolean interleaved(Piece a, Piece b, List<Line> lines) {
    if (b.first - a.last > MOST_LINES_APART) {
      return false;
    }
    for (int k = a.last + 1; k < b.first; k++) {
      if (!lines.get(k).isBlank()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code line} is one character of vertical text as a headline's piece: a Han character, with an opening
   * mark before it or a closing mark after it at most.
   */
  static boolean isVerticalCharacter(Line line) {
    return isVerticalCharacter(line.text());
  }

  /** Whether {@code text} (spaces ignored) is one character of vertical text as a headline's piece. */
  static boolean isVerticalCharacter(String text) {
    String s = Chars.stripSpaces(text);
    return NewsCues.isVerticalTextLine(s) && !Chars.isCloser(s.charAt(0)) && !Chars.isOpener(s.charAt(s.length() - 1));
  }
}
