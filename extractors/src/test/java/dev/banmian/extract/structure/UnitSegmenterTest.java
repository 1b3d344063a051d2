package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.extract.meta.BylineParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitSegmenterTest {
  private final UnitSegmenter segmenter = new UnitSegmenter(BylineParser.standard(), w -> false);

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("a heading cluster, then the body under it",
            List.of("SECTION| 城市观察", "HEADLINE 老街巷有了新模样", "BODY| 今年以来，某区改造老旧街巷三十条。", "BODY 居民说，出门方便多了。"),
            List.of("cluster[城市观察|老街巷有了新模样]", "run[今年以来，某区改造老旧街巷三十条。|居民说，出门方便多了。]")),
        Arguments.of("a lead-in opens another article's run",
            List.of("BODY 居民说，出门方便多了。", "BODY 本报讯（记者王明） 某县新建桥梁一座。"),
            List.of("run[居民说，出门方便多了。]", "run[本报讯（记者王明） 某县新建桥梁一座。]")),
        Arguments.of("a short heading between two bodies, over more body, is a subhead",
            List.of("BODY 居民说，出门方便多了。", "HEADLINE| 抓好统筹", "BODY 街道还增设了座椅和路灯。"),
            List.of("run[居民说，出门方便多了。|^抓好统筹|街道还增设了座椅和路灯。]")),
        Arguments.of("a headline printed vertically between two bodies heads an article, never a subhead",
            List.of("BODY 居民说，出门方便多了。", "HEADLINE| 老\n街\n新\n貌", "BODY 街道还增设了座椅和路灯。"),
            List.of("run[居民说，出门方便多了。]", "cluster[老街新貌]", "run[街道还增设了座椅和路灯。]")),
        Arguments.of("a heading printed inside a sentence of the body is displaced, the body goes on",
            List.of("BODY 街道还增设了座椅", "HEADLINE| 另一篇的标题", "BODY| 和路灯。"),
            List.of("run[街道还增设了座椅|和路灯。]")),
        Arguments.of("a closing byline in brackets ends the run; the next body is another run",
            List.of("BODY 街道还增设了座椅和路灯。", "BYLINE （记者 王明）", "BODY 某县新建桥梁一座。"),
            List.of("run[街道还增设了座椅和路灯。]", "run[某县新建桥梁一座。]")),
        Arguments.of("a bracketed note read as a kicker after a body closes the run, not the next cluster",
            List.of("BODY 街道还增设了座椅和路灯。", "KICKER （本报记者王明参与采写）", "KICKER 新学期，各地安排课间活动——",
                "HEADLINE 课间十分钟", "BODY 某县新建桥梁一座。"),
            List.of("run[街道还增设了座椅和路灯。|（本报记者王明参与采写）]", "cluster[新学期，各地安排课间活动——|课间十分钟]",
                "run[某县新建桥梁一座。]")),
        Arguments.of("a heading with its column tag alone under it, between bodies, heads an article, never a subhead",
            List.of("BODY 街道还增设了座椅和路灯。", "HEADLINE| 乡村书屋书香浓", "HEADLINE （书香中国）", "BODY| 城市更新，贵在用心。"),
            List.of("run[街道还增设了座椅和路灯。]", "cluster[乡村书屋书香浓|（书香中国）]", "run[城市更新，贵在用心。]")),
        Arguments.of("a column tag in brackets alone after a body, under no headline, is a cut-off piece: the run goes on",
            List.of("BODY 街道还增设了座椅和路灯。", "HEADLINE| （城市观察）", "BODY| 某县新建桥梁一座。"),
            List.of("run[街道还增设了座椅和路灯。|某县新建桥梁一座。]")),
        Arguments.of("a bracketed note printed inside a sentence of the body closes nothing: the sentence goes on",
            List.of("BODY 街道还增设了座椅", "KICKER| （本报记者王明参与采写）", "BODY| 和路灯。"),
            List.of("run[街道还增设了座椅|和路灯。]")),
        Arguments.of("a bracketed block that layout repair moved out of a sentence is noise, no note closing the run",
            List.of("BODY 街道还增设了座椅和路灯。", "KICKER~| （本报记者王明参与采写）", "BODY 某县新建桥梁一座。"),
            List.of("run[街道还增设了座椅和路灯。|某县新建桥梁一座。]")),
        Arguments.of("a heading over a body that opens with its own lead-in is another article's headline",
            List.of("BODY 街道还增设了座椅和路灯。", "HEADLINE| 新桥通车", "BODY 本报讯（记者王明） 某县新建桥梁一座。"),
            List.of("run[街道还增设了座椅和路灯。]", "cluster[新桥通车]", "run[本报讯（记者王明） 某县新建桥梁一座。]")),
        Arguments.of("a bracketed column label between bodies heads an article, never a subhead",
            List.of("BODY 街道还增设了座椅和路灯。", "SECTION| 【评论】", "BODY 城市更新，贵在用心。"),
            List.of("run[街道还增设了座椅和路灯。]", "cluster[【评论】]", "run[城市更新，贵在用心。]")),
        Arguments.of("a subhead inside a body may end in the lead dash and wrap onto the next heading line",
            List.of("BODY 街道还增设了座椅和路灯。", "KICKER| 突出重点抓落实——", "HEADLINE| 注重统筹推进", "BODY 某县新建桥梁一座。"),
            List.of("run[街道还增设了座椅和路灯。|^突出重点抓落实——|^注重统筹推进|某县新建桥梁一座。]")),
        Arguments.of("a boxed label over a headline, after a finished sentence, heads the next article, never a subhead",
            List.of("BODY 街道还增设了座椅和路灯。", "SECTION| 城 市 观 察", "HEADLINE| 老街巷有了新模样", "BODY 今年以来，某区改造老旧街巷三十条。"),
            List.of("run[街道还增设了座椅和路灯。]", "cluster[城 市 观 察|老街巷有了新模样]", "run[今年以来，某区改造老旧街巷三十条。]")),
        Arguments.of("a byline read between two pieces of one sentence leaves the run whole",
            List.of("HEADLINE 老街巷有了新模样", "BODY 街道还增设了座椅和路灯。近日，有关部门", "BYLINE 王明", "BODY 宣布新建桥梁一座。"),
            List.of("cluster[老街巷有了新模样]", "run[街道还增设了座椅和路灯。近日，有关部门|宣布新建桥梁一座。]")),
        Arguments.of("a byline read inside a sentence of a run its heading cluster signs is another's: the run goes on",
            List.of("HEADLINE 老街巷有了新模样", "BYLINE 本报记者 李华", "BODY 街道还增设了座椅和路灯。近日，有关部门", "BYLINE 王明",
                "BODY 宣布新建桥梁一座。"),
            List.of("cluster[老街巷有了新模样|本报记者 李华]", "run[街道还增设了座椅和路灯。近日，有关部门|宣布新建桥梁一座。]", "cluster[王明]")),
        Arguments.of("a heading over text with a byline inside its sentence, after a run its cluster signs, is no subhead",
            List.of("HEADLINE 老街巷有了新模样", "BYLINE 本报记者 李华", "BODY 居民说，出门方便多了。", "HEADLINE| 新桥通车",
                "BODY 今年以来，某县", "BYLINE 王明", "BODY 新建桥梁一座。"),
            List.of("cluster[老街巷有了新模样|本报记者 李华]", "run[居民说，出门方便多了。]", "cluster[新桥通车]", "run[今年以来，某县|新建桥梁一座。]")),
        Arguments.of("a place kicker between bodies heads the next article from another place, never a subhead",
            List.of("BODY 街道还增设了座椅和路灯。", "KICKER| 云南昆明——", "HEADLINE| 一碗米线，香飘百年", "BODY 某县新建桥梁一座。"),
            List.of("run[街道还增设了座椅和路灯。]", "cluster[云南昆明——|一碗米线，香飘百年]", "run[某县新建桥梁一座。]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void cutsTheFlowIntoUnits(String name, List<String> specs, List<String> expected) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    assertEquals(expected, TestPage.describe(segmenter.segment(page.blocks, page.assembly())));
  }

  @Test
  void aBylineReadInsideASentenceOfARunThatNamesNoOneSignsIt() {
    TestPage page = new TestPage("HEADLINE 老街巷有了新模样", "BODY 街道还增设了座椅和路灯。近日，有关部门", "BYLINE ■王明", "BODY 宣布新建桥梁一座。");
    List<Unit> units = segmenter.segment(page.blocks, page.assembly());
    BodyRun run = (BodyRun) units.get(1);
    assertEquals(2, units.size());
    assertEquals("■王明", run.trailingByline.text());
  }

  /**
   * A body block of {@code lines} printed in a column {@code width} points ({@code width / 9} ems of 9-point type) wide
   * at {@code left}, from offset {@code at}.
   */
  private static ClassifiedBlock printed(List<String> lines, double left, double width, int at) {
    dev.banmian.geometry.Box box = new dev.banmian.geometry.Box(left, 100, left + width, 100 + 12 * lines.size());
    return body(lines, at, width / 9, java.util.Optional.of(new dev.banmian.extract.layout.Placement(box, 1, false, false)));
  }

  /** A body block of {@code lines} from offset {@code at}, one text line each, of the given column width and placement. */
  private static ClassifiedBlock body(List<String> lines, int at, double columnWidth,
      java.util.Optional<dev.banmian.extract.layout.Placement> placement) {
    return block(BlockKind.BODY, lines, at, columnWidth, placement);
  }

  private static ClassifiedBlock block(BlockKind kind, List<String> lines, int at, double columnWidth,
      java.util.Optional<dev.banmian.extract.layout.Placement> placement) {
    List<dev.banmian.text.Line> ls = new java.util.ArrayList<>();
    dev.banmian.text.TracedText.Builder t = dev.banmian.text.TracedText.builder();
    for (String l : lines) {
      ls.add(new dev.banmian.text.Line(at, new dev.banmian.text.Span(at, at + l.length()), l));
      t.append(l, at);
      at += l.length() + 1;
    }
    dev.banmian.extract.layout.Block b = new dev.banmian.extract.layout.Block(t.build(), ls, 0, columnWidth, false, List.of(),
        placement);
    return new ClassifiedBlock(b, kind, 1, List.of());
  }

  /**
   * Text counts a line of digits as narrower than a line of Han characters; printed columns of one width are one
   * article's, whatever their lines hold (a column of figures after a column of prose).
   */
  @Test
  void columnsPrintedAsWideStayInOneRunWhateverTheirCharacterCounts() {
    ClassifiedBlock prose = printed(List.of("这场大会战于去年冬天开启，综", "合整治了沟、河、路、渠、林，", "借势明确农田林网边界，全县上", "下齐心协力。"), 50, 162, 0);
    ClassifiedBlock figures = printed(List.of("2022年以来，全县共签订林木经营管护合", "同8300余份，村集体收益139万元，年底", "给群众分红30余万元，村民得到了实实在", "在的好处。"), 230, 162, 200);
    List<Unit> units = segmenter.segment(List.of(prose, figures), new Assembly("x".repeat(400), List.of()));
    assertEquals(1, units.size(), TestPage.describe(units).toString());
    ClassifiedBlock narrow = printed(List.of("2022年以来，全县共签订林", "木经营管护合同8300余份，", "村集体收益139万元。"), 230, 108, 200);
    units = segmenter.segment(List.of(prose, narrow), new Assembly("x".repeat(400), List.of()));
    assertEquals(2, units.size(), "a column printed narrower is another article's: " + TestPage.describe(units));
    assertEquals(false, ((BodyRun) units.get(1)).cutByMeasure, "measured geometry cut it");
  }

  /** A body block of {@code lines} of plain text (no placement), from offset {@code at}. */
  private static ClassifiedBlock text(List<String> lines, int at) {
    return body(lines, at, 16, java.util.Optional.empty());
  }

  /**
   * An extractor that splits a printed line before its closing quotation mark leaves two short text lines; measured
   * as one printed line, the paragraph is as wide as the next one of its column and they stay one run.
   */
  @Test
  void aPrintedLineSplitAtItsClosingQuoteMeasuresWhole() {
    ClassifiedBlock quoted = text(List.of("“这次回村最大的感受是路变宽", "了，路边美了。", "”村民王明说，", "一家人都很高兴。"), 0);
    ClassifiedBlock next = text(List.of("某县位于某省北部，是典型的平", "原农业县。王明在南方城市工作", "多年，上次回老家还是三年前。", "这次回来，他很感慨。"), 200);
    List<Unit> units = segmenter.segment(List.of(quoted, next), new Assembly("x".repeat(400), List.of()));
    assertEquals(1, units.size(), TestPage.describe(units).toString());
    ClassifiedBlock narrow = text(List.of("某县位于某省北部，是", "典型的平原农业县。王", "明在南方城市工作多年，", "这次回来，他很感慨。"), 200);
    units = segmenter.segment(List.of(quoted, narrow), new Assembly("x".repeat(400), List.of()));
    assertEquals(2, units.size(), "a column set narrower is another article's: " + TestPage.describe(units));
    assertEquals(true, ((BodyRun) units.get(1)).cutByMeasure, "only the text measure cut it");
  }

  /**
   * A byline in brackets read right after a body ends its run when printed under it, in its column; printed clear of
   * that column (set at the top of the article, read after the column's first line) it signs the run, and the body
   * read after it goes on in the same run.
   */
  @Test
  void aBracketedBylinePrintedBesideTheColumnSignsTheRunWithoutEndingIt() {
    ClassifiedBlock column = printed(List.of("这场大会战于去年冬天开启，综", "合整治了沟、河、路、渠、林。"), 50, 126, 0);
    ClassifiedBlock more = printed(List.of("借势明确农田林网边界，全县上", "下齐心协力。"), 50, 126, 200);
    for (double left : new double[] {50, 300}) {
      dev.banmian.geometry.Box box = new dev.banmian.geometry.Box(left, 150, left + 90, 159);
      ClassifiedBlock byline = block(BlockKind.BYLINE, List.of("（本报记者 王明）"), 100, 10,
          java.util.Optional.of(new dev.banmian.extract.layout.Placement(box, 1, false, false)));
      List<Unit> units = segmenter.segment(List.of(column, byline, more), new Assembly("x".repeat(400), List.of()));
      BodyRun first = (BodyRun) units.get(0);
      assertEquals(byline, first.trailingByline);
      assertEquals(left == 50 ? 2 : 1, units.size(), "byline at " + left + ": " + TestPage.describe(units));
    }
  }
}
