package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.extract.layout.InlineCredit;
import dev.banmian.extract.layout.Placement;
import dev.banmian.extract.layout.RepairedPage;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.geometry.Box;
import dev.banmian.model.Byline;
import dev.banmian.segment.Segmenter;
import dev.banmian.text.Chars;
import dev.banmian.text.NewsCues;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides what each block of a repaired page is, from general evidence: length, punctuation
 * (headlines rarely end in {@code 。}), byline and credit forms, position next to bylines, leads,
 * captions and credits, and page-furniture patterns. Each decision carries a confidence and the
 * features behind it.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BlockClassifier {
  /** Two short labels joined by a middle dot ({@code 城市漫步·一线观察}): a series label and its kind. */
  private static final Pattern DOTTED_LABEL = Pattern.compile("\\p{IsHan}{2,5}[·・]\\p{IsHan}{2,5}");

  private static final Pattern FURNITURE = Pattern.compile(
      "^(?:第[0-9一二三四五六七八九十]+版.*|.*[（(][上下](?:转|接|续)第?[0-9一二三四五六七八九十]+版[）)]|责任编辑[:：].*|版式设计[:：].*|美术编辑[:：].*|校对[:：].*|"
          + ".*(?:星期[一二三四五六日天]).*第[0-9]+版.*|扫码.*|.*邮箱[:：].*|.*电话[:：].*|.*网址[:：].*|[0-9０-９\\s\\-－—.·]+)$");

  /**
   * A character every {@link #FURNITURE} line with a letter holds: 版 of a page number or jump, 辑 of 编辑, 对 of 校对,
   * 码 of 扫码, 箱 of 邮箱, 话 of 电话, 址 of 网址. (Its last form, numbers alone, has no letter.)
   */
  private static final String FURNITURE_MARKS = "版辑对码箱话址";

  /** Whether {@code s}, which holds a letter, is page furniture: a page number, a jump, an editor's or contact line. */
  private static boolean isFurniture(String s) {
    return Chars.containsAny(s, FURNITURE_MARKS) && FURNITURE.matcher(s.strip()).matches();
  }

  private static final Pattern PHOTO_REFERENCE = Pattern.compile("^(?:图[①-⑳0-9０-９一二三四五六七八九十]|[上下左右中]图|图为)");

  private final BylineParser bylines;
  private final Segmenter segmenter;
  private final HeadlineCharacterRestorer headlineCharacters;
  private final CreditNameRestorer creditNames;
  private final SpacedNameRestorer spacedNames = new SpacedNameRestorer();

  /**
   * Creates a classifier that recognises bylines with {@code bylines}, with no dictionary evidence.
   *
   * @param bylines the byline parser
   */
  public BlockClassifier(BylineParser bylines) {
    this(bylines, text -> List.of());
  }

  /**
   * Creates a classifier that recognises bylines with {@code bylines} and uses {@code segmenter}'s dictionary to
   * tell a particle that continues a sentence from a word that opens one ({@code 得到的} / {@code 得益于}).
   *
   * @param bylines the byline parser
   * @param segmenter the segmenter whose dictionary is evidence
   */
  public BlockClassifier(BylineParser bylines, Segmenter segmenter) {
    this.bylines = Objects.requireNonNull(bylines, "bylines");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
    this.headlineCharacters = new HeadlineCharacterRestorer(segmenter);
    this.creditNames = new CreditNameRestorer(bylines);
  }

  /**
   * {@return the blocks of {@code page} classified, in the page's order; a headline's or a photographer's character,
   * or a byline's spaced name, that the extractor printed apart, alone, is put back into its block
   * ({@link HeadlineCharacterRestorer}, {@link CreditNameRestorer}, {@link SpacedNameRestorer}) and is no block of its
   * own}
   *
   * @param page the repaired page
   */
  public List<ClassifiedBlock> classify(RepairedPage page) {
    List<Block> blocks = page.blocks();
    List<ClassifiedBlock> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      out.add(local(b));
    }
    markHeaderSectionNames(out);
    markSecondHeadingParts(out);
    markFirstHeadingParts(out);
    weighPlacement(out);
    rankHeadingStacks(out);
    markSeriesBanners(out);
    // Context: captions are the sentences right before a credit; a photo-news title sits above a caption.
    markCaptionsOverCredits(out);
    markCutNameCaptions(out);
    markCaptionsAmongCreditPieces(out);
    markCutCaptionHeads(out);
    markRaisedCaptionRests(out);
    markCaptionsUnderCredits(out);
    markPhotoReferences(out);
    markCreditsUnderCaptions(out);
    markCaptionTitles(out);
    return spacedNames.restore(creditNames.restore(headlineCharacters.restore(out)));
  }

  /**
   * A sentence right over a photo credit is its caption (not an article's lead: see {@link #isLead} and
   * {@link #leadsOverCaptionedCredit}); one body sentence right over a
   * byline-shaped line that is neither marked nor bracketed is a caption over its photographer's name, unless a byline,
   * label, kicker or subheadline stands right above it, or a headline over an article that opens after the name.
   */
  private void markCaptionsOverCredits(List<ClassifiedBlock> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      ClassifiedBlock c = out.get(i);
      ClassifiedBlock next = out.get(i + 1);
      if (next.kind() == BlockKind.CREDIT && captionShaped(c) && !isLead(out, i) && !leadsOverCaptionedCredit(out, i)) {
        out.set(i, c.as(BlockKind.CAPTION, 0.85, "sentence directly above a photo credit"));
      } else if (next.kind() == BlockKind.BYLINE && !isMarkedByline(next) && captionShaped(c)
          && c.kind() == BlockKind.BODY && isSingleSentence(c.text()) && !NewsCues.isParenthesised(next.text())
          && (i == 0 || !isBylineOrCluster(out.get(i - 1).kind()))
          && (i == 0 || out.get(i - 1).kind() != BlockKind.HEADLINE || !opensArticle(out, i + 2))) {
        out.set(i, c.as(BlockKind.CAPTION, 0.6, "single sentence directly above a byline-shaped photo credit"));
      }
    }
  }

  /**
   * A credit with no caption above it, over one short sentence that no body continues: the credit is printed above
   * its caption.
   */
  private static void markCaptionsUnderCredits(List<ClassifiedBlock> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      ClassifiedBlock next = out.get(i + 1);
      if (out.get(i).kind() == BlockKind.CREDIT && (i == 0 || out.get(i - 1).kind() != BlockKind.CAPTION)
          && next.kind() == BlockKind.BODY && captionShaped(next) && isSingleSentence(next.text())
          && (i + 2 == out.size() || out.get(i + 2).kind() != BlockKind.BODY)) {
        out.set(i + 1, next.as(BlockKind.CAPTION, 0.6, "single sentence directly under a photo credit with no caption of its own"));
      }
    }
  }

  /** A numbered or positioned photo reference ({@code 图①}, {@code 图2}, {@code 上图}) above a caption is a caption of the same group. */
  private static void markPhotoReferences(List<ClassifiedBlock> out) {
    for (int i = out.size() - 1; i > 0; i--) {
      ClassifiedBlock above = out.get(i - 1);
      if (out.get(i).kind() == BlockKind.CAPTION && captionShaped(above) && PHOTO_REFERENCE.matcher(Chars.stripSpaces(above.text())).lookingAt()) {
        out.set(i - 1, above.as(BlockKind.CAPTION, 0.8, "photo reference directly above another caption"));
      }
    }
  }

  /**
   * A byline-shaped line (no marked byline) right under a caption is the photo's credit where no article starts after
   * it, or where it is a person's name alone: an article's byline stands under its headline, not under a caption.
   */
  private void markCreditsUnderCaptions(List<ClassifiedBlock> out) {
    for (int i = 1; i < out.size(); i++) {
      ClassifiedBlock c = out.get(i);
      if (c.kind() != BlockKind.BYLINE || isMarkedByline(c) || out.get(i - 1).kind() != BlockKind.CAPTION) {
        continue;
      }
      if (!opensArticle(out, i + 1)) {
        out.set(i, c.as(BlockKind.CREDIT, 0.7, "byline-shaped line under a caption, followed by no article start: photo credit"));
      } else if (NewsCues.isPersonName(c.text())) {
        out.set(i, c.as(BlockKind.CREDIT, 0.6, "a name alone under a caption: the photo's credit, not the next body's byline"));
      }
    }
  }

  /** A heading right above a caption of several sentences (or one that opens {@code 图为}) is the photo's title. */
  private static void markCaptionTitles(List<ClassifiedBlock> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      ClassifiedBlock c = out.get(i);
      ClassifiedBlock next = out.get(i + 1);
      if (next.kind() == BlockKind.CAPTION && isHeading(c.kind()) && (next.text().contains("图为") || sentences(next.text()) >= 2)) {
        out.set(i, c.as(BlockKind.CAPTION_TITLE, 0.7, "heading above a multi-sentence photo caption"));
      }
    }
  }

  /** Longest text a block set larger than the body type can have and still be a heading. */
  static final int LONGEST_LARGE_HEADING = 60;

  /**
   * On a page with geometry, type size and pictures are evidence the text does not hold: text set larger
   * than the body type is a heading, and body-type text printed against a picture is its caption (unless it
   * opens with a lead-in byline, {@code 本报讯（记者…）}, or comes right under a large heading or a byline: that opens
   * an article, whatever it is printed by).
   */
  private void weighPlacement(List<ClassifiedBlock> out) {
    boolean largeHeadings = out.stream().anyMatch(c -> c.block().placement().map(Placement::isLarger).orElse(false));
    for (int i = 0; i < out.size(); i++) {
      ClassifiedBlock c = out.get(i);
      Placement p = c.block().placement().orElse(null);
      if (p == null) {
        continue;
      }
      int len = Chars.stripSpaces(c.text()).length();
      // the text alone cannot tell a body or a short section label from a heading; a letter-spaced label it can
      boolean openByText = c.kind() == BlockKind.BODY || c.kind() == BlockKind.SECTION && !isLetterSpaced(c);
      if (p.isLarger() && openByText && len <= LONGEST_LARGE_HEADING) {
        out.set(i, c.as(BlockKind.HEADLINE, 0.85, "set in type " + Decimals.twoPlaces(p.relativeSize()) + " times the body size"));
      } else if (p.besidePicture() && !p.isLarger() && (c.kind() == BlockKind.BODY || c.kind() == BlockKind.HEADLINE)
          && bylines.findLeadIn(c.block().rawJoined()).isEmpty() && !(i > 0 && leadsUnder(out.get(i - 1), p))) {
        out.set(i, c.as(BlockKind.CAPTION, 0.85, "printed against a picture, not larger than the body type"));
      } else if (largeHeadings && c.kind() == BlockKind.HEADLINE && !p.isLarger() && !p.bold() && headsArticle(out, i + 1)) {
        // a page that sets its headlines large sets a short line in plain body type over a byline or a large
        // headline as a kicker
        out.set(i, c.as(BlockKind.KICKER, 0.7, "heading in plain body type on a page whose headlines are set larger"));
      }
    }
  }

  /**
   * Whether block {@code i}, over a credit, is an article's lead of several sentences right under its byline while the
   * block under the credit is one sentence: that sentence is the photo's caption, printed under its credit.
   */
  private static boolean leadsOverCaptionedCredit(List<ClassifiedBlock> out, int i) {
    ClassifiedBlock c = out.get(i);
    return i > 0 && out.get(i - 1).kind() == BlockKind.BYLINE && c.kind() == BlockKind.BODY && sentences(c.text()) >= 2
        && i + 2 < out.size() && out.get(i + 2).kind() == BlockKind.BODY && isSingleSentence(out.get(i + 2).text());
  }

  /** Whether block {@code i}, on a page with geometry, is printed right under the heading or byline before it. */
  private static boolean isLead(List<ClassifiedBlock> out, int i) {
    return i > 0 && out.get(i).block().placement().map(p -> leadsUnder(out.get(i - 1), p)).orElse(false);
  }

  /** How far under a heading, in the heading's own line heights, the text it heads starts. */
  private static final double UNDER_HEADING = 1.5;
  /** How far under a byline, in its own line heights (a byline is set in small type, white space around it). */
  private static final double UNDER_BYLINE = 3.5;

  /**
   * Whether a block printed at {@code p} starts right under heading {@code h} set larger than the body type, or under
   * a byline, in its columns: the article's first text, whatever picture it stands by.
   */
  private static boolean leadsUnder(ClassifiedBlock h, Placement p) {
    if (!isLargeHeading(h) && h.kind() != BlockKind.BYLINE || h.block().placement().isEmpty()) {
      return false;
    }
    Box head = h.block().placement().orElseThrow().box();
    double gap = p.box().top() - head.bottom();
    double reach = (h.kind() == BlockKind.BYLINE ? UNDER_BYLINE : UNDER_HEADING) * head.height() / h.block().lines().size();
    return gap >= 0 && gap <= reach && p.box().horizontalOverlap(head) > 0;
  }

  /** Whether block {@code i} heads an article: a byline, or a heading set larger than the body type. */
  private static boolean headsArticle(List<ClassifiedBlock> out, int i) {
    return i < out.size() && (out.get(i).kind() == BlockKind.BYLINE || isLargeHeading(out.get(i)));
  }

  /**
   * In a stack of headings set larger than the body type, the largest is the headline; smaller ones above
   * it are kickers and smaller ones under it subheadlines. A heading that ends in the lead dash ({@code 某地——}) opens a
   * stack of its own: it leads into the headline under it, not into one further down; and a heading set beside the one
   * before it (their boxes apart side by side) heads another stack, however close it comes in reading order.
   */
  private static void rankHeadingStacks(List<ClassifiedBlock> out) {
    int i = 0;
    while (i < out.size()) {
      int j = i;
      while (j < out.size() && isLargeHeading(out.get(j))
          && (j == i || !NewsCues.endsWithLeadDash(out.get(j).text()) && stacksOver(out.get(j - 1), out.get(j)))) {
        j++;
      }
      if (j - i >= 2) {
        rankStack(out, i, j);
      }
      i = Math.max(i + 1, j);
    }
  }

  private static void rankStack(List<ClassifiedBlock> out, int from, int to) {
    double largest = 0;
    for (int k = from; k < to; k++) {
      largest = Math.max(largest, size(out.get(k)));
    }
    for (int k = from + 1; k + 1 < to; k++) {
      if (size(out.get(k)) < largest / Placement.LARGER && size(out.get(k - 1)) >= largest / Placement.LARGER
          && size(out.get(k + 1)) >= largest / Placement.LARGER) {
        // a smaller deck between two headlines set in the largest type closes the stack of the one above it (its
        // subheadline); the one below opens the next article's stack
        rankStack(out, from, k + 1);
        rankStack(out, k + 1, to);
        return;
      }
    }
    int first = -1;
    int last = -1;
    for (int k = from; k < to; k++) {
      if (size(out.get(k)) >= largest / Placement.LARGER) {
        first = first < 0 ? k : first;
        last = k;
      }
    }
    for (int k = from; k < to; k++) {
      ClassifiedBlock c = out.get(k);
      BlockKind kind = k < first ? BlockKind.KICKER : k > last ? BlockKind.SUBHEADLINE : BlockKind.HEADLINE;
      if (c.kind() != kind && !(kind == BlockKind.HEADLINE && c.kind() == BlockKind.SUBHEADLINE && k > first)) {
        out.set(k, c.as(kind, 0.85, kind == BlockKind.HEADLINE ? "the largest type of its heading stack"
            : "set smaller than the headline " + (kind == BlockKind.KICKER ? "under" : "over") + " it"));
      }
    }
  }

  /** Whether heading {@code next}'s box shares some width with {@code before}'s: stacked, not set side by side. */
  private static boolean stacksOver(ClassifiedBlock before, ClassifiedBlock next) {
    Box a = before.block().placement().orElseThrow().box();
    Box b = next.block().placement().orElseThrow().box();
    return a.horizontalDistance(b) <= 0;
  }

  private static double size(ClassifiedBlock c) {
    return c.block().placement().orElseThrow().relativeSize();
  }

  private static boolean isLargeHeading(ClassifiedBlock c) {
    boolean heading = c.kind() == BlockKind.HEADLINE || c.kind() == BlockKind.KICKER || c.kind() == BlockKind.SUBHEADLINE;
    return heading && c.block().placement().map(Placement::isLarger).orElse(false);
  }

  /** Whether {@code c} is one line printed letter-spaced ({@code 民 生 记 事}): a boxed label. */
  static boolean isLetterSpaced(ClassifiedBlock c) {
    return c.block().lines().size() == 1 && NewsCues.isLetterSpacedLabel(c.block().lines().get(0).text());
  }

  /**
   * The page's own section name ({@code 要闻}, {@code 人文}) printed among the header's date, weekday and page
   * number is furniture too: a short section name right next to a page-header block.
   */
  private static void markHeaderSectionNames(List<ClassifiedBlock> out) {
    boolean[] header = new boolean[out.size()];
    for (int i = 0; i < out.size(); i++) {
      String raw = out.get(i).block().rawJoined();
      header[i] = out.get(i).kind() == BlockKind.NOISE && (NewsCues.isPageHeader(raw) || NewsCues.isPaperName(raw));
    }
    // A header prints one section name: where one sits between two header blocks (第十版 / 要闻 / 某某日报), a label
    // after the header's last block is the first article's column label, not furniture.
    List<Integer> beside = new ArrayList<>();
    Set<Integer> flanked = new HashSet<>();
    for (int i = 0; i < out.size(); i++) {
      ClassifiedBlock c = out.get(i);
      boolean after = i > 0 && header[i - 1] && onOneRow(out.get(i - 1), c) && !namesItsSection(out.get(i - 1));
      boolean before = i + 1 < out.size() && header[i + 1] && onOneRow(c, out.get(i + 1));
      if (!header[i] && (after || before) && c.kind() != BlockKind.NOISE && NewsCues.isSectionName(c.text())) {
        beside.add(i);
        if (after && before) {
          flanked.add(i);
        }
      }
    }
    for (int i : beside) {
      if (flanked.isEmpty() || flanked.contains(i)) {
        out.set(i, out.get(i).as(BlockKind.NOISE, 0.8, "section name printed in the page header"));
      }
    }
  }

  /**
   * Whether page-header block {@code h} already prints the page's section name among its date, weekday, page number
   * and paper name ({@code 第十版 生态 某某日报 2025年3月3日}): a header prints one, so a label after it heads the first
   * article.
   */
  private static boolean namesItsSection(ClassifiedBlock h) {
    for (String token : Chars.spaceSeparated(h.block().rawJoined())) {
      if (NewsCues.isSectionName(token) && !NewsCues.isPaperName(token) && !NewsCues.isPageHeader(token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A heading printed again, word for word, elsewhere on the page is a series banner over each story of the series
   * ({@code 寻年味 话团圆} over every sub-story of a feature page), or a column label: a label, never a
   * story's own headline or kicker, which a page prints once.
   */
  private static void markSeriesBanners(List<ClassifiedBlock> out) {
    Map<String, Integer> seen = new HashMap<>();
    for (ClassifiedBlock c : out) {
      if (isBannerCandidate(c)) {
        seen.merge(Chars.stripSpaces(c.text()), 1, Integer::sum);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      ClassifiedBlock c = out.get(i);
      if (isBannerCandidate(c) && c.kind() != BlockKind.SECTION && seen.get(Chars.stripSpaces(c.text())) >= 2) {
        out.set(i, c.as(BlockKind.SECTION, 0.8, "heading printed again elsewhere on the page: a series banner"));
      }
    }
  }

  private static boolean isBannerCandidate(ClassifiedBlock c) {
    BlockKind k = c.kind();
    return (k == BlockKind.HEADLINE || k == BlockKind.KICKER || k == BlockKind.SECTION)
        && HanPairs.hanCount(c.text()) >= 2 && NewsCues.isHeadingLine(Chars.stripSpaces(c.text()));
  }

  /**
   * A sentence over the first character of a photographer's name alone, the rest of the credit printed apart
   * (薛 … 明摄（新华社发）, a padded name the extractor cut): a caption and the start of its credit. The sentence stands
   * apart from any body above it (a blank line or another kind of block between): a paragraph's last sentence does not.
   */
  private static void markCutNameCaptions(List<ClassifiedBlock> out) {
    for (int i = 0; i + 1 < out.size(); i++) {
      ClassifiedBlock c = out.get(i);
      ClassifiedBlock next = out.get(i + 1);
      if (c.kind() == BlockKind.BODY && standsApartBelow(out, i) && captionShaped(c) && isSingleSentence(c.text()) && !isLead(out, i)
          && isCutNameStart(next) && creditTailNear(out, i)) {
        out.set(i, c.as(BlockKind.CAPTION, 0.6, "single sentence over a credit's first character, its rest printed apart"));
        out.set(i + 1, next.as(BlockKind.CREDIT, 0.6, "first character of a credit whose rest is printed apart"));
      }
    }
  }

  /** The most Han characters of a caption's last line that an extractor prints apart from the rest of it. */
  private static final int LONGEST_CUT_CAPTION_REST = 4;
  /** The fewest Han characters of a caption's first line: a line of a photo's width, not a label. */
  private static final int SHORTEST_CAPTION_HEAD = 8;

  /**
   * A caption whose last line an extractor printed apart, blocks away from the first: a short caption of at most
   * {@value #LONGEST_CUT_CAPTION_REST} Han characters that ends its sentence ({@code 狮。}) is the rest of the nearest
   * one-line heading or body block that stops unfinished, runs at least {@value #SHORTEST_CAPTION_HEAD} Han characters,
   * and makes a dictionary word across the join ({@code 某村学生在广场上表演舞}): that block is the caption's first line,
   * which {@link CaptionGrouper} joins to its rest. Each head is taken once.
   */
  private void markCutCaptionHeads(List<ClassifiedBlock> out) {
    for (int i = 0; i < out.size(); i++) {
      ClassifiedBlock rest = out.get(i);
      String t = Chars.stripSpaces(rest.text());
      if (rest.kind() != BlockKind.CAPTION || !Chars.endsSentence(t) || HanPairs.hanCount(t) > LONGEST_CUT_CAPTION_REST) {
        continue;
      }
      int head = nearestCaptionHead(out, i, t);
      if (head >= 0) {
        out.set(head, out.get(head).as(BlockKind.CAPTION, 0.6, "a caption's first line, its rest printed apart"));
      }
    }
  }

  /**
   * A caption that stops unfinished ({@code 古镇的老师傅们正在精心制}) with its last line printed just before it: a one-line
   * body block set apart by blank lines that ends the sentence ({@code 作花灯。}), no longer than the caption's first line,
   * and that makes a dictionary word across the join, is the caption's rest ({@link CaptionGrouper} joins the two).
   */
  private void markRaisedCaptionRests(List<ClassifiedBlock> out) {
    for (int i = 1; i < out.size(); i++) {
      ClassifiedBlock head = out.get(i);
      ClassifiedBlock rest = out.get(i - 1);
      if (head.kind() == BlockKind.CAPTION && head.block().blankLinesBefore() > 0 && isRaisedRestOf(rest, head)) {
        out.set(i - 1, rest.as(BlockKind.CAPTION, 0.6, "a caption's last line, printed just above the rest of it"));
      }
    }
  }

  private boolean isRaisedRestOf(ClassifiedBlock rest, ClassifiedBlock head) {
    String h = Chars.stripSpaces(head.text());
    String r = Chars.stripSpaces(rest.text());
    String firstLine = Chars.stripSpaces(head.block().lines().get(0).text());
    return rest.kind() == BlockKind.BODY && rest.block().lines().size() == 1 && rest.block().blankLinesBefore() > 0
        && !Chars.endsSentence(h) && !InlineCredit.endsWithCredit(h) && Chars.endsSentence(r)
        && HanPairs.hanCount(r) <= HanPairs.hanCount(firstLine) && segmenter.formsWordAcross(h, r);
  }

  /** The index of the block nearest to {@code i} that is the first line of the caption {@code rest} ends, or -1. */
  private int nearestCaptionHead(List<ClassifiedBlock> out, int i, String rest) {
    for (int d = 1; d < out.size(); d++) {
      for (int k : new int[] {i - d, i + d}) {
        if (k >= 0 && k < out.size() && isCaptionHead(out.get(k), rest)) {
          return k;
        }
      }
    }
    return -1;
  }

  private boolean isCaptionHead(ClassifiedBlock c, String rest) {
    BlockKind k = c.kind();
    if (!(k == BlockKind.HEADLINE || k == BlockKind.SECTION || k == BlockKind.BODY) || c.block().lines().size() != 1
        || c.block().isVertical()) {
      return false;
    }
    String t = Chars.stripSpaces(c.text());
    return !Chars.endsSentence(t) && HanPairs.hanCount(t) >= SHORTEST_CAPTION_HEAD && segmenter.formsWordAcross(t, rest);
  }

  /** Whether block {@code i} stands apart from a body above it: first, after a blank line, or under another kind of block. */
  private static boolean standsApartBelow(List<ClassifiedBlock> out, int i) {
    return i == 0 || out.get(i).block().blankLinesBefore() > 0 || out.get(i - 1).kind() != BlockKind.BODY;
  }

  /** How many blocks on either side of a sentence the pieces of its photo credit are looked for. */
  private static final int CREDIT_PIECE_REACH = 2;

  /**
   * A sentence set apart on its own (a blank line or another kind of block on both sides) with a piece of a photo credit
   * within {@value #CREDIT_PIECE_REACH} blocks of it ({@link #isCreditPiece}): a caption whose credit the extractor broke up
   * and printed around it ({@code 本报记} / {@code 者} / {@code 王明摄}, a letter-spaced name cut from its {@code 摄}).
   * Neither an article's lead nor a paragraph that a body block runs into; a credit under another caption is that one's.
   */
  private static void markCaptionsAmongCreditPieces(List<ClassifiedBlock> out) {
    for (int i = 0; i < out.size(); i++) {
      ClassifiedBlock c = out.get(i);
      boolean apartAfter = i + 1 == out.size() || standsApartBelow(out, i + 1) || out.get(i + 1).kind() != BlockKind.BODY;
      if (c.kind() == BlockKind.BODY && standsApartBelow(out, i) && apartAfter && captionShaped(c) && isSingleSentence(c.text())
          && !isLead(out, i) && creditPieceNear(out, i)) {
        out.set(i, c.as(BlockKind.CAPTION, 0.6, "single sentence set apart among the pieces of a photo credit"));
        markCreditHead(out, i + 1);
        markCutNameAfter(out, i);
      }
    }
  }

  /**
   * Marks the first character of a photographer's name alone ({@code 薛}), the block under caption {@code i}
   * ({@link CaptionGrouper#underCaption}: past a line of page furniture), as the start of the caption's credit, its rest
   * printed apart.
   */
  private static void markCutNameAfter(List<ClassifiedBlock> out, int i) {
    int k = CaptionGrouper.underCaption(out, i);
    if (k < out.size() && out.get(k).kind() == BlockKind.NOISE && isCutNameStart(out.get(k))) {
      out.set(k, out.get(k).as(BlockKind.CREDIT, 0.6, "first character of a credit whose rest is printed apart"));
    }
  }

  /**
   * Marks block {@code k}, right under a caption, as the head of the credit under it where the extractor cut the credit
   * in two ({@code 某县城关镇} / {@code 宣传办供图}): nothing else stands between a caption and its credit.
   */
  private static void markCreditHead(List<ClassifiedBlock> out, int k) {
    if (k + 1 < out.size() && out.get(k).kind() != BlockKind.CREDIT && out.get(k + 1).kind() == BlockKind.CREDIT
        && NewsCues.isCreditLine(Chars.stripSpaces(out.get(k).text()) + Chars.stripSpaces(out.get(k + 1).text()))) {
      out.set(k, out.get(k).as(BlockKind.CREDIT, 0.6, "head of the credit under it, cut from it, right under a caption"));
    }
  }

  private static boolean creditPieceNear(List<ClassifiedBlock> out, int i) {
    for (int k = Math.max(0, i - CREDIT_PIECE_REACH); k <= Math.min(out.size() - 1, i + CREDIT_PIECE_REACH); k++) {
      boolean taken = k > 0 && k - 1 != i && out.get(k - 1).kind() == BlockKind.CAPTION;
      if (k != i && isCreditPiece(out.get(k)) && !taken) {
        return true;
      }
    }
    return false;
  }

  /**
   * A piece of a photo credit: a credit, a credit's ending alone ({@code 摄（新华社发）}) or its end after a name's last
   * character ({@code 明摄}), or one surname character alone (a letter-spaced name, cut from its {@code 摄}).
   */
  private static boolean isCreditPiece(ClassifiedBlock c) {
    String t = Chars.stripSpaces(c.text());
    return c.kind() == BlockKind.CREDIT || NewsCues.isCreditEnding(t) || NewsCues.isCreditTail(t) || isCutNameStart(c);
  }

  private static boolean isCutNameStart(ClassifiedBlock c) {
    String t = Chars.stripSpaces(c.text());
    return t.length() == 1 && NewsCues.isSurname(t.charAt(0));
  }

  /**
   * Whether a credit's rest after a cut name ({@code 明摄（新华社发）}) stands within the reach in which the caption pass
   * looks for it ({@link CaptionGrouper#TAIL_WINDOW} blocks of block {@code i}).
   */
  private static boolean creditTailNear(List<ClassifiedBlock> out, int i) {
    for (int k = Math.max(0, i - CaptionGrouper.TAIL_WINDOW); k < Math.min(out.size(), i + CaptionGrouper.TAIL_WINDOW); k++) {
      if (NewsCues.isCreditTail(out.get(k).text())) {
        return true;
      }
    }
    return false;
  }

  /** Whether two blocks may be on one printed row: always without geometry, else when their boxes share a row. */
  private static boolean onOneRow(ClassifiedBlock a, ClassifiedBlock b) {
    Optional<Placement> pa = a.block().placement();
    Optional<Placement> pb = b.block().placement();
    return pa.isEmpty() || pb.isEmpty() || pa.get().box().verticalOverlap(pb.get().box()) > 0;
  }

  /**
   * Whether the block at {@code i} can open an article body: a body block that does not start
   * mid-sentence, and not the body that resumes after blocks displaced out of its sentence.
   */
  private boolean opensArticle(List<ClassifiedBlock> out, int i) {
    if (i >= out.size() || out.get(i).kind() != BlockKind.BODY
        || NewsCues.startsMidSentence(out.get(i).text(), segmenter::isKnownWord)) {
      return false;
    }
    return i == 0 || !out.get(i - 1).block().displaced() || out.get(i).block().displaced();
  }

  /** A column label printed in lenticular or square brackets: {@code 【民生观察】}, {@code 〖评论〗}. */
  static boolean isBracketedLabel(String compact) {
    int n = compact.length();
    if (n < 4 || n > 10) {
      return false;
    }
    int open = "【〖［[".indexOf(compact.charAt(0));
    return open >= 0 && compact.charAt(n - 1) == "】〗］]".charAt(open)
        && Chars.isAllHan(compact.substring(1, n - 1));
  }

  /**
   * The fewest characters of a heading part over a name-shaped second part: two-character pieces are as often the tail of
   * a wrapped headline over a two-character name ({@code 加油} / {@code 王明}).
   */
  private static final int SHORTEST_PAIRED_PART = 3;

  /**
   * Gives a bare name (a byline that is one person's name alone, {@link NewsCues#isPersonName}) the kind of the heading
   * part right above it (a name there would be a byline itself) where the two read as the two parts of one heading
   * ({@link NewsCues#areHeadingParts}, the part above {@value #SHORTEST_PAIRED_PART} characters or more: {@code 政策好} /
   * {@code 万家明}) and a heading follows: the second part of a two-part kicker or headline whose first character
   * happens to be a surname. A name under a short headline signs the body that follows it, so a body after the pair
   * keeps the name.
   */
  private static void markSecondHeadingParts(List<ClassifiedBlock> out) {
    for (int i = 1; i + 1 < out.size(); i++) {
      ClassifiedBlock above = out.get(i - 1);
      ClassifiedBlock c = out.get(i);
      BlockKind next = out.get(i + 1).kind();
      if (c.kind() == BlockKind.BYLINE && isHeading(above.kind()) && (isHeading(next) || next == BlockKind.KICKER)
          && isNamePairedWith(c, above)) {
        out.set(i, c.as(above.kind(), 0.6, "second part of a two-part heading, its first character a surname"));
      }
    }
  }

  /**
   * Gives a bare name the kind of the heading part right below it where the two read as the two parts of one heading
   * ({@code 金秋好} / {@code 人心齐}, as {@link #markSecondHeadingParts} reads them), a heading follows the pair and
   * no body comes before it: the first part of a two-part kicker whose first character happens to be a surname. A name
   * that a body's text comes right before may sign that body, and keeps its kind.
   */
  private static void markFirstHeadingParts(List<ClassifiedBlock> out) {
    for (int i = 0; i + 2 < out.size(); i++) {
      ClassifiedBlock c = out.get(i);
      ClassifiedBlock below = out.get(i + 1);
      boolean afterBody = i > 0 && out.get(i - 1).kind() == BlockKind.BODY;
      if (c.kind() == BlockKind.BYLINE && !afterBody && isHeading(below.kind()) && isHeading(out.get(i + 2).kind())
          && isNamePairedWith(c, below)) {
        out.set(i, c.as(below.kind(), 0.6, "first part of a two-part heading, its first character a surname"));
      }
    }
  }

  /**
   * Whether {@code name}, a person's name alone, and {@code part}, one printed line of
   * {@value #SHORTEST_PAIRED_PART} characters or more, read as the two parts of one heading.
   */
  private static boolean isNamePairedWith(ClassifiedBlock name, ClassifiedBlock part) {
    return part.block().lines().size() == 1 && NewsCues.isHeadingPart(part.text())
        && Chars.stripSpaces(part.text()).length() >= SHORTEST_PAIRED_PART
        && NewsCues.areHeadingParts(part.text(), name.text()) && NewsCues.isPersonName(name.text());
  }

  /**
   * Whether a byline opens with the mark papers set before an article's byline ({@code □本报记者 王明}): a photo credit is
   * printed without one, so such a byline credits no photo.
   */
  private static boolean isMarkedByline(ClassifiedBlock c) {
    String t = c.text().strip();
    return !t.isEmpty() && NewsCues.isDecoration(t.charAt(0));
  }

  private static boolean isBylineOrCluster(BlockKind k) {
    return k == BlockKind.BYLINE || k == BlockKind.SECTION || k == BlockKind.KICKER || k == BlockKind.SUBHEADLINE;
  }

  /** {@return whether a block of kind {@code k} is a heading line: a headline, or a label read as a section} */
  static boolean isHeading(BlockKind k) {
    return k == BlockKind.HEADLINE || k == BlockKind.SECTION;
  }

  /** The longest block, in characters, that is read as a byline or credit line. */
  private static final int LONGEST_BYLINE = 45;
  /** The longest caption, in characters, that ends in an inline photo credit. */
  private static final int LONGEST_CREDITED_CAPTION = 200;
  /** The longest heading, in characters, read from its text alone. */
  private static final int LONGEST_HEADING = 40;
  /**
   * Marks that close a clause or a sentence. A body's text hardly ever runs over four short lines without one; a
   * headline wrapped over four or more lines of a narrow column has none.
   */
  private static final String CLAUSE_MARKS = "，、；：。！？…,;:!?";
  /** The longest kicker ending in a colon ({@code 返乡青年说：}), in characters. */
  private static final int LONGEST_COLON_KICKER = 24;
  /** The longest column label printed as bare Han characters ({@code 城市观察}). */
  private static final int LONGEST_BARE_LABEL = 5;

  /** {@return block {@code b} classified by its own text, with the reasons} */
  private ClassifiedBlock local(Block b) {
    String compact = Chars.stripSpaces(b.string());
    List<String> f = new ArrayList<>();
    f.add("length " + compact.length());
    if (compact.isEmpty()) {
      return new ClassifiedBlock(b, BlockKind.NOISE, 0.9, List.of("empty"));
    }
    ClassifiedBlock known = furnitureOrLine(b, compact, f);
    if (known != null) {
      return known;
    }
    if (compact.startsWith("——") || compact.startsWith("--") || compact.startsWith("—")) {
      f.add("starts with a dash");
      return new ClassifiedBlock(b, BlockKind.SUBHEADLINE, 0.8, f);
    }
    boolean ends = Chars.endsSentence(compact);
    boolean innerFullStop = compact.indexOf('。') >= 0 && compact.indexOf('。') < compact.length() - 2;
    if (InlineCredit.endsWithCredit(b.string().strip()) && compact.length() <= LONGEST_CREDITED_CAPTION) {
      f.add("sentence followed by an inline photo credit");
      return new ClassifiedBlock(b, BlockKind.CAPTION, 0.8, f);
    }
    if (b.isVertical()) {
      f.add("printed vertically, one character per line");
    }
    if (!ends && !innerFullStop && compact.length() <= LONGEST_HEADING
        && (b.lines().size() <= 3 || b.isVertical() || !Chars.containsAny(compact, CLAUSE_MARKS))) {
      return shortHeading(b, compact, f);
    }
    f.add(ends ? "ends a sentence" : "long text");
    return new ClassifiedBlock(b, BlockKind.BODY, 0.8, f);
  }

  /**
   * {@return the byline of block {@code b} with its lines read apart ({@link Block#rawTracedSpaced}), where it has two lines or
   * more: names printed a line each (a padded name, then another) read as one name when the lines are joined}
   */
  private Optional<Byline> parseLinesApart(Block b) {
    return b.lines().size() > 1 ? bylines.parse(b.rawTracedSpaced().text()) : Optional.empty();
  }

  /**
   * {@return block {@code b} as page furniture (no letters, one character alone, a page header or paper name), a
   * letter-spaced label, a byline or a photo credit; or null when it is none of these}
   */
  private ClassifiedBlock furnitureOrLine(Block b, String compact, List<String> f) {
    if (!compact.codePoints().anyMatch(cp -> Character.isLetter(cp)) || isFurniture(b.string())) {
      f.add("page-furniture pattern or no letters");
      return new ClassifiedBlock(b, BlockKind.NOISE, 0.8, f);
    }
    if (compact.codePointCount(0, compact.length()) == 1) {
      f.add("one character alone: a piece of a letter-spaced name or of vertical text, no label");
      return new ClassifiedBlock(b, BlockKind.NOISE, 0.7, f);
    }
    String raw = b.rawJoined();
    if (NewsCues.isPageHeader(raw) || NewsCues.isPaperName(compact)) {
      f.add("page header: issue date, weekday, page number or paper name");
      return new ClassifiedBlock(b, BlockKind.NOISE, 0.85, f);
    }
    if (b.lines().size() == 1 && NewsCues.isLetterSpacedLabel(b.lines().get(0).text())) {
      f.add("label printed letter-spaced");
      return new ClassifiedBlock(b, BlockKind.SECTION, 0.75, f);
    }
    if (compact.length() <= LONGEST_BYLINE) {
      Optional<Byline> by = bylines.parse(raw).or(() -> parseLinesApart(b));
      if (by.isPresent() && bylines.findLeadIn(raw).map(m -> m.end() < raw.length()).orElse(false) == false) {
        boolean photo = by.get().contributors().stream().anyMatch(c -> c.role().equals("摄影") || c.role().equals("供图"));
        f.add(photo ? "parses as a photo credit" : "parses as a byline");
        return new ClassifiedBlock(b, photo ? BlockKind.CREDIT : BlockKind.BYLINE, 0.9, f);
      }
    }
    return null;
  }

  /** {@return short block {@code b}, no sentence in it, as a kicker, a column label or a headline} */
  private static ClassifiedBlock shortHeading(Block b, String compact, List<String> f) {
    boolean vertical = b.isVertical();
    if ((compact.endsWith("：") || compact.endsWith(":")) && compact.length() <= LONGEST_COLON_KICKER) {
      f.add("short line ending in a colon");
      return new ClassifiedBlock(b, BlockKind.KICKER, 0.75, f);
    }
    if (NewsCues.endsWithLeadDash(compact)) {
      f.add("heading that ends in the dash leading into its headline");
      return new ClassifiedBlock(b, BlockKind.KICKER, 0.8, f);
    }
    if (compact.length() <= LONGEST_BARE_LABEL && !vertical && Chars.isAllHan(compact)) {
      f.add("2-5 Han characters, no punctuation");
      return new ClassifiedBlock(b, BlockKind.SECTION, 0.6, f);
    }
    if (!vertical && DOTTED_LABEL.matcher(compact).matches()) {
      f.add("two labels joined by a middle dot: a series and its kind");
      return new ClassifiedBlock(b, BlockKind.SECTION, 0.6, f);
    }
    if (isBracketedLabel(compact)) {
      f.add("2-8 Han characters in label brackets");
      return new ClassifiedBlock(b, BlockKind.SECTION, 0.75, f);
    }
    f.add("short, no sentence-final punctuation");
    return new ClassifiedBlock(b, BlockKind.HEADLINE, 0.6, f);
  }

  private static boolean captionShaped(ClassifiedBlock c) {
    String t = Chars.stripSpaces(c.text());
    return (c.kind() == BlockKind.BODY || c.kind() == BlockKind.HEADLINE) && t.length() <= 250
        && (Chars.endsSentence(t) || t.startsWith("图为") || c.kind() == BlockKind.HEADLINE && t.length() >= 10);
  }

  private static boolean isSingleSentence(String s) {
    return sentences(s) == 1 && Chars.stripSpaces(s).length() <= 80;
  }

  static int sentences(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Chars.isSentenceFinal(s.charAt(i)) && (i + 1 == s.length() || !Chars.isSentenceFinal(s.charAt(i + 1)))) {
        n++;
      }
    }
    return n;
  }

}
