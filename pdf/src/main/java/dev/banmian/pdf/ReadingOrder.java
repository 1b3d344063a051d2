package dev.banmian.pdf;

import dev.banmian.geometry.BodyType;
import dev.banmian.geometry.Box;
import dev.banmian.geometry.Stacking;
import dev.banmian.text.NewsCues;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts a page's printed lines in reading order: lines are first stacked into blocks (same column, same
 * type, regular leading), then the blocks are ordered by recursive cuts along the page's white gaps
 * (an XY cut): a region is split where a gap runs across all of it, top to bottom or left to right,
 * and the parts are read in order.
 */
final class ReadingOrder {
  /** A one-line block of at most this many characters at the top of a part is a label, not body text. */
  static final int SHORT_LABEL = 12;

  /** A label stands over its heading when the heading starts within this many body ems under it. */
  static final double LABEL_REACH = 4;

  private ReadingOrder() {}

  /** Returns the blocks of {@code lines} (top-to-bottom sorted) in reading order. */
  static List<TextBlock> blocks(List<Segment> lines) {
    List<TextBlock> blocks = stack(lines);
    List<TextBlock> out = new ArrayList<>(blocks.size());
    new ReadingOrder.Cutter(bodySize(lines)).cut(blocks, out);
    return out;
  }

  /** The type size most of the page's characters are set in: the body type. */
  static double bodySize(List<Segment> lines) {
    BodyType body = new BodyType();
    lines.forEach(s -> body.add(s.size, s.glyphs.size()));
    return body.size(10);
  }

  private static List<TextBlock> stack(List<Segment> lines) {
    List<TextBlock> blocks = new ArrayList<>();
    for (Segment s : lines) {
      TextBlock best = null;
      double bestGap = Double.MAX_VALUE;
      for (TextBlock b : blocks) {
        double gap = s.box.top() - b.last().box.bottom();
        if (gap < bestGap && stacksUnder(s, b.last())) {
          best = b;
          bestGap = gap;
        }
      }
      if (best == null) {
        blocks.add(new TextBlock(s));
      } else {
        best.add(s);
      }
    }
    return blocks;
  }

  private static boolean stacksUnder(Segment s, Segment above) {
    return Stacking.stacks(above.box, above.size, above.bold, s.box, s.size, s.bold);
  }

  /** Orders regions by recursive cuts, knowing the page's body type. */
  private static final class Cutter {
    private final double bodySize;

    Cutter(double bodySize) {
      this.bodySize = bodySize;
    }

    /** Orders {@code region} by recursive cuts, appending to {@code out}. */
    void cut(List<TextBlock> region, List<TextBlock> out) {
      if (region.size() <= 1) {
        out.addAll(region);
        return;
      }
      if (isOneRow(region)) {
        out.add(oneLine(region));
        return;
      }
      List<List<TextBlock>> rows = split(region, true);
      List<List<TextBlock>> articles = articleColumns(region);
      List<List<TextBlock>> parts;
      if (isSideBySide(articles)) {
        parts = articles;
      } else {
        parts = rows.size() == 1 ? split(region, false) : sideBySideGroups(rows);
      }
      if (parts.size() <= 1) {
        List<TextBlock> rest = new ArrayList<>(region);
        rest.sort(Comparator.comparingDouble((TextBlock b) -> b.box.top()).thenComparingDouble(b -> b.box.left()));
        out.addAll(rest);
        return;
      }
      for (List<TextBlock> p : parts) {
        cut(p, out);
      }
    }

    /**
     * Groups consecutive rows into the longest runs that are articles set side by side, so that each
     * article is read whole before the next; the other rows stay on their own.
     */
    private List<List<TextBlock>> sideBySideGroups(List<List<TextBlock>> rows) {
      List<List<TextBlock>> groups = new ArrayList<>();
      int i = 0;
      while (i < rows.size()) {
        int end = i;
        List<TextBlock> union = new ArrayList<>(rows.get(i));
        for (int j = i + 1; j < rows.size(); j++) {
          union.addAll(rows.get(j));
          if (isSideBySide(articleColumns(union))) {
            end = j;
          }
        }
        List<TextBlock> group = new ArrayList<>();
        for (int j = i; j <= end; j++) {
          group.addAll(rows.get(j));
        }
        groups.add(group);
        i = end + 1;
      }
      return groups;
    }

    /**
     * Splits {@code region} at its vertical gaps and joins each column that starts with body text to the
     * column on its left: the columns of one article are read together, a column that starts with its own
     * heading starts another article.
     */
    private List<List<TextBlock>> articleColumns(List<TextBlock> region) {
      List<List<TextBlock>> out = new ArrayList<>();
      for (List<TextBlock> column : split(region, false)) {
        if (out.isEmpty() || startsWithHeading(column)) {
          out.add(new ArrayList<>(column));
        } else {
          out.get(out.size() - 1).addAll(column);
        }
      }
      return out;
    }

    /**
     * Whether the article columns are articles set side by side, each starting with its heading or label, and none
     * holding a headline under its body text: such a column runs down through articles stacked one above the other
     * (bands of sub-stories whose columns line up), and the page is read band by band instead.
     */
    private boolean isSideBySide(List<List<TextBlock>> articles) {
      return articles.size() > 1 && startsWithHeading(articles.get(0)) && articles.stream().noneMatch(this::headlineUnderBody);
    }

    /**
     * Whether a block set larger than the body type starts below some text of {@code part} in body type: a block of
     * two lines or more, or one line longer than a label ({@link #SHORT_LABEL}): a column label in small type is none.
     */
    private boolean headlineUnderBody(List<TextBlock> part) {
      double firstBodyBottom = part.stream()
          .filter(b -> isBodyType(b) && (b.lines.size() > 1 || b.lines.get(0).glyphs.size() > SHORT_LABEL))
          .mapToDouble(b -> b.box.bottom()).min().orElse(Double.POSITIVE_INFINITY);
      return part.stream().anyMatch(b -> isLarger(b) && b.box.top() > firstBodyBottom);
    }

    private boolean isLarger(TextBlock b) {
      return b.size() > bodySize && !Stacking.isSetIn(b.size(), bodySize);
    }

    /**
     * Single lines of body type or smaller, side by side on one baseline with nothing else in their region, that
     * together read as a page header ({@link NewsCues#isPageHeader}: its date, page number and section) are one
     * printed line spread across the page. Other lines on one baseline stay apart: the column labels of two articles
     * side by side, or a paragraph's last line and a byline set far to its right.
     */
    private boolean isOneRow(List<TextBlock> region) {
      Segment first = region.get(0).lines.get(0);
      return region.stream().allMatch(b -> b.lines.size() == 1 && !b.lines.get(0).bold
          && b.size() <= bodySize * (1 + Stacking.SAME_SIZE) && Stacking.isSetIn(b.size(), first.size)
          && Math.abs(b.lines.get(0).glyphs.get(0).baseline() - first.glyphs.get(0).baseline()) <= 0.1 * first.size)
          && NewsCues.isPageHeader(oneLine(region).lines.get(0).text());
    }

    /**
     * Whether the topmost block of a part is a heading or label rather than body text: articles set side by
     * side each start with their own heading, while the columns of one article start with body text.
     */
    private boolean startsWithHeading(List<TextBlock> part) {
      TextBlock top = part.stream().min(Comparator.comparingDouble(b -> b.box.top())).orElseThrow();
      if (!isBodyType(top)) {
        return true;
      }
      // a short label counts when a heading follows right under it (a column label over its headline)
      boolean label = top.lines.size() == 1 && top.lines.get(0).glyphs.size() <= SHORT_LABEL;
      return label && part.stream().anyMatch(b -> !isBodyType(b) && b.box.top() >= top.box.bottom()
          && b.box.top() - top.box.bottom() <= LABEL_REACH * bodySize);
    }

    private boolean isBodyType(TextBlock b) {
      return !b.lines.get(0).bold && Stacking.isSetIn(b.size(), bodySize);
    }
  }

  private static TextBlock oneLine(List<TextBlock> region) {
    List<TextBlock> sorted = new ArrayList<>(region);
    sorted.sort(Comparator.comparingDouble(b -> b.box.left()));
    Segment line = null;
    for (TextBlock b : sorted) {
      for (Glyph g : b.lines.get(0).glyphs) {
        if (line == null) {
          line = new Segment(g);
        } else {
          line.add(g);
        }
      }
    }
    return new TextBlock(line.finish());
  }

  /** Splits {@code region} at every gap that runs across it: between rows when {@code horizontal}, else between columns. */
  private static List<List<TextBlock>> split(List<TextBlock> region, boolean horizontal) {
    List<TextBlock> sorted = new ArrayList<>(region);
    sorted.sort(Comparator.comparingDouble(b -> start(b.box, horizontal)));
    List<List<TextBlock>> parts = new ArrayList<>();
    List<TextBlock> cur = new ArrayList<>();
    double reach = Double.NEGATIVE_INFINITY;
    for (TextBlock b : sorted) {
      if (!cur.isEmpty() && start(b.box, horizontal) > reach) {
        parts.add(cur);
        cur = new ArrayList<>();
      }
      cur.add(b);
      reach = Math.max(reach, end(b.box, horizontal));
    }
    parts.add(cur);
    return parts;
  }

  private static double start(Box b, boolean horizontal) {
    return horizontal ? b.top() : b.left();
  }

  private static double end(Box b, boolean horizontal) {
    return horizontal ? b.bottom() : b.right();
  }
}
