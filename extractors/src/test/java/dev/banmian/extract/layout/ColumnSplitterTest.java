package dev.banmian.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.text.Line;
import dev.banmian.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading order of {@code pdftotext -layout} text on small invented pages. */
class ColumnSplitterTest {
  private static final ColumnSplitter SPLITTER = new ColumnSplitter();

  /** Rows 2 to 6 of a page of three columns, 甲, 乙 and 丙, ten characters wide with gutters of four spaces. */
  private static final String LOWER_ROWS = """
      甲二甲二甲二甲二甲二    乙二乙二乙二乙二乙二    丙二丙二丙二丙二丙二
      甲三甲三甲三甲三甲三    乙三乙三乙三乙三乙三    丙三丙三丙三丙三丙三
      甲四甲四甲四甲四甲四    乙四乙四乙四乙四乙四    丙四丙四丙四丙四丙四
      甲五甲五甲五甲五甲五    乙五乙五乙五乙五乙五    丙五丙五丙五丙五丙五
      甲六甲六甲六甲六甲六    乙六乙六乙六乙六乙六    丙六丙六丙六丙六丙六
      """;

  private static List<String> read(String raw) {
    return SPLITTER.split(SourceText.of("test", raw)).orElseThrow().stream().map(Line::text).map(String::strip).toList();
  }

  @Test
  void threeColumnsAreReadOneAfterTheOther() {
    List<String> out = read("""
        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        """ + LOWER_ROWS);
    assertEquals(List.of("甲一甲一甲一甲一甲一", "甲二甲二甲二甲二甲二", "甲三甲三甲三甲三甲三", "甲四甲四甲四甲四甲四", "甲五甲五甲五甲五甲五",
        "甲六甲六甲六甲六甲六", "", "乙一乙一乙一乙一乙一", "乙二乙二乙二乙二乙二", "乙三乙三乙三乙三乙三", "乙四乙四乙四乙四乙四",
        "乙五乙五乙五乙五乙五", "乙六乙六乙六乙六乙六", "", "丙一丙一丙一丙一丙一", "丙二丙二丙二丙二丙二", "丙三丙三丙三丙三丙三",
        "丙四丙四丙四丙四丙四", "丙五丙五丙五丙五丙五", "丙六丙六丙六丙六丙六"), out);
  }

  @Test
  void headlineCentredOverTheColumnsIsReadBeforeThem() {
    // The headline reaches from inside the second column into the gutter after it, crossing no gutter whole.
    List<String> out = read("""
                          新城建设加快推进
        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        """ + LOWER_ROWS);
    assertEquals("新城建设加快推进", out.get(0));
    assertEquals("甲一甲一甲一甲一甲一", out.get(2));
    assertTrue(out.indexOf("乙一乙一乙一乙一乙一") > out.indexOf("甲六甲六甲六甲六甲六"));
  }

  @Test
  void aHeadlineOverTheRightArticleIsReadWithItsColumnsNotBeforeTheLeftArticlesSecondColumn() {
    // Two articles side by side: the left one (甲, 乙) under its own heading begins four rows lower than the right
    // one (丙, 丁), whose headline crosses the gutter between 丙 and 丁 but stands clear of 乙.
    List<String> out = read("""
        春风送暖                             新城建设加快推进会召开
        走访万家
                                    丙一丙一丙一丙一丙一    丁一丁一丁一丁一丁一
                                    丙二丙二丙二丙二丙二    丁二丁二丁二丁二丁二
                                    丙三丙三丙三丙三丙三    丁三丁三丁三丁三丁三
                                    丙四丙四丙四丙四丙四    丁四丁四丁四丁四丁四
        甲五甲五甲五甲五甲五    乙五乙五乙五乙五乙五    丙五丙五丙五丙五丙五    丁五丁五丁五丁五丁五
        甲六甲六甲六甲六甲六    乙六乙六乙六乙六乙六    丙六丙六丙六丙六丙六    丁六丁六丁六丁六丁六
        甲七甲七甲七甲七甲七    乙七乙七乙七乙七乙七    丙七丙七丙七丙七丙七    丁七丁七丁七丁七丁七
        """).stream().filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("春风送暖", "走访万家", "甲五甲五甲五甲五甲五", "甲六甲六甲六甲六甲六", "甲七甲七甲七甲七甲七",
        "乙五乙五乙五乙五乙五", "乙六乙六乙六乙六乙六", "乙七乙七乙七乙七乙七", "新城建设加快推进会召开", "丙一丙一丙一丙一丙一"),
        out.subList(0, 10));
  }

  @Test
  void aHeadlineRowOverTwoHeadingStacksIsReadWithItsOwnStackAcrossTheBlankRowUnderIt() {
    // The left headline, set large, comes out with a blank row under it; the right article's label shares its row and
    // its kicker, headline and byline go on under the blank row beside the rest of the left stack.
    List<String> out = read("""
        湖区生态修复加快推进                              乡村振兴

                              步                          集市红火 年味正浓
             ——三年治理见成效                           春节集市人气旺
                   本报记者 钱 林                          本报记者 孙 华

        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        """ + LOWER_ROWS).stream().filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("湖区生态修复加快推进", "步", "——三年治理见成效", "本报记者 钱 林", "乡村振兴", "集市红火 年味正浓",
        "春节集市人气旺", "本报记者 孙 华"), out.subList(0, 8));
  }

  /** Three rows of columns side by side, one per stem ({@code 甲一甲一甲一甲一甲一    乙一乙一…}), four spaces apart. */
  private static String columnRows(String... stems) {
    StringBuilder rows = new StringBuilder();
    for (String row : List.of("一", "二", "三")) {
      List<String> cells = new ArrayList<>();
      for (String stem : stems) {
        cells.add((stem + row).repeat(5));
      }
      rows.append(String.join("    ", cells)).append('\n');
    }
    return rows.toString();
  }

  /**
   * Two heading stacks side by side and the blank rows around them: a headline row with the right article's label at
   * position {@code labelAt}, then each stack's deck and byline, the right one's at {@code deckAt} and {@code bylineAt}.
   */
  private static String twoStacks(int labelAt, int deckAt, int bylineAt) {
    return padTo("湖区生态修复加快推进", labelAt) + "乡村振兴\n\n" + padTo("      ——三年治理见成效", deckAt) + "集市红火 年味正浓\n"
        + padTo("        本报记者 钱 林", bylineAt) + "本报记者 孙 华\n\n";
  }

  private static String padTo(String s, int width) {
    return s + " ".repeat(width - s.length());
  }

  @Test
  void twoArticlesSideBySideEachAStackOverItsColumnsAreReadOneAfterTheOther() {
    // A blank row parts both heading stacks from the columns under them; one gutter of the columns (no letter of the
    // stacks in it) parts the articles: each stack is read with its own two columns, not both stacks before all four.
    List<String> out = read(twoStacks(30, 34, 36) + columnRows("甲", "乙", "丙", "丁")).stream()
        .filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("湖区生态修复加快推进", "——三年治理见成效", "本报记者 钱 林",
        "甲一甲一甲一甲一甲一", "甲二甲二甲二甲二甲二", "甲三甲三甲三甲三甲三", "乙一乙一乙一乙一乙一", "乙二乙二乙二乙二乙二",
        "乙三乙三乙三乙三乙三", "乡村振兴", "集市红火 年味正浓", "本报记者 孙 华", "丙一丙一丙一丙一丙一"), out.subList(0, 13));
  }

  @Test
  void stacksOverColumnsThatMoreThanOneGutterCouldPartAreReadBeforeTheColumns() {
    // The left stack stands over the first gutter of the columns, the right one over the last: two gutters could part
    // the articles, so the page does not say where; both stacks are read before the columns, as without the columns.
    List<String> out = read(twoStacks(48, 46, 48) + columnRows("甲", "乙", "丙", "丁", "戊")).stream()
        .filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("湖区生态修复加快推进", "——三年治理见成效", "本报记者 钱 林", "乡村振兴", "集市红火 年味正浓",
        "本报记者 孙 华", "甲一甲一甲一甲一甲一"), out.subList(0, 7));
  }

  @Test
  void aRowOverOneColumnOfBodyTextIsNotReadAsAHeadingStack() {
    // The lone row of two labels stands over the columns of a body, not over two short heading stacks: each label is
    // read where it stands, before the columns.
    List<String> out = read("""
        乡村振兴                                  文化广场

        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        """ + LOWER_ROWS).stream().filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("乡村振兴", "文化广场", "甲一甲一甲一甲一甲一"), out.subList(0, 3));
  }

  @Test
  void aRowOverShortLinesOfBodyTextIsNotReadAsTheHeadOfTwoStacks() {
    // Under the blank row, a few lines of body text in two columns (pauses and stops), not two heading stacks: the
    // labels are read where they stand, before the columns.
    List<String> out = read("""
        乡村振兴                      文化广场

        村里修了路，通了车，          图书室开放了，孩子们
        日子越过越红火。今年          放学后都来看书。馆里
        村里又建起了冷库，            新添了两千多册图书，
        果农不再发愁储存，            还请来老师辅导阅读，
        收入比去年多三成。            周末更是座无虚席。
        """).stream().filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("乡村振兴", "文化广场", "村里修了路，通了车，"), out.subList(0, 3));
  }

  @Test
  void indentedFirstLineOfAColumnStaysInItsColumn() {
    List<String> out = read("""
          甲一甲一甲一甲一甲    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        """ + LOWER_ROWS);
    assertEquals("甲一甲一甲一甲一甲", out.get(0));
    assertEquals("甲二甲二甲二甲二甲二", out.get(1));
  }

  @Test
  void aRowCutOffItsGutterKeepsEveryCharacter() {
    // found by LayoutRepairerProperties: the letter-spaced row is cut at its own spaces right of the gutter, and
    // 思, left of that cut but right of the gutter, fell outside both parts
    String raw = """
        群众，通过场内场外的积
        极联动、线
        人就业三年行动方案（20
        25—2027 年）>
        （党委）主要负责同志在
        主会场参加。
        了 “   新   思   汇   ” 千   名
        理   论   宣   讲   志   愿
        """;
    String read = String.join("", read(raw)).replaceAll("\\s", "");
    assertEquals(raw.replaceAll("\\s", "").chars().sorted().boxed().toList(), read.chars().sorted().boxed().toList());
  }

  @Test
  void aTwoPartHeadingRowReadInThreePiecesKeepsEachCharacterOnce() {
    // found by ReliabilityProperties: the letter-spaced two-part heading row came out in three pieces (the double space
    // in its first part cut it too); its pair was read whole where the first piece stood and only the second piece's
    // place closed up, so the third piece came out twice
    String raw = """
        春 风  送 暖 意      万 家 灯 火 明
                                                                           山河新气，象田园好风光，江村晨雾起起林间鸟，语      象长桥头柳色青市井 2014 人声旺春家风风送暖意    春 风 送 暖 意    万 家 灯 火 明
        万家灯火——                                                             明山河新气象田园好：山风光江村晨，新雾起林间       鸟送语长桥头柳色青市。好风语明山河新，山风井
                                                                           人声旺、春风送暖；意万家灯火明山，河新气气象       柳青市林春家风风送田语头园好风光江村。          象田好风——

        象晨园雾，起林明间鸟语                                                        长桥，桥长头柳旺色象青青市井人声林长春旺春河       风送暖意林万声家灯火明山河新象气春好风万象，
                                                                           新田园，好风新雾光江江村⋯⋯               晨雾江起林间暖意鸟语。 “雾河新长桥井家头，柳色     30 青市青井，桥起象长
        """;
    String read = String.join("", read(raw)).replaceAll("\\s", "");
    assertEquals(raw.replaceAll("\\s", "").chars().sorted().boxed().toList(), read.chars().sorted().boxed().toList());
  }

  @Test
  void aRowOverhangingTheGutterToItsEndKeepsEveryCharacter() {
    // found by ReliabilityProperties: a row whose text runs across the gutter and stops there, trailing spaces after
    // it, is cut at its end; its characters right of the gutter belonged to neither part
    String raw = """
        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        甲二甲二甲二甲二甲二甲二甲二尾\s\s
        甲三甲三甲三甲三甲三    乙三乙三乙三乙三乙三    丙三丙三丙三丙三丙三
        甲四甲四甲四甲四甲四    乙四乙四乙四乙四乙四    丙四丙四丙四丙四丙四
        甲五甲五甲五甲五甲五    乙五乙五乙五乙五乙五    丙五丙五丙五丙五丙五
        甲六甲六甲六甲六甲六    乙六乙六乙六乙六乙六    丙六丙六丙六丙六丙六
        甲七甲七甲七甲七甲七    乙七乙七乙七乙七乙七    丙七丙七丙七丙七丙七
        """;
    List<String> out = read(raw);
    assertTrue(out.contains("甲二甲二甲二甲二甲二甲二甲二尾"), out.toString());
    String read = String.join("", out).replaceAll("\\s", "");
    assertEquals(raw.replaceAll("\\s", "").chars().sorted().boxed().toList(), read.chars().sorted().boxed().toList());
  }

  /**
   * A photo caption set between two columns, its letter-spaced credit overhanging the gutter before the next column:
   * the credit is read with its caption (its letters set apart come out as pieces that layout repair joins), and the
   * next column's row starts at the column's edge.
   */
  @Test
  void aLetterSpacedCreditOverhangingTheGutterStaysWithItsCaption() {
    List<String> out = read("""
        甲一甲一甲一甲一甲一甲一甲                                     丙一丙一丙一丙一丙一丙一丙
        甲二甲二甲二甲二甲二甲二甲                                     丙二丙二丙二丙二丙二丙二丙
        甲三甲三甲三甲三甲三甲三甲                                     丙三丙三丙三丙三丙三丙三丙
        甲四甲四甲四甲四甲四甲四甲                                     丙四丙四丙四丙四丙四丙四丙
        甲五甲五甲五甲五甲五甲五甲                                     丙五丙五丙五丙五丙五丙五丙
        甲六甲六甲六甲六甲六甲六甲             村民在河边植树，一片新绿。           丙六丙六丙六丙六丙六丙六丙
        甲七甲七甲七                            王    明摄（新华社）    丙七丙七丙七丙七丙七丙七丙
        甲八甲八甲八甲八甲八甲八甲                                     丙八丙八丙八丙八丙八丙八丙
        甲九甲九甲九甲九甲九甲九甲                                     丙九丙九丙九丙九丙九丙九丙
        甲十甲十甲十甲十甲十甲十甲                                     丙十丙十丙十丙十丙十丙十丙
        """);
    assertEquals(List.of("村民在河边植树，一片新绿。", "王", "明摄（新华社）"),
        out.subList(out.indexOf("村民在河边植树，一片新绿。"), out.indexOf("村民在河边植树，一片新绿。") + 3));
    assertTrue(out.contains("丙七丙七丙七丙七丙七丙七丙"), out.toString());
  }

  @Test
  void regionsWithColumnGridsOfTheirOwnAreEachReadColumnByColumn() {
    // the lower article's columns cover the upper one's gutters: no gutter runs down the whole page
    List<String> out = read("""
        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        甲二甲二甲二甲二甲二    乙二乙二乙二乙二乙二    丙二丙二丙二丙二丙二
        甲三甲三甲三甲三甲三    乙三乙三乙三乙三乙三    丙三丙三丙三丙三丙三

        丁一丁一丁一丁一丁一丁一丁一    戊一戊一戊一戊一戊一戊一戊一戊一戊一戊一
        丁二丁二丁二丁二丁二丁二丁二    戊二戊二戊二戊二戊二戊二戊二戊二戊二戊二
        丁三丁三丁三丁三丁三丁三丁三    戊三戊三戊三戊三戊三戊三戊三戊三戊三戊三
        丁四丁四丁四丁四丁四丁四丁四    戊四戊四戊四戊四戊四戊四戊四戊四戊四戊四
        """).stream().filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("甲一甲一甲一甲一甲一", "甲二甲二甲二甲二甲二", "甲三甲三甲三甲三甲三", "乙一乙一乙一乙一乙一", "乙二乙二乙二乙二乙二",
        "乙三乙三乙三乙三乙三", "丙一丙一丙一丙一丙一", "丙二丙二丙二丙二丙二", "丙三丙三丙三丙三丙三", "丁一丁一丁一丁一丁一丁一丁一",
        "丁二丁二丁二丁二丁二丁二丁二", "丁三丁三丁三丁三丁三丁三丁三", "丁四丁四丁四丁四丁四丁四丁四", "戊一戊一戊一戊一戊一戊一戊一戊一戊一戊一",
        "戊二戊二戊二戊二戊二戊二戊二戊二戊二戊二", "戊三戊三戊三戊三戊三戊三戊三戊三戊三戊三", "戊四戊四戊四戊四戊四戊四戊四戊四戊四戊四"), out);
  }

  /** Lines {@code 1..rows} of a column named {@code name}, each {@code pairs} pairs of its name and the line's number. */
  private static List<String> column(char name, int rows, int pairs) {
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      lines.add((name + "" + "一二三四五六七八九十".charAt(i - 1)).repeat(pairs));
    }
    return lines;
  }

  /** The lines of {@code columns} printed side by side, row by row, four spaces between them. */
  private static String sideBySide(List<List<String>> columns) {
    StringBuilder b = new StringBuilder();
    for (int r = 0; r < columns.get(0).size(); r++) {
      final int row = r;
      b.append(String.join("    ", columns.stream().map(c -> c.get(row)).toList())).append('\n');
    }
    return b.toString();
  }

  @Test
  void regionsStackedWithNoBlankRowBetweenAreEachReadColumnByColumn() {
    // as above, with no blank row between the two articles: the cut falls where both parts show gutters
    List<List<String>> upper = List.of(column('甲', 4, 5), column('乙', 4, 5), column('丙', 4, 5));
    List<List<String>> lower = List.of(column('丁', 6, 7), column('戊', 6, 10));
    List<String> out = read(sideBySide(upper) + sideBySide(lower)).stream().filter(t -> !t.isEmpty()).toList();
    List<String> expected = new ArrayList<>();
    upper.forEach(expected::addAll);
    lower.forEach(expected::addAll);
    assertEquals(expected, out);
  }

  @Test
  void aHeadlinePrintedBesideItsBodyOnTwoRowsIsReadAfterTheColumnNotInsideIt() {
    // Too few of the column's sixteen rows reach the headline for a gutter; every row still leaves a clear stretch
    // before it.
    StringBuilder page = new StringBuilder(sideBySide(List.of(column('甲', 3, 5), column('乙', 3, 5)))).append('\n');
    List<String> body = new ArrayList<>(column('丙', 10, 4));
    body.addAll(column('丁', 6, 4));
    for (int i = 0; i < body.size(); i++) {
      page.append(body.get(i)).append(i == 2 ? "       新城建设" : i == 7 ? "       加快推进" : "").append('\n');
    }
    List<String> out = read(page.toString()).stream().filter(t -> !t.isEmpty()).toList();
    int first = out.indexOf(body.get(0));
    List<String> expected = new ArrayList<>(body);
    expected.addAll(List.of("新城建设", "加快推进"));
    assertEquals(expected, out.subList(first, first + 18));
  }

  @Test
  void aCreditSetAtTheEndOfItsCaptionLineStaysOnItsRow() {
    // Text beyond a clear stretch on one row only is the row's own: no column of its own.
    List<String> out = read("""
        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一
        甲二甲二甲二甲二甲二    乙二乙二乙二乙二乙二
        甲三甲三甲三甲三甲三    乙三乙三乙三乙三乙三

        丙一丙一丙一丙一丙一丙一丙一丙一
        丙二丙二丙二丙二丙二丙二丙二丙二
        村民在河边植树。       王明摄
        丙三丙三丙三丙三丙三丙三丙三丙三
        丙四丙四丙四丙四丙四丙四丙四丙四
        """).stream().filter(t -> !t.isEmpty()).toList();
    int caption = out.indexOf("村民在河边植树。");
    assertEquals(List.of("丙二丙二丙二丙二丙二丙二丙二丙二", "村民在河边植树。", "王明摄", "丙三丙三丙三丙三丙三丙三丙三丙三"),
        out.subList(caption - 1, caption + 3));
  }

  @Test
  void aTwoPartHeadlineWhosePartsTheGutterSeparatesIsReadWholeOverTheColumns() {
    // The first part stands over 甲, the second over 乙; the gutter between the columns runs between them.
    List<String> out = read("""
        春风暖人心              新城展新颜
        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        """ + LOWER_ROWS);
    assertEquals(List.of("春风暖人心              新城展新颜", "", "甲一甲一甲一甲一甲一"), out.subList(0, 3));
    assertTrue(out.indexOf("乙一乙一乙一乙一乙一") > out.indexOf("甲六甲六甲六甲六甲六"));
    assertEquals(1, out.stream().filter(t -> t.contains("新城展新颜")).count());
  }

  @Test
  void aTwoPartHeadlineBesideAnotherArticlesHeadlineOnItsRowIsReadWholeOverItsColumns() {
    // The two parts stand over 甲 and 乙; the third text on the row, another article's headline, over 丙.
    List<String> out = read("""
        春风暖人心              新城展新颜              市图书馆古籍修复（文化）
        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        """ + LOWER_ROWS);
    assertEquals(List.of("春风暖人心              新城展新颜", "", "甲一甲一甲一甲一甲一"), out.subList(0, 3));
    assertEquals(1, out.stream().filter(t -> t.contains("新城展新颜")).count());
    int other = out.indexOf("市图书馆古籍修复（文化）");
    assertTrue(other > out.indexOf("乙六乙六乙六乙六乙六") && other < out.indexOf("丙一丙一丙一丙一丙一"));
  }

  @Test
  void aBylinesRoleAndACreditSideBySideAreNoHeadingsParts() {
    List<String> out = read("""
        本报记者                张小明摄                市图书馆古籍修复（文化）
        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        """ + LOWER_ROWS);
    assertEquals(List.of("本报记者", "甲一甲一甲一甲一甲一"), out.subList(0, 2));
    int credit = out.indexOf("张小明摄");
    assertTrue(credit > out.indexOf("甲六甲六甲六甲六甲六") && credit < out.indexOf("乙一乙一乙一乙一乙一"));
  }

  @Test
  void twoHeadingsOfUnlikeLengthsSideBySideStayOverTheirOwnColumns() {
    List<String> out = read("""
        春风暖人心              新城建设加快推进会召开
        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        """ + LOWER_ROWS);
    assertEquals(List.of("春风暖人心", "甲一甲一甲一甲一甲一"), out.subList(0, 2));
    int heading = out.indexOf("新城建设加快推进会召开");
    assertTrue(heading > out.indexOf("甲六甲六甲六甲六甲六") && heading < out.indexOf("乙一乙一乙一乙一乙一"));
  }

  @Test
  void articlesSideBySideAreCutApartBeforeTheLeftOnesSubheadlineCrossesItsOwnGutter() {
    // The left article (甲, 乙) has a subheadline that runs through the gutter between its columns; the right one (丙)
    // has a headline of two lines, the second a row lower, where the left article's subheadline stands. (Lines
    // only: column breaks left out.)
    List<String> out = read("""
        春风送暖                                新城建设加快
          街道义工小队上门探望独居老人
                                    推进会召开
        甲一甲一甲一甲一甲一    乙一乙一乙一乙一乙一    丙一丙一丙一丙一丙一
        """ + LOWER_ROWS).stream().filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("春风送暖", "街道义工小队上门探望独居老人", "甲一甲一甲一甲一甲一"), out.subList(0, 3));
    int headline = out.indexOf("新城建设加快");
    assertTrue(headline > out.indexOf("乙六乙六乙六乙六乙六"));
    assertEquals(List.of("新城建设加快", "推进会召开", "丙一丙一丙一丙一丙一"), out.subList(headline, headline + 3));
  }

  @Test
  void twoCaptionsSideBySideAreEachReadWithTheCreditUnderIt() {
    // The left credit is letter-spaced: on two rows the spaces inside it look like a gutter the left caption crosses.
    List<String> out = read(LOWER_ROWS + """

            市民在公园里放风筝。          孩子们在湖面上滑冰。
              李   明摄                           王小红摄
        """).stream().filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("市民在公园里放风筝。", "李   明摄", "孩子们在湖面上滑冰。", "王小红摄"), out.subList(out.size() - 4, out.size()));
  }

  @Test
  void rowsWithTextsApartOnOneRowOnlyAreReadRowByRow() {
    // The second row runs through the space between the first row's texts: one text under two labels, not two regions.
    List<String> out = read(LOWER_ROWS + """

            春节集市          年味正浓
            市民在公园里放风筝，孩子们在一旁欢笑。
        """).stream().filter(t -> !t.isEmpty()).toList();
    assertEquals(List.of("春节集市", "年味正浓", "市民在公园里放风筝，孩子们在一旁欢笑。"), out.subList(out.size() - 3, out.size()));
  }

  @Test
  void aSingleColumnPageIsLeftAlone() {
    String raw = """
        市图书馆今年春节推出了古籍修复体验活动，不少市民
        带着孩子前来参加，在老师的指导下学习修补破损的书
        页。图书馆负责人表示，今后还将举办更多类似的活动
        ，让更多的人了解古籍保护工作。
        2025 年 2 月 5 日   星期三   文化   第 10 版
        入冬以来，河湾村的农家乐迎来了客流高峰，村里新建
        的温泉和滑雪场吸引了周边城市的游客。
        """;
    assertTrue(SPLITTER.split(SourceText.of("test", raw)).isEmpty());
  }
}
