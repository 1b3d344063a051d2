package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.extract.layout.Placement;
import dev.banmian.extract.meta.BylineMatch;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.geometry.Box;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The second assembly pass: cuts the article flow into {@linkplain Unit units}, body runs and heading clusters. A new
 * run starts at a lead-in ({@code 本报讯（…）}), at a new text frame, where the column width changes, and after a
 * closing byline or a bracketed note; a short heading inside a run, over more body, is its subhead; a heading printed
 * inside a sentence of the run is a displaced headline.
 *
 * <p>Immutable and thread-safe.
 */
final class UnitSegmenter {
  /** From this size relative to the body type on, a heading is set as a headline, too large for a subhead. */
  static final double HEADLINE_SIZE = 1.5;

  /** The most heading blocks in a row that can be one subhead. */
  private static final int LONGEST_SUBHEAD = 3;

  /** The least difference of column width, in em, that tells two bodies apart. */
  private static final double WIDTH_CHANGE = 2.5;

  /** Columns this wide or wider, in em, are single-column text whose width says nothing of the article. */
  private static final double WIDEST_COLUMN = 30;

  private final BylineParser bylines;
  private final Predicate<String> knownWord;

  UnitSegmenter(BylineParser bylines, Predicate<String> knownWord) {
    this.bylines = bylines;
    this.knownWord = Objects.requireNonNull(knownWord, "knownWord");
  }

  /** {@return the flow's units, in reading order} */
  List<Unit> segment(List<ClassifiedBlock> flow, Assembly page) {
    return new Pass(flow, page).run();
  }

  /** One page's segmentation. */
  private final class Pass {
    private final List<ClassifiedBlock> flow;
    private final Assembly page;
    private final boolean framesMarked;
    private final List<Unit> units = new ArrayList<>();
    private BodyRun run;
    private List<ClassifiedBlock> cluster;
    private int clusterSlot;
    /** The page extent of the large headline over the current run, when the page has geometry; else null. */
    private Box headlineExtent;
    /** The large headline the current run was printed beside, whose own text is still to come; else null. */
    private Box pendingHeadline;
    /** The other large headlines of the cluster before the current run, set side by side with its own. */
    private List<Box> otherHeadlines = List.of();
    /** Whether the heading cluster read right before the current run holds a byline: the run's article names someone. */
    private boolean signedAbove;

    Pass(List<ClassifiedBlock> flow, Assembly page) {
      this.flow = flow;
      this.page = page;
      this.framesMarked = newFrameMarksAreRare(flow);
    }

    List<Unit> run() {
      for (int i = 0; i < flow.size(); i++) {
        ClassifiedBlock c = flow.get(i);
        if (c.kind() == BlockKind.BODY) {
          body(c);
        } else if (isBracketedInterruption(i)) {
          page.noise(c);
        } else if (isBylineInsideSentence(i)) {
          if (run.hasNoByline() && !signedAbove) {
            run.trailingByline = c;
          } else {
            // the run's article names someone already: another article's byline, a heading of its own
            units.add(new HeadingCluster(List.of(c)));
          }
        } else if (!endsRun(c)) {
          int taken = run != null && cluster == null ? insideRun(i) : -1;
          if (taken >= 0) {
            i = taken;
          } else {
            heading(c);
          }
        }
      }
      closeCluster();
      return units;
    }

    private void body(ClassifiedBlock c) {
      BylineMatch lead = bylines.findLeadIn(c.block().rawJoined()).orElse(null);
      boolean newFrame = framesMarked && opensFrame(c.block());
      boolean widthChange = run != null && widthChange(run, c);
      if (run == null || lead != null || newFrame || widthChange || besideHeadline(c) || underOtherHeadline(c)
          || underPendingHeadline(c)) {
        // a plain-text estimate of the measure, the only sign of a new article here: the cut may come early
        boolean cutByMeasure = widthChange && lead == null && !newFrame && c.block().placement().isEmpty();
        // the large headlines of the cluster read right before this run, if it starts right after one
        List<Box> headlines = run == null && cluster != null ? largeHeadlines(cluster) : List.of();
        Box extent = headlines.stream().reduce(Box::union).orElse(null);
        boolean beside = isBeside(extent, c);
        headlineExtent = extentOver(extent, c);
        pendingHeadline = beside ? extent : null;
        otherHeadlines = othersThanNearest(headlines, c);
        signedAbove = run == null && cluster != null && cluster.stream().anyMatch(h -> h.kind() == BlockKind.BYLINE);
        closeCluster();
        run = new BodyRun(lead, c.block().firstLine());
        run.besideHeading = beside;
        run.cutByMeasure = cutByMeasure;
        units.add(run);
      }
      run.add(c, false);
    }

    /** Whether body block {@code c} is printed under the headline the current run was printed beside: its own text. */
    private boolean underPendingHeadline(ClassifiedBlock c) {
      return pendingHeadline != null && extentOver(pendingHeadline, c) != null;
    }

    /**
     * Whether body block {@code c} is printed in the columns of another large headline of the cluster read before the
     * run (headlines side by side, read across before their bodies): that headline's body, not this run's.
     */
    private boolean underOtherHeadline(ClassifiedBlock c) {
      return c.block().placement().map(p -> otherHeadlines.stream().anyMatch(h -> p.box().horizontalOverlap(h) > 0)).orElse(false);
    }

    /**
     * Whether body block {@code c} is printed beside the large headline over the current run: in columns outside the
     * headline's extent, starting above the headline's foot. An article's text starts under its headline (its columns
     * may reach beyond a short headline, under it), so text set beside the headline is another article's body,
     * whose heading stands beside or after it.
     */
    private boolean besideHeadline(ClassifiedBlock c) {
      return isBeside(headlineExtent, c);
    }

    /**
     * Whether heading block {@code i}, wholly in brackets, stands between two pieces of one sentence of the current run
     * (or layout repair moved it from there), or is a column tag alone set apart from the body by a blank line: a
     * cut-off piece of something printed elsewhere (a photo credit's agency, {@code （某某视觉）}), neither a note
     * closing the body nor a headline. A tag printed tight under the body closes it ({@link #endsRun}).
     */
    private boolean isBracketedInterruption(int i) {
      ClassifiedBlock c = flow.get(i);
      if (run == null || cluster != null || !(BlockClassifier.isHeading(c.kind()) || c.kind() == BlockKind.KICKER)
          || !NewsCues.isParenthesised(c.text())) {
        return false;
      }
      if (c.block().displaced() || ClusterSplitter.isColumnTagAlone(c) && c.block().blankLinesBefore() > 0) {
        return true;
      }
      ClassifiedBlock after = i + 1 < flow.size() ? flow.get(i + 1) : null;
      return after != null && after.kind() == BlockKind.BODY && resumesSentence(after);
    }

    /**
     * Whether block {@code i} is a byline read between two pieces of one sentence of the current run: the body right
     * before it stops with no punctuation to end it ({@code …近日，有关部门}) and a body with no lead-in of its own
     * follows. Such a byline was printed beside the column (under a headline set over two columns, read after the first
     * column); the sentence goes on across it, and the byline signs the run where its article names no one yet. A
     * byline in brackets is {@link #endsRun}'s.
     */
    private boolean isBylineInsideSentence(int i) {
      return run != null && cluster == null && isBylineBetweenPieces(i);
    }

    /** Whether block {@code i} is a byline, not in brackets, between a body that stops mid-clause and a body with no lead-in. */
    private boolean isBylineBetweenPieces(int i) {
      ClassifiedBlock c = flow.get(i);
      if (i == 0 || i + 1 >= flow.size() || c.kind() != BlockKind.BYLINE || NewsCues.isParenthesised(c.text())) {
        return false;
      }
      ClassifiedBlock before = flow.get(i - 1);
      ClassifiedBlock after = flow.get(i + 1);
      return before.kind() == BlockKind.BODY && endsMidClause(before.text()) && after.kind() == BlockKind.BODY
          && bylines.findLeadIn(after.block().rawJoined()).isEmpty();
    }

    /** Whether {@code text} stops on a letter or figure: no mark ends its sentence, clause or quotation there. */
    private static boolean endsMidClause(String text) {
      String t = Chars.strip(text);
      return !t.isEmpty() && Character.isLetterOrDigit(t.charAt(t.length() - 1));
    }

    /**
     * Whether block {@code after}, read after blocks that interrupt the current run, goes on the sentence the run's last
     * body left unfinished.
     */
    private boolean resumesSentence(ClassifiedBlock after) {
      ClassifiedBlock before = run.lastBody();
      return before != null && !Chars.endsSentence(before.text()) && after != null
          && NewsCues.startsMidSentence(after.text(), knownWord);
    }

    /**
     * A closing byline, or a bracketed note ("（作者系…）", "（据新华社电）") read as a heading or kicker, right after a body
     * ends its run; so does a column tag alone printed there, which is page noise (it names nobody). A byline in
     * brackets printed outside the column of the body before it (set at the top of the article, read after the
     * column's first line) signs the run but ends nothing: the article goes on.
     */
    private boolean endsRun(ClassifiedBlock c) {
      if (run == null || cluster != null) {
        return false;
      }
      if (c.kind() == BlockKind.BYLINE && run.trailingByline == null && NewsCues.isParenthesised(c.text())
          && run.forwardSubHasNoByline()) {
        run.trailingByline = c;
        if (!printedBesideColumn(run.lastBody(), c)) {
          run = null;
        }
        return true;
      }
      if ((BlockClassifier.isHeading(c.kind()) || c.kind() == BlockKind.KICKER) && NewsCues.isParenthesised(c.text())
          && !BlockClassifier.isBracketedLabel(Chars.stripSpaces(c.text()))) {
        if (ClusterSplitter.isColumnTagAlone(c)) {
          page.noise(c);
        } else {
          run.add(c, false);
        }
        run = null;
        return true;
      }
      return false;
    }

    /**
     * Takes heading block {@code i} into the current run, as a displaced headline or (with the heading blocks right
     * after it) as a subhead; {@return the index of the last block taken, or -1 when the heading opens a cluster}
     */
    private int insideRun(int i) {
      ClassifiedBlock c = flow.get(i);
      if (!(c.kind() == BlockKind.HEADLINE || isDashKicker(c) || c.kind() == BlockKind.SECTION && c.text().length() > 3)) {
        return -1;
      }
      int j = i;
      while (j < flow.size() && (flow.get(j).kind() == BlockKind.HEADLINE || flow.get(j).kind() == BlockKind.SECTION
          || isDashKicker(flow.get(j)))) {
        j++;
      }
      ClassifiedBlock after = j < flow.size() ? flow.get(j) : null;
      if (c.block().displaced() || resumesSentence(after)) {
        if (run.displacedHeadline == null) {
          run.displacedHeadline = c;
        } else {
          page.noise(c);
        }
        return i;
      }
      if (!isSubhead(i, j, after)) {
        return -1;
      }
      for (int k = i; k < j; k++) {
        run.add(flow.get(k), true);
      }
      return j - 1;
    }

    /**
     * Whether heading blocks {@code i} to {@code j} (exclusive) are a subhead of the current run: over more body (no
     * lead-in of its own), no more than {@value #LONGEST_SUBHEAD} blocks, no bracketed column label nor a boxed one over
     * a headline ({@link #boxedLabelOverHeadline}), no heading set
     * much larger than the body, ending in a column tag (or with one alone under it) or printed vertically (one
     * character per line: display type, a headline or label, never a subhead), and no closing byline of another
     * article ahead.
     */
    private boolean isSubhead(int i, int j, ClassifiedBlock after) {
      boolean nextIsBody = after != null && after.kind() == BlockKind.BODY
          && bylines.findLeadIn(after.block().rawJoined()).isEmpty();
      // An article has one byline: a heading after a body that opened with its byline, followed by text that closes
      // with a byline of its own or has one read inside its sentence, starts the next article; so does one after a body
      // signed by its heading cluster, followed by text with a byline read inside its sentence.
      boolean ownBylineAhead = run.lead != null && closingBylineAhead(j)
          || (run.lead != null || signedAbove) && bylineInsideSentenceAhead(j);
      boolean labelled = boxedLabelOverHeadline(i, j, after);
      boolean large = false;
      for (int k = i; k < j; k++) {
        ClassifiedBlock h = flow.get(k);
        labelled |= h.kind() == BlockKind.SECTION && BlockClassifier.isBracketedLabel(Chars.stripSpaces(h.text()))
            || NewsCues.isPlaceKicker(h.text());
        large |= h.block().placement().map(p -> p.relativeSize() >= HEADLINE_SIZE).orElse(false)
            || h.kind() == BlockKind.HEADLINE && NewsCues.endsWithColumnTag(h.text()) || h.block().isVertical()
            || ClusterSplitter.isColumnTagAlone(h);
      }
      return nextIsBody && j - i <= LONGEST_SUBHEAD && !ownBylineAhead && !labelled && !large;
    }

    /**
     * Whether heading blocks {@code i} to {@code j} (exclusive) hold a boxed label ({@link BlockClassifier#isLetterSpaced})
     * and a headline, printed after a finished sentence and before a fresh one: an article's heading stack under its
     * column's label; an in-article subhead carries no column label.
     */
    private boolean boxedLabelOverHeadline(int i, int j, ClassifiedBlock after) {
      ClassifiedBlock before = run.lastBody();
      if (before == null || !Chars.endsSentence(before.text()) || after == null
          || NewsCues.startsMidSentence(after.text(), knownWord)) {
        return false;
      }
      boolean label = false;
      boolean headline = false;
      for (int k = i; k < j; k++) {
        label |= BlockClassifier.isLetterSpaced(flow.get(k));
        headline |= flow.get(k).kind() == BlockKind.HEADLINE;
      }
      return label && headline;
    }

    private void heading(ClassifiedBlock c) {
      if (cluster == null) {
        cluster = new ArrayList<>();
        clusterSlot = units.size();
        units.add(null);
        run = null;
      }
      cluster.add(c);
    }

    private void closeCluster() {
      if (cluster != null) {
        units.set(clusterSlot, new HeadingCluster(cluster));
        cluster = null;
      }
    }

    /** Whether the body blocks from {@code from} on are closed by a bracketed byline line. */
    private boolean closingBylineAhead(int from) {
      int k = pastBody(from);
      return k > from && k < flow.size() && flow.get(k).kind() == BlockKind.BYLINE
          && NewsCues.isParenthesised(flow.get(k).text());
    }

    /** Whether the body blocks from {@code from} on have a byline read inside one of their sentences. */
    private boolean bylineInsideSentenceAhead(int from) {
      int k = pastBody(from);
      return k > from && k < flow.size() && isBylineBetweenPieces(k);
    }

    /** {@return the index of the first block from {@code from} on that is no body} */
    private int pastBody(int from) {
      int k = from;
      while (k < flow.size() && flow.get(k).kind() == BlockKind.BODY) {
        k++;
      }
      return k;
    }
  }

  /**
   * A heading line ending in the lead dash ({@code 突出重点抓落实——}): over a headline it is a kicker, inside a
   * body run it opens a subhead that wraps onto the next lines.
   */
  static boolean isDashKicker(ClassifiedBlock c) {
    return c.kind() == BlockKind.KICKER && NewsCues.endsWithLeadDash(c.text());
  }

  /**
   * Whether the block's first line starts with whitespace: PDF extractors emit that where a new
   * text frame begins (another article's body), unless the page indents every paragraph that way.
   */
  private static boolean opensFrame(Block b) {
    String first = b.lines().get(0).text();
    return !first.isEmpty() && Chars.isSpace(first.charAt(0));
  }

  /** Leading whitespace marks frames only where few body blocks have it (not paragraph indents). */
  private static boolean newFrameMarksAreRare(List<ClassifiedBlock> flow) {
    int bodies = 0;
    int marked = 0;
    for (ClassifiedBlock c : flow) {
      if (c.kind() == BlockKind.BODY) {
        bodies++;
        if (opensFrame(c.block())) {
          marked++;
        }
      }
    }
    return marked > 0 && marked <= Math.max(2, bodies / 10);
  }

  /**
   * The boxes of the cluster's headline blocks set larger than the body type and wider than tall (a vertical headline
   * stands beside its body, not over it).
   */
  private static List<Box> largeHeadlines(List<ClassifiedBlock> cluster) {
    List<Box> out = new ArrayList<>();
    for (ClassifiedBlock h : cluster) {
      Optional<Placement> p = h.block().placement();
      if (h.kind() == BlockKind.HEADLINE && p.isPresent() && p.get().isLarger() && p.get().box().width() > p.get().box().height()) {
        out.add(p.get().box());
      }
    }
    return out;
  }

  /**
   * Of headlines set side by side (none above another), all but the one nearest the run's first block {@code first}:
   * the others head the columns under them. Empty when the headlines are stacked or there is one.
   */
  private static List<Box> othersThanNearest(List<Box> headlines, ClassifiedBlock first) {
    Optional<Placement> p = first.block().placement();
    if (headlines.size() < 2 || p.isEmpty()) {
      return List.of();
    }
    for (int i = 0; i < headlines.size(); i++) {
      for (int j = i + 1; j < headlines.size(); j++) {
        if (headlines.get(i).horizontalOverlap(headlines.get(j)) > 0) {
          return List.of();
        }
      }
    }
    Box at = p.get().box();
    Box nearest = headlines.stream().min(java.util.Comparator.comparingDouble(h -> h.horizontalDistance(at))).orElseThrow();
    return headlines.stream().filter(h -> h != nearest).toList();
  }

  /** Whether block {@code c} was printed beside {@code extent}: outside its columns, starting above its foot. */
  private static boolean isBeside(Box extent, ClassifiedBlock c) {
    return extent != null && c.block().placement()
        .map(p -> p.box().horizontalOverlap(extent) <= 0 && p.box().top() < extent.bottom()).orElse(false);
  }

  /** {@code extent} when the run's first block {@code first} is printed under it (below it, in its columns); else null. */
  private static Box extentOver(Box extent, ClassifiedBlock first) {
    return extent == null ? null : first.block().placement()
        .filter(p -> p.box().horizontalOverlap(extent) > 0 && p.box().top() >= extent.bottom()).map(p -> extent).orElse(null);
  }

  /** Whether block {@code c} was printed clear of the column of body block {@code body}: no horizontal overlap. */
  private static boolean printedBesideColumn(ClassifiedBlock body, ClassifiedBlock c) {
    Optional<Placement> a = body == null ? Optional.empty() : body.block().placement();
    Optional<Placement> b = c.block().placement();
    return a.isPresent() && b.isPresent() && a.get().box().horizontalOverlap(b.get().box()) <= 0;
  }

  /**
   * Whether body block {@code c} is set in a column of another width than the run's last body, both narrower than
   * {@value #WIDEST_COLUMN} em: another article.
   */
  private static boolean widthChange(BodyRun run, ClassifiedBlock c) {
    ClassifiedBlock last = run.lastBody();
    if (last == null) {
      return false;
    }
    if (last.block().placement().isPresent() && c.block().placement().isPresent()) {
      // printed columns: their measured widths, not character counts (digits, compressed punctuation); a block of
      // one line measures only itself
      double a = last.block().columnWidth();
      double b = c.block().columnWidth();
      return last.block().lines().size() >= 2 && c.block().lines().size() >= 2 && Math.abs(a - b) >= WIDTH_CHANGE;
    }
    double a = ownWidth(last.block());
    double b = ownWidth(c.block());
    return a > 0 && b > 0 && Math.abs(a - b) >= WIDTH_CHANGE && a < WIDEST_COLUMN && b < WIDEST_COLUMN;
  }

  /**
   * The median width of a block's printed lines except the last, for blocks of three text lines or more; else 0. A
   * text line that opens with a closing mark was split from the printed line before it by the extractor
   * ({@code …变美了。} / {@code ”某某说…}): the two measure as one.
   */
  private static double ownWidth(Block b) {
    if (b.lines().size() < 3) {
      return b.lines().size() == 2 ? b.columnWidth() : 0;
    }
    List<Double> printed = new ArrayList<>();
    for (Line line : b.lines()) {
      String t = line.text().strip();
      double w = Chars.width(t);
      if (!printed.isEmpty() && Chars.opensWithClosingMark(t)) {
        printed.set(printed.size() - 1, printed.get(printed.size() - 1) + w);
      } else {
        printed.add(w);
      }
    }
    if (printed.size() < 2) {
      return 0;
    }
    double[] w = printed.subList(0, printed.size() - 1).stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return w[w.length / 2];
  }
}
