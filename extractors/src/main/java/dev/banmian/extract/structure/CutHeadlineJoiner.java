package dev.banmian.extract.structure;

import dev.banmian.text.NewsCues;
import java.util.List;

/**
 * Puts back together a headline that the extractor cut inside a quotation and printed in two places, each piece read
 * as a heading of its own: the first piece leaves its quotation open ({@code 全省“清凉行}), and a later heading that
 * is a headline alone opens with the rest, closing it ({@code 动”拉开帷幕}). The rest joins the first piece; a heading
 * it leaves with nothing is removed from the page's headings.
 *
 * <p>Stateless and thread-safe; it changes the headings of the one page it is given.
 */
final class CutHeadlineJoiner {
  /** How many headings after a cut headline its rest is looked for in. */
  static final int RESTS_REACH = 6;

  /**
   * Joins each headline cut inside a quotation with its rest: the first block of the first later heading within
   * {@value #RESTS_REACH} that has a headline and nothing else, when that block closes a quotation it did not open.
   *
   * @param subs the page's headings, in reading order; a heading left with nothing is removed
   */
  void join(List<ArticleHeading> subs) {
    for (int i = 0; i < subs.size(); i++) {
      ArticleHeading cut = subs.get(i);
      if (!cut.hasHeadline() || !NewsCues.leavesQuotationOpen(HeadlineMatcher.joined(cut.headline))) {
        continue;
      }
      for (int j = i + 1; j < Math.min(subs.size(), i + 1 + RESTS_REACH); j++) {
        ArticleHeading rest = subs.get(j);
        if (isHeadlineAlone(rest) && NewsCues.closesQuotationOpenedBefore(rest.headline.get(0).text())) {
          cut.headline.add(rest.headline.remove(0));
          if (!rest.hasHeadline()) {
            ArticleHeading.remove(subs, j);
          }
          break;
        }
      }
    }
  }

  private static boolean isHeadlineAlone(ArticleHeading h) {
    return h.hasHeadline() && h.section.isEmpty() && h.kicker.isEmpty() && h.subheadline.isEmpty() && h.byline == null
        && h.aside.isEmpty();
  }
}
