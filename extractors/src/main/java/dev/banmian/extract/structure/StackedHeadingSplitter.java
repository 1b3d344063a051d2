package dev.banmian.extract.structure;

import dev.banmian.text.Chars;
import java.util.List;

/**
 * Gives a heading left without a body its share of the run printed under its cluster, where another heading of that
 * cluster took the whole run. Two articles' headings can stand in one cluster over the bodies of both, read one after
 * the other with no heading between (a page read in flow order, or columns side by side): one heading takes the run,
 * the other would stand bodiless. The run is cut where the body of the bodiless heading begins — the first paragraph
 * that uses its words ({@value TrailingHeadingSplitter#FEWEST_SHARED_PAIRS} or more of the Han character pairs of its
 * kicker, headline and subheadline), where no paragraph before uses that many and that paragraph starts a sentence after
 * one that ended — and the end goes to the bodiless heading. Where it is the other way round (the bodiless heading's
 * words open the run and the matched heading's body begins later), the two headings swap.
 *
 * <p>Package-private; stateless.
 */
final class StackedHeadingSplitter {

  /**
   * Splits, for every bodiless article heading ({@link #isArticleHeading}), the run under its cluster that another
   * heading of that cluster took.
   *
   * @param runs the page's body runs, matched; the new runs are inserted right after the runs they were cut from
   * @param headings the page's headings, matched
   * @param units the page's units, with cluster and unit indexes set
   * @param page the page under way, for diagnostics
   */
  void split(List<BodyRun> runs, List<ArticleHeading> headings, List<Unit> units, Assembly page) {
    for (ArticleHeading s : headings) {
      int under = s.clusterIndex + 1;
      if (s.matched != null || !isArticleHeading(s) || under >= units.size() || !(units.get(under) instanceof BodyRun r)) {
        continue;
      }
      ArticleHeading other = r.headlineSub;
      int at = runs.indexOf(r);
      if (other == null || other.clusterIndex != s.clusterIndex || at < 0) {
        continue;
      }
      HanPairs own = HanPairs.of(headingText(s));
      HanPairs others = HanPairs.of(headingText(other));
      int from = TrailingHeadingSplitter.bodyStart(r, own);
      int othersFrom = TrailingHeadingSplitter.bodyStart(r, others);
      if (othersFrom > 0 && usesWords(r, othersFrom, own) && !(from > 0 && usesWords(r, from, others))) {
        // the bodiless heading's words open the run, the other heading's body begins later: the two swap
        r.headlineSub = s;
        s.matched = r;
        cut(runs, at, othersFrom, other, page);
      } else if (from > 0) {
        cut(runs, at, from, s, page);
      }
    }
  }

  /** Gives blocks {@code from}… of run {@code at} to heading {@code s}, as a new run right after it. */
  private static void cut(List<BodyRun> runs, int at, int from, ArticleHeading s, Assembly page) {
    BodyRun r = runs.get(at);
    page.diagnose("assemble", "split.stacked", "body at line " + (r.blocks.get(from).block().firstLine() + 1)
        + " opens the body of headline '" + Chars.stripSpaces(s.headline.get(0).text()) + "' of the same heading cluster",
        r.blocks.get(from).block());
    runs.add(at + 1, TrailingHeadingSplitter.splitOff(r, from, s));
  }

  /** Whether the blocks of {@code r} before block {@code to} use the words of a heading with character pairs {@code heading}. */
  private static boolean usesWords(BodyRun r, int to, HanPairs heading) {
    return TrailingHeadingSplitter.sharedPairs(heading, r.text(0, to)) >= TrailingHeadingSplitter.FEWEST_SHARED_PAIRS;
  }

  /** Whether {@code s} has a headline and more of an article's heading: a kicker, a subheadline or a byline. */
  private static boolean isArticleHeading(ArticleHeading s) {
    return s.hasHeadline() && (!s.kicker.isEmpty() || !s.subheadline.isEmpty() || s.byline != null);
  }

  /** {@return the heading's words ({@link TrailingHeadingSplitter#headingText}) and its subheadline's} */
  private static String headingText(ArticleHeading s) {
    StringBuilder b = new StringBuilder(TrailingHeadingSplitter.headingText(s));
    s.subheadline.forEach(c -> b.append(Chars.stripSpaces(c.text())).append('\n'));
    return b.toString();
  }
}
