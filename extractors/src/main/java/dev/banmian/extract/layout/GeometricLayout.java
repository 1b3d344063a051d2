package dev.banmian.extract.layout;

import dev.banmian.geometry.BodyType;
import dev.banmian.geometry.Box;
import dev.banmian.geometry.PageGeometry;
import dev.banmian.geometry.PrintedLine;
import dev.banmian.geometry.Stacking;
import dev.banmian.model.Diagnostic;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import dev.banmian.text.SourceText;
import dev.banmian.text.TracedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Layout repair for a page that comes with geometry (a PDF page read by the {@code pdf} module): the
 * page text is already in reading order, so blocks and paragraphs are read from where the lines were
 * printed instead of guessed from the text. Lines stack into a block when they share a column, a type
 * and a leading; a body block breaks into paragraphs at an indented line or after a line that stops
 * short of the column; a paragraph that fills its column to the end continues in the next column.
 * Every block carries its {@link Placement}, which the classifier weighs with the text evidence.
 *
 * <pre>{@code
 * RepairedPage page = new GeometricLayout().repair(pdfPage.text(), pdfPage.geometry());
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class GeometricLayout {
  /** A line is indented when it starts this many ems right of its block's left edge. */
  static final double INDENT = 0.8;

  /** A line stops short of its column when it ends this many ems before the block's right edge. */
  static final double SHORT_BY = 1.0;

  /** A block is printed beside a picture when its edge is within this many body ems of the picture's. */
  static final double PICTURE_REACH = 1.5;

  /** Creates the layout stage. */
  public GeometricLayout() {}

  /** One non-blank line of the page text with where it was printed. */
  private record Row(Line line, PrintedLine printed, boolean blankBefore) {
    double left() {
      return printed.box().left();
    }

    double right() {
      return printed.box().right();
    }

    double size() {
      return printed.fontSize();
    }
  }

  /** Lines stacked in one column, type and leading. */
  private static final class Stack {
    final List<Row> rows = new ArrayList<>();
    Box box;

    void add(Row r) {
      rows.add(r);
      box = box == null ? r.printed().box() : box.union(r.printed().box());
    }

    double size() {
      return rows.get(0).size();
    }

    boolean bold() {
      return rows.get(0).printed().bold();
    }

    boolean indented(int i) {
      return rows.get(i).left() - box.left() >= INDENT * size();
    }

    boolean stopsShort(int i) {
      return rows.get(i).right() <= box.right() - SHORT_BY * size();
    }
  }

  /**
   * Repairs {@code page} using {@code geometry}. Lines without geometry are read as lines of their own
   * block. Never throws on any text.
   *
   * @param page the page text
   * @param geometry where its lines were printed
   * @return the repaired page
   * @throws NullPointerException if an argument is null
   */
  public RepairedPage repair(SourceText page, PageGeometry geometry) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(geometry, "geometry");
    List<Stack> stacks = stacks(rows(page, geometry));
    double body = bodySize(stacks);
    boolean indents = stacks.stream().anyMatch(s -> isBody(s, body) && hasIndentedLine(s));
    List<Diagnostic> diags = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    List<Row> open = null;
    Stack openStack = null;
    // the widest column the open paragraph runs through: its last column may hold just its last line
    double openColumn = 0;
    boolean openStartsStack = false;
    for (Stack s : stacks) {
      boolean bodyStack = isBody(s, body);
      for (int i = 0; i < s.rows.size(); i++) {
        Row r = s.rows.get(i);
        boolean afterCredit = open != null && endsWithCredit(open.get(open.size() - 1));
        boolean starts = afterCredit || (i == 0 ? !(bodyStack && open != null && continuesInto(openStack, open, s, indents, body))
            : bodyStack && (s.indented(i) || s.stopsShort(i - 1) || closingNoteAfterSentence(s.rows.get(i - 1), r)));
        if (starts && open != null) {
          blocks.add(block(open, openStack, openColumn, body, geometry, openStartsStack));
          open = null;
        }
        if (open == null) {
          open = new ArrayList<>();
          openColumn = 0;
          openStartsStack = i == 0;
        } else if (i == 0) {
          diags.add(new Diagnostic("layout", "layout.join", "paragraph continues in the next column",
              open.get(open.size() - 1).line().span().union(r.line().span())));
        }
        open.add(r);
        openStack = s;
        openColumn = Math.max(openColumn, s.box.width());
      }
      if (!bodyStack && open != null) {
        blocks.add(block(open, s, openColumn, body, geometry, openStartsStack));
        open = null;
      }
    }
    if (open != null) {
      blocks.add(block(open, openStack, openColumn, body, geometry, openStartsStack));
    }
    return new RepairedPage(page, style(stacks, body), blocks, List.of(), diags);
  }

  /**
   * Whether row {@code r} is a note in brackets closing the text above it ({@code （本报记者 王明参与采写）},
   * {@code （作者系某大学教授）}) after a line that ends its sentence: such a note is set on a line of its own, whatever
   * the width of the line above.
   */
  private static boolean closingNoteAfterSentence(Row above, Row r) {
    return NewsCues.isParenthesised(r.line().text()) && Chars.endsSentence(Chars.strip(above.line().text()));
  }

  /**
   * Whether row {@code r} is a photo credit alone ({@code 王明 李华摄影报道}) or ends a caption with its credit: a
   * caption ends there, and the text printed under it is another block, however it lines up.
   */
  private static boolean endsWithCredit(Row r) {
    String t = Chars.strip(r.line().text());
    return NewsCues.isCreditLine(t) || InlineCredit.endsWithCredit(t);
  }

  private static List<Row> rows(SourceText page, PageGeometry geometry) {
    List<Row> rows = new ArrayList<>();
    boolean blank = false;
    for (Line l : page.lines()) {
      if (l.isBlank()) {
        blank = true;
        continue;
      }
      Optional<PrintedLine> p = geometry.line(l.number());
      // a line without geometry stands alone: give it a box of its own far from every other line
      PrintedLine printed = p.orElseGet(() -> new PrintedLine(l.number(), new Box(0, -1e6 + l.number() * 10.0, 1, -1e6 + l.number() * 10.0 + 1), 1, false));
      rows.add(new Row(l, printed, blank || p.isEmpty()));
      blank = false;
    }
    return rows;
  }

  private static List<Stack> stacks(List<Row> rows) {
    List<Stack> stacks = new ArrayList<>();
    Stack cur = null;
    for (Row r : rows) {
      Row last = cur == null ? null : cur.rows.get(cur.rows.size() - 1);
      if (cur == null || (r.blankBefore() || !stacksUnder(r, last)) && !continuesVertically(cur, r)) {
        cur = new Stack();
        stacks.add(cur);
      }
      cur.add(r);
    }
    return stacks;
  }

  /** Sizes of one type, as one headline is set: within this share (two headlines side by side differ more). */
  private static final double ONE_TYPE = 0.03;

  /**
   * Whether row {@code r} goes on with the vertical text of stack {@code s} (one character per line: a vertical
   * headline) past one empty character cell, the space between a vertical headline's parts
   * ({@code 古镇新春}, a cell left empty, {@code 灯火璀璨}): one character per line in one type (size within
   * {@link #ONE_TYPE}, weight) and place, one step of the stack's own further down than the next line would be.
   */
  private static boolean continuesVertically(Stack s, Row r) {
    if (s.rows.size() < 2 || !isVerticalText(r) || !s.rows.stream().allMatch(GeometricLayout::isVerticalText)) {
      return false;
    }
    Row last = s.rows.get(s.rows.size() - 1);
    Row before = s.rows.get(s.rows.size() - 2);
    double step = last.printed().box().top() - before.printed().box().top();
    double next = r.printed().box().top() - last.printed().box().top();
    return Math.abs(r.size() - last.size()) <= ONE_TYPE * last.size() && r.printed().bold() == last.printed().bold()
        && r.printed().box().horizontalOverlap(last.printed().box())
            >= 0.5 * Math.min(r.printed().box().width(), last.printed().box().width())
        && step > 0 && Math.abs(next - 2 * step) <= 0.25 * last.size();
  }

  private static boolean isVerticalText(Row r) {
    return NewsCues.isVerticalTextLine(r.line().text());
  }

  private static boolean stacksUnder(Row r, Row above) {
    PrintedLine a = above.printed();
    PrintedLine p = r.printed();
    return Stacking.stacks(a.box(), a.fontSize(), a.bold(), p.box(), p.fontSize(), p.bold());
  }

  /** The type size most of the page's characters are set in. */
  private static double bodySize(List<Stack> stacks) {
    BodyType body = new BodyType();
    stacks.forEach(s -> s.rows.forEach(r -> body.add(r.size(), r.line().text().length())));
    return body.size(1);
  }

  private static boolean isBody(Stack s, double body) {
    return !s.bold() && Stacking.isSetIn(s.size(), body);
  }

  /** Whether a line of the stack is indented against the line before or, for the first line, after it. */
  private static boolean hasIndentedLine(Stack s) {
    for (int i = 0; i < s.rows.size(); i++) {
      int other = i == 0 ? 1 : i - 1;
      if (other < s.rows.size() && s.indented(i) && !s.indented(other)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the paragraph {@code open}, the end of stack {@code from}, continues at the top of the body
   * stack {@code to}: its last line fills its column, the next column is as wide, and its first line is not indented
   * (on a page without indents: the paragraph stops mid-sentence). A next column of one line, the paragraph's last,
   * shows neither width nor indent: the paragraph must stop mid-sentence. A note in brackets continues nowhere.
   */
  private static boolean continuesInto(Stack from, List<Row> open, Stack to, boolean indents, double body) {
    if (from == null || !isBody(from, body)) {
      return false;
    }
    Row last = open.get(open.size() - 1);
    // only a column of two lines or more shows where its lines end; columns of one article have one width
    if (from.rows.size() < 2 || last.right() <= from.box.right() - SHORT_BY * last.size()
        || to.rows.size() > 1 && Math.abs(to.box.width() - from.box.width()) > SHORT_BY * 2 * body) {
      return false;
    }
    if (NewsCues.isParenthesised(last.line().text())) {
      // a note in brackets (a closing byline set flush right) ends its text; it runs into no column
      return false;
    }
    boolean sentenceOpen = !Chars.endsSentence(Chars.strip(last.line().text()));
    if (to.rows.size() == 1) {
      // one line alone shows neither the column's width nor an indent: only a sentence left open runs into it
      return sentenceOpen;
    }
    return indents ? !to.indented(0) : sentenceOpen;
  }

  /**
   * One block of {@code rows}, set in columns {@code column} wide at most; {@code startsStack}: its first row starts a stack (a caption is set apart from the
   * text above it, while a later paragraph of a column that happens to end on a picture is not its caption).
   */
  private static Block block(List<Row> rows, Stack stack, double column, double body, PageGeometry geometry,
      boolean startsStack) {
    TracedText.Builder b = TracedText.builder();
    List<Line> lines = new ArrayList<>();
    Box box = null;
    for (Row r : rows) {
      LayoutRepairer.appendLine(b, TextNormalizer.normalize(r.line()), false);
      lines.add(r.line());
      box = box == null ? r.printed().box() : box.union(r.printed().box());
    }
    double size = rows.get(0).size();
    Placement placement = new Placement(box, size / body, stack.bold(), startsStack && besidePicture(box, geometry, body));
    double widthEm = column / size;
    return new Block(b.build(), lines, rows.get(0).blankBefore() ? 1 : 0, widthEm, false,
        List.of("printed lines of one column, type and leading"), Optional.of(placement));
  }

  private static boolean besidePicture(Box b, PageGeometry geometry, double body) {
    double reach = PICTURE_REACH * body;
    for (Box p : geometry.pictures()) {
      boolean across = b.horizontalOverlap(p) >= 0.5 * Math.min(b.width(), p.width());
      boolean under = b.top() >= p.bottom() - reach && b.top() <= p.bottom() + reach;
      boolean over = b.bottom() <= p.top() + reach && b.bottom() >= p.top() - reach && !captionedUnder(p, geometry, reach);
      boolean on = b.verticalOverlap(p) >= 0.8 * b.height();
      if (across && (under || over || on)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a line starts right under picture {@code p}, across it: the picture's caption is printed under it, and
   * the text over it is no caption (a paragraph that ends above the picture).
   */
  private static boolean captionedUnder(Box p, PageGeometry geometry, double reach) {
    return geometry.lines().stream().map(PrintedLine::box).anyMatch(l -> l.top() >= p.bottom() - reach
        && l.top() <= p.bottom() + reach && l.horizontalOverlap(p) >= 0.5 * Math.min(l.width(), p.width()));
  }

  private static PageStyle style(List<Stack> stacks, double body) {
    double[] widths = stacks.stream().flatMap(s -> s.rows.stream()).mapToDouble(r -> r.printed().box().width() / body).sorted().toArray();
    double median = widths.length == 0 ? 0 : widths[widths.length / 2];
    long lines = stacks.stream().mapToLong(s -> s.rows.size()).sum();
    double blankRate = lines <= 1 ? 0 : (double) (stacks.size() - 1) / (lines - 1);
    return new PageStyle(true, median, blankRate, true);
  }
}
