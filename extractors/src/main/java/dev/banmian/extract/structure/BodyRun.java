package dev.banmian.extract.structure;

import dev.banmian.extract.meta.BylineMatch;
import java.util.ArrayList;
import java.util.List;

/**
 * A run of body blocks with its subheads, and what of an article's own it has: a lead-in byline, a closing byline, a
 * displaced headline, and the headings {@link HeadlineMatcher} gives it. Mutable while one page is assembled, by the
 * passes of that page only; never shared between pages or threads.
 */
final class BodyRun implements Unit {
  final List<ClassifiedBlock> blocks = new ArrayList<>();
  final List<Boolean> isSubhead = new ArrayList<>();
  ClassifiedBlock trailingByline;
  ClassifiedBlock displacedHeadline;
  /**
   * The displaced headlines of runs appended to this one that it could not keep, having one already: page noise, so
   * that no block is lost.
   */
  final List<ClassifiedBlock> spareHeadlines = new ArrayList<>();
  /** The lead-in byline opening the run's first block (本报讯（记者 X）), or null. */
  final BylineMatch lead;
  /** The 0-based source line of the run's first block. */
  final int position;
  /** The index of the run among the page's units. */
  int unitIndex;
  /** The unit index of the run whose blocks this run ends with, once another run was appended; -1 before. */
  private int endUnitIndex = -1;
  ArticleHeading headlineSub;
  ArticleHeading forwardSub;
  /**
   * Whether the run's text was printed beside the large headline of the cluster read right before it, not under it
   * (a page with geometry): that headline heads other text, read after this run.
   */
  boolean besideHeading;
  /**
   * Whether only the column width that plain text lets one estimate cut this run from the run before it: no lead-in, no
   * text frame, no heading between. Such a cut may come a paragraph or two before the article really begins.
   */
  boolean cutByMeasure;

  BodyRun(BylineMatch lead, int position) {
    this.lead = lead;
    this.position = position;
  }

  void add(ClassifiedBlock c, boolean subhead) {
    blocks.add(c);
    isSubhead.add(subhead);
  }

  /** Appends the blocks of {@code other}, in order, with its displaced headline ({@link #takeHeadlinesOf}). */
  void addAll(BodyRun other) {
    blocks.addAll(other.blocks);
    isSubhead.addAll(other.isSubhead);
    endUnitIndex = other.endUnitIndex();
    takeHeadlinesOf(other);
  }

  /**
   * Takes the displaced headline of {@code other}, whose blocks this run takes: as its own where it has none (the two
   * are one article), else as a spare.
   */
  private void takeHeadlinesOf(BodyRun other) {
    if (other.displacedHeadline != null && displacedHeadline == null) {
      displacedHeadline = other.displacedHeadline;
    } else if (other.displacedHeadline != null) {
      spareHeadlines.add(other.displacedHeadline);
    }
    spareHeadlines.addAll(other.spareHeadlines);
  }

  /** {@return the unit index of the run whose blocks end this run: its own, or that of the run last appended} */
  int endUnitIndex() {
    return endUnitIndex >= 0 ? endUnitIndex : unitIndex;
  }

  /**
   * Moves blocks {@code from}… into a new run, whose unit is the one this run ended with; {@return the new run}. What
   * this run ends with is no longer known, so it counts as its own unit again.
   */
  BodyRun cutFrom(int from) {
    BodyRun end = new BodyRun(null, blocks.get(from).block().firstLine());
    end.unitIndex = endUnitIndex();
    for (int i = from; i < blocks.size(); i++) {
      end.add(blocks.get(i), isSubhead.get(i));
    }
    blocks.subList(from, blocks.size()).clear();
    isSubhead.subList(from, isSubhead.size()).clear();
    endUnitIndex = -1;
    return end;
  }

  /** Puts the blocks of {@code other} before this run's own. */
  void prependAll(BodyRun other) {
    blocks.addAll(0, other.blocks);
    isSubhead.addAll(0, other.isSubhead);
    takeHeadlinesOf(other);
  }

  String text() {
    return text(0, blocks.size());
  }

  /** {@return the texts of blocks {@code from} (inclusive) to {@code to} (exclusive), joined} */
  String text(int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int i = from; i < to; i++) {
      b.append(blocks.get(i).text());
    }
    return b.toString();
  }

  ClassifiedBlock firstBody() {
    for (int i = 0; i < blocks.size(); i++) {
      if (!isSubhead.get(i)) {
        return blocks.get(i);
      }
    }
    return null;
  }

  ClassifiedBlock lastBody() {
    for (int i = blocks.size() - 1; i >= 0; i--) {
      if (!isSubhead.get(i)) {
        return blocks.get(i);
      }
    }
    return null;
  }

  boolean forwardSubHasNoByline() {
    return forwardSub == null || forwardSub.byline == null;
  }

  /** Whether the run has nothing of an article's own: no headline, heading, lead-in, closing byline or displaced headline. */
  boolean isOrphan() {
    return headlineSub == null && forwardSub == null && lead == null && trailingByline == null && displacedHeadline == null;
  }

  /**
   * Whether the run has nothing of an article's own but, at most, section labels printed over it (a series banner over
   * several articles): no headline, kicker, subheadline, byline, lead-in, closing byline or displaced headline.
   */
  boolean hasOnlyLabels() {
    return trailingByline == null && hasOnlyLabelsButClosingByline();
  }

  /** As {@link #hasOnlyLabels}, where a byline may close the run: the end of an article whose heading has none. */
  boolean hasOnlyLabelsButClosingByline() {
    ArticleHeading f = forwardSub;
    boolean labelsOnly = f == null || !f.hasHeadline() && f.kicker.isEmpty() && f.subheadline.isEmpty() && f.byline == null;
    return headlineSub == null && labelsOnly && lead == null && displacedHeadline == null;
  }

  /** {@return whether the run's article names no one yet: no byline over it, leading it or closing it} */
  boolean hasNoByline() {
    return trailingByline == null && lead == null && forwardSubHasNoByline()
        && (headlineSub == null || headlineSub.byline == null);
  }
}
