package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import dev.banmian.text.TracedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes a byline whose names the extractor printed apart from its outlet and role: a byline set in a box of two
 * columns comes out as {@code 本报记者} under the headline and, a body paragraph or more later, the names alone
 * ({@code 王明}), which read as the byline of an article of their own. A heading that is such names and nothing else
 * joins the nearest heading before it whose byline is an outlet and role with no name (passing over bylines that name
 * someone), or the heading right before it in its stack whose byline is names alone, with the names alone right after
 * it in the stack (a byline printed a name per line); it is removed from the page's headings. Where the rest of a
 * two-line headline came out with the names, over a column of the body, that heading, once matched to its body, joins
 * the same way, headline and body with it ({@link #joinRests}).
 *
 * <p>Stateless and thread-safe; it changes the headings of the one page it is given.
 */
final class SplitBylineJoiner {
  /** How many headings before the names the byline they complete is looked for in. */
  static final int NAMES_REACH = 3;

  /**
   * Joins each heading of names alone to the role-only byline before it.
   *
   * @param subs the page's headings, in reading order; headings whose names joined a byline are removed
   */
  void join(List<ArticleHeading> subs) {
    for (int j = 0; j < subs.size(); j++) {
      ArticleHeading names = subs.get(j);
      if (!isNamesAlone(names)) {
        continue;
      }
      // names read right after names of the same heading stack go on them: one byline printed a name per line
      ArticleHeading previous = j > 0 && subs.get(j - 1).clusterIndex == names.clusterIndex ? subs.get(j - 1) : null;
      ArticleHeading role = previous != null && hasNamesOnly(previous) ? previous : roleOnlyBefore(subs, j);
      if (role == null) {
        continue;
      }
      ArticleHeading.remove(subs, j);
      role.byline = withNames(role.byline, names.byline);
      while (j < subs.size() && subs.get(j).clusterIndex == names.clusterIndex && isNamesAlone(subs.get(j))) {
        role.byline = withNames(role.byline, subs.get(j).byline);
        ArticleHeading.remove(subs, j);
      }
      j--;
    }
  }

  /**
   * The nearest heading within {@value #NAMES_REACH} before heading {@code j} whose byline is an outlet and role with no
   * name, or null. Headings signed by name between are passed over: their bylines are whole, the names are the
   * role-only one's (a page read out of order prints them after another article).
   */
  private static ArticleHeading roleOnlyBefore(List<ArticleHeading> subs, int j) {
    for (int i = j - 1; i >= Math.max(0, j - NAMES_REACH); i--) {
      ClassifiedBlock byline = subs.get(i).byline;
      if (byline != null && NewsCues.isBylineRoleOnly(byline.text())) {
        return subs.get(i);
      }
    }
    return null;
  }

  /**
   * Joins each heading that is the rest of another's headline over that heading's byline names, printed apart with the
   * body under it: a headline of two lines set beside a byline of two lines comes out as {@code 某县古桥修缮} over
   * {@code 本报记者} and, elsewhere on the page, {@code 取得阶段成果} over the names alone, each over a column of the
   * body. The later heading is a headline and names and nothing else, its body opens with no lead-in of its own (an
   * article of its own under a names byline opens with one, {@code 本报讯}), and a heading within {@value #NAMES_REACH}
   * before it has a headline and a byline of outlet and role with no name. The names complete that byline, the
   * headline goes on that headline, and the body goes on that article's body.
   *
   * @param runs the page's runs, in reading order; a run joined to another article is removed
   * @param subs the page's headings, matched to their runs; a heading joined to another is removed
   * @param page where the diagnostics go
   */
  void joinRests(List<BodyRun> runs, List<ArticleHeading> subs, Assembly page) {
    for (int j = 0; j < subs.size(); j++) {
      ArticleHeading rest = subs.get(j);
      if (!isHeadlineRestOverNames(rest)) {
        continue;
      }
      ArticleHeading first = roleOnlyBefore(subs, j);
      if (first == null || !first.hasHeadline() || first.matched == null) {
        continue;
      }
      page.diagnose("assemble", "merge.rest", "headline, byline names and body at line " + (rest.position + 1)
          + " are the rest of the article at line " + (first.position + 1),
          (rest.headline.isEmpty() ? rest.section : rest.headline).get(0).block());
      first.byline = withNames(first.byline, rest.byline);
      first.headline.addAll(rest.headline);
      first.headline.addAll(rest.section);
      first.aside.addAll(rest.aside);
      first.matched.addAll(rest.matched);
      ArticleHeading over = rest.matched.forwardSub;
      if (over != null && over != rest && over.matched == rest.matched) {
        // a label or kicker read over the rest's body, of no article once that body is the first's: noise, not lost
        over.all().forEach(page::noise);
      }
      runs.remove(rest.matched);
      ArticleHeading.remove(subs, j);
      j--;
    }
  }

  /**
   * Whether the heading is one headline block, or one heading line read as a label, over names alone, matched to a body
   * that opens with no lead-in.
   */
  private static boolean isHeadlineRestOverNames(ArticleHeading h) {
    boolean oneLine = h.headline.size() + h.section.size() == 1;
    // the body is the heading's alone: no headline of another heading was matched to it
    boolean ownBody = h.matched != null && (h.matched.headlineSub == null || h.matched.headlineSub == h);
    return oneLine && ownBody && h.matched.lead == null && h.matched.trailingByline == null && hasNamesOnly(h)
        && h.kicker.isEmpty() && h.subheadline.isEmpty();
  }

  /** Whether the heading's byline is persons' names only. */
  private static boolean hasNamesOnly(ArticleHeading h) {
    if (h.byline == null) {
      return false;
    }
    List<String> parts = Chars.spaceSeparated(h.byline.text());
    return !parts.isEmpty() && parts.stream().allMatch(NewsCues::isPersonName);
  }

  /**
   * Whether the heading is a byline of persons' names only ({@code 王明}, {@code 王明 李华}; {@link NewsCues#isPersonName})
   * and nothing else.
   */
  private static boolean isNamesAlone(ArticleHeading h) {
    return !h.hasHeadline() && namesOnly(h);
  }

  /** Whether the heading's byline is persons' names only and it has no section, kicker or subheadline. */
  private static boolean namesOnly(ArticleHeading h) {
    return h.section.isEmpty() && h.kicker.isEmpty() && h.subheadline.isEmpty() && hasNamesOnly(h);
  }

  /** The role-only byline block with the names block after it: one byline, each part traced to where it was printed. */
  private static ClassifiedBlock withNames(ClassifiedBlock role, ClassifiedBlock names) {
    return withPart(role, names, "the byline's names, printed apart");
  }

  /**
   * The byline block with {@code names}, the rest of it printed apart ({@code why}), after it: one byline, each part
   * traced to where it was printed, the two apart by a space unless the byline is an outlet and role that the names
   * follow directly.
   */
  static ClassifiedBlock withPart(ClassifiedBlock role, ClassifiedBlock names, String why) {
    Block r = role.block();
    List<Line> lines = new ArrayList<>(r.lines());
    lines.addAll(names.block().lines());
    List<String> evidence = new ArrayList<>(r.evidence());
    evidence.add(why + ", at line " + (names.block().firstLine() + 1));
    // names after names stay apart, as a byline prints them; after a role they follow it directly
    TracedText more = names.block().text();
    TracedText text = NewsCues.isBylineRoleOnly(role.text()) ? r.text().concat(more)
        : TracedText.builder().append(r.text()).appendBetween(' ', more.sourceOffset(0)).append(more).build();
    Block joined = new Block(text, lines, r.blankLinesBefore(), r.columnWidth(), r.displaced(),
        evidence, r.placement());
    return new ClassifiedBlock(joined, role.kind(), role.confidence(), role.features());
  }
}
