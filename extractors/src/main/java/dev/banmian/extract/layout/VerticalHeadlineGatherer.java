package dev.banmian.extract.layout;

import dev.banmian.model.Diagnostic;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import dev.banmian.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    return rearranged(lines, moved, before);
  }

  /**
   * {@return {@code lines} of a page whose columns were printed side by side and read column by column
   * ({@link ColumnSplitter}) with each vertical headline's characters gathered as {@link #gather(List, List)} does, then
   * by where they were printed}
   *
   * <p>Read column by column, a vertical headline beside a column comes out in pieces far apart in reading order (a
   * character on a row the columns leave free is read with the rows around it, another on a column's row with that
   * column), so the pieces are found by their place on the page instead: characters of vertical text printed one
   * below the other at one column (a cell of drift allowed), nothing printed at that column on the rows between (a
   * headline's characters are set apart by white space, however many rows the columns beside them fill), at least
   * {@value #FEWEST_CHARACTERS} in all and not already read one after the other (blank lines or vertical text between
   * at most). They are read together, in row order, where the last of them in reading order was read. A character
   * printed at the end of a body row after a space is split off first where such a character goes on below it.
   *
   * @param page a page's lines in reading order, blank lines included, each numbered by its row
   * @param source the page text the lines were read from
   * @param diagnostics where one diagnostic per gathered headline goes
   */
  static List<Line> gatherPrinted(List<Line> page, SourceText source, List<Diagnostic> diagnostics) {
    List<Line> read = gather(page, diagnostics);
    List<Cell> printed = new ArrayList<>();
    for (Line l : read) {
      if (isVerticalCharacter(l)) {
        printed.add(Cell.at(-1, l, 0, source));
      }
    }
    List<Line> lines = SharedLineSplitter.splitEach(read,
        (ls, i) -> trailingCharacterAbove(ls.get(i), printed, source));
    List<List<Cell>> ladders = printedLadders(lines, source);
    if (ladders.isEmpty()) {
      return lines;
    }
    boolean[] moved = new boolean[lines.size()];
    Map<Integer, List<Line>> before = new HashMap<>();
    for (List<Cell> ladder : ladders) {
      List<Line> headline = new ArrayList<>();
      ladder.forEach(c -> {
        moved[c.index] = true;
        headline.add(lines.get(c.index));
      });
      before.put(pieceStart(ladder, lines), headline);
      diagnostics.add(new Diagnostic("layout", "layout.vertical", "vertical headline printed in pieces apart in reading"
          + " order, gathered by where its characters were printed", lines.get(ladder.get(0).index).span()
          .union(lines.get(ladder.get(ladder.size() - 1).index).span())));
    }
    return rearranged(lines, moved, before);
  }

  /**
   * {@return the lines of {@code lines}, a page printed side by side and read column by column, that open a vertical
   * headline of their own right after another, blank lines aside: each is a character of vertical text whose chain of
   * characters printed one below the other ({@link Cell#goesOnWith}) is not the chain of the vertical text read before
   * it, and both chains hold {@value #FEWEST_CHARACTERS} characters or more (two headlines set next to each other, read
   * one after the other however close in reading order)}
   *
   * @param lines the page's lines in reading order, blank lines included, each numbered by its row
   * @param source the page text the lines were read from
   */
  static Set<Line> verticalRunStarts(List<Line> lines, SourceText source) {
    Map<Integer, List<Cell>> chainOf = new HashMap<>();
    for (List<Cell> chain : chains(lines, source)) {
      chain.forEach(c -> chainOf.put(c.index, chain));
    }
    Set<Line> starts = new HashSet<>();
    List<Cell> before = null;
    for (int k = 0; k < lines.size(); k++) {
      if (lines.get(k).isBlank()) {
        continue;
      }
      List<Cell> chain = chainOf.get(k);
      if (chain != null && before != null && chain != before && chain.size() >= FEWEST_CHARACTERS
          && before.size() >= FEWEST_CHARACTERS) {
        starts.add(lines.get(k));
      }
      before = chain;
    }
    return starts;
  }

  /**
   * {@return {@code lines} without the {@code moved} ones, each list of {@code before} put before the line at its key}
   */
  private static List<Line> rearranged(List<Line> lines, boolean[] moved, Map<Integer, List<Line>> before) {
    List<Line> out = new ArrayList<>(lines.size());
    for (int k = 0; k < lines.size(); k++) {
      out.addAll(before.getOrDefault(k, List.of()));
      if (!moved[k]) {
        out.add(lines.get(k));
      }
    }
    return out;
  }

  /** One character of vertical text: its line's index in reading order, and the row and column it was printed at. */
  private record Cell(int index, int row, int column) {
    /** The first Han character of {@code l} from offset {@code from} on, {@code l} read at {@code index}. */
    static Cell at(int index, Line l, int from, SourceText source) {
      int k = from;
      while (k < l.text().length() && !Chars.isHan(l.text().charAt(k))) {
        k++;
      }
      return new Cell(index, l.number(), source.position(l.span().start() + k).column() - 1);
    }

    /**
     * Whether {@code c}, printed below this, goes on it: at the same column but for a cell of drift, nothing printed
     * at that column on the rows between.
     */
    boolean goesOnWith(Cell c, SourceText source) {
      return c.row > row && Math.abs(c.column - column) <= 1 && isFreeBetween(source, row, c.row, column);
    }
  }

  /**
   * The offset in {@code line} of a character of vertical text printed at its end after a space, where another
   * ({@code printed}) goes on below it ({@link Cell#goesOnWith}); or -1.
   */
  private static int trailingCharacterAbove(Line line, List<Cell> printed, SourceText source) {
    int j = trailingCharacter(line.text());
    if (j < 0) {
      return -1;
    }
    Cell c = Cell.at(-1, line, j, source);
    return printed.stream().anyMatch(p -> c.goesOnWith(p, source)) ? j : -1;
  }

  /** Whether the rows strictly between {@code from} and {@code to} print nothing within a cell of {@code column}. */
  private static boolean isFreeBetween(SourceText source, int from, int to, int column) {
    List<Line> rows = source.lines();
    for (int r = from + 1; r < to; r++) {
      String t = rows.get(r).text();
      for (int x = Math.max(0, column - 1); x <= column + 1 && x < t.length(); x++) {
        if (!Chars.isSpace(t.charAt(x))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The chains of vertical characters printed one below the other, long enough, that reading order tore apart. */
  private static List<List<Cell>> printedLadders(List<Line> lines, SourceText source) {
    List<List<Cell>> chains = chains(lines, source);
    chains.removeIf(ch -> ch.size() < FEWEST_CHARACTERS || readInOrder(ch, lines));
    return chains;
  }

  /**
   * The page's vertical characters in chains, each character printed below the one before ({@link Cell#goesOnWith}).
   */
  private static List<List<Cell>> chains(List<Line> lines, SourceText source) {
    List<Cell> cells = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      if (isVerticalCharacter(lines.get(k))) {
        cells.add(Cell.at(k, lines.get(k), 0, source));
      }
    }
    cells.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::column));
    List<List<Cell>> chains = new ArrayList<>();
    for (Cell c : cells) {
      List<Cell> chain = chains.stream().filter(ch -> ch.get(ch.size() - 1).goesOnWith(c, source)).findFirst()
          .orElse(null);
      if (chain == null) {
        chains.add(chain = new ArrayList<>());
      }
      chain.add(c);
    }
    return chains;
  }

  /**
   * Whether the chain's characters are read one after the other already, with blank lines or vertical text between
   * them at most (the pieces of a ladder gathered in reading order).
   */
  private static boolean readInOrder(List<Cell> chain, List<Line> lines) {
    for (int i = 1; i < chain.size(); i++) {
      int a = chain.get(i - 1).index;
      int b = chain.get(i).index;
      if (b < a) {
        return false;
      }
      for (int k = a + 1; k < b; k++) {
        if (!lines.get(k).isBlank() && !isVerticalCharacter(lines.get(k))) {
          return false;
        }
      }
    }
    return true;
  }

  /** The index of the first line of the ladder's piece read last: where the gathered headline is read. */
  private static int pieceStart(List<Cell> ladder, List<Line> lines) {
    Set<Integer> in = new HashSet<>();
    ladder.forEach(c -> in.add(c.index));
    int k = ladder.stream().mapToInt(Cell::index).max().orElseThrow();
    while (k > 0 && in.contains(k - 1)) {
      k--;
    }
    return k;
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
    int j = trailingCharacter(lines.get(i).text());
    return j >= 0 && verticalTextBelow(lines, i) ? j : -1; // the character starts its own line, no indent before it
  }

  /**
   * The offset in {@code text} of one character of vertical text printed at its end after a space, the text before it
   * a body line's ({@link #trailingCharacter(List, int)}), or -1.
   */
  private static int trailingCharacter(String text) {
    String s = withoutTrailingSpaces(text);
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
    return j + 1;
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
