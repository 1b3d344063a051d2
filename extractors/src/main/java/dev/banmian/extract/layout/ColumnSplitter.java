package dev.banmian.extract.layout;

import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.SourceText;
import dev.banmian.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits text in which one line holds several columns side by side (as {@code pdftotext -layout}
 * prints a multi-column page) into columns, from the whitespace geometry of the whole page, and
 * returns the lines in reading order: lines that span the columns (page headers, banner headlines)
 * where they stand, and between them each band of columns read column by column.
 *
 * <p>A gutter is a stretch of character positions that almost no line uses, with text on both
 * sides in a good share of the lines. Each returned {@link Line} is a slice of one raw line (so its
 * span still points into the raw text, and its number is the raw line's); a column keeps the
 * paragraph indent relative to its own left edge. A blank line stands for a blank row of the page,
 * and one blank line separates consecutive columns (a column break).
 *
 * <p>Pages without such columns are left alone ({@link #split} returns empty). Stateless and
 * thread-safe; runs in time linear in the size of the page.
 */
public final class ColumnSplitter {
  /** A gutter must be at least this many positions wide. */
  private static final int MIN_GUTTER = 2;
  /** Share of non-blank rows that must reach past the first gutter for the page to count as columns. */
  private static final double MIN_MULTI_COLUMN_ROWS = 0.25;

  /** Creates a splitter. */
  public ColumnSplitter() {}

  /**
   * Returns the page's lines in column reading order, or empty when the page is not laid out in
   * columns side by side.
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
    if (gutters.isEmpty()) {
      return Optional.empty();
    }
    int multi = 0;
    for (Line l : lines) {
      if (!l.isBlank() && hasTextBeyond(l.text(), gutters.get(0)[1])) {
        multi++;
      }
    }
    if (multi < MIN_MULTI_COLUMN_ROWS * nonBlank) {
      return Optional.empty();
    }
    return Optional.of(readingOrder(lines, gutters));
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
    for (int i = x; i < t.length(); i++) {
      if (!Chars.isSpace(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static List<Line> readingOrder(List<Line> lines, List<int[]> gutters) {
    int columns = gutters.size() + 1;
    List<Line> out = new ArrayList<>();
    List<List<Line>> band = newBand(columns);
    boolean[] lastRow = new boolean[columns];
    for (Line l : lines) {
      if (l.isBlank()) {
        for (int c = 0; c < columns; c++) {
          if (lastRow[c]) {
            band.get(c).add(l);
          }
        }
        continue;
      }
      Line[] slices = slices(l, gutters);
      if (slices == null) {
        flush(band, out);
        band = newBand(columns);
        java.util.Arrays.fill(lastRow, false);
        out.add(l);
        continue;
      }
      for (int c = 0; c < columns; c++) {
        lastRow[c] = slices[c] != null;
        if (slices[c] != null) {
          band.get(c).add(slices[c]);
        }
      }
    }
    flush(band, out);
    return out;
  }

  private static List<List<Line>> newBand(int columns) {
    List<List<Line>> band = new ArrayList<>(columns);
    for (int c = 0; c < columns; c++) {
      band.add(new ArrayList<>());
    }
    return band;
  }

  private static void flush(List<List<Line>> band, List<Line> out) {
    for (List<Line> col : band) {
      int end = col.size();
      while (end > 0 && col.get(end - 1).isBlank()) {
        end--;
      }
      if (end == 0) {
        continue;
      }
      if (!out.isEmpty() && !out.get(out.size() - 1).isBlank()) {
        Line last = out.get(out.size() - 1);
        out.add(new Line(last.number(), new Span(last.span().end(), last.span().end()), ""));
      }
      out.addAll(col.subList(0, end));
    }
  }

  /**
   * Cuts a line at the gutters; null when text runs through a gutter with no space to cut at (a
   * line that spans the columns).
   */
  private static Line[] slices(Line l, List<int[]> gutters) {
    String t = l.text();
    int columns = gutters.size() + 1;
    int[] cut = new int[columns + 1];
    cut[0] = 0;
    cut[columns] = Math.max(t.length(), 0);
    for (int g = 0; g < gutters.size(); g++) {
      int[] gut = gutters.get(g);
      int c = cutPoint(t, gut[0], gut[1]);
      if (c < 0) {
        return null;
      }
      cut[g + 1] = Math.max(cut[g], Math.min(c, t.length()));
    }
    cut[columns] = Math.max(cut[columns], cut[columns - 1]);
    Line[] out = new Line[columns];
    int base = l.span().start();
    for (int c = 0; c < columns; c++) {
      int from = cut[c];
      int to = cut[c + 1];
      if (from >= to || Chars.isBlank(t.substring(from, to))) {
        continue;
      }
      while (to > from && Chars.isSpace(t.charAt(to - 1))) {
        to--;
      }
      // Keep the column's own indent: drop only what lies left of the gutter's end.
      out[c] = new Line(l.number(), new Span(base + from, base + to), t.substring(from, to));
    }
    return out;
  }

  /**
   * Where to cut a line at a gutter spanning [start, end): the gutter's end when the gutter is all
   * whitespace in this line; else the end of a run of two or more spaces near the gutter (a column
   * line that overhangs into it); -1 when text runs through (a line spanning the columns).
   */
  private static int cutPoint(String t, int start, int end) {
    if (t.length() <= start) {
      return t.length();
    }
    boolean clear = true;
    for (int x = start; x < Math.min(end, t.length()); x++) {
      if (!Chars.isSpace(t.charAt(x))) {
        clear = false;
        break;
      }
    }
    if (clear) {
      return end;
    }
    if (!hasTextBeyond(t, end)) {
      return t.length();
    }
    for (int y = Math.max(1, start - 3); y < Math.min(t.length() - 1, end + 3); y++) {
      if (Chars.isSpace(t.charAt(y)) && Chars.isSpace(t.charAt(y + 1))) {
        int z = y;
        while (z < t.length() && Chars.isSpace(t.charAt(z))) {
          z++;
        }
        return z;
      }
    }
    return -1;
  }
}
