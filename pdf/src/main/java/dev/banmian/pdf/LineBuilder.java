package dev.banmian.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Groups a page's glyphs into printed lines: glyphs on one baseline, split where a gap wider than a
 * column gutter separates them, with runs printed on a slightly shifted baseline (digits and Latin
 * set in another font, a common artefact of e-paper PDFs) put back in the line they sit in.
 */
final class LineBuilder {
  /** Glyphs whose baselines differ by at most this share of the type size share a line. */
  static final double SAME_BASELINE = 0.25;

  /**
   * A horizontal gap of this many ems of the smaller type between two glyphs on one baseline separates two columns (two
   * columns' headlines in two sizes stand side by side with a gutter measured in the smaller one).
   */
  static final double GUTTER = 1.5;

  /** A run printed on a shifted baseline joins a line when its middle lies inside the line's box, at most this many ems away. */
  static final double NEAR_RUN = 1.0;

  /** Runs of at most this many glyphs may be printed on a shifted baseline inside another line. */
  static final int LONGEST_SHIFTED_RUN = 6;

  private LineBuilder() {}

  static List<Segment> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(dedupe(glyphs));
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::left));
    List<Segment> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i + 1;
      while (j < sorted.size() && sorted.get(j).baseline() - sorted.get(j - 1).baseline()
          <= SAME_BASELINE * Math.min(sorted.get(j).size(), sorted.get(j - 1).size())) {
        j++;
      }
      out.addAll(splitAtGutters(new ArrayList<>(sorted.subList(i, j))));
      i = j;
    }
    return mergeShiftedRuns(out);
  }

  /** Drops glyphs printed twice at the same place (fake bold, overprinted shadows). */
  private static List<Glyph> dedupe(List<Glyph> glyphs) {
    List<Glyph> out = new ArrayList<>(glyphs.size());
    Set<String> seen = new HashSet<>();
    for (Glyph g : glyphs) {
      double q = Math.max(1, g.size() / 4);
      String key = g.text() + '@' + Math.round(g.left() / q) + ',' + Math.round(g.baseline() / q);
      if (seen.add(key)) {
        out.add(g);
      }
    }
    return out;
  }

  private static List<Segment> splitAtGutters(List<Glyph> row) {
    row.sort(Comparator.comparingDouble(Glyph::left));
    List<Segment> out = new ArrayList<>();
    Segment cur = null;
    Glyph prev = null;
    for (Glyph g : row) {
      boolean apart = prev != null && gap(prev, g) > GUTTER * Math.min(prev.size(), g.size());
      boolean resized = prev != null && Math.abs(g.size() - prev.size()) > 0.3 * Math.max(prev.size(), g.size());
      if (cur == null || apart || resized && g.left() - prev.right() > 0.5 * Math.max(prev.size(), g.size())) {
        cur = new Segment(g);
        out.add(cur);
      } else {
        cur.add(g);
      }
      prev = g;
    }
    out.forEach(Segment::finish);
    return out;
  }

  /**
   * The white space between two glyphs of one baseline. Justified columns hang their punctuation into the gutter: a
   * pause or full stop ending the left column's line ({@code ，} {@code 。}) next to an opening mark starting the
   * right one's ({@code “} {@code （}) leaves their boxes little more than an em apart, though the columns' text
   * stands a gutter apart; such a pair counts half an em more. Inside a line the two marks stand together, well under
   * a gutter even so; a closing bracket a space before a quotation ({@code 本报讯（记者王明） “…}) is a lead-in's, not
   * hanging punctuation.
   */
  private static double gap(Glyph left, Glyph right) {
    double hanging = hangsRight(left.text()) && hangsLeft(right.text()) ? 0.5 * Math.min(left.size(), right.size()) : 0;
    return right.left() - left.right() + hanging;
  }

  /** Whether the glyph is a mark a justified line may hang past its right margin (a pause or a full stop). */
  private static boolean hangsRight(String t) {
    return t.length() == 1 && "，。、；：！？".indexOf(t.charAt(0)) >= 0;
  }

  /** Whether the glyph is a mark a justified line may hang past its left margin (an opening quotation or bracket). */
  private static boolean hangsLeft(String t) {
    return t.length() == 1 && "“‘（《「『".indexOf(t.charAt(0)) >= 0;
  }

  /** Puts short runs printed on a shifted baseline back into the line whose box holds their middle. */
  private static List<Segment> mergeShiftedRuns(List<Segment> lines) {
    List<Segment> out = new ArrayList<>(lines);
    Set<Segment> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Segment run : lines) {
      if (run.glyphs.size() > LONGEST_SHIFTED_RUN) {
        continue;
      }
      Segment host = hostOf(run, out, absorbed);
      if (host != null) {
        host.addAll(run);
        host.finish();
        absorbed.add(run);
      }
    }
    out.removeIf(absorbed::contains);
    out.sort(Comparator.comparingDouble((Segment s) -> s.box.top()).thenComparingDouble(s -> s.box.left()));
    return out;
  }

  private static Segment hostOf(Segment run, List<Segment> lines, Set<Segment> absorbed) {
    double mid = run.box.middle();
    for (Segment l : lines) {
      if (l == run || absorbed.contains(l) || l.glyphs.size() <= run.glyphs.size() || mid < l.box.top() || mid > l.box.bottom()) {
        continue;
      }
      double reach = NEAR_RUN * l.size;
      boolean beside = run.box.left() <= l.box.right() + reach && run.box.right() >= l.box.left() - reach;
      if (beside) {
        return l;
      }
    }
    return null;
  }
}
