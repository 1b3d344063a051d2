package dev.banmian.extract.layout;

import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import dev.banmian.text.SourceText;
import dev.banmian.text.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Stream;

/**
 * Splits text in which one line holds several columns side by side (as {@code pdftotext -layout}
 * prints a multi-column page) into columns, from the whitespace geometry of the page, and returns
 * the lines in reading order.
 *
 * <p>The order comes from recursive cuts of the page (XY-cut): a region is cut at the page's blank rows
 * into parts read top to bottom; a part is cut at its first gutter (a stretch of character positions
 * that almost no row uses, with text on both sides in a good share of the rows) into a left region read
 * before the right one; rows whose text runs through that gutter (a headline across columns, a kicker set
 * off-centre) are read where they stand, between the bands above and below them, unless a later gutter has
 * no row running through it: that one parts articles side by side, and is cut first. Each region finds its
 * own gutters, so articles side by side whose columns differ in width are read one after the other, each
 * column by column. A region with no gutter and no blank row may be two regions stacked, each with its own column
 * grid, and is cut between them where both parts show gutters; text set beside a column on a few rows only (a
 * headline printed right of its body) is read after the column. A row of two texts over heading stacks set side by
 * side under a blank row (a headline in large type, the label of the article beside it) is read with those stacks,
 * each text with its own, and, where one gutter of the columns under them parts them too, each stack with its own
 * columns (two articles set side by side). Texts set far apart on one row of a region (two labels side by side) come
 * out as lines of their own.
 *
 * <p>Each returned {@link Line} is a slice of one raw line (its span still points into the raw text, and
 * its number is the raw line's); one blank line separates regions (a column break). Pages without such
 * columns are left alone ({@link #split} returns empty). Stateless and thread-safe.
 */
public final class ColumnSplitter {
  /** A gutter must be at least this many positions wide. */
  private static final int MIN_GUTTER = 2;
  /** Share of non-blank rows that must reach past the page's first gutter, or hold texts set apart, for the page to count as columns. */
  private static final double MIN_MULTI_COLUMN_ROWS = 0.25;

  /** Creates a splitter. */
  public ColumnSplitter() {}

  /**
   * Returns the page's lines in column reading order, or empty when the page is not laid out in
   * columns side by side.
   *
   * @param source the page text
   * @return the lines in reading order, or empty
   */
  public Optional<List<Line>> split(SourceText source) {
    List<Line> lines = source.lines();
    int width = 0;
    int nonBlank = 0;
    for (Line l : lines) {
      if (!l.isBlank()) {
        nonBlank++;
        width = Math.max(width, l.text().length());
      }
    }
    if (nonBlank < 6 || width < 12) {
      return Optional.empty();
    }
    int[] occupied = new int[width];
    for (Line l : lines) {
      String t = l.text();
      for (int x = 0; x < t.length(); x++) {
        if (!Chars.isSpace(t.charAt(x))) {
          occupied[x]++;
        }
      }
    }
    List<int[]> gutters = gutters(occupied, nonBlank);
    int multi = 0;
    int apart = 0;
    for (Line l : lines) {
      if (!l.isBlank() && !gutters.isEmpty() && hasTextBeyond(l.text(), gutters.get(0)[1])) {
        multi++;
      }
      if (holdsTextsApart(l.text())) {
        apart++;
      }
    }
    if (multi < MIN_MULTI_COLUMN_ROWS * nonBlank && apart < MIN_MULTI_COLUMN_ROWS * nonBlank) {
      return Optional.empty();
    }
    return Optional.of(readingOrder(lines));
  }

  /** Spaces between two texts of one row that only columns side by side leave (justification leaves one). */
  private static final int COLUMN_SPACE = 3;

  /**
   * Whether a row holds texts set apart by {@link #COLUMN_SPACE} spaces or more: columns side by side. A page whose
   * regions each have their own column grid shows no gutter common to the whole page, but many such rows.
   */
  private static boolean holdsTextsApart(String t) {
    int run = 0;
    boolean seenText = false;
    for (int i = 0; i < t.length(); i++) {
      if (Chars.isSpace(t.charAt(i))) {
        run++;
      } else {
        if (seenText && run >= COLUMN_SPACE) {
          return true;
        }
        seenText = true;
        run = 0;
      }
    }
    return false;
  }

  /** Gutters as [start, end) position ranges, left to right. */
  private static List<int[]> gutters(int[] occupied, int rows) {
    int threshold = Math.max(1, (int) Math.floor(rows * 0.04));
    int busy = Math.max(2, (int) Math.ceil(rows * 0.15));
    List<int[]> out = new ArrayList<>();
    int x = 0;
    while (x < occupied.length && occupied[x] < busy) {
      x++;
    }
    while (x < occupied.length) {
      while (x < occupied.length && occupied[x] > threshold) {
        x++;
      }
      int start = x;
      while (x < occupied.length && occupied[x] <= threshold) {
        x++;
      }
      int end = x;
      if (end >= occupied.length) {
        break;
      }
      // Text on the right must be substantial too: a column, not a stray overhang.
      int right = 0;
      for (int k = end; k < Math.min(occupied.length, end + 4); k++) {
        right = Math.max(right, occupied[k]);
      }
      if (end - start >= MIN_GUTTER && right >= busy) {
        out.add(new int[] {start, end});
      }
    }
    return out;
  }

  private static boolean hasTextBeyond(String t, int x) {
    return hasTextBeyond(t, x, t.length());
  }

  /** Whether {@code t} has text at a position from {@code x} up to {@code n}. */
  private static boolean hasTextBeyond(String t, int x, int n) {
    for (int i = x; i < n; i++) {
      if (!Chars.isSpace(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The page's lines in reading order, by recursive cuts (XY-cut): a region of the page (rows × a range of
   * character positions) is cut first at the page's blank rows, then at its first gutter, read left part
   * before right part; rows whose text runs through that gutter (a headline across columns, a kicker set
   * off-centre) split the region into bands read one after another, with the crossing row between them. Each
   * region finds its own gutters, so articles side by side with columns of different widths are read one
   * after the other, each column by column.
   */
  private static List<Line> readingOrder(List<Line> lines) {
    List<Line> out = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    Map<Integer, Line> all = new HashMap<>();
    int width = 0;
    for (int i = 0; i < lines.size(); i++) {
      rows.add(i);
      all.put(i, lines.get(i));
      width = Math.max(width, lines.get(i).text().length());
    }
    order(lines, all, rows, 0, width, out, 0);
    out = joinTwoPartHeadings(lines, out);
    while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * Puts back together each heading whose two parts the cuts read apart: a row that holds the two parts of one heading
   * set far apart ({@link #headingPair}), spread over columns whose gutter runs between them, comes out as two texts
   * with other lines between them. The two parts are read as one line where the first stands; the second's place
   * closes up, and a blank line follows the line, a deck of its own. Parts read one right after the other are left as
   * they are, and so are the texts of a row the cuts read as more than two pieces (the pair spans them all, and only
   * two places close up).
   */
  private static List<Line> joinTwoPartHeadings(List<Line> page, List<Line> out) {
    Map<Integer, int[]> pairs = new HashMap<>();
    // each heading row's pieces, by where the cuts read them
    Map<Integer, List<Integer>> pieces = new HashMap<>();
    for (int i = 0; i < out.size(); i++) {
      Line l = out.get(i);
      if (isHeadingPart(page, l, pairs)) {
        pieces.computeIfAbsent(l.number(), n -> new ArrayList<>()).add(i);
      }
    }
    List<Line> joined = new ArrayList<>(out.size());
    for (int i = 0; i < out.size(); i++) {
      Line l = out.get(i);
      List<Integer> two = l.isBlank() ? null : pieces.get(l.number());
      boolean apart = two != null && two.size() == 2 && !readOneAfterOther(out, two.get(0), two.get(1));
      if (apart && two.get(1) == i) {
        continue;
      }
      if (apart && two.get(0) == i) {
        // the heading row is a deck of its own: what the cuts read right after it is not its next line
        joined.add(part(page.get(l.number()), pairs.get(l.number())));
        blank(joined);
      } else if (!(l.isBlank() && (joined.isEmpty() || joined.get(joined.size() - 1).isBlank()))) {
        joined.add(l);
      }
    }
    return joined;
  }

  /**
   * Whether {@code l} is one of the two texts of a row that holds the two parts of one heading set apart, and not all
   * of them; {@code pairs} keeps each row's {@link #headingPair} once found.
   */
  private static boolean isHeadingPart(List<Line> page, Line l, Map<Integer, int[]> pairs) {
    if (l.isBlank()) {
      return false;
    }
    Line row = page.get(l.number());
    int[] pair = pairs.computeIfAbsent(l.number(), n -> headingPair(row));
    String text = Chars.strip(l.text());
    int from = l.span().start() - row.span().start() + l.text().indexOf(text);
    int to = from + text.length();
    return pair.length == 2 && from >= pair[0] && to <= pair[1] && to - from < pair[1] - pair[0];
  }

  /**
   * The extent {@code [from, to)} in {@code row}'s text of the two parts of one heading set far apart, or an empty
   * array: the row's whole text ({@link #isTwoPartHeading}), or, where the row holds three texts or more set apart (a
   * two-part headline beside another article's heading), the one pair of neighbouring texts that are two parts of a
   * heading, neither of them a byline's role alone or a photo credit ({@code 本报记者     王明摄}).
   */
  private static int[] headingPair(Line row) {
    String t = row.text();
    String text = Chars.strip(t);
    int start = t.indexOf(text);
    if (isTwoPartHeading(text)) {
      return new int[] {start, start + text.length()};
    }
    List<Line> texts = new ArrayList<>();
    emit(new Line(row.number(), new Span(0, t.length()), t), 0, t.length(), WIDE_SPACE, texts);
    int[] pair = new int[0];
    for (int k = 0; texts.size() >= 3 && k + 1 < texts.size(); k++) {
      Line a = texts.get(k);
      Line b = texts.get(k + 1);
      if (isTwoPartHeading(t.substring(a.span().start(), b.span().end())) && !isByline(a.text()) && !isByline(b.text())) {
        if (pair.length > 0) {
          return new int[0];
        }
        pair = new int[] {a.span().start(), b.span().end()};
      }
    }
    return pair;
  }

  /** Whether {@code text} is a byline's outlet and role alone or a photo credit: of a byline, never of a heading. */
  private static boolean isByline(String text) {
    return NewsCues.isBylineRoleOnly(text) || NewsCues.isCreditLine(text);
  }

  /** Whether only blank lines lie between lines {@code first} and {@code second} of {@code out}. */
  private static boolean readOneAfterOther(List<Line> out, int first, int second) {
    return out.subList(first + 1, second).stream().allMatch(Line::isBlank);
  }

  /** The text at {@code [extent[0], extent[1])} of raw line {@code row}, as one line. */
  private static Line part(Line row, int[] extent) {
    int base = row.span().start();
    return new Line(row.number(), new Span(base + extent[0], base + extent[1]), row.text().substring(extent[0], extent[1]));
  }

  /** Deeper than this, a region is read row by row: no real page nests its columns further. */
  private static final int MAX_DEPTH = 12;

  /**
   * Reads rows {@code rows} of {@code lines} (the page's lines, or slices of them that keep their positions)
   * within character positions {@code [lo, hi)} into {@code out}; {@code page} holds the page's own lines, whose
   * blank rows cut regions.
   */
  private static void order(List<Line> page, Map<Integer, Line> lines, List<Integer> rows, int lo, int hi, List<Line> out, int depth) {
    // 1. The page's blank rows (present in the region's rows) cut it into parts read top to bottom.
    List<List<Integer>> parts = partsBetweenBlankRows(page, lines, rows, lo, hi);
    if (parts.size() != 1) {
      orderParts(page, lines, parts, lo, hi, out, depth);
      return;
    }
    // 2. The region's first gutter: left part, then right part; rows running through it make bands.
    List<Integer> text = parts.get(0);
    int[] occupied = occupancy(lines, text, lo, hi);
    List<int[]> gutters = depth >= MAX_DEPTH || text.size() < 2 ? List.of() : gutters(occupied, text.size(), lo);
    int spanning = spanningTopRows(lines, text, lo, hi, gutters);
    if (spanning > 0) {
      // A headline centred over the columns below it crosses one of their gutters, maybe not the first: read
      // it before the columns, not inside the one it happens to overhang.
      for (int r : text.subList(0, spanning)) {
        emit(lines.get(r), lo, hi, Integer.MAX_VALUE, out);
      }
      blank(out);
      order(page, lines, text.subList(spanning, text.size()), lo, hi, out, depth + 1);
      return;
    }
    int[] gutter = gutters.isEmpty() ? null : gutters.get(0);
    int[] uncrossed = gutter == null ? null : firstUncrossed(lines, text, hi, gutters);
    if (uncrossed != null) {
      // No row runs through the gutter (a row may overhang into it, and is cut where its own spaces allow). Where rows
      // run through the first gutter but not through a later one, the later one parts regions side by side (articles
      // set next to each other), each read whole, its own crossing rows (its headline) read in it.
      orderSplit(page, lines, text, lo, hi, uncrossed, out, depth);
      return;
    }
    int[] apart = depth < MAX_DEPTH && text.size() > 1 ? apartOnEveryRow(lines, text, lo, hi, occupied) : null;
    if (apart != null) {
      // Texts set apart on every row, side by side (two captions, each with its credit under it): read each whole.
      orderSplit(page, lines, text, lo, hi, apart, out, depth);
      return;
    }
    int boundary = gutter == null && depth < MAX_DEPTH ? gridBoundary(lines, text, lo, hi, occupied) : 0;
    if (boundary > 0) {
      // Two regions with column grids of their own, one above the other with no blank row between: read each.
      order(page, lines, text.subList(0, boundary), lo, hi, out, depth + 1);
      blank(out);
      order(page, lines, text.subList(boundary, text.size()), lo, hi, out, depth + 1);
      return;
    }
    int[] clear = gutter == null && depth < MAX_DEPTH && text.size() > 1 ? clearGap(lines, text, lo, hi, occupied) : null;
    if (clear != null) {
      // Text set beside the column on a few rows only (a headline printed right of its body): read after the column.
      orderSplit(page, lines, text, lo, hi, clear, out, depth);
    } else if (gutter == null) {
      // A row of a region without a gutter may still hold texts of regions side by side (two labels).
      for (int r : text) {
        emit(lines.get(r), lo, hi, WIDE_SPACE, out);
      }
    } else {
      orderBands(page, lines, text, lo, hi, gutter, out, depth);
    }
  }

  /**
   * The first stretch of {@value #WIDE_SPACE} or more positions that no row of a region with no gutter touches, or
   * null. Too few rows reach past it for a gutter ({@link #gutters}), but what lies beyond it is set apart from the
   * column on every row: a headline printed beside its body, in lines or one character per line. It counts only
   * with more than one letter before it (a lone letter is one of letter-spaced text whose rest lies beyond), two rows
   * or more whose text beyond it starts at its edge (text that starts there on one row only is the row's own, a photo
   * credit set at the end of its caption line), and text on both sides on rows they share (text wholly below the
   * other is read where it stands). {@code occupied} is the region's {@link #occupancy}.
   */
  private static int[] clearGap(Map<Integer, Line> lines, List<Integer> text, int lo, int hi, int[] occupied) {
    int x = 0;
    while (x < occupied.length && occupied[x] == 0) {
      x++;
    }
    while (x < occupied.length) {
      while (x < occupied.length && occupied[x] > 0) {
        x++;
      }
      int start = x;
      while (x < occupied.length && occupied[x] == 0) {
        x++;
      }
      if (x < occupied.length && x - start >= WIDE_SPACE && lettersIn(occupied, 0, start) >= 2
          && rowsResumingAt(lines, text, x + lo, hi) >= 2 && shareRows(lines, text, lo, start + lo, x + lo, hi)) {
        return new int[] {start + lo, x + lo};
      }
    }
    return null;
  }

  /**
   * Whether the region's text in {@code [lo, leftEnd)} and in {@code [rightStart, hi)} share rows: set side by side.
   * Text wholly below (or above) the other is read where it stands, top to bottom.
   */
  private static boolean shareRows(Map<Integer, Line> lines, List<Integer> text, int lo, int leftEnd, int rightStart,
      int hi) {
    int leftFirst = Integer.MAX_VALUE;
    int leftLast = -1;
    int rightFirst = Integer.MAX_VALUE;
    int rightLast = -1;
    for (int k = 0; k < text.size(); k++) {
      String t = lines.get(text.get(k)).text();
      if (hasText(t, lo, leftEnd)) {
        leftFirst = Math.min(leftFirst, k);
        leftLast = k;
      }
      if (hasText(t, rightStart, hi)) {
        rightFirst = Math.min(rightFirst, k);
        rightLast = k;
      }
    }
    return leftFirst <= rightLast && rightFirst <= leftLast;
  }

  /** How many letters the region's rows hold at positions {@code [from, to)} of its occupancy. */
  private static int lettersIn(int[] occupied, int from, int to) {
    int n = 0;
    for (int x = from; x < to; x++) {
      n += occupied[x];
    }
    return n;
  }

  /**
   * How many rows of {@code text} have text beyond position {@code x} (before {@code hi}) that starts there, give or
   * take an indent ({@value #MOST_INDENT}): text set in a column of its own whose left edge is {@code x}.
   */
  private static int rowsResumingAt(Map<Integer, Line> lines, List<Integer> text, int x, int hi) {
    int n = 0;
    for (int r : text) {
      String t = lines.get(r).text();
      int end = Math.min(hi, t.length());
      int y = x;
      while (y < end && Chars.isSpace(t.charAt(y))) {
        y++;
      }
      if (y < end && y - x <= MOST_INDENT) {
        n++;
      }
    }
    return n;
  }

  /** The fewest rows of a region cut off above or below another by {@link #gridBoundary}. */
  private static final int FEWEST_GRID_ROWS = 4;

  /**
   * Where a region with no gutter of its own is two regions stacked with no blank row between them, each with its own
   * column grid (an article's columns right under another's, set to other widths): the index in {@code text} of the
   * first row of the lower one, or 0. The cut is the row boundary where the weaker part's gutters are widest (a tie goes
   * to the first boundary where both parts' gutters together are widest), each part at least {@value #FEWEST_GRID_ROWS}
   * rows; a region whose parts show no gutter either is not cut. {@code occupied} is the region's {@link #occupancy}.
   */
  private static int gridBoundary(Map<Integer, Line> lines, List<Integer> text, int lo, int hi, int[] occupied) {
    int n = text.size();
    if (n < 2 * FEWEST_GRID_ROWS || hi <= lo) {
      return 0;
    }
    int[] below = occupied.clone();
    int[] above = new int[below.length];
    int best = 0;
    int bestWidth = 0;
    int bestSum = 0;
    for (int b = 1; b <= n - FEWEST_GRID_ROWS; b++) {
      String t = lines.get(text.get(b - 1)).text();
      count(above, t, lo, hi, 1);
      count(below, t, lo, hi, -1);
      if (b < FEWEST_GRID_ROWS) {
        continue;
      }
      int up = gutterWidth(gutters(above, b));
      int down = gutterWidth(gutters(below, n - b));
      int width = Math.min(up, down);
      if (width > 0 && (width > bestWidth || width == bestWidth && up + down > bestSum)) {
        bestWidth = width;
        bestSum = up + down;
        best = b;
      }
    }
    return best;
  }

  /** How many rows of {@code text} have text at each position of {@code [lo, hi)}. */
  private static int[] occupancy(Map<Integer, Line> lines, List<Integer> text, int lo, int hi) {
    int[] occupied = new int[Math.max(0, hi - lo)];
    for (int r : text) {
      count(occupied, lines.get(r).text(), lo, hi, 1);
    }
    return occupied;
  }

  /** Adds {@code delta} to {@code counts} at each position of {@code [lo, hi)} where row text {@code t} has a letter. */
  private static void count(int[] counts, String t, int lo, int hi, int delta) {
    for (int x = lo; x < Math.min(hi, t.length()); x++) {
      if (!Chars.isSpace(t.charAt(x))) {
        counts[x - lo] += delta;
      }
    }
  }

  private static int gutterWidth(List<int[]> gutters) {
    return gutters.stream().mapToInt(g -> g[1] - g[0]).sum();
  }

  /** The rows with text in {@code [lo, hi)}, in runs between the page's blank rows. */
  private static List<List<Integer>> partsBetweenBlankRows(List<Line> page, Map<Integer, Line> lines, List<Integer> rows, int lo, int hi) {
    List<List<Integer>> parts = new ArrayList<>();
    List<Integer> part = new ArrayList<>();
    for (int r : rows) {
      if (page.get(r).isBlank()) {
        if (!part.isEmpty()) {
          parts.add(part);
          part = new ArrayList<>();
        }
      } else if (hasText(lines.get(r).text(), lo, hi)) {
        part.add(r);
      }
    }
    if (!part.isEmpty()) {
      parts.add(part);
    }
    return parts;
  }

  /**
   * Reads {@code parts}, runs of rows between blank rows, one after another; a part of one row that heads two heading
   * stacks side by side in the part under it ({@link #headsStacksBeside}) is read with that part, each stack whole, and
   * with the part of columns under the stacks where one of its gutters parts them as well ({@link #partsUnderStacks}).
   */
  private static void orderParts(List<Line> page, Map<Integer, Line> lines, List<List<Integer>> parts, int lo, int hi,
      List<Line> out, int depth) {
    for (int i = 0; i < parts.size(); i++) {
      List<Integer> p = parts.get(i);
      boolean oneRow = p.size() == 1 && i + 1 < parts.size();
      int[] beside = oneRow ? headsStacksBeside(lines, p.get(0), parts.get(i + 1), lo, hi) : null;
      if (beside != null) {
        List<Integer> stacks = parts.get(++i);
        List<Integer> joined = new ArrayList<>(p);
        joined.addAll(stacks);
        int[] under = i + 1 < parts.size() ? partsUnderStacks(lines, p.get(0), stacks, parts.get(i + 1), lo, hi) : null;
        if (under != null) {
          // the blank rows between the stacks and the columns go too: each side is cut there again
          List<Integer> body = parts.get(++i);
          joined.addAll(blankRowsBetween(page, stacks.get(stacks.size() - 1), body.get(0)));
          joined.addAll(body);
        }
        orderSplit(page, lines, joined, lo, hi, under != null ? under : beside, out, depth);
      } else {
        order(page, lines, p, lo, hi, out, depth + 1);
      }
      blank(out);
    }
  }

  /** The most rows of the heading stacks that {@link #headsStacksBeside} reads with the heading row over them. */
  private static final int MOST_STACK_ROWS = 5;

  /** Marks of body text, which a heading stack holds none of: pauses and stops. */
  private static final String BODY_MARKS = "，、；。！？";

  /**
   * The gutter at which {@code row}, two texts set apart, heads the rows {@code stack} under it (at most
   * {@value #MOST_STACK_ROWS} rows with no pause or stop: heading stacks, not body text), or null: a stretch of
   * {@value #WIDE_SPACE} positions or more between the row's two texts that no row of the stack touches, with text of
   * the stack on either side of it. The row is then the first line of two heading stacks side by side, one text each: a
   * headline set in large type comes out with a blank row under it, which parts it from the rest of its stack while the
   * heading beside it goes on under the blank row.
   */
  private static int[] headsStacksBeside(Map<Integer, Line> lines, int row, List<Integer> stack, int lo, int hi) {
    if (stack.size() > MOST_STACK_ROWS) {
      return null;
    }
    List<Line> texts = new ArrayList<>();
    Line l = lines.get(row);
    emit(l, lo, hi, WIDE_SPACE, texts);
    if (texts.size() != 2 || stack.stream().anyMatch(r -> Chars.containsAny(lines.get(r).text(), BODY_MARKS))) {
      return null;
    }
    int base = l.span().start();
    int from = texts.get(0).span().end() - base;
    int to = texts.get(1).span().start() - base;
    return clearStretch(occupancy(lines, stack, from, to), from, (start, end) -> textOnBothSides(lines, stack, lo, start, end, hi));
  }

  /**
   * The gutter at which the part {@code body}, under heading stacks set side by side ({@code stacks}, headed by
   * {@code row}: {@link #headsStacksBeside}), parts into two regions, each under one stack, or null: a gutter of the
   * part that none of its rows and none of the heading rows runs through and that no letter of the stacks stands in,
   * with text of {@code row} on either side of it and, on either side, a stack over text of the part (they share a
   * position); null too where more than one gutter is such (a stack set over two columns of its article's several: the
   * page does not say where the articles part). Two articles set side by side, each a heading stack over its columns,
   * come out with a blank row between the stacks and the columns; read at that row first, both headings would come
   * before both bodies.
   */
  private static int[] partsUnderStacks(Map<Integer, Line> lines, int row, List<Integer> stacks, List<Integer> body,
      int lo, int hi) {
    int[] stacksOccupied = occupancy(lines, stacks, lo, hi);
    int[] bodyOccupied = occupancy(lines, body, lo, hi);
    List<Integer> rows = Stream.of(List.of(row), stacks, body).flatMap(List::stream).toList();
    int[] found = null;
    for (int[] g : gutters(bodyOccupied, body.size(), lo)) {
      int from = g[0] - lo;
      int to = g[1] - lo;
      boolean stacksApart = lettersIn(stacksOccupied, from, to) == 0
          && sharePositions(stacksOccupied, bodyOccupied, 0, from)
          && sharePositions(stacksOccupied, bodyOccupied, to, bodyOccupied.length)
          && textOnBothSides(lines, List.of(row), lo, g[0], g[1], hi);
      if (stacksApart && rows.stream().allMatch(r -> cutPoint(lines.get(r).text(), hi, g[0], g[1]) >= 0)) {
        if (found != null) {
          return null;
        }
        found = g;
      }
    }
    return found;
  }

  /** The page's blank rows after row {@code after} and before row {@code before}. */
  private static List<Integer> blankRowsBetween(List<Line> page, int after, int before) {
    List<Integer> blank = new ArrayList<>();
    for (int r = after + 1; r < before; r++) {
      if (page.get(r).isBlank()) {
        blank.add(r);
      }
    }
    return blank;
  }

  /** Whether some position of {@code [from, to)} holds letters in both {@code a} and {@code b}. */
  private static boolean sharePositions(int[] a, int[] b, int from, int to) {
    for (int x = from; x < Math.min(to, Math.min(a.length, b.length)); x++) {
      if (a[x] > 0 && b[x] > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first stretch of {@value #WIDE_SPACE} positions that no row of {@code text} touches and that every row has text
   * on both sides of ({@link #clearStretch}), or null. {@code occupied} is the region's {@link #occupancy}.
   */
  private static int[] apartOnEveryRow(Map<Integer, Line> lines, List<Integer> text, int lo, int hi, int[] occupied) {
    return clearStretch(occupied, lo,
        (start, end) -> text.stream().allMatch(r -> textOnBothSides(lines, List.of(r), lo, start, end, hi)));
  }

  /**
   * The first {@value #WIDE_SPACE} positions of the first run of positions that {@code occupied} (counts from position
   * {@code offset} on) shows empty, {@value #WIDE_SPACE} long or more, for which {@code accepts} holds, as page positions
   * {@code [start, end)}; or null. {@code accepts} is asked once per run: what lies on either side of a stretch is the
   * same wherever it stands in its run.
   */
  private static int[] clearStretch(int[] occupied, int offset, BiPredicate<Integer, Integer> accepts) {
    int run = 0;
    for (int x = 0; x < occupied.length; x++) {
      run = occupied[x] == 0 ? run + 1 : 0;
      if (run == WIDE_SPACE && accepts.test(offset + x - run + 1, offset + x + 1)) {
        return new int[] {offset + x - run + 1, offset + x + 1};
      }
    }
    return null;
  }

  /** Whether rows {@code stack} have text in {@code [lo, start)} and in {@code [end, hi)}. */
  private static boolean textOnBothSides(Map<Integer, Line> lines, List<Integer> stack, int lo, int start, int end,
      int hi) {
    boolean left = false;
    boolean right = false;
    for (int r : stack) {
      String t = lines.get(r).text();
      left |= hasText(t, lo, start);
      right |= hasText(t, end, hi);
    }
    return left && right;
  }

  /**
   * Reads the region as bands between the rows whose text runs through {@code gutter}, each such row where it
   * stands.
   */
  private static void orderBands(List<Line> page, Map<Integer, Line> lines, List<Integer> text, int lo, int hi, int[] gutter,
      List<Line> out, int depth) {
    List<Integer> band = new ArrayList<>();
    for (int r : text) {
      if (cutPoint(lines.get(r).text(), hi, gutter[0], gutter[1]) < 0) {
        if (!band.isEmpty()) {
          order(page, lines, band, lo, hi, out, depth + 1);
          band = new ArrayList<>();
        }
        blank(out);
        emit(lines.get(r), lo, hi, Integer.MAX_VALUE, out);
        blank(out);
      } else {
        band.add(r);
      }
    }
    if (!band.isEmpty()) {
      order(page, lines, band, lo, hi, out, depth + 1);
    }
  }

  /** The first of {@code gutters} that no row of {@code text} runs through, or null. */
  private static int[] firstUncrossed(Map<Integer, Line> lines, List<Integer> text, int hi, List<int[]> gutters) {
    for (int[] g : gutters) {
      if (text.stream().allMatch(r -> cutPoint(lines.get(r).text(), hi, g[0], g[1]) >= 0)) {
        return g;
      }
    }
    return null;
  }

  /** Reads the left part of the region (up to each row's cut at {@code gutter}), then the right part. */
  private static void orderSplit(List<Line> page, Map<Integer, Line> lines, List<Integer> text, int lo, int hi, int[] gutter,
      List<Line> out, int depth) {
    Map<Integer, Line> leftLines = new HashMap<>();
    Map<Integer, Line> rightLines = new HashMap<>();
    // a row cut off the gutter (its own spaces further right or left) keeps its text: the parts reach its cut
    int leftHi = gutter[1];
    int rightLo = gutter[0];
    for (int r : text) {
      Line l = lines.getOrDefault(r, page.get(r));
      int c = Math.min(cutPoint(l.text(), hi, gutter[0], gutter[1]), l.text().length());
      leftLines.put(r, slice(l, 0, c));
      rightLines.put(r, slice(l, c, l.text().length()));
      leftHi = Math.max(leftHi, c);
      if (c < l.text().length()) {
        rightLo = Math.min(rightLo, c);
      }
    }
    order(page, leftLines, text, lo, Math.min(hi, leftHi), out, depth + 1);
    blank(out);
    order(page, rightLines, text, Math.max(lo, rightLo), hi, out, depth + 1);
  }

  /**
   * The same line with the characters outside {@code [from, to)} replaced by spaces: positions (and so the
   * page's geometry) stay where they were, the span still covers the raw line.
   */
  private static Line slice(Line l, int from, int to) {
    String t = l.text();
    char[] b = new char[t.length()];
    Arrays.fill(b, ' ');
    t.getChars(from, to, b, from);
    return new Line(l.number(), l.span(), new String(b));
  }

  /**
   * How many rows at the top of {@code text} are set across the columns below them (a headline centred over
   * them), when rows below them remain; else 0.
   */
  private static int spanningTopRows(Map<Integer, Line> lines, List<Integer> text, int lo, int hi, List<int[]> gutters) {
    int n = 0;
    while (n < text.size() - 1 && isSetAcross(region(lines.get(text.get(n)).text(), 0, hi), lo, gutters)
        && !headsRightPartOnly(lines, text, n, lo, gutters)) {
      n++;
    }
    return n;
  }

  /**
   * How many rows lower than the columns right of it the region's first column may begin and still stand under a
   * headline set across them all: columns under one headline begin together, give or take the row an extractor's
   * rounding moves one of them.
   */
  private static final int LATER_FIRST_COLUMN = 3;

  /**
   * Whether top row {@code n} of {@code text}, set across gutters right of the region's first one, heads only the
   * columns right of that gutter: it leaves the first column free, and the first column's text begins
   * {@value #LATER_FIRST_COLUMN} rows or more below where the columns right of the gutter begin (the first column
   * belongs to another article, whose own heading stands above it). The region is then cut at that gutter first, and
   * the row is read over the columns it heads.
   */
  private static boolean headsRightPartOnly(Map<Integer, Line> lines, List<Integer> text, int n, int lo, List<int[]> gutters) {
    if (gutters.isEmpty()) {
      return false;
    }
    int[] first = gutters.get(0);
    if (hasText(lines.get(text.get(n)).text(), lo, first[1])) {
      return false;
    }
    int left = -1;
    int right = -1;
    for (int k = n + 1; k < text.size() && (left < 0 || right < 0); k++) {
      String t = lines.get(text.get(k)).text();
      left = left < 0 && hasText(t, lo, first[0]) ? text.get(k) : left;
      right = right < 0 && hasTextBeyond(t, first[1]) ? text.get(k) : right;
    }
    return left >= 0 && right >= 0 && left - right >= LATER_FIRST_COLUMN;
  }

  /** How far (positions) right of a column's left edge a line of that column may start: its paragraph indent. */
  private static final int MOST_INDENT = 3;

  /**
   * Whether row text {@code t} is set across the columns of a region starting at {@code lo}: it runs through one
   * of their {@code gutters}, or reaches into one from a start that is no column's left edge or indent (a
   * headline centred over the columns); a column line that overhangs into the gutter starts at its column's edge.
   */
  private static boolean isSetAcross(String t, int lo, List<int[]> gutters) {
    int start = lo;
    while (start < t.length() && Chars.isSpace(t.charAt(start))) {
      start++;
    }
    String text = t.substring(start).strip();
    if (text.isEmpty() || text.contains(" ".repeat(WIDE_SPACE)) || !readsAsHeadline(text)) {
      return false;
    }
    boolean atEdge = start - lo <= MOST_INDENT;
    boolean inGutter = false;
    for (int[] g : gutters) {
      if (cutPoint(t, g[0], g[1]) < 0) {
        return true;
      }
      atEdge |= start >= g[1] && start - g[1] <= MOST_INDENT;
      inGutter |= !Chars.isBlank(region(t, g[0], g[1]));
    }
    return inGutter && !atEdge;
  }

  /**
   * Whether a row's text is the two parts of one heading set far apart ({@code 春风暖      人心齐}, a two-part
   * headline or kicker spread over the columns it heads): apart by {@value #WIDE_SPACE} spaces or more
   * ({@link NewsCues#isTwoPartHeadingLine}). Two headings side by side, each over its own columns, are of unlike kinds
   * or lengths.
   */
  private static boolean isTwoPartHeading(String text) {
    return text.contains(" ".repeat(WIDE_SPACE)) && NewsCues.isTwoPartHeadingLine(text);
  }

  /** A headline's text: no sentence-final or list punctuation, at most one comma (two-part headlines). */
  private static boolean readsAsHeadline(String s) {
    int commas = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '，') {
        commas++;
      } else if ("。！？；、：".indexOf(c) >= 0) {
        return false;
      }
    }
    return commas <= 1;
  }

  /** The gutters of a region of {@code rows} rows starting at position {@code lo}, left to right, in page positions. */
  private static List<int[]> gutters(int[] occupied, int rows, int lo) {
    List<int[]> out = new ArrayList<>();
    for (int[] g : gutters(occupied, rows)) {
      out.add(new int[] {g[0] + lo, g[1] + lo});
    }
    return out;
  }

  /** Whether {@code t} has text at a position in {@code [lo, hi)}. */
  private static boolean hasText(String t, int lo, int hi) {
    return hasTextBeyond(t, lo, Math.min(hi, t.length()));
  }

  private static String region(String t, int lo, int hi) {
    if (lo >= t.length()) {
      return "";
    }
    return t.substring(lo, Math.min(hi, t.length()));
  }

  /** Spaces inside a row of one region that still separate two texts (labels or headlines side by side). */
  private static final int WIDE_SPACE = 4;

  /**
   * Adds the region's text of {@code l}: one line per text, where the row holds texts set apart by
   * {@code apart} or more spaces (two labels side by side); each span is that of its text.
   */
  private static void emit(Line l, int lo, int hi, int apart, List<Line> out) {
    String t = l.text();
    int end = Math.min(hi, t.length());
    int i = Math.min(lo, t.length());
    while (i < end) {
      while (i < end && Chars.isSpace(t.charAt(i))) {
        i++;
      }
      if (i >= end) {
        break;
      }
      int j = i;
      int spaces = 0;
      while (j < end && spaces < apart) {
        spaces = Chars.isSpace(t.charAt(j)) ? spaces + 1 : 0;
        j++;
      }
      int to = spaces >= apart ? j - spaces : j;
      while (to > i && Chars.isSpace(t.charAt(to - 1))) {
        to--;
      }
      int base = l.span().start();
      out.add(new Line(l.number(), new Span(base + i, base + to), t.substring(i, to)));
      i = j;
    }
  }

  /** A blank line (a column or region break) after the last line of {@code out}, once. */
  private static void blank(List<Line> out) {
    if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
      Line last = out.get(out.size() - 1);
      out.add(new Line(last.number(), new Span(last.span().end(), last.span().end()), ""));
    }
  }

  /**
   * Where to cut a line at a gutter spanning [start, end): the gutter's end when the gutter is all
   * whitespace in this line; else the end of a run of two or more spaces near the gutter (a column
   * line that overhangs into it) — in a narrow gutter the run nearest the right column's edge that stands beside no
   * letter of letter-spaced text ({@code 王    明摄（新华社）} overhanging from a caption stays left of the cut);
   * -1 when text runs through (a line spanning the columns).
   */
  private static int cutPoint(String t, int start, int end) {
    return cutPoint(t, Integer.MAX_VALUE, start, end);
  }

  /** {@link #cutPoint(String, int, int)} of the row's first {@code hi} positions, with no copy of them. */
  private static int cutPoint(String t, int hi, int start, int end) {
    int n = Math.min(hi, t.length());
    if (n <= start) {
      return n;
    }
    boolean clear = true;
    for (int x = start; x < Math.min(end, n); x++) {
      if (!Chars.isSpace(t.charAt(x))) {
        clear = false;
        break;
      }
    }
    if (clear) {
      return end;
    }
    if (!hasTextBeyond(t, end, n)) {
      return n;
    }
    // the first run of two or more spaces near the gutter; in a narrow gutter, the run that ends nearest the right
    // column's edge (a caption's credit overhangs the gutter), if not beside a letter of letter-spaced text
    int first = -1;
    int best = -1;
    for (int y = Math.max(1, start - 3); y < Math.min(n - 1, end + 3); y++) {
      boolean runStarts = y == Math.max(1, start - 3) || !Chars.isSpace(t.charAt(y - 1));
      if (runStarts && Chars.isSpace(t.charAt(y)) && Chars.isSpace(t.charAt(y + 1))) {
        int z = y;
        while (z < n && Chars.isSpace(t.charAt(z))) {
          z++;
        }
        first = first < 0 ? z : first;
        if (end - start <= NARROW_GUTTER && !besideSpacedLetter(t, y, z)
            && (best < 0 || Math.abs(z - end) < Math.abs(best - end))) {
          best = z;
        }
      }
    }
    return best >= 0 ? best : first;
  }

  /**
   * The widest gutter (positions) whose overhanging text is cut where the right column's edge is, not at its first
   * spaces: narrower than a column, so the text in it overhangs from one side; a wider gutter holds text of its own
   * (a caption set between two columns), cut at its first spaces as before.
   */
  private static final int NARROW_GUTTER = 16;

  /**
   * Whether the spaces {@code [from, to)} of {@code t} stand beside a letter set apart on its own (letter-spaced text,
   * a name or label whose letters a column cut must not separate: {@code 王    明摄}, {@code 本报记者   王   明}).
   */
  private static boolean besideSpacedLetter(String t, int from, int to) {
    while (from > 0 && Chars.isSpace(t.charAt(from - 1))) {
      from--;
    }
    boolean letterBefore = from >= 1 && !Chars.isSpace(t.charAt(from - 1)) && (from < 2 || Chars.isSpace(t.charAt(from - 2)));
    boolean letterAfter = to < t.length() && !Chars.isSpace(t.charAt(to)) && (to + 1 >= t.length() || Chars.isSpace(t.charAt(to + 1)));
    return letterBefore || letterAfter;
  }
}
