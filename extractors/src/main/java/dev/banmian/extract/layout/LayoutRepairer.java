package dev.banmian.extract.layout;

import dev.banmian.model.Diagnostic;
import dev.banmian.segment.Segmenter;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import dev.banmian.text.SourceText;
import dev.banmian.text.Span;
import dev.banmian.text.TracedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Repairs the column layout of raw page text: unwraps hard-wrapped lines, tells paragraph breaks
 * from column-break blank lines, removes spacing artefacts, drops column-overlap duplicates and
 * rejoins bodies interrupted by a headline or caption.
 *
 * <pre>{@code
 * LayoutRepairer repairer = LayoutRepairer.builder().segmenter(segmenter).build();
 * RepairedPage page = repairer.repair(SourceText.of("p.txt", raw));
 * page.blocks().get(0).string();
 * }</pre>
 *
 * <p>The page's style is inferred from its own statistics ({@link PageStyle}): hard-wrapped columns
 * or one paragraph per line, and whether blank lines carry information. Breaks are decided from
 * evidence that generalises: sentence-final punctuation, a line shorter than the column's full
 * width, the first-line indent (a line 1–3 em narrower than full width), blank lines where they
 * are informative, an unclosed bracket, and, for a column break, a dictionary word formed across
 * the join ({@code 总书|记}, {@code 打|通}). Short lines that do not end a sentence (headlines,
 * labels, bylines) are kept as blocks of their own; later stages merge multi-line headlines.
 *
 * <p>Every non-blank character of the input ends up in exactly one block or one noise block.
 * Instances are immutable and thread-safe; repair runs in time linear in the page size.
 */
public final class LayoutRepairer {
  private static final int WINDOW = 10;
  /** The widest paragraph indent, in ems: a first line starts at most this far in from the column's margin. */
  private static final double MAX_INDENT = 3.0;
  private final Segmenter segmenter;
  /** The segmenter's dictionary, or none (no word is known) without a segmenter. */
  private final Predicate<String> knownWord;
  private final ColumnSplitter columnSplitter = new ColumnSplitter();

  private LayoutRepairer(Segmenter segmenter) {
    this.segmenter = segmenter;
    this.knownWord = segmenter == null ? w -> false : segmenter::isKnownWord;
  }

  /** {@return a builder; without a segmenter no dictionary evidence is used} */
  public static Builder builder() {
    return new Builder();
  }

  /** One non-blank line with its clean text and layout features. */
  private static final class Row {
    final Line line;
    final TracedText text;
    final double width;
    final int blankBefore;
    final boolean leadingSpace;
    double full;
    /** Whether {@link #full} was measured from enough neighbouring lines, not just assumed. */
    boolean fullMeasured;
    /**
     * The column's full width where a margin counts only if lines other than this one show it ({@link #full} lets
     * this line and one other make a margin): what a sentence ending at the margin is measured against.
     */
    double marginApart;
    /** Neighbouring lines (within the measuring window) of this line's width, within 1 em. */
    int peers;
    /** The width of the printed line this text line ends (more than {@link #width} when the extractor split it). */
    double printed;
    /** The text line that starts the printed line this one ends: itself unless the extractor split that line. */
    Row printedStart = this;
    /** The text of the printed line this text line ends, from {@link #printedStart} to this line. */
    String printedText;
    /** The next non-blank line, or null on the last one. */
    Row after;
    /** The previous non-blank line, or null on the first one. */
    Row before;
    /** {@link LayoutRepairer#isHeadlineDeck} of this line, worked out once: every line pair asks it. */
    final boolean headlineDeck;
    /** {@link LayoutRepairer#standsAlone} of this line, worked out once: every line pair asks it. */
    final boolean standsAlone;
    /**
     * Whether this line, one character of vertical text, was printed apart from the vertical text read before it (at
     * another column of a page printed side by side): it opens another vertical headline.
     */
    boolean opensVerticalRun;

    Row(Line line, TracedText text, int blankBefore) {
      this.line = line;
      this.text = text;
      this.width = printedWidth(line.text(), text.text().strip());
      this.printed = width;
      this.printedText = text.text();
      this.blankBefore = blankBefore;
      this.leadingSpace = !line.text().isEmpty() && Chars.isSpace(line.text().charAt(0));
      this.headlineDeck = isHeadlineDeck(text.text());
      this.standsAlone = standsAlone(line.text());
    }

    String s() {
      return text.text();
    }
  }

  /**
   * The width, in em, of the gap Chinese typesetting sets where Latin letters or digits meet CJK characters (a quarter
   * em); extractors print it as a space ({@code 35 岁}), which text normalisation removes, so a line's width adds it
   * back wherever the extractor showed one.
   */
  private static final double MIXED_SCRIPT_GAP = 0.25;

  /**
   * How much narrower (em) than two ems two punctuation marks in a row are set: Chinese typesetting squeezes the
   * blank half of the first ({@code 。“}, {@code ”，}, 标点挤压), so a line holding such pairs holds more characters
   * than the column has ems.
   */
  private static final double SQUEEZE = 0.5;

  /** Marks whose blank half is squeezed when another mark follows: pauses, stops and closing marks. */
  private static final String SQUEEZED_FIRST = "，。、；：？！”’）》」』】〕";

  /** Marks after which the one before is squeezed: the marks above and opening marks. */
  private static final String SQUEEZED_SECOND = SQUEEZED_FIRST + "“‘（《「『【〔";

  /** The printed width (em) of a text line: its normalised text, the gaps the extractor showed, less squeezes. */
  private static double printedWidth(String raw, String text) {
    return Chars.width(text) + MIXED_SCRIPT_GAP * mixedScriptGaps(raw) - SQUEEZE * squeezedPairs(text);
  }

  /** How many pairs of adjacent punctuation marks in {@code s} typesetting squeezes. */
  private static int squeezedPairs(String s) {
    int pairs = 0;
    for (int i = 1; i < s.length(); i++) {
      if (SQUEEZED_SECOND.indexOf(s.charAt(i)) >= 0 && SQUEEZED_FIRST.indexOf(s.charAt(i - 1)) >= 0) {
        pairs++;
      }
    }
    return pairs;
  }

  /** How many runs of spaces in {@code raw} stand between an ASCII letter or digit and a CJK character. */
  private static int mixedScriptGaps(String raw) {
    int gaps = 0;
    for (int i = 1; i < raw.length(); i++) {
      if (!Chars.isSpace(raw.charAt(i)) || Chars.isSpace(raw.charAt(i - 1))) {
        continue;
      }
      int end = i;
      while (end < raw.length() && Chars.isSpace(raw.charAt(end))) {
        end++;
      }
      if (end < raw.length() && mixedPair(raw.charAt(i - 1), raw.charAt(end))) {
        gaps++;
      }
      i = end;
    }
    return gaps;
  }

  private static boolean mixedPair(char a, char b) {
    return isAsciiAlnum(a) && b >= 0x2E80 || a >= 0x2E80 && isAsciiAlnum(b);
  }

  private static boolean isAsciiAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
  }

  /**
   * Repairs {@code source}. Never throws on any text.
   *
   * @param source the page text
   * @return the repaired page
   * @throws NullPointerException if {@code source} is null
   */
  public RepairedPage repair(SourceText source) {
    Objects.requireNonNull(source, "source");
    Optional<List<Line>> columns = columnSplitter.split(source);
    boolean sideBySide = columns.isPresent();
    List<Diagnostic> diags = new ArrayList<>();
    columns.ifPresent(c -> diags.add(diag("layout.columns", "columns printed side by side; read column by column",
        new Span(0, source.length()))));
    List<Line> lines = SharedLineSplitter.split(columns.orElseGet(source::lines));
    List<Line> read = sideBySide ? VerticalHeadlineGatherer.gatherPrinted(lines, source, diags)
        : VerticalHeadlineGatherer.gather(lines, diags);
    List<Row> rows = rows(read, true);
    PageStyle style = style(rows, sideBySide);
    if (!sideBySide && !style.blankAfterEveryLine() && printsHeadingLinesApart(rows, style.medianWidth())) {
      rows = rows(read, false);
      style = style(rows, false);
      diags.add(diag("layout.style", "each heading line printed as a block of its own (a heading goes on across a blank line): "
          + "blank lines read as no block boundaries", new Span(0, source.length())));
    }
    if (sideBySide) {
      Set<Line> opening = VerticalHeadlineGatherer.verticalRunStarts(read, source);
      rows.forEach(r -> r.opensVerticalRun = opening.contains(r.line));
    }
    estimateFullWidths(rows, style.medianWidth());
    List<Block> blocks = new ArrayList<>();
    List<Block> noise = new ArrayList<>();

    boolean[] consumed = new boolean[rows.size()];
    int i = 0;
    while (i < rows.size()) {
      if (consumed[i]) {
        i++;
        continue;
      }
      if (isNameAroundHeadingPart(rows, i) && !consumed[i + 1] && !consumed[i + 2]) {
        // the name's rows are taken first, so the part between them cannot run on into its second character;
        // a row an earlier block took (a sentence resumed past it) is no part of it
        Block name = nameAroundHeadingPart(rows, consumed, i, diags);
        blocks.add(readBlock(rows, consumed, i + 1, style, noise, diags));
        blocks.add(name);
      } else {
        blocks.add(readBlock(rows, consumed, i, style, noise, diags));
      }
      i++;
    }
    BiPredicate<String, String> across = style.wrapped() ? this::keepsWordAcross : this::wordAcross;
    blocks = new InterruptedBodyRejoiner(across, knownWord, style.wrapped())
        .rejoin(blocks, diags);
    return new RepairedPage(source, style, blocks, noise, diags);
  }

  private static Diagnostic diag(String code, String msg, Span span) {
    return new Diagnostic("layout", code, msg, span);
  }

  /**
   * Whether {@code b} lies beyond the end of a block of vertical text ({@code cur}, two lines or more of one
   * character each: a vertical headline or label): a blank line and a line that is not vertical text follow it. One
   * character per line says nothing of the column's width, so the join rules for wrapped body lines do not apply.
   */
  private static boolean endsVerticalBlock(List<Row> cur, Row b) {
    return cur.size() >= 2 && b.blankBefore > 0 && !NewsCues.isVerticalTextLine(b.s())
        && cur.stream().allMatch(r -> NewsCues.isVerticalTextLine(r.s()));
  }

  /** Most pieces a photo credit's letter-spaced name comes out in (two two-character names, one per character). */
  private static final int MOST_CREDIT_PIECES = 5;

  /**
   * Returns the index of the row that ends a photo credit starting at row {@code from} whose letter-spaced name
   * the extractor printed one piece per line ({@code 王} / {@code 明} / {@code 李} / {@code 华摄影报道},
   * {@code 张小林} / {@code 摄}), or -1. Each piece is one Han character, or one whole name before a bare credit
   * ending; at most one blank line between pieces.
   */
  private static int splitCreditEnd(List<Row> rows, int from) {
    for (int j = from; j < rows.size() && j - from <= MOST_CREDIT_PIECES; j++) {
      Row r = rows.get(j);
      String s = Chars.stripSpaces(r.s());
      if (j > from && r.blankBefore > 1) {
        return -1;
      }
      if (j > from && (NewsCues.isCreditEnding(s) || NewsCues.isCreditTail(s))) {
        return j;
      }
      boolean oneChar = isOneHan(s);
      boolean wholeName = j == from && NewsCues.isNameAlone(s) && j + 1 < rows.size()
          && NewsCues.isCreditEnding(rows.get(j + 1).s()) && rows.get(j + 1).blankBefore <= 1;
      if (!oneChar && !wholeName) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether row {@code i} is the first character of a two-character name set letter-spaced beside a two-part heading,
   * one character per printed row, so the extractor prints it around the heading's part on the row between
   * ({@code 周} / {@code 暖意融融} / {@code 明}): a surname alone, a heading part ({@link NewsCues#isHeadingPart}), one
   * character alone, and no single character right before or after the three (that would be vertical text).
   */
  private static boolean isNameAroundHeadingPart(List<Row> rows, int i) {
    if (i + 2 >= rows.size() || !isOneHan(rows.get(i).s()) || !isOneHan(rows.get(i + 2).s())
        || !NewsCues.isSurname(Chars.stripSpaces(rows.get(i).s()).charAt(0))
        || i > 0 && isOneHan(rows.get(i - 1).s()) || i + 3 < rows.size() && isOneHan(rows.get(i + 3).s())) {
      return false;
    }
    return NewsCues.isHeadingPart(rows.get(i + 1).s());
  }

  /**
   * The name whose two characters stand at rows {@code i} and {@code i + 2} ({@link #isNameAroundHeadingPart}) as one
   * block, placed after the heading part between them; marks both rows consumed.
   */
  private static Block nameAroundHeadingPart(List<Row> rows, boolean[] consumed, int i, List<Diagnostic> diags) {
    Row first = rows.get(i);
    Row second = rows.get(i + 2);
    consumed[i] = true;
    consumed[i + 2] = true;
    String reason = "letter-spaced name printed around a heading part";
    diags.add(diag("layout.join", reason, first.line.span().union(second.line.span())));
    return toBlock(List.of(first, second), List.of(reason + " at line " + (second.line.number() + 1)), false);
  }

  /**
   * Whether {@code b} is one more name of a byline whose outlet and role stand alone on the first line of
   * {@code cur} ({@code 本报记者} / {@code 李中文} / {@code 郭舒然}, as pdftotext prints a byline set in a box), the
   * second of two credits by what each did ({@code 文/王明} / {@code 图/李华}), or one more character of a padded
   * two-character name ({@link #continuesSpacedName}).
   */
  private static boolean continuesSplitByline(List<Row> cur, Row b) {
    if (cur.size() > 4 || b.blankBefore > 1) {
      return false;
    }
    if (isOneHan(b.s())) {
      return continuesSpacedName(cur) || continuesLetterSpacedName(cur, b);
    }
    if (cur.size() == 1 && NewsCues.isSlashCreditLine(cur.get(0).s()) && NewsCues.isSlashCreditLine(b.s())) {
      return true;
    }
    if (!NewsCues.isBylineRoleOnly(cur.get(0).s()) || !isNameOrRole(b.s()) && !NewsCues.isCreditLine(b.s())) {
      return false;
    }
    for (int i = 1; i < cur.size(); i++) {
      if (!isNameOrRole(cur.get(i).s())) {
        return false;
      }
    }
    return true;
  }

  /** A person's name or a role alone ({@code 通讯员}): a piece of a byline printed one piece per line. */
  private static boolean isNameOrRole(String s) {
    return NewsCues.isPersonName(s) || NewsCues.isBylineRoleOnly(s);
  }

  /**
   * Whether one more character can continue a two-character name that a byline pads with a space to the width of
   * three, printed one character per line ({@code 本报记者} / {@code 吴} / {@code 君}, {@code 本报记者 赵} /
   * {@code 成}): the first row is the outlet and role, or they and the name's first character, and the rows after it
   * hold one character each, fewer than two so far.
   */
  private static boolean continuesSpacedName(List<Row> cur) {
    String first = Chars.stripSpaces(cur.get(0).s());
    boolean roleThenChar = first.length() > 1 && Chars.isHan(first.charAt(first.length() - 1))
        && NewsCues.isBylineRoleOnly(first.substring(0, first.length() - 1));
    if (!roleThenChar && !NewsCues.isBylineRoleOnly(first)) {
      return false;
    }
    for (int i = 1; i < cur.size(); i++) {
      if (!isOneHan(cur.get(i).s())) {
        return false;
      }
    }
    return cur.size() - 1 + (roleThenChar ? 1 : 0) < 2;
  }

  /**
   * Whether {@code b} is the next character of a name set letter-spaced with no role before it ({@code 邹　翔}, the
   * signature of a column piece), which the extractor printed one character per text block: rows of one Han character
   * each, a blank line before every next one, the first a surname, at most three in all, right under a heading line
   * (a label or headline, as a signature stands; after body text or a caption such pieces are a byline's or a credit's
   * printed inside it, or a vertical headline's).
   */
  private static boolean continuesLetterSpacedName(List<Row> cur, Row b) {
    Row before = cur.get(0).before;
    if (cur.size() > 2 || b.blankBefore != 1 || !NewsCues.isSurname(Chars.stripSpaces(cur.get(0).s()).charAt(0))
        || before != null && !NewsCues.isHeadingLine(before.s())) {
      return false;
    }
    for (int i = 0; i < cur.size(); i++) {
      if (!isOneHan(cur.get(i).s()) || i > 0 && cur.get(i).blankBefore != 1) {
        return false;
      }
    }
    return true;
  }

  private static boolean isOneHan(String s) {
    String t = Chars.stripSpaces(s);
    return t.length() == 1 && Chars.isHan(t.charAt(0));
  }

  /** The rows as one block; {@code spaced} keeps a space between rows (the names of a byline). */
  private static Block toBlock(List<Row> rows, List<String> evidence, boolean spaced) {
    TracedText.Builder b = TracedText.builder();
    List<Line> lines = new ArrayList<>();
    for (Row r : rows) {
      appendLine(b, r.text, spaced);
      lines.add(r.line);
    }
    Row first = rows.get(0);
    return new Block(b.build(), lines, first.blankBefore, first.full, false, evidence);
  }

  /**
   * Appends one line's text to a block's, with a space between them when {@code spaced} or when a Latin
   * word or number would otherwise run into a Latin word ({@code 5G} / {@code network}).
   */
  static void appendLine(TracedText.Builder block, TracedText line, boolean spaced) {
    if (block.length() > 0 && line.length() > 0) {
      char prev = block.last();
      char next = line.charAt(0);
      if (spaced || prev < 128 && Character.isLetterOrDigit(prev) && next < 128 && Character.isLetter(next)) {
        block.appendBetween(' ', line.sourceOffset(0));
      }
    }
    block.append(line);
  }

  // ---------------------------------------------------------------- page statistics

  /** Wider than any hard-wrapped newspaper column, in em. */
  private static final double WIDEST_COLUMN = 40;

  /**
   * The most a line of a heading printed in large type over one column holds of a body line's width: its characters are
   * set at least half as large again as the body's.
   */
  private static final double HEADING_LINE_SHARE = 0.7;

  /**
   * Whether the page prints each line of a heading as a block of its own, with a blank line after it, as an extractor
   * that makes every line set in large type a text block does ({@code mutool}): some heading goes on across a blank line
   * (a heading line standing alone, one blank line, and a heading line standing alone that completes a word the first
   * cuts, {@code 山村建起图} / {@code 书馆}, or closes a quotation or bracket it leaves open, {@code 乡间小路变通途（走} /
   * {@code 基层）}), and no heading of two lines or more is printed as one block (two short heading lines with no
   * blank line between, each short beside the page's median line of {@code median} em; vertical text, one character per
   * line, aside). On such a page a blank line says nothing of where a block ends, as on a page printed with none.
   */
  private boolean printsHeadingLinesApart(List<Row> rows, double median) {
    boolean goesOnAcrossBlank = false;
    for (Row b : rows) {
      Row a = b.before;
      if (a == null || !a.headlineDeck || !b.headlineDeck || looksLikeBylineLine(a.s()) || looksLikeBylineLine(b.s())) {
        continue;
      }
      if (b.blankBefore == 0 && isShortHeadingLine(a, median) && isShortHeadingLine(b, median)) {
        return false;
      }
      goesOnAcrossBlank |= b.blankBefore == 1 && standsAsBlock(a) && standsAsBlock(b) && continuesHeading(a, b);
    }
    return goesOnAcrossBlank;
  }

  /** Whether heading line {@code r} is short beside the body's lines ({@code median} em wide), and no vertical text. */
  private static boolean isShortHeadingLine(Row r, double median) {
    return r.width <= HEADING_LINE_SHARE * median && !NewsCues.isVerticalTextLine(r.s());
  }

  /** Whether heading line {@code b} completes a word that {@code a} cuts, or closes what {@code a} leaves open. */
  private boolean continuesHeading(Row a, Row b) {
    String as = Chars.stripSpaces(a.s());
    String bs = Chars.stripSpaces(b.s());
    return NewsCues.leavesOpen(as) && !NewsCues.leavesOpen(as + bs) || keepsWordAcross(as, bs);
  }

  /** Whether row {@code r} is a block of one line: a blank line, or the page's edge, before and after it. */
  private static boolean standsAsBlock(Row r) {
    return (r.before == null || r.blankBefore > 0) && (r.after == null || r.after.blankBefore > 0);
  }

  private static PageStyle style(List<Row> rows, boolean sideBySide) {
    double[] widths = rows.stream().filter(r -> r.s().length() >= 4).mapToDouble(r -> r.width).sorted().toArray();
    double median = widths.length == 0 ? 0 : widths[widths.length / 2];
    int gaps = Math.max(1, rows.size() - 1);
    long blank = rows.stream().skip(1).filter(r -> r.blankBefore > 0).count();
    double blankRate = rows.size() <= 1 ? 0 : (double) blank / gaps;
    // Hard-wrapped columns are at most ~30 em wide, so a page whose text is mostly on lines wider
    // than any column is one paragraph per line, even when headings and captions pull the median down.
    double all = 0;
    double wide = 0;
    for (double w : widths) {
      all += w;
      wide += w > WIDEST_COLUMN ? w : 0;
    }
    boolean mostlyWide = all > 0 && wide / all > 0.5;
    boolean informative = blankRate >= PageStyle.FEWEST_INFORMATIVE_BLANKS && blankRate < PageStyle.BLANK_AFTER_EVERY_LINE;
    boolean breaksAtMarks = rows.stream().anyMatch(r -> Chars.opensWithClosingMark(r.s()));
    return new PageStyle(median > 0 && median <= 30 && !mostlyWide, median, blankRate, informative, sideBySide, breaksAtMarks);
  }

  /**
   * Sets each row's local full column width: a high percentile of the widths just before it and of
   * those just after it. Where the column width changes (another article, another column), the two
   * sides disagree; the row takes the narrower side that still holds it, so the first lines of a
   * narrow column are not measured against the wide column above them.
   */
  private static void estimateFullWidths(List<Row> rows, double median) {
    int n = rows.size();
    PrintedLines printed = new PrintedLines(rows, median);
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      r.peers = printed.peers(i);
      ColumnMeasure before = printed.fullWidth(Math.max(0, i - WINDOW), i);
      ColumnMeasure after = printed.fullWidth(i, Math.min(n - 1, i + WINDOW));
      r.fullMeasured = !Double.isNaN(before.width()) || !Double.isNaN(after.width());
      r.full = r.fullMeasured ? fullAt(r.width, before, after) : r.width;
      r.marginApart = r.fullMeasured ? fullAt(r.width, shownApart(before, printed, Math.max(0, i - WINDOW), i - 1),
          shownApart(after, printed, i + 1, Math.min(n - 1, i + WINDOW))) : r.width;
    }
  }

  /**
   * {@code withRow}, a side's measure that counts the row itself, as a margin only where rows {@code from..to} (that
   * side without the row) show the same margin: a margin that the row and one other line make up may be that row's own
   * short width. The side is measured again only where {@code withRow} is a margin.
   */
  private static ColumnMeasure shownApart(ColumnMeasure withRow, PrintedLines printed, int from, int to) {
    if (!withRow.margin()) {
      return withRow;
    }
    ColumnMeasure withoutRow = from <= to ? printed.fullWidth(from, to) : null;
    boolean shown = withoutRow != null && withoutRow.margin() && withoutRow.width() == withRow.width();
    return shown ? withRow : new ColumnMeasure(withRow.width(), false);
  }

  /**
   * The full width for a row {@code width} wide from the measures on its two sides (one may be NaN). Where only one
   * side shows a margin that lines share, and it holds the row, the margin holds: the other side's guess is the same
   * column measured on short lines, or lines of no column at all (a heading stack, a byline, the page's end); a
   * narrower column that begins there shows a margin of its own. Else the narrower side that holds the row.
   */
  private static double fullAt(double width, ColumnMeasure before, ColumnMeasure after) {
    if (before.margin() != after.margin()) {
      ColumnMeasure shown = before.margin() ? before : after;
      if (shown.width() >= width - 1.0) {
        return shown.width();
      }
    }
    double b = before.width();
    double a = after.width();
    double lo = Double.isNaN(b) ? a : Double.isNaN(a) ? b : Math.min(b, a);
    double hi = Double.isNaN(b) ? a : Double.isNaN(a) ? b : Math.max(b, a);
    if (lo >= width - 1.0) {
      return lo;
    }
    // narrower than the column on both sides: a short line of that column, not a column of its own
    return hi >= width - 1.0 ? hi : lo;
  }

  /**
   * A page's rows measured as the printed lines they make up, once per page: which row continues the printed line of
   * the row before and what it adds to it, so that each window {@link #estimateFullWidths} measures reads arrays.
   */
  private static final class PrintedLines {
    /** Each row's width. */
    private final double[] width;
    /** Whether row {@code j} is the rest of row {@code j - 1}'s printed line ({@link #continuesPrintedLine}). */
    private final boolean[] continues;
    /** What row {@code j} adds to the printed line it continues: its width less the squeeze at the join. */
    private final double[] adds;
    /** Whether row {@code j}, alone, is long enough to measure the column by. */
    private final boolean[] measurable;

    PrintedLines(List<Row> rows, double median) {
      int n = rows.size();
      width = new double[n];
      continues = new boolean[n];
      adds = new double[n];
      measurable = new boolean[n];
      for (int j = 0; j < n; j++) {
        Row r = rows.get(j);
        width[j] = r.width;
        measurable[j] = r.s().length() >= 6;
        if (j > 0 && continuesPrintedLine(rows.get(j - 1), r, median)) {
          continues[j] = true;
          adds[j] = r.width - squeezeAt(rows.get(j - 1).s(), r.s());
        }
      }
    }

    /** How many rows within {@link #WINDOW} of row {@code i} are as wide as it, within {@link #PEER_TOLERANCE}. */
    int peers(int i) {
      int peers = 0;
      for (int j = Math.max(0, i - WINDOW); j <= Math.min(width.length - 1, i + WINDOW); j++) {
        peers += j != i && Math.abs(width[j] - width[i]) <= PEER_TOLERANCE ? 1 : 0;
      }
      return peers;
    }

    /**
     * The full column width over rows {@code from..to} (inclusive), or NaN when too few rows are long enough to tell:
     * the widest width that at least two printed lines reach (within half an em), so one overfull line or a page header
     * does not count, while short paragraphs (whose first and last lines are narrower) do not pull the estimate below
     * the margin. No margin is one that {@value #OVERFULL_LINES} or more lines overrun by half again
     * ({@link #OVERFULL_RATIO}): two short heading or byline lines of one width ({@code 菜市场改造便民多} /
     * {@code 本报记者 王小明}) over a column's body lines.
     */
    ColumnMeasure fullWidth(int from, int to) {
      double[] w = new double[to - from + 1];
      int m = 0;
      for (int j = from; j <= to; j++) {
        if (j > from && continues[j]) {
          continue;
        }
        double printed = width[j];
        for (int k = j + 1; k <= to && continues[k]; k++) {
          printed += adds[k];
        }
        if (measurable[j] || printed > width[j]) {
          w[m++] = printed;
        }
      }
      if (m < 3) {
        return new ColumnMeasure(Double.NaN, false);
      }
      Arrays.sort(w, 0, m);
      for (int i = m - 1; i > 0; i--) {
        if (w[i] - w[i - 1] <= 0.5 && !overrun(w, m, i)) {
          return new ColumnMeasure(w[i - 1], true);
        }
      }
      return new ColumnMeasure(w[(int) Math.floor(m * 0.7)], false);
    }
  }

  /**
   * How many lines wider than a margin by {@link #OVERFULL_RATIO} show it is none: more than an overfull line and a
   * page header.
   */
  private static final int OVERFULL_LINES = 3;

  /**
   * How much wider than a column's margin no line of that column is: a line that hangs its last mark past the margin
   * overruns it by an em, not by half the column.
   */
  private static final double OVERFULL_RATIO = 1.5;

  /**
   * Whether {@value #OVERFULL_LINES} or more of the first {@code m} widths of {@code s}, sorted (as many at least), overrun {@code s[i]} by
   * {@link #OVERFULL_RATIO}: the third widest does.
   */
  private static boolean overrun(double[] s, int m, int i) {
    return s[m - OVERFULL_LINES] > s[i] * OVERFULL_RATIO;
  }

  /**
   * A column's full width measured over some rows ({@code NaN} when too few rows are long enough to tell), and
   * whether it is a {@code margin} that at least two printed lines reach, rather than a percentile of lines that
   * all end apart.
   */
  private record ColumnMeasure(double width, boolean margin) {}

  /**
   * Whether {@code b} is the rest of {@code a}'s printed line, split off by the extractor: no blank line between,
   * both pieces visibly shorter than the page's median line ({@code median}), and {@code b} starts with a
   * quotation mark (set in another font) or with punctuation no printed line starts with. The column's width is
   * measured on printed lines, not on their pieces.
   */
  private static boolean continuesPrintedLine(Row a, Row b, double median) {
    return b.blankBefore == 0 && !b.s().isEmpty() && !a.s().isEmpty() && a.width < median - 1 && b.width < median - 1
        && (startsWithQuote(b.s()) || Chars.opensWithClosingMark(b.s()));
  }

  // ---------------------------------------------------------------- decisions

  private static boolean endsMidSentence(String s) {
    if (s.isEmpty()) {
      return false;
    }
    char c = s.charAt(s.length() - 1);
    return c == '，' || c == ',' || c == '、' || c == '；' || c == ';' || c == '“' || c == '‘' || c == '《' || c == '（' || c == '(';
  }

  /**
   * Whether {@code s} ends with the attributive particle {@code 的} after a word ({@code “送戏下乡”的}, {@code 传统的}):
   * the noun it qualifies comes next, so neither a paragraph nor a headline ends there, whatever the line's width
   * (an extractor splits printed lines at quotation marks, leaving such short pieces).
   */
  private static boolean endsWithAttributive(String s) {
    int n = s.length();
    return n >= 2 && s.charAt(n - 1) == '的' && (Chars.isHan(s.charAt(n - 2)) || Chars.isCloser(s.charAt(n - 2)));
  }

  /** Whether {@code s} closes a round bracket opened before it. */
  private static boolean closesBracket(String s) {
    return roundBrackets(s)[0] > 0;
  }

  /** Whether {@code s} leaves a round bracket open at its end. */
  private static boolean unclosedBracket(String s) {
    return roundBrackets(s)[1] > 0;
  }

  /** {@return {closing round brackets with no opener before them, round brackets still open at the end} of {@code s}} */
  private static int[] roundBrackets(String s) {
    int unmatched = 0;
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '（' || c == '(') {
        depth++;
      } else if ((c == '）' || c == ')') && depth > 0) {
        depth--;
      } else if (c == '）' || c == ')') {
        unmatched++;
      }
    }
    return new int[] {unmatched, depth};
  }

  private static boolean isFull(Row r) {
    return r.printed >= r.full - 1.0;
  }

  /**
   * A dateline lead ({@code 本报某地3月8日电…}), also as a paper prints an agency's story ({@code 据新华社某地3月8日电}),
   * or its first part where the extractor broke the line before {@code 电}.
   */
  private static final Pattern LEAD_IN = Pattern.compile("^据?(?:新华社|中新社|本报)\\p{IsHan}{0,8}\\d{1,2}月\\d{1,2}日(?:电.*)?$");

  /** The first character of every lead-in {@link #startsLeadIn} knows: 本报讯, 本刊讯, 据…, 新华社…, 中新社…. */
  private static final String LEAD_IN_FIRSTS = "本据新中";

  /** Whether {@code s} (spaces ignored: extractors set digits apart, {@code 本报北京 9 月 8 日电}) opens with a lead-in. */
  private static boolean startsLeadIn(String s) {
    int first = 0;
    while (first < s.length() && Chars.isSpace(s.charAt(first))) {
      first++;
    }
    if (first == s.length() || LEAD_IN_FIRSTS.indexOf(s.charAt(first)) < 0) {
      return false;
    }
    String c = Chars.stripSpaces(s);
    return c.startsWith("本报讯") || c.startsWith("本刊讯") || LEAD_IN.matcher(c).matches();
  }

  /**
   * Whether line {@code a} stops exactly one character short of its column's margin where the first character of
   * {@code b} would have fitted: a paragraph ended there. Only a line whose width its characters tell exactly counts:
   * Han characters and its closing mark only (a half-width digit or letter leaves justification slack, and a comma
   * inside may be set at half width), and a gap of one character, not two (an indented first line stops two short).
   * Nothing may have kept {@code b}'s first character off the line: its second is no closing mark, which a typesetter
   * never lets start a line and so moves down with the character before it.
   */
  private static boolean leavesRoomForNext(Row a, String b) {
    String as = a.s();
    double gap = a.full - a.width;
    return a.printed == a.width && gap >= 1.0 && gap < 2.0 && as.length() >= 2 && Chars.isAllHan(as.substring(0, as.length() - 1))
        && b.length() >= 2 && Chars.isHan(b.charAt(0)) && !Chars.opensWithClosingMark(b.substring(1));
  }

  /** Whether no blank line separates {@code b} from the line above, beyond the page's habit. */
  private static boolean noGapBetween(Row b, PageStyle style) {
    return b.blankBefore <= (style.blanksInformative() ? 0 : 1);
  }

  /**
   * Whether {@code a} ends and {@code b} starts inside one number ({@code 35.2} / {@code 4万}, {@code 1} /
   * {@code 0万人}): no paragraph, heading or label ends on a bare digit that the next line's digits continue.
   */
  private static boolean splitsNumber(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || !Chars.isDigit(b.charAt(0))) {
      return false;
    }
    char last = a.charAt(a.length() - 1);
    return Chars.isDigit(last) || (last == '.' || last == '．') && a.length() >= 2 && Chars.isDigit(a.charAt(a.length() - 2));
  }

  /**
   * Lines of the same width (within {@value #PEER_TOLERANCE} em) among a line's neighbours that make it a line
   * of a text column: a headline across columns has none, a column of a wide lead article has many.
   */
  private static final int COLUMN_PEERS = 3;

  /**
   * How far apart (em) the counted widths of two full lines of one column can be: quotation marks, digits and
   * squeezed punctuation make a justified column's lines count up to two em apart.
   */
  private static final double PEER_TOLERANCE = 2.0;

  /**
   * Whether {@code a} is wider than the page's columns (a headline across columns, not a wrapped line): wider
   * than the page's median line, and with fewer than {@link #COLUMN_PEERS} neighbours of its width, so the
   * wide lead article of a page with narrow columns elsewhere still wraps.
   */
  private static boolean isWiderThanItsColumn(Row a, PageStyle style) {
    return a.width > style.medianWidth() * 1.3 + 1 && a.peers < COLUMN_PEERS;
  }

  /**
   * How far (em) short of the column a heading line ends, at least: a body line that merely falls a little
   * short of the margin (digits and Latin letters set narrower make lines uneven) is not a heading.
   */
  private static final double HEADING_MARGIN = 2;

  /**
   * Whether {@code a} over {@code b} reads as two headline decks rather than a wrapped sentence: both are decks
   * ({@link #isHeadlineDeck}), {@code b} ends clearly short of the column without ending a sentence (a body line
   * that short is the last of its paragraph, and ends in a full stop), and nothing runs on across the break (a
   * word, a particle, a closing quotation mark, a phrase left open: {@code 清理各类评比中的} / {@code 300多项检查考核}).
   */
  private boolean areHeadlineDecks(Row a, Row b) {
    String as = a.s();
    String bs = b.s();
    return a.headlineDeck && b.headlineDeck && b.width < b.full - HEADING_MARGIN && !startsMidSentence(bs)
        && !InterruptedBodyRejoiner.unmatchedCloser(bs) && !NewsCues.endsPhraseOpen(as) && !wordAcross(as, bs);
  }

  /**
   * A line that can be one deck of a headline: a heading line ({@link NewsCues#isHeadingLine}), or two clauses joined by
   * one comma with no other punctuation ({@code 一条路，富一方}), as two-part headlines are printed, either of them ending
   * in the dash that leads a kicker into its headline ({@code 春耕时节，多地推广新农机——}). A body line
   * with a comma that stops short of the column ends its paragraph, so it ends in a full stop.
   */
  private static boolean isHeadlineDeck(String s) {
    if (NewsCues.endsWithLeadDash(s)) {
      // a kicker leads into its headline with a dash: a deck of its own, read without the dash
      String kicker = Chars.stripSpaces(s);
      return isHeadlineDeck(kicker.substring(0, kicker.length() - 2));
    }
    int comma = s.indexOf('，');
    if (comma <= 0 || comma == s.length() - 1) {
      return NewsCues.isHeadingLine(s);
    }
    return s.indexOf('，', comma + 1) < 0 && NewsCues.isHeadingLine(s.substring(0, comma)) && NewsCues.isHeadingLine(s.substring(comma + 1));
  }

  /**
   * Whether {@code b} starts a new deck of the heading stack that {@code cur} is, though no blank line lies between:
   * a wrapped headline fills its measure on every line but the last, so its next line is never wider than the one
   * above. A heading line ({@link #isHeadlineDeck}) wider than the one above it is set in another size
   * ({@code 某省整治“文山会海”} / {@code 清理3000多项基层检查考核}); so is one clearly narrower (a wrapped body line
   * fills the column like the line above it) that backs a headline without figures with one
   * ({@link NewsCues#backsHeadlineWithFigure}: {@code 某省古桥保护修缮行动持续推进} / {@code 已修缮古桥120座}); so is
   * one of two clauses under another such line standing alone ({@link #isTwoClauseDeck}). Either unless a word, a
   * particle or a closing quotation
   * mark runs on across the break. Only in a stack of heading lines that stands after a blank line (or opens the page)
   * and ends where {@code b} does, with a blank line, a byline or a lead-in after it: a column of body lines can go on
   * without punctuation for a line or two.
   */
  private boolean startsNextDeck(List<Row> cur, Row b, PageStyle style) {
    Row a = cur.get(cur.size() - 1);
    String as = a.s();
    String bs = b.s();
    if (!style.wrapped() || b.blankBefore > 0 || !b.headlineDeck || !endsHeadingStack(b, style)
        || !cur.stream().allMatch(r -> r.headlineDeck) || cur.get(0).blankBefore == 0 && cur.get(0).line.number() > 0
        || startsMidSentence(bs) || InterruptedBodyRejoiner.unmatchedCloser(bs) || NewsCues.endsPhraseOpen(as)
        || InterruptedBodyRejoiner.openQuote(as) || wordAcross(as, bs)) {
      return false;
    }
    return NewsCues.opensWiderDeck(a.width, b.width)
        || b.width < a.width - HEADING_MARGIN && NewsCues.backsHeadlineWithFigure(as, bs)
        || cur.size() == 1 && isTwoClauseDeck(as) && isTwoClauseDeck(bs);
  }

  /**
   * Whether headline deck {@code s} ({@link #isHeadlineDeck}, so one comma at most) is two clauses joined by a comma
   * inside it ({@code 一条路，富一方}). One deck holds one comma at most, so two such lines stacked are two decks, not
   * one headline wrapped.
   */
  private static boolean isTwoClauseDeck(String s) {
    String t = Chars.stripSpaces(s);
    int comma = t.indexOf('，');
    return comma > 0 && comma < t.length() - 1;
  }

  /**
   * Whether {@code cur}, heading lines only and short of the page's usual line, ends at the blank line before {@code b}:
   * a column break cuts a body's sentence, not a heading's (a kicker, a headline deck, a label set apart by white
   * space: {@code 某省盐业考古} / {@code 取得重要进展} / {@code “盐业影响了…}), unless a word, an open bracket or an
   * open quotation runs on across the break. The column width measured around a heading is the heading's own, so the
   * test is against the page's median line. Not on a page read as columns side by side, whose blank lines the column
   * splitter sets between regions.
   */
  private boolean headingBeforeBlank(List<Row> cur, Row b, PageStyle style) {
    Row a = cur.get(cur.size() - 1);
    String as = a.s();
    return !style.sideBySide() && style.wrapped() && style.blanksInformative() && !style.blankAfterEveryLine() && b.blankBefore > 0
        && a.width < style.medianWidth() - HEADING_MARGIN && cur.stream().allMatch(r -> NewsCues.isHeadingLine(r.s()))
        && !unclosedBracket(as) && !InterruptedBodyRejoiner.openQuote(paragraphText(cur)) && !wordAcross(as, b.s());
  }

  /**
   * Whether {@code b} or {@code cur}, a line alone, is one part of a two-part heading cut from the other at the gutter
   * of columns read side by side ({@link #isPartOfTwoPartRow}): a deck of its own, which no line above or below goes on.
   */
  private static boolean isTwoPartDeck(List<Row> cur, Row b) {
    return isPartOfTwoPartRow(b) || cur.size() == 1 && isPartOfTwoPartRow(cur.get(0));
  }

  /**
   * Whether {@code r} is one part of a two-part heading ({@link NewsCues#areHeadingParts}) whose other part the column
   * splitter cut from the same printed row and read right before or after it.
   */
  private static boolean isPartOfTwoPartRow(Row r) {
    Row before = r.before;
    Row after = r.after;
    return before != null && before.line.number() == r.line.number() && NewsCues.areHeadingParts(before.s(), r.s())
        || after != null && after.line.number() == r.line.number() && NewsCues.areHeadingParts(r.s(), after.s());
  }

  /** Whether a blank line, the page's end, a byline or a lead-in follows {@code b}: where a heading stack ends. */
  private static boolean endsHeadingStack(Row b, PageStyle style) {
    Row c = b.after;
    return c == null || c.blankBefore > 0 && style.blanksInformative() || startsLeadIn(c.s()) || looksLikeBylineLine(c.s())
        || NewsCues.isBylineRoleOnly(c.s());
  }

  /** A lead-in line that is the byline alone ({@code 本报讯（记者 王明）}): the body starts on the next line. */
  private static boolean endsInBracketedByline(String s) {
    return s.endsWith("）") || s.endsWith(")");
  }

  /**
   * Whether {@code a} and {@code b} are one printed line that the extractor broke at a quotation mark (set in
   * another font, pdftotext starts a new text line there): {@code b} starts with a quotation mark, no blank
   * line lies between, and together they are no wider than the column ({@code 千亩。} / {@code “今年的收成，…}), or
   * fit it with every mark squeezed where the extractor breaks lines at marks ({@link #fitsSqueezed}). The join gives
   * {@code b} the printed line's width, so the line after it is measured against the column as the printed line was
   * ({@code ”张某} / {@code 说。} continues the printed line above it). A piece too short to read as body qualifies when
   * with {@code a} it fills the column and the quotation it opens goes on into the body line below it
   * ({@code 共办成实事120件。} / {@code “小} / {@code 菜园”变成了…}): a printed line that does not end its paragraph is
   * full.
   */
  private boolean splitAtQuote(Row a, Row b, PageStyle style) {
    return style.wrapped() && b.blankBefore == 0 && a.fullMeasured && !isFull(a)
        && (onePrintedLine(a, b) || fitsSqueezed(a, b, style))
        && (bodyLike(b, style) || fillsColumnWith(a, b) && quotationGoesOnBelow(b, style));
  }

  /**
   * Whether {@code b}, opening with a quotation mark, fits after {@code a} in one printed line of the column where a
   * justified line sets every mark of the two at its narrowest ({@link #slack}); asked only on a page whose extractor
   * breaks printed lines at marks (elsewhere a text line opening with a quotation mark is a printed line's start), and
   * only where {@code b} stops short of the margin by more than a paragraph's indent: a first line, indented, opening
   * with a quotation, stops as short as its indent.
   */
  private static boolean fitsSqueezed(Row a, Row b, PageStyle style) {
    return style.breaksAtMarks() && startsWithQuote(b.s()) && b.width < a.full - MAX_INDENT
        && a.printed - slack(a) + b.width - slack(b) <= a.full + 1.0;
  }

  /** Whether {@code a} and {@code b} together reach {@code a}'s column margin. */
  private static boolean fillsColumnWith(Row a, Row b) {
    return a.printed + b.width - squeezeAt(a.s(), b.s()) >= a.full - 1.0;
  }

  /** Whether {@code b} leaves a quotation open that the body line right below it closes. */
  private static boolean quotationGoesOnBelow(Row b, PageStyle style) {
    Row c = b.after;
    return c != null && c.blankBefore == 0 && InterruptedBodyRejoiner.openQuote(b.s()) && bodyLike(c, style)
        && InterruptedBodyRejoiner.unmatchedCloser(c.s());
  }

  /**
   * Whether the short line {@code a}, a heading line or a word's first characters alone, stops inside a dictionary
   * word that {@code b} completes ({@code 多地要求中小学} / {@code 生每天锻炼一小时——}, {@code 农} / {@code 产品运输…}):
   * one wrapped line, unless {@code b} is a byline or a credit (a role line, names, or a line with the slash of
   * {@code 文/X 图/Y}), whose first characters can make a word with anything.
   */
  private boolean stopsInsideWord(Row a, Row b, PageStyle style) {
    String as = a.s();
    String bs = b.s();
    return style.wrapped() && b.blankBefore == 0 && !isFull(a) && a.headlineDeck && Chars.isHan(as.charAt(as.length() - 1))
        && !NewsCues.isBylineRoleOnly(bs) && !looksLikeBylineLine(bs) && !bs.contains("/") && wordAcross(as, bs);
  }

  /**
   * Whether {@code a} and {@code b} are one printed line that the extractor broke after a comma (justification
   * stretches the space after a pause mark until the extractor takes it for a gap: {@code 元宵节当晚，} /
   * {@code 一场小雨过后，} / {@code 某县城关} / {@code 镇的街道…}): {@code a} ends in a comma, enumeration comma or
   * semicolon short of the column, no blank line lies between, and together they are no wider than the column.
   * A sentence never stops at a comma, so {@code b} is its next piece wherever it fits. Where the page's blank lines say
   * nothing (text in content-stream order), the fit is not asked: an extractor that breaks a line wherever a run of
   * text ends ({@code pdftotext -raw}) also runs two printed lines into one, and a printed line never stops short at a
   * comma.
   */
  private boolean splitAfterPause(Row a, Row b, PageStyle style) {
    return style.wrapped() && b.blankBefore == 0 && a.fullMeasured && !isFull(a)
        && (fitsAfterPause(a, b) || !style.blanksInformative() && endsWithPause(a.s()))
        && !startsLeadIn(b.s()) && !looksLikeBylineLine(b.s());
  }

  /** Whether {@code a} ends in a pause mark and {@code b} fits after it in one printed line of the column. */
  private static boolean fitsAfterPause(Row a, Row b) {
    return endsWithPause(a.s()) && fitsOnePrintedLine(a, b);
  }

  /** Whether {@code s} ends in a comma, an enumeration comma or a semicolon: no sentence stops there. */
  private static boolean endsWithPause(String s) {
    return !s.isEmpty() && "，、；".indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /**
   * Whether {@code b} is the rest of the printed line that {@code a} ends with a sentence ({@code …“头一课”} /
   * {@code 。} / {@code “我} / {@code 们通过…}): {@code b} stops inside its sentence and is too short for a
   * paragraph's first line (an indent and more short of the column), with no blank line on either side; the body line
   * below it goes on its sentence (a word across, or an opening no sentence starts with) and fills the column alone,
   * so {@code b} is no first piece of that line's printed line; and {@code a}'s printed line with {@code b} reaches the
   * column's margin without passing it. A paragraph's first line reaches the margin less its indent and a paragraph's
   * last line ends its sentence, so such a piece opens no paragraph. A heading or a credit that the reading order put
   * after a body's last line ({@code …工作。} / {@code 某某遗址} / {@code 某省某市…}) runs into no word below it. Asked
   * only where the page's blank lines carry information: an extractor that breaks a line wherever a run of text ends
   * ({@code pdftotext -raw}) also runs two printed lines into one, so there a line's width does not say what shares
   * its printed line.
   */
  private boolean endsPrintedLineAfterSentence(Row a, Row b, PageStyle style) {
    Row c = b.after;
    return style.wrapped() && style.blanksInformative() && a.fullMeasured && b.blankBefore == 0
        && Chars.endsSentence(a.printedText) && !Chars.endsSentence(b.s()) && b.width < a.full - MAX_INDENT - 1.0
        && c != null && c.blankBefore == 0 && bodyLike(c, style) && isFull(c)
        && fitsOnePrintedLine(a, b) && fillsColumnWith(a, b) && (startsMidSentence(c.s()) || wordAcross(b.s(), c.s()));
  }

  /**
   * Whether {@code b} is one closing mark alone on its text line. Typesetting never starts a line with one, so after a
   * line short of the column it ends that printed line, which is as wide as both together (what follows is measured
   * against it: {@code …年轻的“某某”} / {@code 。} / {@code “某某”名叫…} is a short last line and a new paragraph, not
   * room for the next line); after a full line it hangs in the margin.
   */
  private static boolean isMarkAlone(Row b) {
    return b.s().length() == 1 && Chars.opensWithClosingMark(b.s());
  }

  /**
   * Whether {@code b} is the rest of the printed line above it whatever its width, and that line goes on: it opens
   * with punctuation that Chinese typesetting never sets at the start of a line ({@code ”当天下午}, {@code ”李某} after
   * a line the extractor ended at the quotation mark), stops inside a sentence, and no blank line lies between.
   * Counting pieces misjudges a printed line's width by the punctuation set narrower than an em, so no fit is asked
   * for where nothing hangs on it: a body line that stops inside a sentence goes on whatever its width. A piece that
   * ends a sentence keeps the fit test, since there the width decides whether the paragraph ends.
   */
  private static boolean restOfPrintedLine(Row b) {
    return b.blankBefore == 0 && Chars.opensWithClosingMark(b.s())
        && !Chars.endsSentence(b.s());
  }

  /**
   * Whether {@code a} over {@code b} are two decks of a heading stack (a kicker over its headline, a headline over its
   * subheadline), not one wrapped line: both read as decks ({@link #isHeadlineDeck}), the line after {@code b} opens
   * the article (a byline, a role alone, a lead-in), and nothing runs on across the break — no word, no particle or
   * joining word at either side, no bracket or quotation left open. A wrapped headline over a byline breaks inside a
   * word or phrase ({@code 某省春季植树活动暨} / {@code 义务植树动员会召开}); a deck ends where its phrase does. Where
   * the page's blank lines carry information, decks set in two sizes come out with a blank line between them, and
   * two heading lines without one are one heading block ({@code 老旧小区加装电梯方便} / {@code 居民出行}): the rule
   * asks for the blank line there.
   */
  private boolean decksOverByline(Row a, Row b, PageStyle style) {
    String as = a.s();
    String bs = b.s();
    Row c = b.after;
    if (c == null || style.blanksInformative() && b.blankBefore == 0 || !a.headlineDeck || !b.headlineDeck
        || Chars.endsSentence(as) || Chars.endsSentence(bs)) {
      return false;
    }
    boolean opensArticle = startsLeadIn(c.s()) || looksLikeBylineLine(c.s()) || NewsCues.isBylineRoleOnly(c.s());
    return opensArticle && !NewsCues.endsPhraseOpen(as) && !unclosedBracket(as)
        && !InterruptedBodyRejoiner.openQuote(as) && !InterruptedBodyRejoiner.unmatchedCloser(bs) && !startsMidSentence(bs)
        && !wordAcross(as, bs);
  }

  /** Whether {@code b} starts with a quotation mark and fits, after {@code a}, in one printed line of the column. */
  private static boolean onePrintedLine(Row a, Row b) {
    return startsWithQuote(b.s()) && fitsOnePrintedLine(a, b);
  }

  /**
   * Whether {@code b} fits after {@code a} in one printed line of {@code a}'s column, counting the squeezed
   * punctuation at the join ({@link #squeezeAt}) only when {@code b} alone falls short of the column, so a whole
   * line after a short one stays a line of its own.
   */
  private static boolean fitsOnePrintedLine(Row a, Row b) {
    double sum = a.printed + b.width;
    return sum <= a.full + 1.0 || b.width < a.full - 1.0 && sum - squeezeAt(a.s(), b.s()) <= a.full + 1.0;
  }

  /**
   * How much narrower (em) than {@link Row#width} a justified line may set {@code r}'s text: typesetting that keeps a
   * mark from starting a line (避头尾) squeezes the punctuation of the line before it, each mark to half an em, so a
   * printed line holds up to one character more per two marks than the column has ems.
   */
  private static double slack(Row r) {
    String s = r.s();
    int marks = 0;
    for (int i = 0; i < s.length(); i++) {
      if (SQUEEZED_SECOND.indexOf(s.charAt(i)) >= 0) {
        marks++;
      }
    }
    return SQUEEZE * (marks - squeezedPairs(s));
  }

  /**
   * How much narrower (em) the join of {@code a} and {@code b} is printed than their widths add up to: Chinese
   * typesetting sets a closing mark followed by an opening one ({@code 。“}, {@code ，《}) in one and a half em,
   * not two (标点挤压).
   */
  private static double squeezeAt(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && Chars.isPunctuation(a.charAt(a.length() - 1)) && !Chars.isOpener(a.charAt(a.length() - 1))
        && Chars.isOpener(b.charAt(0)) ? 0.5 : 0;
  }

  private static boolean startsWithQuote(String s) {
    return !s.isEmpty() && (s.charAt(0) == '“' || s.charAt(0) == '”' || s.charAt(0) == '‘' || s.charAt(0) == '’');
  }

  /**
   * Whether {@code b}, after a column-break blank line, reads as more of a body: a body-like line that fills the
   * column, ends a sentence or holds punctuation. A short line with no punctuation at all is a heading
   * ({@code 全市推进职业}), not the rest of a sentence, unless a word runs across the break; so is one that fills the
   * column but stands over a shorter heading line after another blank line, a headline over its deck
   * ({@code 某省某县多措并举拓展乡村绿化空间} / {@code 田间披绿}). Nor is a line set off by blank lines on both sides
   * that ends in the dash leading a kicker into its headline ({@code 开学季，多所学校延长户外活动——}): a body line ending
   * in a dash goes on in the line under it, not after another break.
   */
  private boolean continuesBody(Row b, PageStyle style) {
    return bodyLike(b, style) && !(NewsCues.endsWithLeadDash(b.s()) && setOffBelow(b))
        && (isFull(b) && !headsDeckBelow(b) || Chars.endsSentence(b.s()) || !NewsCues.isHeadingLine(b.s()));
  }

  /** Whether heading line {@code b} stands over a shorter heading line set off from it by a blank line. */
  private boolean headsDeckBelow(Row b) {
    Row next = b.after;
    return NewsCues.isHeadingLine(b.s()) && next != null && next.blankBefore > 0 && NewsCues.isHeadingLine(next.s())
        && !isFull(next);
  }

  /** Whether a blank line (or the end of the page) follows row {@code r}. */
  private static boolean setOffBelow(Row r) {
    return r.after == null || r.after.blankBefore > 0;
  }

  /** A page-header line or a letter-spaced label: printed on its own, never part of a paragraph. */
  private static boolean standsAlone(String raw) {
    return NewsCues.isPageHeader(raw) || NewsCues.isLetterSpacedLabel(raw);
  }

  /** A line opening with a dash: a subheadline ({@code ——记…}) unless a body sentence wraps into it. */
  private static boolean startsWithDash(String s) {
    return s.startsWith("——") || s.startsWith("--");
  }

  /**
   * Whether body text wraps onto a dash line: {@code a} is a body line (inner punctuation) at the column's
   * measured full width that leaves its sentence open; a headline over a {@code ——} subheadline is not.
   */
  private boolean wrapsIntoDash(Row a) {
    return a.fullMeasured && isFull(a) && hasInnerPunctuation(a.s()) && !Chars.endsSentence(a.s());
  }

  /**
   * Whether row {@code next} is one bare character of a vertical headline that an extractor printed between two
   * lines of a sentence, with no blank line around it ({@code …门前都装上了} / {@code 新} / {@code 路灯，夜里出门…}):
   * it shares no dictionary word with the line before it or the line after it. A piece of the sentence's own
   * printed line ({@code …卖全} / {@code 国}, {@code 如} / {@code 出一辙}) does.
   */
  private boolean isVerticalInside(List<Row> rows, boolean[] consumed, Row a, int next, boolean firstLine) {
    int after = next + 1;
    while (after < rows.size() && consumed[after]) {
      after++;
    }
    return after < rows.size() && isOneVerticalCharacter(a, rows.get(next), rows.get(after), firstLine);
  }

  /**
   * Whether {@code island}, printed between {@code a} and {@code c} with no blank line around it, is one bare
   * Han character that belongs to neither: {@code a} is at the column's width and stops on a Han character (cut
   * inside its sentence, not at a comma), {@code c} is at the column's width or ends the sentence, and no
   * dictionary word runs across either break.
   */
  private boolean isOneVerticalCharacter(Row a, Row island, Row c, boolean firstLine) {
    String is = Chars.strip(island.s());
    String as = Chars.strip(a.s());
    return island.blankBefore == 0 && c.blankBefore == 0 && is.length() == 1 && Chars.isHan(is.charAt(0))
        && !as.isEmpty() && Chars.isHan(as.charAt(as.length() - 1)) && reachesMargin(a, firstLine) && a.fullMeasured
        && (isFull(c) && c.fullMeasured || Chars.endsSentence(c.s())) && !sharesWord(as, is) && !sharesWord(is, c.s());
  }

  /**
   * Whether row {@code a} reaches the column's margin: it is full, or it is a paragraph's first line ({@code firstLine})
   * as wide as the column less an indent ({@value #FIRST_LINE_SLACK} em: extractors drop the indent of two ems).
   */
  private boolean reachesMargin(Row a, boolean firstLine) {
    return isFull(a) || firstLine && a.width >= a.full - FIRST_LINE_SLACK;
  }

  /** How far short of the column (em) a paragraph's first line that fills its measure may end: an indent, and half an em. */
  private static final double FIRST_LINE_SLACK = 2.5;

  /** Whether a dictionary word runs across the break between {@code a} and {@code b}, by either test. */
  private boolean sharesWord(String a, String b) {
    return wordAcross(a, b) || keepsWordAcross(a, b);
  }

  /** The most lines of a horizontal headline, byline or label an extractor prints inside one body sentence. */
  private static final int MOST_ISLANDS = 3;

  /** The most characters of vertical text (one per line) printed inside one body sentence. */
  private static final int MOST_VERTICAL_ISLANDS = 16;

  /**
   * Widest line (em) that can be a fragment printed inside a sentence: a name, a headline deck, a label. A
   * wider unpunctuated line may be a headline of the next article; its body is not this sentence.
   */
  private static final double WIDEST_ISLAND = 6;

  /**
   * Where the open sentence of {@code cur} resumes past short lines printed inside it, or -1. The extractor
   * reads a headline deck, a byline name or a vertical headline set beside the column between two lines of
   * one sentence ({@code …维修保} / {@code 张} / {@code 养。村民们…}). The sentence must be open (the
   * block's last line, after at least one other body line, is at the column's width or ends in a comma), every
   * line in between short and unpunctuated, and the line after them must read as the rest of the sentence: a
   * short line ending it, a line starting with a particle or closing mark, a word formed across the join, or,
   * after a comma or a vertical headline, a line at the column's width.
   *
   * @return the index of the row that continues the sentence; the short lines stay for later blocks
   */
  private int resumesAfterIslands(List<Row> rows, boolean[] consumed, List<Row> cur, int from, PageStyle style) {
    Row a = cur.get(cur.size() - 1);
    String as = a.s();
    Row above = cur.size() > 1 ? cur.get(cur.size() - 2) : null;
    boolean body = above != null ? bodyLike(above, style) && (hasInnerPunctuation(above.s()) || hasInnerPunctuation(as))
        : bodyLike(a, style) && hasInnerPunctuation(as);
    boolean open = body && !Chars.endsSentence(as)
        && (reachesMargin(a, above == null) && a.fullMeasured || endsMidSentence(as));
    if (!open || isWiderThanItsColumn(a, style) || looksLikeBylineLine(as)) {
      return -1;
    }
    int islands = 0;
    int lastIsland = -1;
    boolean vertical = true;
    for (int j = from; j < rows.size(); j++) {
      if (consumed[j]) {
        continue;
      }
      Row r = rows.get(j);
      if (isIsland(r)) {
        islands++;
        lastIsland = j;
        vertical &= NewsCues.isVerticalTextLine(r.s());
        if (islands > (vertical ? MOST_VERTICAL_ISLANDS : MOST_ISLANDS)) {
          return -1;
        }
        continue;
      }
      if (islands == 0) {
        return -1;
      }
      boolean besideVertical = vertical && (islands > 1 || isOneVerticalCharacter(a, rows.get(lastIsland), r, above == null));
      // a paragraph's first line alone goes on past the islands only into the word it stops inside
      boolean resumes = resumesSentence(a, r, style, besideVertical) && (above != null || wordAcross(as, r.s()));
      return !wordAcross(rows.get(lastIsland).s(), r.s()) && resumes ? j : -1;
    }
    return -1;
  }

  /** The most lines a caption or heading printed inside a sentence takes, between a column break and its resumption. */
  private static final int MOST_INSERTED_LINES = 4;

  /**
   * Where the open sentence ending row {@code a} resumes past a whole block printed inside it, or -1. On a
   * hard-wrapped page an extractor reading in column order can print a photo caption, a credit or another
   * article's heading between a column's last line and the line that goes on with its sentence, each set off by
   * blank lines: {@code …社区推出多项便民举} / {@code 居民在广场上跳舞。} / {@code 措。}. The join across the blank
   * line to {@code next} is taken unless it splits no word while a block starting within
   * {@link #MOST_INSERTED_LINES} lines keeps one whole ({@code 举措}), and the lines in between close
   * themselves (end a sentence, or are a heading or credit): a block that stops inside a sentence of its own is
   * no insert, and neither is one that opens with a pause or closing mark ({@code ，如何…}), which goes on a
   * sentence. Only where blank lines separate blocks and do not follow every line.
   */
  private int resumesPastInsert(List<Row> rows, boolean[] consumed, Row a, int next, PageStyle style) {
    Row b = rows.get(next);
    if (!style.wrapped() || !style.blanksInformative() || style.blankAfterEveryLine() || b.blankBefore == 0
        || Chars.endsSentence(a.s()) || keepsWordAcross(a.s(), b.s())
        || Chars.opensWithClosingMark(b.s())) {
      return -1;
    }
    int lines = 0;
    Row last = null;
    for (int j = next; j < rows.size() && lines <= MOST_INSERTED_LINES; j++) {
      if (consumed[j]) {
        continue;
      }
      Row c = rows.get(j);
      if (j > next && c.blankBefore > 0 && closesItself(last)) {
        return keepsWordAcross(a.s(), c.s()) && bodyLike(c, style) ? j : -1;
      }
      last = c;
      lines++;
    }
    return -1;
  }

  /**
   * A line that a block can end on without leaving a sentence open: a sentence end, a credit, or a heading line
   * short of the column (a full-width line without punctuation is a body line cut at the margin).
   */
  private boolean closesItself(Row r) {
    String s = Chars.strip(r.s());
    return Chars.endsSentence(s) || NewsCues.isCreditLine(s) || InlineCredit.endsWithCredit(s) || NewsCues.isHeadingLine(s) && !isFull(r);
  }

  /** The most lines of a photo caption before its credit. */
  private static final int LONGEST_CAPTION_LINES = 4;

  /**
   * Whether a photo caption starts at {@code r}: its first sentence ends within {@link #LONGEST_CAPTION_LINES}
   * lines on a line that goes on, or whose next line goes on, into a photo credit ({@code 村民在田间收割稻谷。 某县融媒}
   * / {@code 体中心供图}, {@code 在新修的公路上。 王 明摄}); a credit on the next line counts printed tight under the
   * sentence ({@link #startsCredit}): one set apart by a blank line may be the credit of a photo whose caption is under it.
   */
  private static boolean opensCaption(Row r) {
    Row line = r;
    for (int k = 0; k < LONGEST_CAPTION_LINES && line != null; k++) {
      if (k > 0 && line.blankBefore > 0) {
        return false;
      }
      String s = Chars.strip(line.s());
      int end = lastSentenceEnd(s);
      if (end >= 0) {
        String rest = line.after == null || line.after.blankBefore > 0 ? s : s + Chars.strip(line.after.s());
        return end < s.length() - 1 && (InlineCredit.endsWithCredit(s) || InlineCredit.endsWithCredit(rest))
            || end == s.length() - 1 && line.after != null && line.after.blankBefore == 0 && startsCredit(line.after);
      }
      line = line.after;
    }
    return false;
  }

  /** Whether a photo credit starts at row {@code r}: its line, or its line and the next ({@code 本报记者} / {@code 王明摄}). */
  private static boolean startsCredit(Row r) {
    return NewsCues.isCreditLine(r.s()) || r.after != null && NewsCues.isCreditLine(Chars.strip(r.s()) + Chars.strip(r.after.s()));
  }

  /** The index of the last sentence-final punctuation mark in {@code s}, or -1. */
  static int lastSentenceEnd(String s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (Chars.isSentenceFinal(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** A short line without punctuation: a name, a headline deck, a label or one character of vertical text. */
  private static boolean isIsland(Row r) {
    String s = Chars.strip(r.s());
    return !s.isEmpty() && r.width <= WIDEST_ISLAND && NewsCues.isHeadingLine(s) && !startsLeadIn(s);
  }

  /**
   * Whether {@code c} reads as the rest of the open sentence ending {@code a}; {@code besideVertical}: what
   * came between is a vertical headline set beside the column, so the column's next full line goes on.
   */
  private boolean resumesSentence(Row a, Row c, PageStyle style, boolean besideVertical) {
    String cs = c.s();
    if (!bodyLike(c, style) || startsLeadIn(cs) || looksLikeBylineLine(cs) || c.standsAlone || startsWithDash(cs)) {
      return false;
    }
    boolean particle = startsMidSentence(cs) || Chars.opensWithClosingMark(cs);
    boolean lastLine = Chars.endsSentence(cs) && !isFull(c);
    boolean fullAfterOpen = isFull(c) && (besideVertical || endsMidSentence(a.s()));
    return particle || lastLine || fullAfterOpen || wordAcross(a.s(), cs);
  }

  /**
   * Whether line {@code a} ends its block before {@code b} whatever else the two show: {@code b} opens a lead-in, an
   * indented paragraph after a sentence end or a dash line; {@code a} or {@code b} stands alone; {@code a} is a kicker
   * whose lead dash ends it, or a deck over a byline.
   */
  private boolean endsHeadingOrLead(Row a, Row b, PageStyle style) {
    String as = a.s();
    String bs = b.s();
    if (startsLeadIn(bs) || b.leadingSpace && Chars.endsSentence(as) || startsWithDash(bs) && !wrapsIntoDash(a)) {
      return true;
    }
    // a kicker's lead dash ends its line's block where the line stops short, or where a blank line that means
    // something follows it (a wrapped kicker goes on without one)
    boolean dashEnds = !isFull(a) || b.blankBefore > 0 && style.blanksInformative() && !style.blankAfterEveryLine();
    return a.standsAlone || b.standsAlone || NewsCues.endsWithLeadDash(as) && dashEnds || decksOverByline(a, b, style);
  }

  /**
   * Whether the block {@code cur} is a headline closed by its column tag ({@code …（今日时评）}), so the author's name or
   * the body follows on a block of its own: one heading line that stands after a blank line (a body line can end on a
   * place in brackets too, {@code …中关村（亦庄）}, and a line joined across a blank line goes on a paragraph) and is
   * not followed by a line that starts inside a sentence ({@code （第二期）} / {@code ，学员们…}).
   */
  private boolean closedByColumnTag(List<Row> cur, Row b) {
    Row a = cur.get(0);
    return cur.size() == 1 && a.blankBefore > 0 && NewsCues.isHeadingLine(a.s()) && NewsCues.endsWithColumnTag(a.s())
        && !startsMidSentence(b.s());
  }

  /** Returns why {@code a} and {@code b} belong to one block, or null for a break. */
  private String joinReason(Row a, Row b, PageStyle style) {
    String as = a.s();
    String bs = b.s();
    if (endsHeadingOrLead(a, b, style)) {
      return null;
    }
    boolean cutAgency = NewsCues.endsWithCutCreditAgency(as);
    boolean credit = endsWithCredit(as) || cutAgency;
    if (credit && b.blankBefore == 0 && !Chars.isCloser(as.charAt(as.length() - 1)) && NewsCues.isCreditAgencyAlone(bs)) {
      return "a photo credit's agency in brackets on the next line";
    }
    if (!credit && b.blankBefore == 0 && NewsCues.isCreditEnding(bs) && InlineCredit.split(as + Chars.stripSpaces(bs)).isPresent()) {
      // a caption's credit whose ending the extractor carried over to a line of its own: 散步。　李　明 / 摄影报道
      return "a photo credit's ending on the line after its name";
    }
    if (credit && !wordAcross(as, bs) && !(cutAgency && closesBracket(bs))) {
      // a photo credit, alone or after its caption's sentence, ends the caption; another caption or an article follows
      // (a credit's agency cut at the line's end goes on only into a line that closes its bracket)
      return null;
    }
    if (isBylineLine(a) || isBylineLine(b) || NewsCues.isBylineRoleOnly(bs)
        || b.leadingSpace && !isFull(a) && !endsMidSentence(as)) {
      return null;
    }
    if (Chars.opensWithClosingMark(bs) && !as.isEmpty()) {
      // No line of a paragraph starts with closing punctuation: the typesetter pushed it down, or a
      // column break (blank line) fell right before it.
      return "line starts with closing punctuation";
    }
    if (NewsCues.opensWithClauseEnd(bs) && b.blankBefore == 0 && !as.isEmpty()) {
      // 升，服务更便捷… : one character before a pause mark is the last of a word cut at the line above's end
      return "line opens with the last character of a word cut at the line's end";
    }
    if (splitsNumber(as, bs) && b.blankBefore <= 1) {
      return "number split across lines";
    }
    if (startsLeadIn(as) && !Chars.endsSentence(as) && !endsInBracketedByline(as) && bodyLike(b, style) && b.blankBefore <= 1) {
      // the lead's padding spaces are gone, so the line looks short; its sentence goes on
      return "lead-in line continues its sentence";
    }
    if (as.length() == 1 && Chars.isHan(as.charAt(0)) && NewsCues.isCreditTail(bs) && b.blankBefore <= 1) {
      return "photo credit's padded name split across lines";
    }
    if (NewsCues.isVerticalTextLine(as) && NewsCues.isVerticalTextLine(bs) && noGapBetween(b, style)) {
      return "vertical text, one character per line";
    }
    if (splitAtQuote(a, b, style)) {
      return "one printed line, split by the extractor at a quotation mark";
    }
    if (endsPrintedLineAfterSentence(a, b, style)) {
      return "one printed line, split by the extractor after a sentence's end";
    }
    if (stopsInsideWord(a, b, style)) {
      return "line stops inside a word";
    }
    if (splitAfterPause(a, b, style)) {
      return "one printed line, split by the extractor after a comma";
    }
    return openMarkJoinReason(a, b, style);
  }

  /**
   * Why {@code b} goes on the line {@code a} where {@code a} leaves a bracket or a quotation open, or else by the
   * page's layout (hard-wrapped or broken at column ends); null for a break.
   */
  private String openMarkJoinReason(Row a, Row b, PageStyle style) {
    String as = a.s();
    String bs = b.s();
    // a closing mark alone on its text line ends the sentence of the printed line it closes
    boolean aEnd = Chars.endsSentence(a.printedText);
    if (!aEnd && unclosedBracket(as) && as.length() <= 40 && b.blankBefore <= 1 && (!NewsCues.isCreditTail(as) && !NewsCues.endsWithCutCreditAgency(as) || closesBracket(bs))) {
      // a photo credit's agency cut at the line's end (俊摄（人民) goes on only into the line that closes it
      return "unclosed bracket continues";
    }
    if (!aEnd && InterruptedBodyRejoiner.openQuote(as) && InterruptedBodyRejoiner.unmatchedCloser(bs) && b.blankBefore <= 1) {
      // the extractor broke a quotation at its opening mark: “平安 / 日志”成为…
      return "quotation opened on one line closes on the next";
    }
    return style.wrapped() ? wrappedJoinReason(a, b, style, aEnd) : columnBreakJoinReason(a, b, style, aEnd);
  }

  /** Why {@code b} goes on the line {@code a} of a hard-wrapped page, where no cue of the two lines alone decided. */
  private String wrappedJoinReason(Row a, Row b, PageStyle style, boolean aEnd) {
    String as = a.s();
    String bs = b.s();
    if (standsAsParallelHeading(a, b)) {
      return null;
    }
    if (style.blankAfterEveryLine() && b.blankBefore == 0 && !aEnd && bodyLike(a, style) && bodyLike(b, style)) {
      return "no blank line on a page where blank lines follow nearly every line";
    }
    boolean wide = isWiderThanItsColumn(a, style);
    boolean aFull = isFull(a) && !wide;
    boolean mid = endsMidSentence(as);
    boolean blank = b.blankBefore > 0;
    if (style.blanksInformative() && blank) {
      return aEnd ? sentenceAcrossColumnBreakReason(a, b, aFull, style)
          : acrossColumnBreakReason(a, b, style, aFull || mid, wide);
    }
    if (aEnd) {
      return aFull ? sentenceAtMarginReason(a, b) : null;
    }
    boolean blankSaysNothing = !style.blanksInformative() || style.sideBySide() && startsAfresh(a);
    if (blankSaysNothing && !style.blankAfterEveryLine() && areHeadlineDecks(a, b)) {
      // Two headline decks, the second short, with no blank line between on a page whose blank lines say
      // nothing: not a wrapped paragraph. (Where blank lines carry information, the same test applies across
      // a blank line, above; without one, decks and a wrapped headline look alike: 老旧小区加装电梯方便 / 居民出行.)
      // Read side by side, the rows between two lines of a column may have held the other columns' text, so a
      // missing blank line says nothing there either, for a line that starts afresh.
      return null;
    }
    if (NewsCues.isHeadingLine(as) && a.width < b.width - FIRST_LINE_SLACK && opensCaption(b)) {
      // a heading line narrower than the line under it by more than an indented first line is, where that line opens
      // a photo's caption, the photo's or an article's heading (its width made up with the line before it), not a
      // body line wrapped at the margin
      return null;
    }
    if (aFull || mid && a.printed >= a.full * 0.6) {
      return aFull ? "hard wrap at the column width" : "line ends inside a sentence";
    }
    if (!blank && endsWithAttributive(as) && bodyLike(b, style)) {
      return "line ends with the particle 的: the noun it qualifies follows";
    }
    boolean wraps = !wide && a.printed >= a.full - FIRST_LINE_SLACK && a.printed >= 6 && bodyLike(b, style);
    boolean wrapsOntoFull = !wide && a.width >= a.full - 3.5 && a.width >= 8 && isFull(b) && !Chars.endsSentence(bs);
    // a line short of the margin over a photo caption is a heading set beside the photo, not an indented first line
    if ((wraps || wrapsOntoFull) && (mid || !opensCaption(b))) {
      return wraps ? "indented first line wraps" : "indented first line wraps onto a full-width line";
    }
    if (style.blanksInformative() && !blank && a.width >= 8 && !headlineOverItsBody(a, b)) {
      return "no blank line on a page where blank lines separate paragraphs";
    }
    return null;
  }

  /**
   * Why the paragraph whose sentence ends at the margin of the full line {@code a} goes on after the column-break blank
   * line into {@code b} ({@link #sentenceAtMarginReason}: {@code b} is not indented and reads as more of the paragraph).
   * Null where the text was read from columns printed side by side (the next column's top is not the next block of
   * the flow), where {@code b} opens with a quotation mark or bracket (set hanging, its indent does not show in the
   * text), or where {@code b}'s column cannot be measured (a headline's characters printed one per line).
   */
  private String sentenceAcrossColumnBreakReason(Row a, Row b, boolean aFull, PageStyle style) {
    return !style.sideBySide() && aFull && b.fullMeasured && !Chars.isOpener(b.s().charAt(0)) ? sentenceAtMarginReason(a, b) : null;
  }

  /**
   * Whether {@code a} starts afresh rather than going on a paragraph: it stands after a blank line, first on the
   * page, or under a heading line that stops short of the column. A line under a body line may be that paragraph's
   * next line even where it reads as a deck ({@code 近日，某地某校承接}).
   */
  private boolean startsAfresh(Row a) {
    Row above = a.before;
    return a.blankBefore > 0 || above == null || NewsCues.isHeadingLine(above.s()) && !isFull(above);
  }

  /**
   * Whether {@code a} is a subhead of parallel phrases ({@link NewsCues#isParallelHeading}) set between two paragraphs:
   * it starts afresh (after a sentence end or a blank line), stops short of the margin, and {@code b} under it opens a
   * paragraph (indented, so short of the margin, a paragraph of one line, or a quotation: a wrapped paragraph's next
   * line seldom opens with a quotation mark or bracket right where a phrase ends). A paragraph's first line of that shape
   * goes on into a full line; a line stopping short of the margin by more than any indent ({@value #MAX_INDENT} em) is
   * no first line, whatever the line under it, unless it is a quotation whole (a speaker's words open the paragraph
   * that names the speaker: {@code “路好走了，心宽了”} / {@code 村民们都这么说…}) or the text shows its indent (what it
   * falls short by then counts no indent). The line asked is the printed one: a subhead the extractor split into pieces
   * ({@code 守护“一江碧水”} / {@code ，筑牢生态防护网}) has its phrases only together.
   */
  private boolean standsAsParallelHeading(Row a, Row b) {
    Row start = a.printedStart;
    Row above = start.before;
    boolean afresh = start.blankBefore > 0 || above == null || Chars.endsSentence(above.s());
    if (!afresh || isFull(a) || !NewsCues.isParallelHeading(a.printedText)) {
      return false;
    }
    boolean opensParagraph = !isFull(b) || Chars.endsSentence(b.s()) || Chars.isOpener(b.s().charAt(0));
    return opensParagraph || !start.leadingSpace && a.printed < a.full - MAX_INDENT && !isWholeQuotation(a.printedText);
  }

  /** Whether {@code s} is one quotation whole: it opens with a quotation mark and closes it at its end. */
  private static boolean isWholeQuotation(String s) {
    String t = Chars.stripSpaces(s);
    return t.length() >= 2 && t.charAt(0) == '“' && t.charAt(t.length() - 1) == '”' && t.indexOf('“', 1) < 0;
  }

  /**
   * Whether {@code a} is a headline printed over the first line of its body with no blank line between: a headline deck
   * ({@link #isHeadlineDeck}) that stands after a blank line, over a line that starts a sentence of its own and is
   * wider by more than a first line's indent ({@code 一条路，富一方} / {@code “路修好了，生意也好了。”村民说…}). A line
   * that wraps fills its column, so it is never that much narrower than the line under it; only a word, an open
   * quotation or bracket, or a phrase left open running on across the break says otherwise.
   */
  private boolean headlineOverItsBody(Row a, Row b) {
    String as = a.s();
    String bs = b.s();
    return a.blankBefore > 0 && a.headlineDeck && b.width > a.width + MAX_INDENT && !startsMidSentence(bs)
        && !InterruptedBodyRejoiner.unmatchedCloser(bs) && !InterruptedBodyRejoiner.openQuote(as) && !unclosedBracket(as)
        && !NewsCues.endsPhraseOpen(as) && !wordAcross(as, bs);
  }

  /**
   * Why {@code b}, after a blank line that carries information, goes on the open sentence of line {@code a}: a column
   * break cut it ({@code open}: {@code a} fills the column or stops inside its sentence), or a word or an indented
   * first line's measure runs across the break. Null where {@code b} reads as no more of a body or the two are decks.
   */
  private String acrossColumnBreakReason(Row a, Row b, PageStyle style, boolean open, boolean wide) {
    String as = a.s();
    String bs = b.s();
    if (!continuesBody(b, style) && !wordRunsInto(a, b) || areHeadlineDecks(a, b)) {
      return null;
    }
    if (open) {
      return "column-break blank line inside a sentence";
    }
    if (!wide && a.width >= 8 && (wordAcross(as, bs) || a.width >= a.full - 3.5 && hasInnerPunctuation(as))) {
      return "column-break blank line after an open sentence (indented first line or a word across the break)";
    }
    return null;
  }

  /**
   * Whether a word runs from {@code a} across the column break into the heading-like line {@code b}. A line set off
   * by blank lines on both sides is a label ({@code 春耕时节}) unless segmenting the two together keeps a word across
   * ({@code 某某创新} + {@code 春耕时节} forms {@code 新春} but reads {@code 创新 / 春耕}); a line that runs on needs only
   * a dictionary word across.
   */
  private boolean wordRunsInto(Row a, Row b) {
    return setOffBelow(b) ? keepsWordAcross(a.s(), b.s()) : wordAcross(a.s(), b.s());
  }

  /**
   * Why {@code b} goes on the paragraph whose sentence ends at the margin on the full-width line {@code a}: the next line
   * is not indented and reads as more of the paragraph. Null where the page shows no margin to measure, where the line
   * stops short of the margin that lines other than itself show ({@link Row#marginApart}: a last line as short as the
   * lead-in line over it is no full line), where it leaves room for the next one's first character, or where {@code b}
   * is indented, stops short, opens a caption or heads a wider deck ({@link #headsWiderDeck}).
   */
  private String sentenceAtMarginReason(Row a, Row b) {
    String bs = b.s();
    if (!a.fullMeasured || a.printed < a.marginApart - 1.0 || leavesRoomForNext(a, bs)) {
      // A sentence end continues only at a margin the page shows; too few lines to measure it, no join.
      return null;
    }
    double bWidth = startedWidth(b);
    boolean indented = indentOf(b.full - bWidth, 0.75) || indentOf(b.marginApart - bWidth, INDENT_SEEN_APART);
    indented &= !Chars.endsSentence(bs);
    if (indented) {
      return null;
    }
    if (!Chars.endsSentence(bs) && !isFull(b) && !endsMidSentence(bs) || opensCaption(b) || headsWiderDeck(b)) {
      return null;
    }
    return "full-width line continues (sentence ends at the margin, next line not indented)";
  }

  /**
   * The width of the printed line that row {@code r} starts: its own, or with the next row where the extractor broke
   * that line after a comma (justification widened the space after the pause mark): {@code r}, short of the margin,
   * ends in a pause mark and the next row fits after it ({@link #fitsAfterPause}), as {@link #splitAfterPause} reads a
   * wrapped page. An indented first line shows its indent only as a whole.
   */
  private double startedWidth(Row r) {
    Row next = r.after;
    return next != null && next.blankBefore == 0 && r.fullMeasured && !isFull(r) && fitsAfterPause(r, next)
        ? r.width + next.width : r.width;
  }

  /**
   * How far short (em) of the margin that lines other than itself show a paragraph's first line stops at least: its
   * indent of two ems, less half an em that squeezed punctuation can gain the lines measured.
   */
  private static final double INDENT_SEEN_APART = 1.5;

  /** Whether a line {@code shortBy} em short of a margin is indented, stopping {@code least} em short at least. */
  private static boolean indentOf(double shortBy, double least) {
    return shortBy >= least && shortBy <= MAX_INDENT;
  }

  /**
   * Whether {@code b}, a heading line (no punctuation but quotation marks and brackets) that leaves its sentence open,
   * stands right over a line wider than its column by more than {@link #HEADING_MARGIN}: no body line wraps into a
   * wider one, so {@code b} is a headline over its deck ({@code 某省整治“文山会海”} / {@code 清理合并300多个会议、文件和
   * 工作群}) that happens to fill the column, not more of the paragraph above.
   */
  private static boolean headsWiderDeck(Row b) {
    Row next = b.after;
    return next != null && next.blankBefore == 0 && !Chars.endsSentence(b.s()) && NewsCues.isHeadingLine(b.s())
        && next.width > b.full + HEADING_MARGIN;
  }

  /** Why {@code b} goes on the line {@code a} of a page with one paragraph per line: only a column break joins two lines. */
  private String columnBreakJoinReason(Row a, Row b, PageStyle style, boolean aEnd) {
    String as = a.s();
    String bs = b.s();
    if (aEnd || InlineCredit.endsWithCredit(as) || startsCaption(bs)) {
      return null;
    }
    boolean bBody = bodyLike(b, style);
    if (!bBody) {
      return null;
    }
    if (a.width >= 25 && !as.endsWith("：") && !as.endsWith(":")) {
      return "long line ends inside a sentence (column break)";
    }
    if (a.width >= 12 && hasInnerPunctuation(as) && (endsMidSentence(as) || wordAcross(as, bs))) {
      return "join forms a dictionary word across the column break";
    }
    return null;
  }

  /** Sets row {@code b}, a column-overlap duplicate of the end of row {@code a}, aside as noise. */
  private static void setAsideDuplicate(Row a, Row b, List<Block> noise, List<Diagnostic> diags) {
    noise.add(new Block(b.text, List.of(b.line), b.blankBefore, b.full, false, List.of("column-overlap duplicate of the previous line's end")));
    diags.add(diag("layout.duplicate", "line " + (b.line.number() + 1) + " repeats the end of line " + (a.line.number() + 1), b.line.span()));
  }

  /**
   * Gives row {@code b}, the rest of the printed line {@code a} that the extractor split at a quotation mark or after
   * a comma, that line's width and column. A closing mark alone on its text line is such a rest too: typesetting never
   * starts a line with one (避头尾), so it ends the printed line above, which is as wide as both together.
   */
  private static void continuePrintedLine(Row a, Row b) {
    b.printed = a.printed + b.width - squeezeAt(a.s(), b.s());
    b.printedStart = a.printedStart;
    b.printedText = a.printedText + b.s();
    b.full = a.full;
    b.fullMeasured = a.fullMeasured;
  }

  /**
   * Reads the block that starts at row {@code i}: joins the rows that go on it, row by row, with the evidence for each
   * join or the break that ends it; marks them consumed. A column-overlap duplicate met on the way goes to
   * {@code noise}.
   */
  private Block readBlock(List<Row> rows, boolean[] consumed, int i, PageStyle style, List<Block> noise,
      List<Diagnostic> diags) {
    List<Row> cur = new ArrayList<>();
    List<Integer> curIdx = new ArrayList<>();
    curIdx.add(i);
    List<String> evidence = new ArrayList<>();
    cur.add(rows.get(i));
    int creditEnd = splitCreditEnd(rows, i);
    int k = i;
    while (true) {
      int next = k + 1;
      while (next < rows.size() && consumed[next]) {
        next++;
      }
      if (next >= rows.size()) {
        evidence.add("end of page");
        break;
      }
      Row a = rows.get(k);
      Row b = rows.get(next);
      if (isOverlapDuplicate(a, b)) {
        consumed[next] = true;
        setAsideDuplicate(a, b, noise, diags);
        continue;
      }
      String why = next <= creditEnd ? "photo credit's letter-spaced name printed one piece per line"
          : blockJoinReason(cur, b, style);
      // asked only of a join: a break continues no printed line
      boolean printedOn = why != null && (onePrintedLine(a, b) || !isFull(a) && fitsAfterPause(a, b)
          || restOfPrintedLine(b) || endsPrintedLineAfterSentence(a, b, style) || isMarkAlone(b) && !isFull(a));
      if (printedOn) {
        continuePrintedLine(a, b);
      }
      int past = why != null ? resumesPastInsert(rows, consumed, a, next, style) : -1;
      boolean verticalInside = why != null && !printedOn && style.blanksInformative() && isVerticalInside(rows, consumed, a, next, cur.size() == 1);
      int resumed = (why == null || verticalInside) && style.wrapped() ? resumesAfterIslands(rows, consumed, cur, next, style) : -1;
      int to = past >= 0 ? past : verticalInside && resumed >= 0 ? resumed : why != null ? next : resumed;
      if (to < 0) {
        evidence.add(breakReason(a, b, style) + " after line " + (a.line.number() + 1));
        break;
      }
      String reason = past >= 0 ? "sentence resumes past a caption or heading printed inside it (a word kept across)"
          : to != next ? "sentence resumes after short lines printed inside it (headline, name or label)" : why;
      Row c = rows.get(to);
      cur.add(c);
      curIdx.add(to);
      evidence.add(reason + " at line " + (c.line.number() + 1));
      diags.add(diag("layout.join", reason, a.line.span().union(c.line.span())));
      k = to;
    }
    consumed[i] = true;
    for (int idx : curIdx) {
      consumed[idx] = true;
    }
    return toBlock(cur, evidence, NewsCues.isBylineRoleOnly(cur.get(0).s()) || NewsCues.isSlashCreditLine(cur.get(0).s()));
  }

  /**
   * The non-blank lines of {@code lines} as rows, each linked to its neighbours and with the number of blank lines
   * before it, or none where {@code keepBlanks} is false (a page whose blank lines say nothing of its blocks).
   */
  private static List<Row> rows(List<Line> lines, boolean keepBlanks) {
    List<Row> rows = new ArrayList<>();
    int blanks = 0;
    for (Line l : lines) {
      if (l.isBlank()) {
        blanks++;
        continue;
      }
      Row row = new Row(l, TextNormalizer.normalize(l), rows.isEmpty() || !keepBlanks ? 0 : blanks);
      if (!rows.isEmpty()) {
        rows.get(rows.size() - 1).after = row;
        row.before = rows.get(rows.size() - 1);
      }
      rows.add(row);
      blanks = 0;
    }
    return rows;
  }

  /**
   * Why {@code b} goes on the block {@code cur} has built, or null: byline names on lines of their own, then the ends of
   * blocks (vertical text, or vertical text printed apart from it, a new heading deck, a heading before a blank line),
   * then the two lines' own cues ({@link #joinReason}), then the paragraph's open colon or quotation
   * ({@link #insideParagraphReason}).
   */
  private String blockJoinReason(List<Row> cur, Row b, PageStyle style) {
    if (continuesSplitByline(cur, b)) {
      return "byline names on lines of their own";
    }
    if (b.opensVerticalRun || endsVerticalBlock(cur, b) || startsNextDeck(cur, b, style)
        || headingBeforeBlank(cur, b, style)
        || closedByColumnTag(cur, b) || isTwoPartDeck(cur, b)) {
      return null;
    }
    String why = joinReason(cur.get(cur.size() - 1), b, style);
    return why != null ? why : insideParagraphReason(cur, b, style);
  }

  /**
   * Why {@code b} goes on the paragraph {@code cur} has built, where the two lines alone say nothing: on a hard-wrapped
   * page pdftotext starts a new text line at a quotation mark set in another font, so a paragraph's line can stop
   * short at one. A paragraph that has already wrapped and stops at a colon goes on into the quotation the colon
   * introduces ({@code …村民高兴地说：} / {@code “路修好了…}); a paragraph whose quotation is still open goes on into the next
   * body line ({@code “孩子们不再‘宅} / {@code 家’} / {@code ‘刷屏’了…}; not a vertical headline's single character), unless that line opens a quotation of its own (a
   * quotation running over several paragraphs opens each of them). Where the extractor prints each run of text as a
   * line ({@link #printsTextRunsAsLines}), a body paragraph's line that stops inside its sentence goes on into the next
   * body line however short it is ({@code …改造成了图书室，} / {@code 村} / {@code 集体还出资…}): a paragraph ends on a stop,
   * and a photo credit ends its caption. Only where no blank line lies between.
   */
  private String insideParagraphReason(List<Row> cur, Row b, PageStyle style) {
    Row a = cur.get(cur.size() - 1);
    String bs = b.s();
    if (!style.wrapped() || b.blankBefore > 0 || cur.size() < 2 || bs.isEmpty() || startsLeadIn(bs)
        || looksLikeBylineLine(bs) || NewsCues.isBylineRoleOnly(bs)) {
      return null;
    }
    String as = a.s();
    if ((as.endsWith("：") || as.endsWith(":")) && bs.charAt(0) == '“' && bodyLike(b, style)) {
      return "a wrapped paragraph's colon introduces the quotation on the next line";
    }
    if (bs.charAt(0) != '“' && !Chars.endsSentence(as) && bodyLike(b, style) && InterruptedBodyRejoiner.openQuote(paragraphText(cur))) {
      return "the paragraph's quotation is still open";
    }
    if (printsTextRunsAsLines(style) && goesOnPastTextRunEnd(cur, b, style)) {
      return "a wrapped paragraph's line stops inside its sentence where the extractor ended a text run";
    }
    return null;
  }

  /**
   * Whether the body paragraph {@code cur} ({@link #isBodyParagraph}), whose last line stops inside its sentence and is
   * no photo credit, goes on into {@code b}, a body line that is neither a heading line nor a caption's start.
   */
  private boolean goesOnPastTextRunEnd(List<Row> cur, Row b, PageStyle style) {
    Row a = cur.get(cur.size() - 1);
    String as = a.s();
    return stopsInsideClause(as) && !endsWithCredit(as) && isBodyParagraph(paragraphText(cur), a.full)
        && bodyLike(b, style) && !NewsCues.isHeadingLine(b.s()) && !opensCaption(b);
  }

  /**
   * Whether the page's extractor prints each run of text as a line ({@code pdftotext -raw}, content-stream order): its
   * blank lines say nothing and it breaks printed lines at marks, so a paragraph's text line may stop anywhere in a
   * printed line.
   */
  private static boolean printsTextRunsAsLines(PageStyle style) {
    return !style.blanksInformative() && style.breaksAtMarks();
  }

  /**
   * Whether {@code text}, a paragraph being read, is a body's: it has ended a sentence, or runs over two lines of a
   * column {@code full} em wide (a subhead or a caption wrapped over two lines has ended neither).
   */
  private static boolean isBodyParagraph(String text, double full) {
    return Chars.containsAny(text, "。！？") || text.length() > 2 * full;
  }

  /** Whether {@code s} is a photo credit, alone or after its caption's sentence: it ends its caption. */
  private static boolean endsWithCredit(String s) {
    return NewsCues.isCreditLine(s) || InlineCredit.endsWithCredit(Chars.strip(s)) || NewsCues.isCreditAgencyAlone(s);
  }

  /** Whether {@code s} stops inside a clause: on a character, a letter or a digit, or an opening mark. */
  private static boolean stopsInsideClause(String s) {
    char c = s.charAt(s.length() - 1);
    return Character.isLetterOrDigit(c) || Chars.isOpener(c);
  }

  private static String paragraphText(List<Row> cur) {
    StringBuilder sb = new StringBuilder();
    for (Row r : cur) {
      sb.append(r.s());
    }
    return sb.toString();
  }

  private String breakReason(Row a, Row b, PageStyle style) {
    if (Chars.endsSentence(a.s())) {
      return isFull(a) ? "sentence ends and the next line is indented" : "sentence ends on a short line";
    }
    if (b.blankBefore > 0 && style.blanksInformative()) {
      return "blank line after a short line";
    }
    return "short line not ending a sentence (heading, label or byline)";
  }

  private static final Pattern BYLINE_LINE = Pattern.compile(
      "^[□■●◎]?\\s*(?:本报|本刊|新华社|中新社|人民日报)?" + NewsCues.REPORTER_ROLE
          + "[\\s\u3000]*\\p{IsHan}{1,4}(?:[\\s\u3000、]+(?:(?:本报|本刊)?" + NewsCues.REPORTER_ROLE + "[\\s\u3000]*)?\\p{IsHan}{1,4})*$");

  /**
   * Whether row {@code r} is only a byline ({@link #looksLikeBylineLine}), read as normalised or as printed: names set
   * apart by wide spaces ({@code 本报记者　王小明　李大华}) lose the spaces between them in the normalised text.
   */
  private static boolean isBylineLine(Row r) {
    return looksLikeBylineLine(r.s()) || looksLikeBylineLine(Chars.strip(r.line.text()));
  }

  /**
   * A short line that is only a byline ({@code 本报记者 张三 通讯员 李四}, {@code 文/张三 图/李四}, a name after the mark a
   * paper sets before a byline, {@code ■张三}): it never wraps into a body, nor goes on a heading.
   */
  static boolean looksLikeBylineLine(String s) {
    return s.length() <= 30 && (NewsCues.mayHoldReporterRole(s) && BYLINE_LINE.matcher(s).matches()
        || NewsCues.isSlashCreditLine(s) || isDecoratedName(s));
  }

  /** A person's name after the mark a paper sets before a byline ({@code ■张三}, {@code □欧阳小华}). */
  private static boolean isDecoratedName(String s) {
    return s.length() > 1 && NewsCues.isDecoration(s.charAt(0)) && NewsCues.isPersonName(s.substring(1));
  }

  /** Photo captions open with a pointer to the picture: {@code 图为}, {@code 上图}, {@code 左图：}. */
  private static boolean startsCaption(String s) {
    return s.startsWith("图为") || s.startsWith("图片为") || s.length() >= 3 && "上下左右中".indexOf(s.charAt(0)) >= 0 && s.charAt(1) == '图' && "：:为".indexOf(s.charAt(2)) >= 0;
  }

  private static boolean hasInnerPunctuation(String s) {
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      if (c == '，' || c == ',' || c == '。' || c == '；' || c == '、') {
        return true;
      }
    }
    return false;
  }

  private static boolean bodyLike(Row r, PageStyle style) {
    String s = r.s();
    if (startsLeadIn(s)) {
      return false;
    }
    double min = style.wrapped() ? Math.min(6, r.full * 0.5) : 20;
    return r.width >= min || Chars.endsSentence(s);
  }

  private boolean keepsWordAcross(String a, String b) {
    return segmenter != null && segmenter.keepsWordAcross(a, b);
  }

  private boolean wordAcross(String a, String b) {
    return segmenter != null && segmenter.formsWordAcross(a, b);
  }

  /** A line that repeats the end of the previous line, as PDF column overlap produces. */
  private static boolean isOverlapDuplicate(Row a, Row b) {
    String as = a.s();
    String bs = b.s();
    if (bs.length() < 6 || as.length() <= bs.length()) {
      return false;
    }
    int common = 0;
    while (common < bs.length() && as.charAt(as.length() - 1 - common) == bs.charAt(bs.length() - 1 - common)) {
      common++;
    }
    if (common == bs.length()) {
      return true;
    }
    if (common < Math.max(6, (int) Math.ceil(0.6 * bs.length()))) {
      return false;
    }
    String rest = bs.substring(0, bs.length() - common);
    int window = Math.max(0, as.length() - bs.length() - 6);
    return as.substring(window).contains(rest);
  }

  /** Whether {@code s} opens in the middle of a sentence ({@link NewsCues#startsMidSentence}), by this repairer's dictionary. */
  private boolean startsMidSentence(String s) {
    return NewsCues.startsMidSentence(s, knownWord);
  }


  /** Configures a {@link LayoutRepairer}. */
  public static final class Builder {
    private Segmenter segmenter;

    private Builder() {}

    /**
     * Sets the segmenter used for dictionary evidence across column breaks.
     *
     * @param segmenter the segmenter
     * @return this builder
     */
    public Builder segmenter(Segmenter segmenter) {
      this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
      return this;
    }

    /** {@return the repairer} */
    public LayoutRepairer build() {
      return new LayoutRepairer(segmenter);
    }
  }
}
