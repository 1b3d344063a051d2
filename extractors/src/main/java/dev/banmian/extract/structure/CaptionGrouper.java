package dev.banmian.extract.structure;

import dev.banmian.extract.layout.InlineCredit;
import dev.banmian.extract.layout.Placement;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.model.Caption;
import dev.banmian.model.SourcedText;
import dev.banmian.segment.Segmenter;
import dev.banmian.text.Chars;
import dev.banmian.text.NewsCues;
import dev.banmian.text.TracedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;

/**
 * The first assembly pass: pairs each caption with its credit (inline, under it or above it), the caption title above
 * it and the column label above that, and hands the rest of the page on as the article flow. Noise, credits and
 * caption titles that no caption takes go to noise. A caption whose sentence stops unfinished takes the caption that is
 * its rest, printed apart ({@link #joinRests}).
 *
 * <p>Immutable and thread-safe.
 */
final class CaptionGrouper {
  /**
   * The page's captions and what is left for articles.
   *
   * @param captions the captions, in reading order
   * @param flow the blocks left for articles, in reading order
   * @param label the last column label printed over a photo, which also heads the articles after it; or null
   */
  record Grouped(List<Caption> captions, List<ClassifiedBlock> flow, ClassifiedBlock label) {
  }

  private final BylineParser bylines;
  /** Tells where a caption was cut inside a word: the dictionary and the segmentation. */
  private final Segmenter segmenter;

  /**
   * @param bylines parses each caption's credit
   * @param segmenter tells a caption cut inside a word ({@code 体验舞} + {@code 龙。}) by its dictionary
   */
  CaptionGrouper(BylineParser bylines, Segmenter segmenter) {
    this.bylines = bylines;
    this.segmenter = segmenter;
  }

  /** A caption as read from its blocks, before rests printed apart are joined. */
  private record Read(TracedText text, Optional<TracedText> credit, Optional<SourcedText> title,
      Optional<SourcedText> section) {
  }

  Grouped group(List<ClassifiedBlock> blocks, Assembly page) {
    return new Pass(blocks, page).run();
  }

  /**
   * {@code read} with each caption whose sentence stops unfinished ({@code 某村学生在广场上体验舞}) joined to its rest
   * printed apart ({@code 龙。}): an extractor reading a photo's caption beside other captions prints their lines
   * interleaved, so one caption's last line can come out blocks away, before or after its first. The rest is the
   * nearest other caption that ends its sentence, runs on at most {@value #LONGEST_CAPTION_REST} characters, has no
   * caption title or column label over it (a caption under one is a photo item of its own), and makes a dictionary
   * word across the join. The joined caption keeps the rest's credit
   * (printed under the caption's end). Every credit is a photo's: where the head has taken a credit as well, the two
   * join only when that credit is the rest of one whose name was cut after its first character ({@code 赵} +
   * {@code 刚摄}, as {@link #creditTail} reads one), and it goes there; otherwise they are two photos' captions.
   */
  private List<Read> joinRests(List<Read> read) {
    List<Read> out = new ArrayList<>(read);
    for (int i = 0; i < out.size(); i++) {
      Read head = out.get(i);
      int rest = isUnfinishedCaption(head.text()) ? restOf(out, i) : -1;
      if (rest < 0) {
        continue;
      }
      Read r = out.get(rest);
      if (r.credit().isPresent() && head.credit().isPresent() && !giveToCutName(out, head.credit().get(), i, rest)) {
        continue;
      }
      out.set(i, new Read(head.text().concat(r.text()), r.credit().or(head::credit), head.title(), head.section()));
      out.remove(rest);
      if (rest < i) {
        i--;
      }
    }
    return out;
  }

  /**
   * Appends {@code credit} to the credit of a caption in {@code read}, other than the two being joined ({@code head} and
   * {@code rest}), that is a name's first character alone, where the two make a credit line; {@return whether one
   * took it}
   */
  private static boolean giveToCutName(List<Read> read, TracedText credit, int head, int rest) {
    for (int k = 0; k < read.size(); k++) {
      Read r = read.get(k);
      if (k == head || k == rest) {
        continue;
      }
      String cut = r.credit().map(c -> Chars.stripSpaces(c.text())).orElse("");
      if (cut.length() == 1 && Chars.isHan(cut.charAt(0)) && NewsCues.isCreditLine(cut + Chars.stripSpaces(credit.text()))) {
        read.set(k, new Read(r.text(), Optional.of(r.credit().get().concat(credit)), r.title(), r.section()));
        return true;
      }
    }
    return false;
  }

  /** The index of the nearest caption in {@code read} that is the rest of caption {@code i} ({@link #joinRests}), or -1. */
  private int restOf(List<Read> read, int i) {
    String head = read.get(i).text().text();
    return nearest(i, read.size(), read.size(), k -> isRestOf(head, read.get(k)));
  }

  /**
   * The index other than {@code near} among {@code 0 .. size - 1}, at most {@code reach} from it, nearest to it (the
   * later of two as near) for which {@code test} holds; or -1.
   */
  private static int nearest(int near, int reach, int size, IntPredicate test) {
    for (int d = 1; d <= reach; d++) {
      for (int k : new int[] {near + d, near - d}) {
        if (k >= 0 && k < size && test.test(k)) {
          return k;
        }
      }
    }
    return -1;
  }

  /** Whether caption {@code r} is the rest of the caption whose text is {@code head} ({@link #joinRests}). */
  private boolean isRestOf(String head, Read r) {
    String t = r.text().text();
    return r.title().isEmpty() && r.section().isEmpty() && t.length() <= LONGEST_CAPTION_REST && Chars.endsSentence(t)
        && segmenter.formsWordAcross(head, t);
  }

  /** One page's grouping: which blocks the captions took so far, and the caption being read. */
  private final class Pass {
    private final List<ClassifiedBlock> blocks;
    private final Assembly page;
    private final Set<Integer> used = new HashSet<>();
    private final List<Read> captions = new ArrayList<>();
    private ClassifiedBlock label;
    /** The last block of the caption being read. */
    private int at;

    Pass(List<ClassifiedBlock> blocks, Assembly page) {
      this.blocks = blocks;
      this.page = page;
    }

    Grouped run() {
      for (at = 0; at < blocks.size(); at++) {
        if (blocks.get(at).kind() == BlockKind.CAPTION && !used.contains(at)) {
          caption();
        }
      }
      List<Caption> joined = new ArrayList<>();
      for (Read r : joinRests(captions)) {
        Optional<SourcedText> credit = r.credit().map(page::sourced);
        joined.add(new Caption(page.sourced(r.text()), credit, credit.flatMap(cr -> bylines.parse(cr.text())), r.title(),
            r.section()));
      }
      return new Grouped(joined, flow(blocks, used, page), label);
    }

    /** Reads the caption that starts at block {@link #at}: its text, credit, title and column label. */
    private void caption() {
      int first = at;
      used.add(at);
      TracedText text = blocks.get(at).block().text().strip();
      while (isUnfinishedCaption(text) && hasFreeNext() && continuesCaption(blocks.get(at + 1))) {
        // a caption's sentence runs on into the next block: the typesetter carried it over to the next column
        text = text.concat(takeNext());
      }
      if (hasFreeNext() && closesCutBracket(text.text(), blocks.get(at + 1).text())) {
        // the credit's agency cut at the bracket, its rest carried over to a line or column of its own: 李华摄（新华 / 社发）
        text = text.concat(takeNext());
      }
      Optional<TracedText> credit;
      Matcher inline = InlineCredit.split(text.text()).orElse(null);
      Matcher cut = inline == null ? CUT_NAME.matcher(text.text()) : null;
      int tail = cut != null && cut.matches() ? creditTail(blocks, used, cut.group("name"), at) : -1;
      if (inline != null) {
        credit = Optional.of(inlineCredit(text.sub(inline.start("credit"), inline.end("credit")).strip()));
        text = text.sub(0, inline.end("caption")).strip();
      } else if (tail >= 0) {
        // the credit's name cut after its first characters, the rest printed apart: 村民在广场上跳舞。 王 … 小明摄
        used.add(tail);
        credit = Optional.of(text.sub(cut.start("name"), cut.end("name")).concat(blocks.get(tail).block().text().strip()));
        text = text.sub(0, cut.end("caption")).strip();
      } else {
        int besideAt = creditBeside(blocks, first, at, used);
        Optional<TracedText> beside = besideAt < 0 ? Optional.empty()
            : Optional.of(withAgencyRest(withCutCreditRest(besideAt, withCutNameRest(besideAt))));
        TracedText joined = beside.map(text::concat).orElse(text);
        Matcher whole = beside.isPresent() ? InlineCredit.split(joined.text()).orElse(null) : null;
        if (whole != null && whole.end("caption") < text.length()) {
          // the credit's first characters ended the caption's last line: 村民在广场上跳舞。 本报记 / 者 王明摄
          credit = Optional.of(joined.sub(whole.start("credit"), whole.end("credit")).strip());
          text = joined.sub(0, whole.end("caption")).strip();
        } else {
          credit = beside;
        }
      }
      titleAndLabel(first, text, credit);
    }

    /**
     * The inline credit, with its bracketed agency when the extractor carried that over to the next block, or with
     * the rest of its agency when the line's end cut the bracket and the extractor printed the rest apart.
     */
    private TracedText inlineCredit(TracedText credit) {
      // the credit's bracketed agency, carried over to a line (or column) of its own: 李华摄 / （新华社发）
      if (agencyAfter(blocks, at, used, credit)) {
        return credit.concat(takeNext());
      }
      return withAgencyRest(credit);
    }

    /**
     * The credit, with the rest of its bracketed agency when the line's end cut the bracket and the extractor printed
     * the rest apart ({@code 王明摄（人} … {@code 民视觉）}).
     */
    private TracedText withAgencyRest(TracedText credit) {
      int rest = NewsCues.endsWithCutCreditAgency(credit.text()) ? bracketRest(blocks, used, at) : -1;
      if (rest < 0) {
        return credit;
      }
      used.add(rest);
      return credit.concat(blocks.get(rest).block().text().strip());
    }

    /** Adds the caption with the caption title above block {@code first} and the column label above that, if any. */
    private void titleAndLabel(int first, TracedText text, Optional<TracedText> credit) {
      int above = first - 1;
      Optional<SourcedText> title = Optional.empty();
      if (above >= 0 && blocks.get(above).kind() == BlockKind.CAPTION_TITLE && !used.contains(above)) {
        used.add(above);
        title = Optional.of(page.sourced(blocks.get(above)));
        above--;
      }
      Optional<SourcedText> section = Optional.empty();
      if (above >= 0 && blocks.get(above).kind() == BlockKind.SECTION && !used.contains(above)) {
        used.add(above);
        section = Optional.of(page.sourced(blocks.get(above)));
        label = blocks.get(above);
      }
      captions.add(new Read(text, credit, title, section));
    }

    private boolean hasFreeNext() {
      return at + 1 < blocks.size() && !used.contains(at + 1);
    }

    /**
     * The credit block's text, with the rest of its name when the block is the name's first character alone and the
     * rest was printed apart ({@code 薛} … {@code 明摄（新华社发）}).
     */
    private TracedText withCutNameRest(int k) {
      TracedText t = blocks.get(k).block().text().strip();
      if (!blocks.get(k).isOneHan()) {
        return t;
      }
      int tail = creditTail(blocks, used, t.text(), at);
      if (tail < 0) {
        return withSpacedNameEnding(k, t);
      }
      used.add(tail);
      return t.concat(blocks.get(tail).block().text().strip());
    }

    /**
     * The credit whose name's first letter is block {@code k}: its other letters on the blocks right after, one each
     * (a letter-spaced name, {@code 薛} / {@code 俊}), and its ending alone printed apart within {@value #TAIL_WINDOW}
     * blocks ({@code 摄（新华社发）}); {@code first} alone where the letters make no name or no ending is found.
     */
    private TracedText withSpacedNameEnding(int k, TracedText first) {
      List<Integer> letters = new ArrayList<>();
      StringBuilder name = new StringBuilder(first.text());
      for (int j = k + 1; j < blocks.size() && name.length() < 3 && !used.contains(j) && blocks.get(j).isOneHan()
          && !NewsCues.isCreditEnding(blocks.get(j).text()); j++) {
        letters.add(j);
        name.append(Chars.stripSpaces(blocks.get(j).text()));
      }
      int ending = letters.isEmpty() || !NewsCues.isPersonName(name) ? -1
          : nearest(k, TAIL_WINDOW, blocks.size(), j -> !used.contains(j) && NewsCues.isCreditEnding(blocks.get(j).text()));
      if (ending < 0) {
        return first;
      }
      TracedText credit = first;
      for (int j : letters) {
        used.add(j);
        credit = credit.concat(blocks.get(j).block().text().strip());
      }
      used.add(ending);
      return credit.concat(blocks.get(ending).block().text().strip());
    }

    /**
     * The text of the credit taken from block {@code k}, with the credit block under it when the extractor cut the credit
     * in two ({@code 某县城关镇} / {@code 宣传办供图}): {@code credit} alone is no credit, the two together are one.
     */
    private TracedText withCutCreditRest(int k, TracedText credit) {
      if (k + 1 >= blocks.size() || used.contains(k + 1) || blocks.get(k + 1).kind() != BlockKind.CREDIT) {
        return credit;
      }
      String head = Chars.stripSpaces(credit.text());
      TracedText rest = blocks.get(k + 1).block().text().strip();
      if (NewsCues.isCreditLine(head) || !NewsCues.isCreditLine(head + Chars.stripSpaces(rest.text()))) {
        return credit;
      }
      used.add(k + 1);
      return credit.concat(rest);
    }

    /** Takes the next block into the caption being read; {@return its text, stripped} */
    private TracedText takeNext() {
      at++;
      used.add(at);
      return blocks.get(at).block().text().strip();
    }
  }

  /**
   * Whether the block after {@code i} is the bracketed agency alone ({@link NewsCues#isCreditAgencyAlone}) of the
   * inline credit {@code credit}, which names none: whatever the classifier took it for (a bracketed bare name reads
   * as a byline), it completes the credit.
   */
  private static boolean agencyAfter(List<ClassifiedBlock> blocks, int i, Set<Integer> used, TracedText credit) {
    return i + 1 < blocks.size() && !used.contains(i + 1) && !Chars.isCloser(credit.charAt(credit.length() - 1))
        && NewsCues.isCreditAgencyAlone(blocks.get(i + 1).text());
  }

  /**
   * A caption's sentence, ended (a closing quotation mark alone ends none), then the first characters of a credit's
   * name, the rest cut off: {@code …跳舞。 王}.
   */
  private static final java.util.regex.Pattern CUT_NAME =
      java.util.regex.Pattern.compile("(?<caption>.+[。！？][”’]?)\\s*(?<name>\\p{IsHan}{1,2})");

  /**
   * The index of the first credit block no caption took, within {@value #TAIL_WINDOW} blocks of block {@code near}, that
   * completes the cut name {@code name}: a credit alone whose name, after {@code name}, makes a name of two to four
   * characters ({@code 王} + {@code 小明摄}), or the credit's ending alone after a whole name ({@code 王明} +
   * {@code 摄（新华社发）}), whatever kind that short block was read as; or -1.
   */
  private static int creditTail(List<ClassifiedBlock> blocks, Set<Integer> used, String name, int near) {
    for (int k = Math.max(0, near - TAIL_WINDOW); k < Math.min(blocks.size(), near + TAIL_WINDOW); k++) {
      String t = Chars.stripSpaces(blocks.get(k).text());
      java.util.regex.Matcher m = CREDIT_TAIL.matcher(t);
      if (used.contains(k) || !m.matches()) {
        continue;
      }
      int length = name.length() + m.group(1).length();
      boolean endingAlone = m.group(1).isEmpty();
      if ((blocks.get(k).kind() == BlockKind.CREDIT || endingAlone) && length >= 2 && length <= 4
          && NewsCues.isCreditLine(name + t)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The index of the block nearest to block {@code near}, within {@value #TAIL_WINDOW} blocks and taken by no caption,
   * that is the rest of a credit's bracketed agency cut at its line's end ({@code 王明摄（人} … {@code 民视觉）}): a
   * short block alone that closes a round bracket and opens none; or -1.
   */
  private static int bracketRest(List<ClassifiedBlock> blocks, Set<Integer> used, int near) {
    return nearest(near, TAIL_WINDOW, blocks.size(), k -> !used.contains(k) && isBracketRest(blocks.get(k).text()));
  }

  private static boolean isBracketRest(String text) {
    String t = Chars.stripSpaces(text);
    return !t.isEmpty() && t.length() <= LONGEST_BRACKET_REST && (t.endsWith("）") || t.endsWith(")"))
        && t.indexOf('（') < 0 && t.indexOf('(') < 0 && t.chars().limit(t.length() - 1).allMatch(Character::isLetterOrDigit);
  }

  /** How many blocks before or after a caption the rest of its cut credit is looked for (a column's reach). */
  static final int TAIL_WINDOW = 40;

  /**
   * A credit alone whose name is at most two characters: the rest of a cut name ({@code 小明摄}, {@code 明摄（新华社发）},
   * {@code 摄（新华社发）}).
   */
  private static final java.util.regex.Pattern CREDIT_TAIL =
      java.util.regex.Pattern.compile("(\\p{IsHan}{0,2})(?:" + NewsCues.PHOTO_CREDIT_ENDINGS + ")(?:[（(][^（）()]{2,12}[）)])?");

  /** A caption's text that ends in a photo credit's ending, where the credit's agency bracket opens. */
  private static final java.util.regex.Pattern CREDIT_BEFORE_BRACKET =
      java.util.regex.Pattern.compile("(?:" + NewsCues.PHOTO_CREDIT_ENDINGS + ")$");

  /** The most characters the rest of a cut bracket holds on its own line ({@code 社发）}, {@code 图片）}). */
  private static final int LONGEST_BRACKET_REST = 8;

  /**
   * Whether {@code caption} ends inside a photo credit's bracket ({@code …李华摄（新华}) that {@code next}, short and
   * alone, closes ({@code 社发）}): one credit an extractor or a column break cut in two.
   */
  private static boolean closesCutBracket(String caption, String next) {
    String c = Chars.stripSpaces(caption);
    String n = Chars.stripSpaces(next);
    int open = Math.max(c.lastIndexOf('（'), c.lastIndexOf('('));
    boolean cut = open > 0 && c.indexOf('）', open) < 0 && c.indexOf(')', open) < 0 && CREDIT_BEFORE_BRACKET.matcher(c.substring(0, open)).find();
    return cut && !n.isEmpty() && n.length() <= LONGEST_BRACKET_REST && Chars.isCloser(n.charAt(n.length() - 1))
        && n.indexOf('（') < 0 && n.indexOf('(') < 0;
  }

  /**
   * The index of the block under a caption whose last block is {@code last}: the next one, or the one after it where the
   * next is a line of page furniture the extractor printed between the caption and its credit. May be the page's size.
   *
   * @param blocks the page's blocks
   * @param last the index of the caption's last block
   * @return the index of the block under the caption
   */
  static int underCaption(List<ClassifiedBlock> blocks, int last) {
    int under = last + 1;
    boolean furniture = under + 1 < blocks.size() && blocks.get(under).kind() == BlockKind.NOISE
        && NewsCues.isPageHeader(blocks.get(under).text());
    return furniture ? under + 1 : under;
  }

  /**
   * The index of a credit block under the caption's last block (past one line of page furniture printed between), or
   * else above its first (some layouts print it there), taken; or -1.
   */
  private static int creditBeside(List<ClassifiedBlock> blocks, int first, int last, Set<Integer> used) {
    int inRow = first == last ? creditInRow(blocks, first) : -1;
    if (inRow >= 0 && !used.contains(inRow)) {
      used.add(inRow);
      return inRow;
    }
    int under = underCaption(blocks, last);
    if (under < blocks.size() && blocks.get(under).kind() == BlockKind.CREDIT && !used.contains(under)) {
      used.add(under);
      return under;
    }
    if (first > 0 && blocks.get(first - 1).kind() == BlockKind.CREDIT && !used.contains(first - 1)) {
      used.add(first - 1);
      return first - 1;
    }
    int placed = creditPlacedUnder(blocks, last, used);
    if (placed >= 0) {
      used.add(placed);
    }
    return placed;
  }

  /** How many blocks before or after a caption in reading order its credit may be read, where the page has geometry. */
  static final int CREDIT_REACH = 8;

  /**
   * Where the page came with geometry, the index of a free credit block printed right under the caption's last block —
   * its top within {@link #CREDIT_LINES} lines of the caption's bottom, its left edge no further right than the caption's
   * right edge and {@link #CREDIT_LINES} ems, its right edge past the caption's left — though reading order put other
   * blocks between (a label of the next column set level with it); the nearest such within {@link #CREDIT_REACH}
   * blocks, or -1.
   */
  private static int creditPlacedUnder(List<ClassifiedBlock> blocks, int last, Set<Integer> used) {
    Placement caption = blocks.get(last).block().placement().orElse(null);
    if (caption == null) {
      return -1;
    }
    double line = caption.box().height() / blocks.get(last).block().lines().size();
    int best = -1;
    double bestGap = Double.MAX_VALUE;
    for (int k = Math.max(0, last - CREDIT_REACH); k < Math.min(blocks.size(), last + CREDIT_REACH + 1); k++) {
      Placement p = blocks.get(k).block().placement().orElse(null);
      if (p == null || used.contains(k) || blocks.get(k).kind() != BlockKind.CREDIT) {
        continue;
      }
      double gap = p.box().top() - caption.box().bottom();
      boolean under = gap >= -line / 2 && gap <= CREDIT_LINES * line && p.box().right() > caption.box().left()
          && p.box().left() <= caption.box().right() + CREDIT_LINES * line;
      if (under && gap < bestGap) {
        best = k;
        bestGap = gap;
      }
    }
    return best;
  }

  /** How many lines under a caption, and how many ems right of its end, its credit may start. */
  private static final double CREDIT_LINES = 2;

  /**
   * The credit of one-block caption {@code at} where the page prints photos side by side and the extractor read them
   * row by row: a run of captions, one block each, right followed by a run of as many credits; the caption takes the
   * credit at its own place in the run ({@code 甲。} / {@code 乙。} / {@code 张明摄} / {@code 李华摄}). Not where a
   * caption follows the credits: the last may be that one's, printed above it. {@return the credit's index, or -1
   * where the blocks around {@code at} are no such rows}
   */
  private static int creditInRow(List<ClassifiedBlock> blocks, int at) {
    int start = at;
    while (start > 0 && blocks.get(start - 1).kind() == BlockKind.CAPTION) {
      start--;
    }
    int end = at;
    while (end + 1 < blocks.size() && blocks.get(end + 1).kind() == BlockKind.CAPTION) {
      end++;
    }
    int captions = end - start + 1;
    int credits = 0;
    while (end + 1 + credits < blocks.size() && blocks.get(end + 1 + credits).kind() == BlockKind.CREDIT) {
      credits++;
    }
    int after = end + 1 + credits;
    boolean captionAfter = after < blocks.size() && blocks.get(after).kind() == BlockKind.CAPTION;
    return captions >= 2 && credits == captions && !captionAfter ? end + 1 + at - start : -1;
  }

  /**
   * Whether credit {@code c}, read right after byline {@code byline}, is that byline's other half: both printed by what
   * each person did, label and slash before the name ({@code 文/王明} then {@code 图/李华}; {@link NewsCues#isSlashCreditLine}).
   */
  private static boolean completesSlashByline(ClassifiedBlock byline, ClassifiedBlock c) {
    return byline.kind() == BlockKind.BYLINE && c.kind() == BlockKind.CREDIT && NewsCues.isSlashCreditLine(byline.text())
        && NewsCues.isSlashCreditLine(c.text()) && NewsCues.isSlashCreditLine(byline.text() + c.text());
  }

  /** How many heading blocks may stand between a byline and the credit that completes it (labels set beside the stack). */
  private static final int SLASH_CREDIT_REACH = 3;

  /**
   * The index in {@code flow} of the byline that credit block {@code i} completes ({@link #completesSlashByline}), read
   * before it with nothing between but at most {@value #SLASH_CREDIT_REACH} heading blocks, every one of them in the
   * flow; or -1.
   */
  private static int slashBylineBefore(List<ClassifiedBlock> flow, List<ClassifiedBlock> blocks, int i) {
    for (int back = 1; back <= Math.min(SLASH_CREDIT_REACH + 1, Math.min(i, flow.size())); back++) {
      ClassifiedBlock f = flow.get(flow.size() - back);
      if (f != blocks.get(i - back)) {
        return -1;
      }
      if (completesSlashByline(f, blocks.get(i))) {
        return flow.size() - back;
      }
      if (!BlockClassifier.isHeading(f.kind()) && f.kind() != BlockKind.KICKER) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The blocks no caption took, noise, credits and caption titles aside (they go to noise); a credit that completes a
   * byline read just before it joins that byline ({@link #slashBylineBefore}).
   */
  private static List<ClassifiedBlock> flow(List<ClassifiedBlock> blocks, Set<Integer> used, Assembly page) {
    List<ClassifiedBlock> flow = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (used.contains(i)) {
        continue;
      }
      ClassifiedBlock c = blocks.get(i);
      int byline = c.kind() == BlockKind.CREDIT ? slashBylineBefore(flow, blocks, i) : -1;
      if (byline >= 0) {
        // 文/王明 … 图/李华: the photographer's credit of a byline printed by what each did, set apart from it
        flow.set(byline, SplitBylineJoiner.withPart(flow.get(byline), c, "the byline's photographer, printed apart"));
      } else if (c.kind() == BlockKind.NOISE || c.kind() == BlockKind.CREDIT || c.kind() == BlockKind.CAPTION_TITLE) {
        page.noise(c);
      } else {
        flow.add(c);
      }
    }
    return flow;
  }

  /** The longest rest of a caption's sentence that a body-like block can be. */
  private static final int LONGEST_CAPTION_REST = 30;

  /**
   * Whether block {@code next} can be the rest of an unfinished caption's sentence: another caption block, or a short
   * block read as body that ends the sentence ({@code 村民在河边植树。}), printed where the caption's column ran out.
   */
  private static boolean continuesCaption(ClassifiedBlock next) {
    if (next.kind() == BlockKind.CAPTION) {
      return true;
    }
    String t = Chars.stripSpaces(next.text());
    return next.kind() == BlockKind.BODY && t.length() <= LONGEST_CAPTION_REST && Chars.endsSentence(t)
        && next.block().lines().size() <= 2 && !Chars.isOpener(t.charAt(0));
  }

  /** Whether caption text stops short of a caption's end: no sentence end and no photo credit after one. */
  private static boolean isUnfinishedCaption(TracedText text) {
    return !Chars.endsSentence(text.text()) && !InlineCredit.endsWithCredit(text.text());
  }
}
