package dev.banmian.extract.structure;

import dev.banmian.text.Chars;
import dev.banmian.text.NewsCues;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gives a heading printed after its own body the end of the run before it. In content-stream order (PDFBox) a page's
 * text can come body first, then the kicker, headline and byline of that body; with no heading between, the body runs
 * on from the article above it, and the heading, matched to nothing, would stand bodiless. A heading with a headline
 * that no run took, and a byline of its own or a closing byline at the end of the run (the article's signature, printed
 * after its body) — or, unsigned, standing last in a cluster over a body that another headline of the cluster took —
 * read right after a run that has a heading of its own (or one run later: another article's body read between),
 * takes that run's blocks from the
 * first paragraph that uses its words ({@value #FEWEST_SHARED_PAIRS} or more of the Han character pairs of its kicker
 * and headline, column tag left out) to the end, where the paragraphs before it use fewer than that many and that paragraph
 * starts a sentence after one that ended: the article above ends there, and this one begins. Where such a heading took
 * the whole run by its words while the heading printed right over the run found no body, the run goes back to that
 * heading first, and the later heading takes its end the same way.
 *
 * <p>Package-private; stateless.
 */
final class TrailingHeadingSplitter {
  /** Fewest pairs of a heading's words a paragraph must use to open that heading's body. */
  static final int FEWEST_SHARED_PAIRS = 2;

  /**
   * How many runs back, in reading order, a heading looks for the run whose end its words open: the run right before
   * it, and the one before that, where another article's body was read between the body and its heading, as a
   * column-by-column reading puts it.
   */
  static final int RUNS_BACK = 2;

  /**
   * Splits off, for every such heading, the end of the run read right before it; the new runs are added to
   * {@code runs}.
   *
   * @param runs the page's body runs, matched
   * @param headings the page's headings, matched
   * @param readingIndex each block's place in reading order
   */
  void split(List<BodyRun> runs, List<ArticleHeading> headings, Map<ClassifiedBlock, Integer> readingIndex) {
    returnToHeadingAbove(headings);
    returnHeadsToRunsBefore(runs);
    // the runs by the reading index of their last block, so the run before a heading is found in log time
    TreeMap<Integer, BodyRun> byEnd = new TreeMap<>();
    // and by their unit, so the run right under a heading cluster is found too
    Map<Integer, BodyRun> under = new HashMap<>();
    for (BodyRun r : runs) {
      byEnd.put(end(r, readingIndex), r);
      under.put(r.unitIndex, r);
    }
    Map<BodyRun, Deque<BodyRun>> tails = new IdentityHashMap<>();
    for (ArticleHeading s : headings) {
      if (s.matched != null || !s.hasHeadline()) {
        continue;
      }
      Map.Entry<Integer, BodyRun> entry = byEnd.lowerEntry(readingIndex.get(s.all().get(0)));
      for (int back = 0; entry != null && back < RUNS_BACK; back++, entry = byEnd.lowerEntry(entry.getKey())) {
        BodyRun before = entry.getValue();
        int from = before.headlineSub != null && headsEndOf(s, before, under) ? bodyStartOf(before, s) : -1;
        if (from > 0) {
          BodyRun tail = splitOff(before, from, s);
          byEnd.put(entry.getKey(), tail);
          byEnd.put(end(before, readingIndex), before);
          tails.computeIfAbsent(before, r -> new ArrayDeque<>()).addFirst(tail);
          break;
        }
      }
    }
    if (!tails.isEmpty()) {
      List<BodyRun> ordered = new ArrayList<>(runs.size() + tails.size());
      runs.forEach(r -> addWithTails(r, tails, ordered));
      runs.clear();
      runs.addAll(ordered);
    }
  }

  /**
   * Whether heading {@code s}, which found no body, may head the end of run {@code before}, which has a heading of its
   * own: the heading is signed (a byline of its own, or a closing byline at the run's end: the article's signature,
   * printed after its body), or it stands last in a cluster of headings right over a body that another headline of
   * that cluster took ({@code under}: the run under each cluster). Such a heading heads no body below, nor is it a deck
   * of the headline that did (a deck stands over its headline), so its body was printed before it.
   */
  private static boolean headsEndOf(ArticleHeading s, BodyRun before, Map<Integer, BodyRun> under) {
    if (s.byline != null || before.trailingByline != null) {
      return true;
    }
    BodyRun below = s.lastOfCluster ? under.get(s.clusterIndex + 1) : null;
    ArticleHeading taker = below == null ? null : below.headlineSub;
    return taker != null && taker != s && taker.clusterIndex == s.clusterIndex;
  }

  /**
   * Gives back to a heading printed right over a run the run that a heading printed after it took whole: where the
   * heading over it found no body, and a paragraph of the run opens the later heading's body, the run holds both
   * articles. The heading over it takes the run again, and {@link #split} gives the later heading the end of it.
   */
  private static void returnToHeadingAbove(List<ArticleHeading> headings) {
    Map<Integer, ArticleHeading> bodilessAbove = new TreeMap<>();
    for (ArticleHeading h : headings) {
      if (h.matched == null && h.hasHeadline() && h.lastOfCluster) {
        bodilessAbove.put(h.clusterIndex + 1, h);
      }
    }
    for (ArticleHeading s : headings) {
      BodyRun r = s.matched;
      ArticleHeading above = r == null ? null : bodilessAbove.get(r.unitIndex);
      if (above != null && above.matched == null && r.headlineSub == s && r.unitIndex < s.clusterIndex && !r.besideHeading
          && (s.byline != null || r.trailingByline != null) && bodyStart(r, s) > 0) {
        r.headlineSub = above;
        above.matched = r;
        s.matched = null;
      }
    }
  }

  /**
   * Gives the run right before, which has a heading of its own, the first paragraphs of a run that a heading printed
   * after it took, where those paragraphs use none of that heading's words and a later one opens its body
   * ({@link #bodyStart}): the run was cut from the one before it only by the column width read from plain text
   * ({@link BodyRun#cutByMeasure}), a paragraph or two early, and they still belong to the article above. A run opened
   * by a lead-in or a new text frame, or cut by measured geometry, begins where its article begins.
   */
  private static void returnHeadsToRunsBefore(List<BodyRun> runs) {
    for (int i = 1; i < runs.size(); i++) {
      BodyRun r = runs.get(i);
      BodyRun before = runs.get(i - 1);
      ArticleHeading s = r.headlineSub;
      boolean cutEarly = s != null && r.cutByMeasure && r.unitIndex < s.clusterIndex && r.forwardSub == null
          && r.displacedHeadline == null && readRightBefore(before, r) && before.headlineSub != null;
      int from = cutEarly ? bodyStart(r, s) : -1;
      if (from > 0) {
        BodyRun tail = splitOff(r, from, s);
        before.addAll(r);
        runs.set(i, tail);
      }
    }
  }

  /** Whether {@code before} starts or ends with the unit read right before {@code run} (no heading between them). */
  private static boolean readRightBefore(BodyRun before, BodyRun run) {
    return before.unitIndex == run.unitIndex - 1 || before.endUnitIndex() == run.unitIndex - 1;
  }

  /** Adds {@code run}, then the runs split off it (the latest first: each was cut from right after it), recursively. */
  private static void addWithTails(BodyRun run, Map<BodyRun, Deque<BodyRun>> tails, List<BodyRun> out) {
    out.add(run);
    for (BodyRun t : tails.getOrDefault(run, new ArrayDeque<>())) {
      addWithTails(t, tails, out);
    }
  }

  private static int end(BodyRun r, Map<ClassifiedBlock, Integer> readingIndex) {
    return readingIndex.get(r.blocks.get(r.blocks.size() - 1));
  }

  /** Where in {@code run} the body of heading {@code s} begins, by its words ({@link #bodyStart}) or its subject's. */
  private static int bodyStartOf(BodyRun run, ArticleHeading s) {
    int from = bodyStart(run, s);
    return from > 0 ? from : bodyStartByRecurringWord(run, headingText(s));
  }

  /** The index of the block of {@code run} where the body of heading {@code s} begins, or -1. */
  static int bodyStart(BodyRun run, ArticleHeading s) {
    return bodyStart(run, HanPairs.of(headingText(s)));
  }

  /** The index of the block of {@code run} where the body of the heading whose character pairs are {@code heading} begins, or -1. */
  static int bodyStart(BodyRun run, HanPairs heading) {
    for (int i = 1; i < run.blocks.size(); i++) {
      if (run.isSubhead.get(i)) {
        continue;
      }
      if (sharedPairs(heading, run.blocks.get(i).text()) >= FEWEST_SHARED_PAIRS) {
        boolean clean = sharedPairs(heading, run.text(0, i)) < FEWEST_SHARED_PAIRS;
        return clean && opensArticle(run, i) ? leadBefore(run, i, heading) : -1;
      }
    }
    return -1;
  }

  /**
   * The index of the block of {@code run} where a body about a word of {@code heading} begins, or -1: from it to the
   * run's end, {@value #FEWEST_TOPIC_PARAGRAPHS} or more paragraphs, every paragraph uses one of the heading's character
   * pairs, while no paragraph before uses any pair of the heading; and it starts a sentence after one that ended. A
   * headline names its article's subject ({@code 米糕} of a headline on rice cakes) and the body returns to it paragraph after
   * paragraph, where the article before never uses it.
   */
  static int bodyStartByRecurringWord(BodyRun run, String heading) {
    int i = firstBlockUsing(run, HanPairs.of(heading));
    boolean opens = i > 0 && i < run.blocks.size() && !run.isSubhead.get(i) && opensArticle(run, i);
    boolean topic = opens && paragraphsFrom(run, i) >= FEWEST_TOPIC_PARAGRAPHS && everyParagraphFromUsesOnePair(run, i, heading);
    return topic ? i : -1;
  }

  /**
   * The index of the first block of {@code run} whose own text uses a pair of {@code heading}, in one pass; the run's
   * size when none does, and -1 when a pair first appears across the join of two blocks (the text before a block is
   * read whole, as {@link #sharedPairs} reads it).
   */
  private static int firstBlockUsing(BodyRun run, HanPairs heading) {
    char last = 0;
    for (int i = 0; i < run.blocks.size(); i++) {
      String t = Chars.stripSpaces(run.blocks.get(i).text());
      if (sharedPairs(heading, t) > 0) {
        return i;
      }
      if (!t.isEmpty() && Chars.isHan(last) && Chars.isHan(t.charAt(0)) && heading.contains(last, t.charAt(0))) {
        return -1;
      }
      last = t.isEmpty() ? last : t.charAt(t.length() - 1);
    }
    return run.blocks.size();
  }

  /** Fewest paragraphs that make a body about one word of a heading. */
  private static final int FEWEST_TOPIC_PARAGRAPHS = 2;

  private static int paragraphsFrom(BodyRun run, int from) {
    int n = 0;
    for (int i = from; i < run.blocks.size(); i++) {
      n += run.isSubhead.get(i) ? 0 : 1;
    }
    return n;
  }

  /** Whether one character pair of {@code heading} is used by every paragraph of {@code run} from block {@code from} on. */
  private static boolean everyParagraphFromUsesOnePair(BodyRun run, int from, String heading) {
    List<HanPairs> paragraphs = new ArrayList<>();
    for (int i = from; i < run.blocks.size(); i++) {
      if (!run.isSubhead.get(i)) {
        paragraphs.add(HanPairs.of(Chars.stripSpaces(run.blocks.get(i).text())));
      }
    }
    for (int k = 0; k + 1 < heading.length(); k++) {
      char a = heading.charAt(k);
      char b = heading.charAt(k + 1);
      if (Chars.isHan(a) && Chars.isHan(b) && paragraphs.stream().allMatch(p -> p.contains(a, b))) {
        return true;
      }
    }
    return false;
  }

  /** Whether block {@code i} of {@code run} starts a sentence after a block that ended one. */
  private static boolean opensArticle(BodyRun run, int i) {
    return Chars.endsSentence(run.blocks.get(i - 1).text().strip()) && !NewsCues.startsMidSentence(run.blocks.get(i).text(), w -> false);
  }

  /**
   * Where the body that opens at block {@code i} really starts: the paragraph right before it still belongs to it when
   * it uses one of the heading's words and nothing before it uses any (a lead that sets the scene names the place:
   * {@code 正月初二，走进某镇老街…} under {@code 某镇特色活动迎新春——}), or when block {@code i} opens by referring back
   * to it ({@link NewsCues#opensWithBackReference}: {@code 这一幕，…}), whatever the article above said.
   */
  private static int leadBefore(BodyRun run, int i, HanPairs heading) {
    int j = i - 1;
    boolean refersBack = NewsCues.opensWithBackReference(run.blocks.get(i).text());
    boolean joined = j >= 1 && (sharedPairs(heading, run.blocks.get(j).text()) >= 1 || refersBack);
    boolean clean = refersBack || sharedPairs(heading, run.text(0, j)) == 0;
    boolean lead = joined && !run.isSubhead.get(j) && clean && opensArticle(run, j);
    return lead ? j : i;
  }

  /** {@return the words a heading states its article's news in: its kickers and headline, column tag left out} */
  static String headingText(ArticleHeading s) {
    StringBuilder b = new StringBuilder();
    s.kicker.forEach(c -> b.append(Chars.stripSpaces(c.text())).append('\n'));
    s.headline.forEach(c -> b.append(NewsCues.withoutColumnTag(c.text())).append('\n'));
    return b.toString();
  }

  static int sharedPairs(HanPairs heading, String text) {
    return HanPairs.common(heading, HanPairs.of(Chars.stripSpaces(text)));
  }

  /** Moves blocks {@code from}… of {@code run} into a new run headed by {@code s}; {@return the new run} */
  static BodyRun splitOff(BodyRun run, int from, ArticleHeading s) {
    BodyRun tail = run.cutFrom(from);
    // a closing byline printed after the run's last paragraph signs the article that ends there
    tail.trailingByline = run.trailingByline;
    run.trailingByline = null;
    tail.headlineSub = s;
    s.matched = tail;
    return tail;
  }
}
