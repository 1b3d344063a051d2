package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import java.util.ArrayList;
import java.util.List;

/**
 * Completes a byline whose names the extractor printed apart from its outlet and role: a byline set in a box of two
 * columns comes out as {@code 本报记者} under the headline and, a body paragraph or more later, the names alone
 * ({@code 王明}), which read as the byline of an article of their own. A heading that is such names and nothing else
 * joins the nearest heading before it whose byline is an outlet and role with no name; it is removed from the page's
 * headings.
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
      for (int i = j - 1; i >= Math.max(0, j - NAMES_REACH); i--) {
        ClassifiedBlock role = subs.get(i).byline;
        if (role != null && NewsCues.isBylineRoleOnly(role.text())) {
          subs.get(i).byline = withNames(role, names.byline);
          ArticleHeading.remove(subs, j);
          j--;
          break;
        }
        if (role != null) {
          break;
        }
      }
    }
  }

  /**
   * Whether the heading is a byline of persons' names only ({@code 王明}, {@code 王明 李华}; {@link NewsCues#isPersonName})
   * and nothing else.
   */
  private static boolean isNamesAlone(ArticleHeading h) {
    if (h.byline == null || h.hasHeadline() || !h.section.isEmpty() || !h.kicker.isEmpty() || !h.subheadline.isEmpty()) {
      return false;
    }
    List<String> parts = Chars.spaceSeparated(h.byline.text());
    return !parts.isEmpty() && parts.stream().allMatch(NewsCues::isPersonName);
  }

  /** The role-only byline block with the names block after it: one byline, each part traced to where it was printed. */
  private static ClassifiedBlock withNames(ClassifiedBlock role, ClassifiedBlock names) {
    Block r = role.block();
    List<Line> lines = new ArrayList<>(r.lines());
    lines.addAll(names.block().lines());
    List<String> evidence = new ArrayList<>(r.evidence());
    evidence.add("the byline's names, printed apart, at line " + (names.block().firstLine() + 1));
    Block joined = new Block(r.text().concat(names.block().text()), lines, r.blankLinesBefore(), r.columnWidth(), r.displaced(),
        evidence, r.placement());
    return new ClassifiedBlock(joined, role.kind(), role.confidence(), role.features());
  }
}
