package dev.banmian.extract.structure;

import dev.banmian.extract.layout.PageStyle;
import dev.banmian.text.Chars;
import dev.banmian.text.NewsCues;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * The continuation pass, all the rules that make two body runs one article: a run that starts inside a sentence
 * continues the nearest earlier run that stops inside one (before headlines are matched, so the merged run finds its
 * headline whole); and, once headlines are matched, a run with nothing of an article's own continues the run printed
 * right before it, or else the article whose words it shares ({@link #adoptOrphans}); last, a run's closing columns
 * that another article's words claim go to that article ({@link #rehomeColumns}).
 *
 * <p>Stateless and thread-safe.
 */
final class ContinuationMerger {
  private final Predicate<String> knownWord;

  /** @param knownWord whether a string is a dictionary word, to tell a particle from a word that opens a sentence */
  ContinuationMerger(Predicate<String> knownWord) {
    this.knownWord = Objects.requireNonNull(knownWord, "knownWord");
  }

  /** Least share of an orphan body piece's character pairs that the article adopting it must share. */
  private static final double ORPHAN_LEAST_SHARE = 0.1;

  /** How many times the second-best article's share the adopting article's share must be. */
  private static final double ORPHAN_MARGIN = 2.0;

  /**
   * A run that starts inside a sentence continues the nearest earlier run that stops inside one (a note wholly in
   * brackets, {@code （本报记者王明参与采写）}, closes itself).
   */
  void mergeBrokenSentences(List<BodyRun> runs) {
    for (int i = 1; i < runs.size(); i++) {
      BodyRun r = runs.get(i);
      ClassifiedBlock first = r.firstBody();
      if (first == null || !NewsCues.startsMidSentence(first.text(), knownWord) || r.headlineSub != null) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        BodyRun p = runs.get(j);
        ClassifiedBlock last = p.lastBody();
        if (last != null && !closesItself(last.text())) {
          if (p.trailingByline != null && r.trailingByline != null
              || p.displacedHeadline != null && r.displacedHeadline != null) {
            break;
          }
          p.addAll(r);
          if (p.trailingByline == null) {
            p.trailingByline = r.trailingByline;
          }
          runs.remove(i);
          i--;
          break;
        }
      }
    }
  }

  /** Whether body text ends its sentence, or is a note wholly in brackets: nothing printed after it goes on it. */
  static boolean closesItself(String text) {
    return Chars.endsSentence(text) || NewsCues.isParenthesised(text);
  }

  /**
   * The rules after headline matching: a run with nothing of an article's own that directly follows another body,
   * with nothing between, continues it; then {@linkplain #adoptOrphans orphans} go to the article they share words
   * with.
   *
   * @param runs the page's runs, in reading order; merged runs are removed
   * @param readingIndex each block's index in the page's reading order
   */
  void mergeAfterMatching(List<BodyRun> runs, Map<ClassifiedBlock, Integer> readingIndex, PageStyle style, Assembly page) {
    mergeAdjacent(runs, readingIndex, page);
    adoptOrphans(runs, page);
    if (style.wrapped() && style.blanksInformative() && !style.blankAfterEveryLine()) {
      rehomeColumns(runs, page);
    }
  }

  /**
   * Moves the last columns of each run — body printed after a blank line that opens a fresh sentence, where the run's
   * text before it ends one — to another article that shares clearly more of their Han character pairs than the run
   * before them does and than any other article does ({@link #ORPHAN_LEAST_SHARE}, {@link #ORPHAN_MARGIN}), each of
   * their blocks leaning that way: an extractor that prints a page's columns in flow order (text without geometry,
   * blank lines informative) puts another article's column after this one's end, and a column that opens on a fresh
   * sentence continues nowhere in particular, so its words decide. Columns are taken from the run's end, one at a
   * time, while they move. A column printed before that article's body opens it, as an orphan piece does
   * ({@link #adoptOrphans}); otherwise it goes on the body's end.
   */
  private void rehomeColumns(List<BodyRun> runs, Assembly page) {
    List<HanPairs> pairs = pairsOf(runs);
    for (int i = 0; i < runs.size(); i++) {
      BodyRun r = runs.get(i);
      int k = lastColumn(r);
      while (k > 0 && rehomeTail(runs, pairs, i, k, page)) {
        k = lastColumn(r);
      }
    }
  }

  /** Moves the run's blocks from {@code k} on to the article they belong to, if one stands out; {@return whether it did} */
  private boolean rehomeTail(List<BodyRun> runs, List<HanPairs> pairs, int i, int k, Assembly page) {
    BodyRun r = runs.get(i);
    HanPairs piece = HanPairs.of(Chars.stripSpaces(r.text(k, r.blocks.size())));
    if (piece.isEmpty()) {
      return false;
    }
    HanPairs ownPairs = HanPairs.of(Chars.stripSpaces(r.text(0, k)));
    double own = HanPairs.shared(piece, ownPairs);
    Claim c = strongestClaim(piece, runs, pairs, i, t -> true);
    if (!c.standsOut(own) || !everyBlockLeans(r, k, ownPairs, pairs.get(c.run()))) {
      return false;
    }
    BodyRun t = runs.get(c.run());
    page.diagnose("assemble", "merge.column", String.format(Locale.ROOT,
        "column at line %d shares %.2f of its character pairs with the body at line %d, %.2f with the run before it"
            + " (next best %.2f): that article's", r.blocks.get(k).block().firstLine() + 1, c.share(), t.position + 1, own,
        c.second()), r.blocks.get(k).block());
    BodyRun moved = r.cutFrom(k);
    if (printedBefore(moved, t)) {
      t.prependAll(moved);
    } else {
      t.addAll(moved);
    }
    pairs.set(i, pairsOf(r));
    pairs.set(c.run(), pairsOf(t));
    return true;
  }

  /**
   * The article that claims a piece most strongly: the run sharing the largest part of its pairs, and the next largest
   * share, over the runs within {@link HeadlineMatcher#MATCH_WINDOW} units of run {@code i} (itself aside) that are
   * {@code eligible}.
   *
   * @param run the index of the claiming run, or -1 when none shares anything
   */
  private record Claim(int run, double share, double second) {
    /** Whether one run alone shares any of the piece's pairs. */
    boolean isSole() {
      return run >= 0 && second == 0;
    }

    /** Whether the claim clearly stands out, over {@code rival} (the piece's own run) and every other run. */
    boolean standsOut(double rival) {
      return run >= 0 && share >= ORPHAN_LEAST_SHARE && share >= ORPHAN_MARGIN * Math.max(rival, second);
    }
  }

  private static Claim strongestClaim(HanPairs piece, List<BodyRun> runs, List<HanPairs> pairs, int i,
      Predicate<BodyRun> eligible) {
    int best = -1;
    double bestShare = 0;
    double second = 0;
    for (int j = 0; j < runs.size(); j++) {
      BodyRun t = runs.get(j);
      if (j == i || !eligible.test(t) || Math.abs(t.unitIndex - runs.get(i).unitIndex) > HeadlineMatcher.MATCH_WINDOW) {
        continue;
      }
      double share = HanPairs.shared(piece, pairs.get(j));
      if (share > bestShare) {
        second = bestShare;
        bestShare = share;
        best = j;
      } else if (share > second) {
        second = share;
      }
    }
    return new Claim(best, bestShare, second);
  }

  /** Whether {@code piece}, printed before the body of {@code t}, opens it: it does unless that body opens with its own lead. */
  private static boolean printedBefore(BodyRun piece, BodyRun t) {
    return piece.position < t.position && t.lead == null;
  }

  private static List<HanPairs> pairsOf(List<BodyRun> runs) {
    List<HanPairs> pairs = new ArrayList<>(runs.size());
    for (BodyRun r : runs) {
      pairs.add(pairsOf(r));
    }
    return pairs;
  }

  private static HanPairs pairsOf(BodyRun r) {
    return HanPairs.of(Chars.stripSpaces(r.text()));
  }

  /** Whether the run's article has section labels: over its headline, or over the body. */
  private static boolean hasLabels(BodyRun r) {
    return r.forwardSub != null || r.headlineSub != null && !r.headlineSub.section.isEmpty();
  }

  /** The pairs of each run's body and of its heading's kicker and headline. */
  private static List<HanPairs> pairsWithHeadings(List<BodyRun> runs) {
    List<HanPairs> pairs = new ArrayList<>(runs.size());
    for (BodyRun r : runs) {
      String heading = r.headlineSub == null ? "" : TrailingHeadingSplitter.headingText(r.headlineSub);
      pairs.add(HanPairs.of(Chars.stripSpaces(heading + r.text())));
    }
    return pairs;
  }

  /** Whether each block of the run from {@code k} on shares more of its pairs with {@code target} than with {@code own}. */
  private static boolean everyBlockLeans(BodyRun r, int k, HanPairs own, HanPairs target) {
    for (int m = k; m < r.blocks.size(); m++) {
      HanPairs p = HanPairs.of(Chars.stripSpaces(r.blocks.get(m).text()));
      if (!p.isEmpty() && HanPairs.shared(p, target) <= HanPairs.shared(p, own)) {
        return false;
      }
    }
    return true;
  }

  /** The index of the run's last column opening, or 0 when it has none. */
  private int lastColumn(BodyRun r) {
    for (int k = r.blocks.size() - 1; k > 0; k--) {
      if (opensColumn(r, k)) {
        return k;
      }
    }
    return 0;
  }

  /** Whether body block {@code k} of the run opens a column: a blank line before it, a fresh sentence after an ended one. */
  private boolean opensColumn(BodyRun r, int k) {
    ClassifiedBlock c = r.blocks.get(k);
    if (r.isSubhead.get(k) || c.block().blankLinesBefore() == 0 || c.block().placement().isPresent()
        || NewsCues.startsMidSentence(c.text(), knownWord)) {
      return false;
    }
    int before = k - 1;
    while (before >= 0 && r.isSubhead.get(before)) {
      before--;
    }
    return before >= 0 && Chars.endsSentence(r.blocks.get(before).text());
  }

  /**
   * A body with nothing of an article's own (no headline, no heading cluster, no byline) that directly follows another
   * body, with no heading between, continues it: the column width changed inside one article (text flowing round a
   * photo), not between two. The body before it is the one right before it in reading order, wherever that body's run
   * began (a run that took in a later column ends there). Reading order is the order of the repaired blocks, not raw
   * line numbers (columns, rejoins). The other way round, such a body right before a run that only the column width
   * estimated from plain text cut from it ({@link BodyRun#cutByMeasure}), and that has nothing of an article's own but
   * its headline, opens that run: the measure was the only sign of a new article, and the body before has no article
   * of its own.
   */
  private static void mergeAdjacent(List<BodyRun> runs, Map<ClassifiedBlock, Integer> readingIndex, Assembly page) {
    List<BodyRun> kept = new ArrayList<>(runs.size());
    int previousUnit = Integer.MIN_VALUE;
    for (BodyRun r : runs) {
      BodyRun p = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      // Adjacent as units and on the page: nothing (not even a caption or a credit) printed between.
      boolean adjacent = p != null && r.unitIndex == previousUnit + 1
          && readingIndex.get(r.blocks.get(0)) == readingIndex.get(p.blocks.get(p.blocks.size() - 1)) + 1;
      previousUnit = r.unitIndex;
      BodyRun before = runEndingRightBefore(kept, r, readingIndex);
      if (before != null && r.isOrphan() && before.trailingByline == null) {
        before.addAll(r);
        page.diagnose("assemble", "merge.continuation", "body at line " + (r.position + 1)
            + " has no headline or byline of its own and follows the body at line " + (before.position + 1)
            + ": one article", r.blocks.get(0).block());
        continue;
      }
      if (before != null && before.isOrphan() && r.cutByMeasure && r.headlineSub != null && r.lead == null
          && r.forwardSub == null) {
        r.prependAll(before);
        kept.set(kept.indexOf(before), r);
        page.diagnose("assemble", "merge.continuation", "body at line " + (before.position + 1)
            + " has nothing of an article's own and only the measure cut the body at line " + (r.position + 1)
            + " from it: one article", before.blocks.get(0).block());
        continue;
      }
      if (adjacent && p.trailingByline == null && headlineAfterFor(p, r)) {
        p.addAll(r);
        p.headlineSub = r.headlineSub;
        p.headlineSub.matched = p;
        p.trailingByline = r.trailingByline;
        page.diagnose("assemble", "merge.continuation", "body at line " + (r.position + 1) + " took only the headline"
            + " printed after it; the body at line " + (p.position + 1) + ", under a kicker or byline with no headline,"
            + " runs on into it: one article", r.blocks.get(0).block());
        continue;
      }
      kept.add(r);
    }
    runs.clear();
    runs.addAll(kept);
  }

  /**
   * The run among {@code kept} whose last block stands right before the first block of {@code r} in reading order, or
   * null: a run that took in a later column ({@link #mergeBrokenSentences}) ends where that column ends.
   */
  private static BodyRun runEndingRightBefore(List<BodyRun> kept, BodyRun r,
      Map<ClassifiedBlock, Integer> readingIndex) {
    int first = readingIndex.get(r.blocks.get(0));
    for (BodyRun k : kept) {
      if (readingIndex.get(k.blocks.get(k.blocks.size() - 1)) == first - 1) {
        return k;
      }
    }
    return null;
  }

  /**
   * Whether run {@code r}, which follows run {@code p}, has nothing of its own but the headline printed after it, while
   * {@code p} stands under a heading with no headline (a kicker, a byline): the headline that pages print after (to the
   * right of) a body belongs to the whole body that runs on under that heading, not to its last piece.
   */
  private static boolean headlineAfterFor(BodyRun p, BodyRun r) {
    ArticleHeading h = r.headlineSub;
    return p.headlineSub == null && p.forwardSub != null && !p.forwardSub.hasHeadline() && p.displacedHeadline == null
        && h != null && r.unitIndex < h.clusterIndex && r.forwardSub == null && r.lead == null && r.displacedHeadline == null;
  }

  /**
   * Gives each body piece with nothing of an article's own (no headline, byline, lead or closing byline) to the
   * article within {@link HeadlineMatcher#MATCH_WINDOW} units whose body shares the most of its Han character pairs,
   * where that article clearly stands out ({@link #ORPHAN_LEAST_SHARE}, {@link #ORPHAN_MARGIN}): a column of an
   * article that the page printed apart from the rest of it, its link lost (a column that ends on a full stop
   * continues nowhere in particular). A piece printed before the article's body opens it, unless that body opens with
   * its own lead; otherwise it follows.
   */
  private static void adoptOrphans(List<BodyRun> runs, Assembly page) {
    adopt(runs, BodyRun::isOrphan, (r, t) -> !t.isOrphan(), pairsOf(runs), page);
  }

  /**
   * After the headings printed after their bodies took their share of the runs ({@link TrailingHeadingSplitter}), gives
   * each body piece with nothing of an article's own but section labels over it to the article that shares clearly
   * most of its words, as {@link #adoptOrphans} does: a series banner printed over a page's articles stands over the
   * first piece the extractor read, which need not be its article's first. The labels go with the piece; where the
   * adopting article has labels of its own, they head the run read right after the piece if it has none (a banner
   * heads the articles printed under it), else the writer keeps the article's own and sets these aside as noise.
   *
   * <p>A piece that a byline closes ends an article: it goes, byline and all, to the one article printed before it that
   * names no one and shares any of its words (a banner read in the middle of an article, its columns on either side).
   * Where more than one such article shares words with it, none takes it.
   */
  void adoptLabelledOrphans(List<BodyRun> runs, Assembly page) {
    adopt(runs, r -> r.forwardSub != null && r.hasOnlyLabels(),
        (r, t) -> !t.hasOnlyLabels() && t.forwardSub == null && printedBefore(r, t), pairsWithHeadings(runs), page);
    adopt(runs, r -> r.forwardSub != null && r.trailingByline != null && r.hasOnlyLabelsButClosingByline(),
        (r, t) -> !t.hasOnlyLabels() && t.hasNoByline() && t.position < r.position, pairsWithHeadings(runs), page,
        Claim::isSole);
  }

  /**
   * Gives each run that is a {@code piece} to the run among those that may {@code adopt} it sharing clearly most of its
   * {@code pairs} ({@link Claim#standsOut}); the labels over a piece go with it.
   */
  private static void adopt(List<BodyRun> runs, Predicate<BodyRun> piece, BiPredicate<BodyRun, BodyRun> adopts,
      List<HanPairs> pairs, Assembly page) {
    adopt(runs, piece, adopts, pairs, page, c -> c.standsOut(0));
  }

  /** As above, where {@code decides} whether the strongest claim on a piece takes it; a closing byline goes with it. */
  private static void adopt(List<BodyRun> runs, Predicate<BodyRun> piece, BiPredicate<BodyRun, BodyRun> adopts,
      List<HanPairs> pairs, Assembly page, Predicate<Claim> decides) {
    for (int i = 0; i < runs.size(); i++) {
      BodyRun r = runs.get(i);
      if (!piece.test(r) || pairs.get(i).isEmpty()) {
        continue;
      }
      Claim c = strongestClaim(pairs.get(i), runs, pairs, i, t -> adopts.test(r, t));
      if (!decides.test(c)) {
        continue;
      }
      BodyRun t = runs.get(c.run());
      if (r.forwardSub != null) {
        BodyRun heads = hasLabels(t) && i + 1 < runs.size() && !hasLabels(runs.get(i + 1)) ? runs.get(i + 1) : t;
        if (heads.forwardSub == null) {
          heads.forwardSub = r.forwardSub;
          heads.forwardSub.matched = heads;
        } else {
          // the article keeps the heading over it (a kicker, say); the piece's labels stand aside, not lost
          r.forwardSub.all().forEach(page::noise);
        }
      }
      if (printedBefore(r, t)) {
        t.prependAll(r);
      } else {
        t.addAll(r);
        if (r.trailingByline != null) {
          t.trailingByline = r.trailingByline;
        }
      }
      pairs.set(c.run(), pairs.get(c.run()).union(pairs.get(i)));
      page.diagnose("assemble", "merge.orphan", String.format(Locale.ROOT,
          "body at line %d has no headline of its own; it shares %.2f of its character pairs with the body at"
              + " line %d (next best %.2f): one article", r.position + 1, c.share(), t.position + 1, c.second()),
          r.blocks.get(0).block());
      runs.remove(i);
      pairs.remove(i);
      i--;
    }
  }
}
