package dev.banmian.extract.structure;

import dev.banmian.extract.layout.PageStyle;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.segment.Segmenter;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The third assembly pass: cuts each heading cluster into one {@link ArticleHeading} per article — where a new
 * headline, kicker, section label or byline starts another article's heading, and which blocks are the two parts of
 * one two-part headline ({@code 春风暖} / {@code 人心齐}), a kicker over its headline, or a column tag under it.
 *
 * <p>Immutable and thread-safe.
 */
final class ClusterSplitter {
  private final Segmenter segmenter;

  /**
   * Creates a splitter that uses {@code segmenter}'s dictionary to tell a headline wrapped inside a word
   * ({@code 全市推进职} / {@code 业技能培训}) from a kicker over its headline.
   */
  ClusterSplitter(Segmenter segmenter) {
    this.segmenter = segmenter;
  }

  /**
   * Cuts each heading cluster of a page into headings and numbers every unit: a run's unit index, a heading's
   * cluster index, and which headings open and close their cluster. {@return the page's headings, in reading order}
   *
   * @param units the page's units, in reading order
   * @param style the page's style
   */
  List<ArticleHeading> headings(List<Unit> units, PageStyle style) {
    List<ArticleHeading> subs = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (units.get(u) instanceof BodyRun r) {
        r.unitIndex = u;
      } else if (units.get(u) instanceof HeadingCluster cl) {
        boolean bodyFollows = u + 1 < units.size() && units.get(u + 1) instanceof BodyRun;
        List<ArticleHeading> local = split(cl.blocks(), style, bodyFollows);
        if (bodyFollows && (!(u > 0 && units.get(u - 1) instanceof BodyRun) || endsTagged(local))) {
          local = kickerOverHeadlineOfOneArticle(local);
        }
        for (ArticleHeading s : local) {
          s.clusterIndex = u;
        }
        if (!local.isEmpty()) {
          local.get(0).firstOfCluster = true;
          local.get(local.size() - 1).lastOfCluster = true;
        }
        subs.addAll(local);
      }
    }
    return subs;
  }

  /** Whether the last of {@code headings} has a headline closed by its column tag, on its last line or alone under it. */
  private static boolean endsTagged(List<ArticleHeading> headings) {
    if (headings.isEmpty() || !headings.get(headings.size() - 1).hasHeadline()) {
      return false;
    }
    List<ClassifiedBlock> h = headings.get(headings.size() - 1).headline;
    ClassifiedBlock last = h.get(h.size() - 1);
    return NewsCues.endsWithColumnTag(last.text()) || h.size() > 1 && isColumnTagAlone(last);
  }

  /**
   * The headings of a cluster that no body run comes before and one comes after, with a first heading of nothing but a
   * headline (and a label over it) made the kicker of the headline under it, where the two are all the cluster holds:
   * with no body before it, the first cannot be a heading printed after its own body, and a headline stands over one
   * article only ({@code 某县扩大城区绿地} / {@code 街头添新绿 市民享清凉} / its byline and body, printed with a blank line
   * between the decks). A first headline closed by its column tag is whole and stays a heading of its own.
   */
  private static List<ArticleHeading> kickerOverHeadlineOfOneArticle(List<ArticleHeading> headings) {
    if (headings.size() != 2) {
      return headings;
    }
    ArticleHeading first = headings.get(0);
    ArticleHeading second = headings.get(1);
    boolean headlineOnly = first.hasHeadline() && first.kicker.isEmpty() && first.subheadline.isEmpty() && first.byline == null
        && first.aside.isEmpty() && first.headline.stream().noneMatch(b -> b.block().isVertical())
        && !NewsCues.endsWithColumnTag(first.headline.get(first.headline.size() - 1).text());
    if (!headlineOnly || !second.hasHeadline() || !second.kicker.isEmpty() || !second.section.isEmpty()) {
      return headings;
    }
    second.kicker.addAll(first.headline);
    second.section.addAll(first.section);
    return new ArrayList<>(List.of(second));
  }

  /**
   * {@return the cluster's headings, in reading order}
   *
   * @param cluster the cluster's blocks
   * @param style the page's style
   * @param bodyFollows whether a body run comes right after the cluster
   */
  List<ArticleHeading> split(List<ClassifiedBlock> cluster, PageStyle style, boolean bodyFollows) {
    List<ClassifiedBlock> cl = cluster.subList(0, cluster.size() - BesideStack.trailing(cluster));
    List<ArticleHeading> out = new ArrayList<>();
    ArticleHeading cur = null;
    ClassifiedBlock prev = null;
    for (int i = 0; i < cl.size(); i++) {
      ClassifiedBlock c = cl.get(i);
      if (cur == null) {
        cur = newSub(out, c);
      }
      int taken = takeUnderKicker(cl, i, cur, prev, bodyFollows);
      if (taken > i) {
        prev = cl.get(taken);
        i = taken;
        continue;
      }
      ClassifiedBlock next = i + 1 < cl.size() ? cl.get(i + 1) : null;
      if (tagsHeadline(cur, prev, c)) {
        cur.headline.add(c);
      } else if (tagsLabels(cur, prev, c)) {
        // the labels over a column tag are its headline (书香满村 / 墨韵入户 / （书香中国）)
        cur.twoPartHeadline = cur.section.size() == 2;
        cur.headline.addAll(cur.section);
        cur.section.clear();
        cur.headline.add(c);
      } else if (!addToParts(cur, prev, c, next, i >= 2 ? cl.get(i - 2) : null)) {
        if (opensTwoPartHeadline(prev, c, next, i + 2 < cl.size() ? cl.get(i + 2) : null, bodyFollows)) {
          // the first part, short alone, read as a column label: it opens the headline
          if (cur.hasHeadline() || cur.byline != null || !cur.kicker.isEmpty() && !leadsInto(cur, prev)) {
            cur = newSub(out, c);
          }
          cur.headline.add(c);
        } else {
          cur = place(out, cur, prev, c, next, next == null ? bodyFollows : next.kind() == BlockKind.BYLINE, style);
        }
      }
      prev = c;
    }
    if (cl.size() < cluster.size()) {
      // printed beside the stack that ends the cluster: a logo, slogan or promotion, no heading
      out.get(out.size() - 1).aside.addAll(cluster.subList(cl.size(), cluster.size()));
    }
    if (bodyFollows) {
      stackTwoPartHeadlineUnderKicker(out);
    } else {
      endLeadDashKickerWithItsHeadline(out);
    }
    for (ArticleHeading sub : out) {
      if (!sub.hasHeadline() && sub.kicker.isEmpty() && sub.byline != null && sub.section.size() == 2
          && areParallel(sub.section.get(0), sub.section.get(1))) {
        // two short parallel parts over nothing but a byline: a two-part headline, not a column label (or a slogan)
        sub.headline.addAll(sub.section);
        sub.section.clear();
      }
    }
    return out;
  }

  /**
   * Takes the blocks from {@code i} on that stand between a lead-dash kicker and the headline it leads into, where more
   * than one block does: the lines of a headline printed line by line go to the headline ({@link #wrappedUnderKicker}),
   * a pair of slogans beside the stack aside ({@link #slogansUnderKicker}). {@return the index of the last block taken,
   * or -1 when none is}
   */
  private static int takeUnderKicker(List<ClassifiedBlock> cl, int i, ArticleHeading cur, ClassifiedBlock prev,
      boolean bodyFollows) {
    int last = wrappedUnderKicker(cl, i, cur, prev, bodyFollows);
    if (last > i) {
      cur.headline.addAll(cl.subList(i, last + 1));
      return last;
    }
    if (slogansUnderKicker(cl, i, cur, prev)) {
      cur.aside.addAll(cl.subList(i, i + 2));
      return i + 1;
    }
    return -1;
  }

  /**
   * Whether blocks {@code i} and {@code i + 1}, right under a lead-dash kicker and over the headline it leads into, are
   * two parallel labels: a pair of slogans set beside the stack ({@code 好客某省} / {@code 好品某省}), as
   * {@link #interruptsHeading} sets one aside.
   */
  private static boolean slogansUnderKicker(List<ClassifiedBlock> cl, int i, ArticleHeading cur, ClassifiedBlock prev) {
    return i + 2 < cl.size() && leadsInto(cur, prev) && cl.get(i).kind() == BlockKind.SECTION
        && cl.get(i + 1).kind() == BlockKind.SECTION && cl.get(i + 2).kind() == BlockKind.HEADLINE
        && areParallel(cl.get(i), cl.get(i + 1));
  }

  /**
   * How many short lines a headline under a lead-dash kicker is printed in before its last line, where each line came
   * out as a block of its own. With one, the short line could as well be a label set beside the stack.
   */
  private static final int WRAPPED_HEADLINE_PIECES = 2;

  /**
   * Where the headline that a lead-dash kicker leads into was printed line by line, each line a block of its own
   * ({@code 货轮很智能} / {@code 进港} / {@code 快又稳（乡村行）}): from block {@code i}, right under the kicker,
   * {@value #WRAPPED_HEADLINE_PIECES} short labels, none letter-spaced or a single character, then a headline line
   * right over the byline (or over the body, at the cluster's end). {@return the index of that headline line, or -1}
   * Two parallel labels there are a pair of slogans beside the stack ({@code 好客某省} / {@code 好品某省}), no lines of
   * a headline, which are cut where the width runs out.
   */
  private static int wrappedUnderKicker(List<ClassifiedBlock> cl, int i, ArticleHeading cur, ClassifiedBlock prev,
      boolean bodyFollows) {
    if (!leadsInto(cur, prev)) {
      return -1;
    }
    int k = i;
    while (k < cl.size() && k - i < WRAPPED_HEADLINE_PIECES && cl.get(k).kind() == BlockKind.SECTION
        && !BlockClassifier.isLetterSpaced(cl.get(k)) && !isFragment(cl.get(k))) {
      k++;
    }
    if (k - i < WRAPPED_HEADLINE_PIECES || k >= cl.size() || cl.get(k).kind() != BlockKind.HEADLINE
        || areParallel(cl.get(i), cl.get(i + 1))) {
      return -1;
    }
    boolean overArticle = k + 1 < cl.size() ? cl.get(k + 1).kind() == BlockKind.BYLINE : bodyFollows;
    return overArticle ? k : -1;
  }

  /**
   * Adds {@code c} to the headline, kicker or section of {@code cur} as the second of two parallel parts, whose
   * first is {@code prev} (unless {@code c} pairs better with {@code next}, or {@code prev} ends a wrapped heading);
   * {@return whether it did}
   */
  private static boolean addToParts(ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c, ClassifiedBlock next,
      ClassifiedBlock beforePrev) {
    boolean pairs = prev != null && mismatch(prev, c) <= (next == null ? Integer.MAX_VALUE : mismatch(c, next))
        && !endsWrappedHeading(beforePrev, prev);
    List<ClassifiedBlock> parts = !pairs ? null : isParallelPart(cur.headline, true, prev, c) ? cur.headline
        : isParallelPart(cur.kicker, false, prev, c) ? cur.kicker : isParallelPart(cur.section, false, prev, c) ? cur.section : null;
    if (parts == null) {
      return false;
    }
    parts.add(c);
    cur.twoPartHeadline |= parts == cur.headline;
    return true;
  }

  /**
   * Places block {@code c} by its kind in {@code cur} or in a new heading; {@return the heading it went to}
   *
   * @param overArticle whether a byline comes right after {@code c}, or the body when {@code c} ends the cluster
   */
  private ArticleHeading place(List<ArticleHeading> out, ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c,
      ClassifiedBlock next, boolean overArticle, PageStyle style) {
    switch (c.kind()) {
      case SECTION -> {
        if (wrapsHeadline(cur, prev, c) || endsHeadlineTight(cur, prev, c, overArticle, style)) {
          cur.headline.add(c);
          return cur;
        }
        if (interruptsHeading(cur, prev, next)) {
          // the headline's first part (春风暖 / 人心齐) or first line, wrapped without a blank line; else a
          // logo or slogan set apart beside the stack
          boolean opensHeadline = areParallel(c, next) || next.block().blankLinesBefore() == 0;
          (opensHeadline ? cur.headline : cur.aside).add(c);
          return cur;
        }
        if (pairsSlogan(cur, c, next)) {
          cur.aside.add(c);
          return cur;
        }
        return section(out, cur, prev, c, overArticle);
      }
      case KICKER -> {
        ArticleHeading to = cur.hasHeadline() || cur.byline != null ? newSub(out, c) : cur;
        to.kicker.add(c);
        return to;
      }
      case HEADLINE -> {
        return headline(out, cur, prev, c, next, style);
      }
      case SUBHEADLINE -> {
        ArticleHeading above = leadsInto(cur, prev) ? headlineAbove(out, cur) : null;
        (above != null ? above : cur).subheadline.add(c);
        return cur;
      }
      case BYLINE -> {
        ArticleHeading to = cur.byline != null ? newSub(out, c) : cur;
        to.byline = c;
        return to;
      }
      default -> {
        cur.section.add(c);
        return cur;
      }
    }
  }

  private static ArticleHeading section(List<ArticleHeading> out, ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c,
      boolean overArticle) {
    if (leadsInto(cur, prev) && overArticle && !BlockClassifier.isLetterSpaced(c) && !isFragment(c)) {
      // a kicker that ends in the lead dash (某地——) leads into the headline right under it, over the byline or
      // the body; a letter-spaced block there is a column label
      cur.headline.add(c);
    } else if (prev != null && prev.kind() == BlockKind.BYLINE && cur.section.isEmpty()) {
      if (endsWithPlace(c.text())) {
        cur.kicker.add(c);
      } else {
        cur.section.add(c);
      }
    } else if (cur.hasHeadline() || cur.byline != null || !cur.section.isEmpty() || !cur.kicker.isEmpty()) {
      ArticleHeading to = newSub(out, c);
      to.section.add(c);
      return to;
    } else {
      cur.section.add(c);
    }
    return cur;
  }

  private ArticleHeading headline(List<ArticleHeading> out, ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c,
      ClassifiedBlock next, PageStyle style) {
    if (style.blanksInformative() && !style.blankAfterEveryLine() && isDeckUnder(cur, prev, c)) {
      cur.subheadline.add(c);
      return cur;
    }
    if (isTwoPartKickerOver(cur, prev)) {
      cur.kicker.addAll(cur.section);
      cur.section.clear();
    }
    // a vertical headline (one character per line) is a whole headline: no deck of another one
    boolean vertical = c.block().isVertical() || prev != null && prev.kind() == BlockKind.HEADLINE && prev.block().isVertical();
    if (cur.headline.size() == 1 && cur.headline.get(0) == prev && prev.kind() == BlockKind.SECTION && areParallel(prev, c)) {
      // the second part of a two-part headline whose first, a label between a kicker and it, opened the headline
      cur.headline.add(c);
      cur.twoPartHeadline = true;
      return cur;
    }
    if (besideRoleOnlyByline(cur, c)) {
      // a two-part headline printed row by row beside a byline box: 某地新貌 / 本报记者 / 万家灯明 / 王明
      cur.headline.add(cur.section.remove(0));
      cur.headline.add(c);
      cur.twoPartHeadline = true;
      return cur;
    }
    boolean wrapped = prev != null && (prev.kind() == BlockKind.HEADLINE || cur.headline.contains(prev))
        && c.block().blankLinesBefore() == 0 && !widerThanItsMeasure(cur.headline, c);
    boolean tagged = cur.hasHeadline() && NewsCues.endsWithColumnTag(cur.headline.get(cur.headline.size() - 1).text());
    if (cur.byline != null || !cur.subheadline.isEmpty() || cur.hasHeadline() && (vertical || cur.twoPartHeadline || tagged)
        || cur.hasHeadline() && !wrapped) {
      ArticleHeading to = newSub(out, c);
      to.headline.add(c);
      return to;
    }
    if (cur.hasHeadline() && isSecondDeck(cur, prev, c, style) && !wrapsOnAtOneMeasure(prev, c, next)) {
      if (NewsCues.backsHeadlineWithFigure(Chars.stripSpaces(prev.text()), Chars.stripSpaces(c.text()))) {
        // the deck under the headline backs it with a figure: its subheadline, not the headline under a kicker
        cur.subheadline.add(c);
        return cur;
      }
      cur.kicker.addAll(cur.headline);
      cur.headline.clear();
    }
    cur.headline.add(c);
    return cur;
  }

  /**
   * Whether headline block {@code c} is the second part of a two-part headline whose first part, read as a label, is
   * the only block of {@code cur} before a byline of outlet and role with no name: an extractor reading a heading row by
   * row prints a byline box set beside the headline between its parts ({@code 某地新貌} / {@code 本报记者} /
   * {@code 万家灯明} / {@code 王明}), and a byline still waiting for its names closes no heading.
   */
  private static boolean besideRoleOnlyByline(ArticleHeading cur, ClassifiedBlock c) {
    return cur.byline != null && NewsCues.isBylineRoleOnly(cur.byline.text()) && !cur.hasHeadline() && cur.kicker.isEmpty()
        && cur.subheadline.isEmpty() && cur.section.size() == 1 && areParallel(cur.section.get(0), c);
  }

  /**
   * Whether headline block {@code c}, right under the headline {@code prev}, is that headline's subheadline set in
   * smaller type: with no blank line between, its first line is wider than the headline's last line, which a
   * wrapped headline's next line never is (it fills the same measure), and longer than a part of a two-part headline
   * ({@code 春风暖} / {@code 万家“灯火”明}); or, with at most one blank line between, it backs the headline with a figure
   * the headline lacks ({@link NewsCues#backsHeadlineWithFigure}: a kicker sets the scene, it does not report the
   * headline's figure after it). A plain heading line that carries no column
   * tag (the tag closes the headline itself: {@code 这个村，荒坡变成果园（乡村行）} under its kicker). Asked only where
   * the page's blank lines carry information: there a kicker stands apart from its headline by a blank line, and the
   * deck printed tight under a headline is its subheadline (where no blank lines are printed, a kicker over a longer
   * headline looks the same: {@link #isSecondDeck}).
   */
  private static boolean isDeckUnder(ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c) {
    if (prev == null || !cur.headline.contains(prev) || cur.headline.get(cur.headline.size() - 1) != prev
        || c.block().blankLinesBefore() > 1 || !cur.subheadline.isEmpty() || cur.byline != null
        || c.block().isVertical() || prev.block().isVertical()) {
      return false;
    }
    String line = Chars.stripSpaces(c.block().lines().get(0).text());
    boolean figure = NewsCues.backsHeadlineWithFigure(Chars.stripSpaces(prev.text()), line);
    boolean wider = c.block().blankLinesBefore() == 0 && NewsCues.opensWiderDeck(lastLineWidth(prev), Chars.width(line));
    return (wider || figure) && isPlainHeadingLine(line) && !NewsCues.endsWithColumnTag(c.text());
  }

  /**
   * Whether {@code s} reads as a deck of a heading: it opens with a character or a quotation mark, not a bracket, and
   * has a heading's punctuation ({@link NewsCues#isHeadingLine}); a tag in brackets alone, or a line with an ellipsis,
   * is no subheadline.
   */
  private static boolean isPlainHeadingLine(String s) {
    return !s.isEmpty() && !(Chars.isOpener(s.charAt(0)) && s.charAt(0) != '“' && s.charAt(0) != '‘') && NewsCues.isHeadingLine(s);
  }

  /**
   * Whether the short block {@code c}, read as a label, is the last line of the headline {@code prev} right above it,
   * which stops inside a word that {@code c} completes ({@code …防汛抗旱工作视} / {@code 频会议举行}) or with its phrase
   * left open: a label never continues a word or phrase of the line above it. No blank line between.
   */
  private boolean wrapsHeadline(ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c) {
    if (!tightUnderHeadline(cur, prev, c)) {
      return false;
    }
    String above = Chars.stripSpaces(prev.text());
    String below = Chars.stripSpaces(c.text());
    return !above.isEmpty() && !below.isEmpty() && !NewsCues.endsWithColumnTag(above)
        && (segmenter.keepsWordAcross(above, below) || NewsCues.endsPhraseOpen(above) || NewsCues.leavesOpen(above));
  }

  /**
   * Whether the short block {@code c}, read as a label, is the last line of the headline {@code prev}, printed tight
   * under it where the page's blank lines carry information: the extractor sets a blank line between blocks of
   * different type, so a line with none above it is set in the headline's type. Only where the stack ends with
   * {@code c} over its byline or body (a label over the next article's headline stands apart from it), and not for a
   * bracketed column tag, letter-spaced or vertical text.
   */
  private static boolean endsHeadlineTight(ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c, boolean overArticle,
      PageStyle style) {
    if (!style.blanksInformative() || style.blankAfterEveryLine() || !overArticle || !tightUnderHeadline(cur, prev, c)) {
      return false;
    }
    String above = Chars.stripSpaces(prev.text());
    String below = Chars.stripSpaces(c.text());
    return !above.isEmpty() && !below.isEmpty() && !NewsCues.endsWithColumnTag(above) && !Chars.isOpener(below.charAt(0))
        && !NewsCues.endsWithColumnTag(below);
  }

  /**
   * Whether block {@code c} stands right under {@code prev}, the last block of the headline of {@code cur}, with no
   * blank line between, before any byline or subheadline; neither set vertically, nor {@code c} letter-spaced.
   */
  private static boolean tightUnderHeadline(ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c) {
    return prev != null && cur.hasHeadline() && cur.headline.get(cur.headline.size() - 1) == prev
        && c.block().blankLinesBefore() == 0 && cur.byline == null && cur.subheadline.isEmpty()
        && !prev.block().isVertical() && !c.block().isVertical() && !BlockClassifier.isLetterSpaced(c);
  }

  private static ArticleHeading newSub(List<ArticleHeading> out, ClassifiedBlock c) {
    ArticleHeading s = new ArticleHeading(c.block().firstLine());
    out.add(s);
    return s;
  }

  /** A name that ends in a unit of administration ({@code 某某县}, {@code 某某镇}). */
  private static final Pattern ENDS_WITH_PLACE = Pattern.compile(".*[区县市省州镇乡村旗盟]$");

  private static boolean endsWithPlace(String s) {
    return ENDS_WITH_PLACE.matcher(s).matches();
  }

  /** Whether a heading block is one character alone: a piece of a vertical or broken heading, no headline by itself. */
  private static boolean isFragment(ClassifiedBlock c) {
    return HanPairs.hanCount(c.text()) < 2;
  }

  /**
   * Whether a label between {@code prev} and {@code next} stands inside one article's heading stack, between a kicker
   * that leads into its headline ({@code 某地——}) and that headline. It opens no heading of its own — the kicker leads
   * into the headline — and is no section label of this one, which is printed above the stack.
   */
  private static boolean interruptsHeading(ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock next) {
    return next != null && leadsInto(cur, prev) && next.kind() == BlockKind.HEADLINE;
  }

  /**
   * Whether label {@code c}, between the headline of {@code cur} and the byline under it, is the second of two
   * slogans set beside the stack ({@code 好客某省} / {@code 好品某省}): parallel to the label already set aside between
   * the kicker and the headline ({@link #interruptsHeading}). It opens no heading of its own, no more than the first.
   */
  private static boolean pairsSlogan(ArticleHeading cur, ClassifiedBlock c, ClassifiedBlock next) {
    return cur.hasHeadline() && cur.byline == null && next != null && next.kind() == BlockKind.BYLINE
        && !cur.aside.isEmpty() && areParallel(cur.aside.get(cur.aside.size() - 1), c);
  }

  /**
   * The heading before {@code cur} in {@code out} whose headline still lacks the subheadline under it, or null. Under a
   * kicker that leads into its headline no subheadline of that headline can come yet (a subheadline stands under its
   * headline): one read there belongs to the headline before the kicker, two stacks interleaved in reading order.
   */
  private static ArticleHeading headlineAbove(List<ArticleHeading> out, ArticleHeading cur) {
    int at = out.indexOf(cur);
    ArticleHeading before = at > 0 ? out.get(at - 1) : null;
    return before != null && before.hasHeadline() && before.subheadline.isEmpty() ? before : null;
  }

  /**
   * Whether the block after {@code prev} is the headline that {@code prev} leads into: {@code prev} is the last kicker
   * of {@code cur}, which has no headline or byline yet, and ends in the lead dash ({@code 某地——}).
   */
  private static boolean leadsInto(ArticleHeading cur, ClassifiedBlock prev) {
    return prev != null && !cur.hasHeadline() && cur.byline == null && !cur.kicker.isEmpty()
        && cur.kicker.get(cur.kicker.size() - 1) == prev && NewsCues.endsWithLeadDash(prev.text());
  }

  /**
   * Makes the short lines that end a cluster with no body under it, right after a kicker that ends in the lead dash
   * ({@code 某地升级设备——} / {@code 吊机更灵巧} / {@code 装船快又稳}), that kicker's headline: the dash leads into the
   * headline, and with no body below they head nothing of their own (a heading printed after its body). Lines printed
   * letter-spaced stay column labels.
   */
  private static void endLeadDashKickerWithItsHeadline(List<ArticleHeading> subs) {
    if (subs.size() < 2) {
      return;
    }
    ArticleHeading labels = subs.get(subs.size() - 1);
    ArticleHeading led = subs.get(subs.size() - 2);
    boolean labelsOnly = !labels.section.isEmpty() && labels.all().size() == labels.section.size()
        && labels.section.stream().noneMatch(BlockClassifier::isLetterSpaced);
    ClassifiedBlock lastKicker = led.kicker.isEmpty() ? null : led.kicker.get(led.kicker.size() - 1);
    if (labelsOnly && led.subheadline.isEmpty() && leadsInto(led, lastKicker)) {
      led.headline.addAll(labels.section);
      subs.remove(subs.size() - 1);
    }
  }

  /**
   * Makes the last heading of a cluster that sits right over a body, two short parallel parts read as a label
   * ({@code 春风暖} / {@code 人心齐}), the headline of the heading above it, whose headline becomes its kicker: a
   * kicker over a two-part main headline (引题 over a 对仗 主题). The heading above has a headline and nothing after it.
   */
  private static void stackTwoPartHeadlineUnderKicker(List<ArticleHeading> subs) {
    if (subs.size() < 2) {
      return;
    }
    ArticleHeading pair = subs.get(subs.size() - 1);
    ArticleHeading above = subs.get(subs.size() - 2);
    boolean pairOnly = !pair.hasHeadline() && pair.kicker.isEmpty() && pair.byline == null && pair.subheadline.isEmpty()
        && pair.section.size() == 2 && areParallel(pair.section.get(0), pair.section.get(1));
    boolean headlineOnly = above.hasHeadline() && above.kicker.isEmpty() && above.byline == null && above.subheadline.isEmpty();
    if (pairOnly && headlineOnly) {
      above.kicker.addAll(above.headline);
      above.headline.clear();
      above.headline.addAll(pair.section);
      above.twoPartHeadline = true;
      above.aside.addAll(pair.aside);
      subs.remove(subs.size() - 1);
    }
  }

  /**
   * Whether headline line {@code c}, printed right under headline line {@code prev}, is the main headline under
   * a kicker (引题 over 主题, the common two-deck headline) rather than the second line of one wrapped headline.
   * Where the page's blank lines carry information, two heading lines with none between are one text block, so
   * one headline; where they carry none (text in content-stream order), or where columns were read side by side (the
   * rows between two lines of a column held other columns' text, whatever type the two were set in), a wrapped
   * headline shows itself by breaking inside a word ({@code 全市推进职} / {@code 业技能培训}) or a phrase, or as a
   * third line ({@link #wrapsOnAtOneMeasure}).
   */
  private boolean isSecondDeck(ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c, PageStyle style) {
    if (style.blanksInformative() && !style.sideBySide() || style.blankAfterEveryLine() || !cur.kicker.isEmpty()
        || cur.headline.size() != 1) {
      return false;
    }
    String above = Chars.stripSpaces(prev.text());
    String below = Chars.stripSpaces(c.text());
    return !above.isEmpty() && !below.isEmpty() && !NewsCues.endsPhraseOpen(above)
        && !NewsCues.leavesOpen(above) && !NewsCues.startsMidSentence(below, segmenter::isKnownWord) && !Chars.isCloser(below.charAt(0))
        && !segmenter.formsWordAcross(above, below);
  }

  /**
   * Whether headline line {@code c}, under {@code prev}, goes on to a third line (a second line of its own, or a
   * headline block tight under it) and starts as wide as {@code prev} ends: the lines of one headline wrapped at one
   * measure ({@code 全县召开秋季农田水利} / {@code 建设动员大会部署冬修} / {@code 重点工程}). A kicker is set in other
   * type, so rarely to the headline's measure, and a headline under it that wraps again is its own two lines.
   */
  private static boolean wrapsOnAtOneMeasure(ClassifiedBlock prev, ClassifiedBlock c, ClassifiedBlock next) {
    boolean goesOn = c.block().lines().size() > 1
        || next != null && next.kind() == BlockKind.HEADLINE && next.block().blankLinesBefore() == 0 && !next.block().isVertical();
    double first = Chars.width(Chars.stripSpaces(c.block().lines().get(0).text()));
    return goesOn && Math.abs(lastLineWidth(prev) - first) < SAME_MEASURE;
  }

  /**
   * Whether the first line of {@code c} is wider than the measure that the lines of {@code headline} were wrapped at.
   * Three lines or more, all but the last set to one width ({@value #SAME_MEASURE} em apart at most), show the measure,
   * and a line of the same headline never runs wider than it. Such a line opens another heading (a headline printed
   * after its body, then the next article's, with no blank line between), unless it backs the headline with a figure
   * ({@link NewsCues#backsHeadlineWithFigure}): a subheadline set in smaller type, more characters to the line.
   */
  private static boolean widerThanItsMeasure(List<ClassifiedBlock> headline, ClassifiedBlock c) {
    List<Double> widths = new ArrayList<>();
    for (ClassifiedBlock b : headline) {
      b.block().lines().forEach(l -> widths.add(Chars.width(Chars.stripSpaces(l.text()))));
    }
    if (widths.size() < 3) {
      return false;
    }
    double measure = widths.get(0);
    for (double w : widths.subList(1, widths.size() - 1)) {
      if (Math.abs(w - measure) >= SAME_MEASURE) {
        return false;
      }
    }
    return Chars.width(Chars.stripSpaces(c.block().lines().get(0).text())) >= measure + SAME_MEASURE
        && !NewsCues.backsHeadlineWithFigure(HeadlineMatcher.joined(headline), Chars.stripSpaces(c.text()));
  }

  /** {@return the width (em) of the last line of block {@code b}, spaces left out} */
  private static double lastLineWidth(ClassifiedBlock b) {
    List<Line> lines = b.block().lines();
    return Chars.width(Chars.stripSpaces(lines.get(lines.size() - 1).text()));
  }

  /** How much (em) two lines set to one measure may differ: digits and Latin letters, set narrower, make them uneven. */
  private static final double SAME_MEASURE = 1;

  /**
   * Whether the section of {@code cur}, right over a headline, is two parallel parts that neither are letter-spaced
   * ({@code 政策好} / {@code 顾虑少}): a two-part kicker that sums the news up in two clauses, not a column's name, which
   * is one label.
   */
  private static boolean isTwoPartKickerOver(ArticleHeading cur, ClassifiedBlock prev) {
    return !cur.hasHeadline() && cur.kicker.isEmpty() && cur.byline == null && cur.section.size() == 2
        && cur.section.get(1) == prev && areParallel(cur.section.get(0), prev)
        && !BlockClassifier.isLetterSpaced(cur.section.get(0)) && !BlockClassifier.isLetterSpaced(prev);
  }

  /**
   * Whether heading block {@code c} is the second part of a two-part heading whose first part, {@code prev}, is the
   * last of {@code parts}: two short clauses of about one length, set one under the other (对仗, {@code 冰雪游正旺} /
   * {@code 山村人气足}, {@code 花灯迎客} / {@code 手艺焕新（文化行）}), which an extractor prints as two blocks. No
   * third part; the second part of the first one's kind, or read as a column label (a short part alone looks like
   * one), or, in a {@code headline}, a headline under a first part read as a label. Each part is
   * {@linkplain #isOneClause one clause}.
   */
  private static boolean isParallelPart(List<ClassifiedBlock> parts, boolean headline, ClassifiedBlock prev, ClassifiedBlock c) {
    if (parts.size() != 1 || prev == null || parts.get(0) != prev) {
      return false;
    }
    boolean kinds = c.kind() == prev.kind() || c.kind() == BlockKind.SECTION
        || headline && prev.kind() == BlockKind.SECTION && c.kind() == BlockKind.HEADLINE;
    return kinds && areParallel(prev, c);
  }

  /**
   * Whether block {@code c} is the column tag of the headline just above it, printed on a line of its own
   * ({@code 乡村书屋书香浓} / {@code （书香中国）}): a tag in brackets alone, not a bare name (a bracketed author), under a
   * headline line of {@code cur}, which has no byline yet.
   */
  private static boolean tagsHeadline(ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c) {
    if (prev == null || cur.byline != null || cur.headline.isEmpty()
        || cur.headline.get(cur.headline.size() - 1) != prev) {
      return false;
    }
    return isColumnTagAlone(c);
  }

  /**
   * Whether block {@code c} is the column tag of a headline that came out as labels right above it: one label, or the
   * two parallel parts of a two-part headline, with nothing else in {@code cur} (a headline is what a tag closes, and
   * no label stands alone between a headline and its tag).
   */
  private static boolean tagsLabels(ArticleHeading cur, ClassifiedBlock prev, ClassifiedBlock c) {
    List<ClassifiedBlock> labels = cur.section;
    boolean parts = labels.size() == 1 || labels.size() == 2 && areParallel(labels.get(0), labels.get(1));
    return prev != null && parts && labels.get(labels.size() - 1) == prev && !cur.hasHeadline() && cur.kicker.isEmpty()
        && cur.subheadline.isEmpty() && cur.byline == null && cur.aside.isEmpty() && isColumnTagAlone(c);
  }

  /**
   * Whether block {@code c} is a column tag in brackets alone ({@code （书香中国）}), printed under its headline: not a
   * bare name, which is a bracketed author.
   */
  static boolean isColumnTagAlone(ClassifiedBlock c) {
    return NewsCues.columnTagAlone(c.text()).filter(tag -> !BylineParser.looksLikeBareName(tag)).isPresent();
  }

  /**
   * Whether block {@code c}, read as a column label, is the first part of a two-part headline: the next block is
   * parallel to it, more closely than {@code c} is to the block before, and is a headline, or also reads as a label
   * and the byline follows ({@code 每日谈} / {@code 街巷整洁} / {@code 文明成风} / {@code ■李明}) or, at the cluster's end,
   * the body (the byline, printed beside the heading, came out elsewhere). Two letter-spaced labels are a two-part
   * label, not a headline.
   */
  private static boolean opensTwoPartHeadline(ClassifiedBlock prev, ClassifiedBlock c, ClassifiedBlock next, ClassifiedBlock after,
      boolean bodyFollows) {
    if (c.kind() != BlockKind.SECTION || next == null || !areParallel(c, next) || BlockClassifier.isLetterSpaced(c)
        || prev != null && (mismatch(c, next) >= mismatch(prev, c) || endsWrappedHeading(prev, c))) {
      return false;
    }
    boolean overArticle = after != null ? after.kind() == BlockKind.BYLINE
        : bodyFollows && prev != null && BlockClassifier.isLetterSpaced(prev);
    return next.kind() == BlockKind.HEADLINE || next.kind() == BlockKind.SECTION && overArticle;
  }

  /**
   * Whether short heading block {@code part} is the last line of a wrapped heading, not the first part of a two-part
   * one: it sits right under ({@code before}, no blank line between) a heading line longer than any part
   * ({@code 某市软件园入驻企业} / {@code 数持续增长}).
   */
  private static boolean endsWrappedHeading(ClassifiedBlock before, ClassifiedBlock part) {
    if (before == null || part.block().blankLinesBefore() > 0 || before.kind() == BlockKind.BODY || before.kind() == BlockKind.BYLINE) {
      return false;
    }
    return HanPairs.hanCount(before.text()) > NewsCues.LONGEST_HEADING_PART;
  }

  /**
   * Whether a heading block is one clause: a block printed with a space inside ({@code 春风暖 人心齐}) is a two-part
   * heading already, not a part of one. A letter-spaced block ({@code 民 生 记 事}) counts as one clause.
   */
  private static boolean isOneClause(ClassifiedBlock c) {
    return BlockClassifier.isLetterSpaced(c)
        || c.block().lines().stream().map(l -> Chars.strip(l.text())).noneMatch(Chars::hasSpace);
  }

  /**
   * Whether two heading blocks read as the two parts of one heading ({@link NewsCues#areHeadingParts}), each
   * {@linkplain #isOneClause one clause}, both letter-spaced or neither (a boxed label and a heading are no pair).
   */
  private static boolean areParallel(ClassifiedBlock first, ClassifiedBlock second) {
    return mayBeParts(first, second) && NewsCues.areHeadingParts(first.text(), second.text());
  }

  /**
   * How many Han characters two heading blocks differ by as the two parts of one heading
   * ({@link NewsCues#headingPartsGap}), or {@link Integer#MAX_VALUE} when they cannot be two parts. Of three short
   * heading blocks in a row, the closer two are the parts ({@code 每日谈} / {@code 街巷整洁} / {@code 文明成风}).
   */
  private static int mismatch(ClassifiedBlock first, ClassifiedBlock second) {
    int gap = mayBeParts(first, second) ? NewsCues.headingPartsGap(first.text(), second.text()) : -1;
    return gap < 0 ? Integer.MAX_VALUE : gap;
  }

  /** Whether two heading blocks are each one clause, and both letter-spaced or neither. */
  private static boolean mayBeParts(ClassifiedBlock first, ClassifiedBlock second) {
    return isOneClause(first) && isOneClause(second) && BlockClassifier.isLetterSpaced(first) == BlockClassifier.isLetterSpaced(second);
  }
}
