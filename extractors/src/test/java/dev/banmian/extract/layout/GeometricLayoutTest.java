package dev.banmian.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.extract.PageExtractor;
import dev.banmian.geometry.Box;
import dev.banmian.geometry.PageGeometry;
import dev.banmian.geometry.PrintedLine;
import dev.banmian.model.Article;
import dev.banmian.model.Page;
import dev.banmian.text.Chars;
import dev.banmian.text.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Invented pages with hand-made geometry: paragraphs from indents and short lines, paragraphs continued
 * across columns, headings ranked by type size, captions beside pictures.
 */
class GeometricLayoutTest {
  private static final double BODY = 9;
  private static final double LEADING = 12;

  /** Builds a page text and its geometry line by line. */
  private static final class PageBuilder {
    final StringBuilder text = new StringBuilder();
    final List<PrintedLine> lines = new ArrayList<>();
    final List<Box> pictures = new ArrayList<>();
    int number;

    /** A line of {@code s} set at {@code size}, its left edge at {@code left} ems of body type from {@code x}. */
    PageBuilder line(String s, double x, double top, double size, boolean bold) {
      double width = s.length() * size;
      lines.add(new PrintedLine(number++, new Box(x, top, x + width, top + size), size, bold));
      text.append(s).append('\n');
      return this;
    }

    PageBuilder body(String s, double x, double top) {
      return line(s, x, top, BODY, false);
    }

    PageBuilder blank() {
      text.append('\n');
      number++;
      return this;
    }

    SourceText source() {
      return SourceText.of("invented", text.toString());
    }

    PageGeometry geometry() {
      return new PageGeometry(new Box(0, 0, 600, 800), lines, pictures);
    }
  }

  private static List<String> blocks(PageBuilder p) {
    return new GeometricLayout().repair(p.source(), p.geometry()).blocks().stream().map(Block::string).toList();
  }

  @Test
  void anIndentedLineOrAShortLineEndsAParagraph() {
    PageBuilder p = new PageBuilder();
    double x = 50;
    p.body("一二三四五六七八九十", x + 2 * BODY, 100).body("一二三四五六七八九十一二", x, 100 + LEADING)
        .body("完了。", x, 100 + 2 * LEADING)
        .body("二二三四五六七八九十", x + 2 * BODY, 100 + 3 * LEADING).body("一二三四五六七八九十一二", x, 100 + 4 * LEADING);
    assertEquals(List.of("一二三四五六七八九十一二三四五六七八九十一二完了。", "二二三四五六七八九十一二三四五六七八九十一二"), blocks(p));
  }

  @Test
  void aParagraphThatFillsItsColumnContinuesInTheNextOne() {
    PageBuilder p = new PageBuilder();
    p.body("甲乙丙丁戊己庚辛壬癸", 50 + 2 * BODY, 100).body("甲乙丙丁戊己庚辛壬癸子丑", 50, 100 + LEADING).blank()
        .body("寅卯辰巳午未申酉戌亥子丑", 200, 100).body("尾声。", 200, 100 + LEADING);
    assertEquals(List.of("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥子丑尾声。"), blocks(p));
    PageBuilder indented = new PageBuilder();
    indented.body("甲乙丙丁戊己庚辛壬癸", 50 + 2 * BODY, 100).body("甲乙丙丁戊己庚辛壬癸子丑", 50, 100 + LEADING).blank()
        .body("寅卯辰巳午未申酉戌亥", 200 + 2 * BODY, 100).body("尾声。", 200, 100 + LEADING);
    assertEquals(2, blocks(indented).size(), "an indented first line starts a new paragraph");
  }

  /**
   * A paragraph whose last line is alone at the top of the next column: one line shows neither the column's width
   * nor an indent, so a sentence left open at the foot of the column runs into it, and a sentence ended there does
   * not (a label set on one line over the next article); the block keeps the width of its full columns.
   */
  @Test
  void aParagraphRunsIntoItsLastLineAloneAtTheTopOfTheNextColumn() {
    PageBuilder p = new PageBuilder();
    p.body("甲乙丙丁戊己庚辛壬癸", 50 + 2 * BODY, 100).body("甲乙丙丁戊己庚辛壬癸子丑", 50, 100 + LEADING).blank()
        .body("尾声。", 200, 100);
    RepairedPage page = new GeometricLayout().repair(p.source(), p.geometry());
    assertEquals(List.of("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸子丑尾声。"), page.blocks().stream().map(Block::string).toList());
    assertEquals(12, page.blocks().get(0).columnWidth(), 0.01);
    PageBuilder ended = new PageBuilder();
    ended.body("甲乙丙丁戊己庚辛壬癸", 50 + 2 * BODY, 100).body("甲乙丙丁戊己庚辛壬癸子。", 50, 100 + LEADING).blank()
        .body("某 某 专 栏", 200, 100);
    assertEquals(2, blocks(ended).size(), "a sentence ended at the foot of the column runs into no label");
  }

  /** A closing byline in brackets set flush right at the foot of a column ends its text: it runs into no column. */
  @Test
  void aBracketedBylineAtTheFootOfAColumnRunsIntoNoColumn() {
    PageBuilder p = new PageBuilder();
    p.body("甲乙丙丁戊己庚辛壬癸", 50 + 2 * BODY, 100).body("甲乙丙丁戊己庚辛壬癸子。", 50, 100 + LEADING)
        .body("（本报记者王明）", 50 + 4 * BODY, 100 + 2 * LEADING).blank()
        .body("寅卯辰巳午未申酉戌亥子丑", 200, 100).body("尾声。", 200, 100 + LEADING);
    assertEquals(List.of("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊己庚辛壬癸子。", "（本报记者王明）", "寅卯辰巳午未申酉戌亥子丑尾声。"), blocks(p));
  }

  /**
   * A paragraph that ends right over a picture whose caption is printed under it is no caption: only with nothing
   * under the picture does the text right over it caption it.
   */
  @Test
  void aParagraphOverAPictureCaptionedUnderItIsNoCaption() {
    for (boolean captioned : new boolean[] {true, false}) {
      PageBuilder p = new PageBuilder();
      p.body("甲乙丙丁戊己庚辛壬癸子丑", 50, 100).body("甲乙丙丁戊己庚辛壬癸子。", 50, 100 + LEADING).blank();
      p.pictures.add(new Box(50, 100 + 2 * LEADING + 4, 158, 200));
      if (captioned) {
        p.body("某地的老街上张灯结彩。", 50, 204);
      }
      Block first = new GeometricLayout().repair(p.source(), p.geometry()).blocks().get(0);
      assertEquals(!captioned, first.placement().orElseThrow().besidePicture(), "captioned under: " + captioned);
    }
  }

  @Test
  void aBracketedNoteAfterASentenceEndingAtTheMarginIsABlockOfItsOwn() {
    PageBuilder p = new PageBuilder();
    double x = 50;
    p.body("一二三四五六七八九十", x + 2 * BODY, 100).body("一二三四五六七八九十一。", x, 100 + LEADING)
        .body("（本报记者王明参与采写）", x, 100 + 2 * LEADING);
    assertEquals(List.of("一二三四五六七八九十一二三四五六七八九十一。", "（本报记者王明参与采写）"), blocks(p));
    PageBuilder inside = new PageBuilder();
    inside.body("一二三四五六七八九十", x + 2 * BODY, 100).body("一二三四五六七八九十一二", x, 100 + LEADING)
        .body("（本报记者王明参与采写）", x, 100 + 2 * LEADING);
    assertEquals(1, blocks(inside).size(), "a bracket going on an open sentence is part of it");
  }

  @Test
  void aOneLineBylineDoesNotRunIntoTheBodyUnderIt() {
    PageBuilder p = new PageBuilder();
    p.body("本报记者　王小明", 50, 80).blank()
        .body("甲乙丙丁戊己庚辛壬癸子丑", 50, 100).body("甲乙丙丁戊己庚辛壬癸。", 50, 100 + LEADING);
    assertEquals(2, blocks(p).size());
  }

  @Test
  void headingsAreRankedByTypeSizeAndABodyTypeLineUnderAPictureIsItsCaption() {
    PageBuilder p = new PageBuilder();
    p.line("某地推进老旧小区改造", 50, 40, 14, false).blank()
        .line("电梯装上了", 50, 60, 24, true).blank()
        .line("——居民出行更方便", 50, 90, 12, false).blank()
        .body("本报记者　王小明", 50, 110).blank();
    double top = 130;
    String[] body = {"近日，记者来到某社区，看到新装的", "电梯正在运行，居民上下楼方便了。", "居民说，电梯装好以后，老人下楼", "晒太阳的次数也多了起来。"};
    for (int i = 0; i < body.length; i++) {
      p.body(body[i], 50, top + i * LEADING);
    }
    p.blank().body("居民在新装的电梯前合影。", 250, 200);
    p.pictures.add(new Box(250, 120, 400, 195));
    Page page = PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
    assertEquals(1, page.articles().size(), page.toString());
    Article a = page.articles().get(0);
    assertEquals("电梯装上了", a.headline().orElseThrow().text());
    assertEquals("某地推进老旧小区改造", a.kicker().orElseThrow().text());
    assertTrue(a.subheadline().orElseThrow().text().contains("居民出行更方便"));
    assertEquals(1, page.captions().size());
    assertEquals("居民在新装的电梯前合影。", page.captions().get(0).text().text());
    assertFalse(a.paragraphs().stream().anyMatch(x -> x.text().contains("合影")));
  }

  @Test
  void aLaterParagraphOfAColumnThatEndsOverAPictureIsNotItsCaption() {
    PageBuilder p = new PageBuilder();
    p.line("电梯装上了", 50, 40, 24, true).blank().body("本报记者　王小明", 50, 80).blank();
    String[] body = {"近日，记者来到某社区，看到新装的", "电梯正在运行，居民上下楼方便了。"};
    p.body(body[0], 50, 100).body(body[1], 50, 100 + LEADING);
    p.body("居民说，电梯装好以后，老人下楼", 50 + 2 * BODY, 100 + 2 * LEADING).body("晒太阳的次数也多了起来。", 50, 100 + 3 * LEADING);
    double pictureTop = 100 + 4 * LEADING + 4;
    p.pictures.add(new Box(50, pictureTop, 200, pictureTop + 80));
    p.blank().body("居民在新装的电梯前合影。", 50, pictureTop + 84);
    Page page = PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
    assertEquals(1, page.articles().size(), page.toString());
    assertEquals(2, page.articles().get(0).paragraphs().size(), page.toString());
    assertEquals(List.of("居民在新装的电梯前合影。"), page.captions().stream().map(c -> c.text().text()).toList());
  }

  /**
   * A caption set under a picture at the foot of a column whose sentence the typesetter carried over to the top of
   * the next column, its credit under it: one caption with that credit, not two.
   */
  @Test
  void aCaptionCarriedOverToTheNextColumnIsOneCaption() {
    PageBuilder p = new PageBuilder();
    p.line("电梯装上了", 50, 40, 24, true).blank().body("本报记者　王小明", 50, 80).blank();
    p.body("近日，记者来到某社区，看到新装的", 50 + 2 * BODY, 100).body("电梯正在运行，居民上下楼方便了。", 50, 100 + LEADING)
        .body("居民说，电梯装好以后，老人下楼", 50 + 2 * BODY, 100 + 2 * LEADING).body("晒太阳的次数也多了起来。", 50, 100 + 3 * LEADING);
    double pictureTop = 100 + 4 * LEADING + 4;
    p.pictures.add(new Box(50, pictureTop, 200, pictureTop + 80));
    p.blank().line("居民在新装的电梯前", 50, pictureTop + 84, 8, false);
    p.blank().line("合影留念。", 220, 100, 8, false).line("李明摄", 220, 110, 8, false).blank();
    p.body("社区还在楼下修了休息区，摆上桌椅，", 220 + 2 * BODY, 130).body("方便老人歇脚。", 220, 130 + LEADING);
    Page page = PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
    assertEquals(List.of("居民在新装的电梯前合影留念。"), page.captions().stream().map(c -> c.text().text()).toList(), page.toString());
    assertEquals("李明摄", page.captions().get(0).credit().orElseThrow().text());
  }

  @Test
  void aPlainBodyTypeLineOverTheBylineOnAPageOfLargeHeadlinesIsAKicker() {
    PageBuilder p = new PageBuilder();
    p.body("政策好　顾虑少", 50, 40).blank().body("本报记者　王小明", 50, 60).blank();
    String[] body = {"近日，记者来到某社区，看到新装的", "电梯正在运行，居民上下楼方便了。", "居民说，电梯装好以后，老人下楼", "晒太阳的次数也多了起来。"};
    for (int i = 0; i < body.length; i++) {
      p.body(body[i], 50, 80 + i * LEADING);
    }
    p.blank().line("电梯装上了", 250, 40, 24, true);
    Page page = PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
    assertEquals(1, page.articles().size(), page.toString());
    Article a = page.articles().get(0);
    assertEquals("电梯装上了", a.headline().orElseThrow().text());
    assertEquals("政策好顾虑少", a.kicker().orElseThrow().text().replaceAll("\\s", ""));
  }

  @Test
  void aVerticalHeadlineGoesOnPastTheEmptyCellBetweenItsPartsButNotIntoTheNextHeadline() {
    PageBuilder p = new PageBuilder();
    double size = 17;
    double step = 26;
    double top = 50;
    for (char c : "古镇新春".toCharArray()) {
      p.line(String.valueOf(c), 500, top, size, true);
      top += step;
    }
    p.blank();
    top += step;  // one character cell left empty between the headline's two parts
    for (char c : "灯火璀璨".toCharArray()) {
      p.line(String.valueOf(c), 500, top, size, true);
      top += step;
    }
    p.blank();
    top += step;  // the next article's vertical headline, as far down but set a size larger
    for (char c : "山村冰雪游".toCharArray()) {
      p.line(String.valueOf(c), 500, top, 19, true);
      top += 30;
    }
    assertEquals(List.of("古镇新春灯火璀璨", "山村冰雪游"), blocks(p));
  }

  /** Sets {@code paragraph} as a column twelve characters wide at {@code x}, its first line indented two. */
  private static void column(PageBuilder p, String paragraph, double x, double top) {
    int line = 0;
    for (int at = 0; at < paragraph.length(); line++) {
      int n = line == 0 ? 10 : 12;
      String s = paragraph.substring(at, Math.min(paragraph.length(), at + n));
      p.body(s, line == 0 ? x + 2 * BODY : x, top + line * LEADING);
      at += s.length();
    }
  }

  @Test
  void textSetBesideAHeadlineIsAnotherArticlesBody() {
    // article A: its headline over its column; article B: its column beside A's headline, its heading to the right
    // of it (read after its body). B's text starts above the foot of A's headline, outside it: B's body, not A's.
    PageBuilder p = new PageBuilder();
    p.line("甲地推进老旧小区改造", 50, 40, 20, true).blank();
    column(p, "近日，记者来到甲地某社区，看到新装的电梯正在运行，居民上下楼方便了。居民说，电梯装好以后，老人下楼的次数多了。", 50, 80);
    p.blank();
    column(p, "正月初二，一场小雪，乙村的山林更显静谧。驻村干部来到村民家中，送上新春的祝福和慰问品，村民们说今年的春节过得格外热闹。",
        300, 40);
    p.blank().line("乙村的春节故事", 420, 40, 20, true).blank().body("本报记者　李华", 420, 70);
    Page page = PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
    assertEquals(2, page.articles().size(), page.toString());
    Article first = page.articles().get(0);
    Article second = page.articles().get(1);
    assertEquals("甲地推进老旧小区改造", first.headline().orElseThrow().text());
    assertFalse(first.paragraphs().stream().anyMatch(x -> x.text().contains("山林")), first.toString());
    assertEquals("乙村的春节故事", second.headline().orElseThrow().text());
    assertTrue(second.paragraphs().get(0).text().startsWith("正月初二"), second.toString());
  }

  /**
   * A page of one article in two columns with a picture between them, {@code caption} under the picture and
   * {@code carried} (the credit's rest) at the top of the next column, extracted.
   */
  private static Page captionCarriedOver(String caption, String carried) {
    PageBuilder p = new PageBuilder();
    p.line("甲地推进农田林网建设", 50, 40, 20, true).blank().body("本报记者　王明", 50, 70).blank();
    column(p, "这项工程于去年秋天启动，一并疏浚了沟、塘、渠、井、坝，理清了农田林网的界线。", 50, 90);
    p.blank().body(caption, 200, 170).blank().body(carried, 380, 90).blank();
    p.pictures.add(new Box(200, 90, 360, 165));
    column(p, "今年以来，全县共签订林木养护责任合同六千多份，村集体年增收九十多万元。", 380, 110);
    return PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
  }

  @Test
  void aCreditsAgencyCarriedOverToAColumnOfItsOwnCompletesTheCredit() {
    Page page = captionCarriedOver("某县东河镇，村道两旁绿树成荫。　李华摄", "（人民视觉）");
    assertEquals(1, page.captions().size(), page.toString());
    assertEquals("李华摄（人民视觉）", Chars.stripSpaces(page.captions().get(0).credit().orElseThrow().text()));
    assertEquals(1, page.articles().size(), page.toString());
    assertFalse(page.articles().get(0).headline().orElseThrow().text().contains("人民视觉"));
  }

  @Test
  void theTextRightUnderALargeHeadlineIsTheArticlesLeadEvenOverAPicture() {
    PageBuilder p = new PageBuilder();
    p.line("某省某县——", 50, 40, 10, false).blank().line("一碗米酒，酿出乡愁滋味", 50, 56, 17, true).blank();
    column(p, "“无米酒不过年”。在某省某县，米酒是过年时饭桌上一定少不了的饮品。", 50, 80);
    p.pictures.add(new Box(50, 110, 158, 180));
    p.blank().body("某县一家酒坊的师傅正在翻晒酒曲。　赵明摄", 50, 186).blank();
    column(p, "“先来一壶热米酒。”在外地工作的陈先生回乡过年，一到家就约上朋友来尝尝家乡味道。", 200, 80);
    p.blank().body("（本报记者　周立）", 200, 150);
    Page page = PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
    assertEquals(1, page.articles().size(), page.toString());
    Article a = page.articles().get(0);
    assertEquals("一碗米酒，酿出乡愁滋味", a.headline().orElseThrow().text());
    assertTrue(a.paragraphs().get(0).text().startsWith("“无米酒不过年”"), a.toString());
    assertEquals(1, page.captions().size(), page.captions().toString());
  }

  @Test
  void aCreditCutInsideItsAgencyBracketIsOneCredit() {
    Page page = captionCarriedOver("某省某市湖畔湿地景观。　刘强摄（人民", "视觉）");
    assertEquals(1, page.captions().size(), page.toString());
    assertEquals("某省某市湖畔湿地景观。", page.captions().get(0).text().text());
    assertEquals("刘强摄（人民视觉）", Chars.stripSpaces(page.captions().get(0).credit().orElseThrow().text()));
    assertTrue(page.articles().get(0).subheads().isEmpty(), page.articles().toString());
  }

  @Test
  void headlinesSideBySideReadBeforeTheirBodiesEachKeepTheColumnsUnderThem() {
    // both headings are read across first; the left article's columns come next, then the right one's
    PageBuilder p = new PageBuilder();
    p.line("路灯更新亮堂多", 120, 44, 17, true).blank().body("本报记者　孙立", 120, 68).blank()
        .line("办好社区幸福食堂", 400, 34, 17, true).blank().body("陈芳", 400, 60).blank();
    column(p, "春节期间，某市某社区的街巷灯火通明，处处年味十足。七十多岁的居民晚上出门散步，再也不用摸黑走路了。", 50, 90);
    p.blank();
    column(p, "社区书记向记者介绍说，去年下半年，社区、物业和居民代表一起商量，决定动用公共收益更换全部路灯。", 200, 90);
    p.blank();
    column(p, "让老人吃上一口热饭，是不少家庭的心愿，也是社区工作的重点。这两年，许多城市开办了社区食堂。", 400, 90);
    Page page = PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
    assertEquals(2, page.articles().size(), page.toString());
    Article elevator = page.articles().stream().filter(a -> a.headline().map(h -> h.text().startsWith("路灯")).orElse(false))
        .findFirst().orElseThrow(() -> new AssertionError(page.toString()));
    Article care = page.articles().stream().filter(a -> a.headline().map(h -> h.text().startsWith("办好")).orElse(false))
        .findFirst().orElseThrow(() -> new AssertionError(page.toString()));
    assertFalse(elevator.paragraphs().stream().anyMatch(x -> x.text().contains("热饭")), elevator.toString());
    assertTrue(care.paragraphs().get(0).text().startsWith("让老人"), care.toString());
  }

  @Test
  void textReadRightAfterAHeadlineButPrintedBesideItIsNotItsBody() {
    // heading A at the left; B's text beside it (read first), A's own text under it, B's heading at the right
    PageBuilder p = new PageBuilder();
    p.line("勤俭过年新风扑面", 50, 40, 20, true).blank().body("钱林", 50, 66).blank();
    column(p, "正月初二，一场小雪，乙村的山林更显静谧。驻村干部来到村民家中，送上新春的祝福和慰问品。", 230, 40);
    p.blank();
    column(p, "新春佳节，家家户户忙团圆。不少人家勤俭过年，年夜饭简简单单、热热闹闹。春节正是新风扑面的时机。", 50, 90);
    p.blank().line("乙村的春节故事", 380, 40, 20, true).blank().body("本报记者　李华", 380, 66);
    Page page = PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
    assertEquals(2, page.articles().size(), page.toString());
    Article a = page.articles().stream().filter(x -> x.headline().map(h -> h.text().startsWith("勤俭")).orElse(false))
        .findFirst().orElseThrow(() -> new AssertionError(page.toString()));
    assertTrue(a.paragraphs().get(0).text().startsWith("新春佳节"), a.toString());
    assertFalse(a.paragraphs().stream().anyMatch(x -> x.text().contains("山林")), a.toString());
  }

  @Test
  void aCaptionsSentenceCarriedOverToTheNextColumnIsOneCaption() {
    Page page = captionCarriedOver("某省某市第一实验小", "学的孩子们在跳长绳。");
    assertEquals(1, page.captions().size(), page.toString());
    assertEquals("某省某市第一实验小学的孩子们在跳长绳。", page.captions().get(0).text().text());
    assertFalse(page.articles().stream().flatMap(a -> a.paragraphs().stream()).anyMatch(x -> x.text().contains("长绳")), page.toString());
  }

  @Test
  void aCreditEndsItsCaptionBlockWhateverIsPrintedUnderIt() {
    // a letter-spaced credit as wide as the column and the next paragraph's first line, at one leading: the credit
    // ends the block
    PageBuilder p = new PageBuilder();
    p.line("甲地推进农田林网建设", 50, 40, 20, true).blank().body("本报记者　王明", 50, 70).blank();
    p.pictures.add(new Box(50, 90, 158, 150));
    p.body("村民在新修的道路旁植树。", 50, 154).body("周　　强　　吴　　丽　摄影报道", 50, 154 + LEADING)
        .body("今年以来，全县共签订林木养护责", 50, 154 + 2 * LEADING).body("任合同六千多份，村集体每年增收", 50, 154 + 3 * LEADING)
        .body("九十多万元。", 50, 154 + 4 * LEADING);
    Page page = PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
    assertEquals(1, page.captions().size(), page.toString());
    assertEquals("周强吴丽摄影报道", Chars.stripSpaces(page.captions().get(0).credit().orElseThrow().text()), page.toString());
    assertTrue(page.articles().get(0).paragraphs().get(0).text().startsWith("今年以来"), page.toString());
  }

  @Test
  void theTextRightUnderABylineIsTheLeadEvenWhenACreditIsReadAfterIt() {
    // the credit read next belongs to a photo elsewhere (its name cut by a column); the lead stays the article's
    PageBuilder p = new PageBuilder();
    p.line("一块米糕，蒸出百年手艺", 50, 40, 17, true).blank().body("文/林一　图/高明远", 80, 66).blank();
    column(p, "正月初六，某省某县的老街上熙熙攘攘，到处是前来置办年货的市民们。", 50, 90);
    p.blank().body("明远摄", 300, 200).blank();
    column(p, "不时有顾客拎着纸袋从糕点铺里走出来，袋子里装的都是刚出锅的米糕。", 200, 90);
    Page page = PageExtractor.builder().build().extract(p.source(), p.geometry(), Optional.empty());
    assertFalse(page.captions().stream().anyMatch(c -> c.text().text().startsWith("正月初六")), page.captions().toString());
    assertTrue(page.articles().get(0).paragraphs().get(0).text().startsWith("正月初六"), page.toString());
  }

  @Test
  void aCreditWhoseNameIsCutAfterItsFirstCharacterIsOneCredit() {
    Page page = captionCarriedOver("刚刚出锅的桂花米糕。　高", "明远摄");
    assertEquals(1, page.captions().size(), page.toString());
    assertEquals("刚刚出锅的桂花米糕。", page.captions().get(0).text().text());
    assertEquals("高明远摄", Chars.stripSpaces(page.captions().get(0).credit().orElseThrow().text()));
  }
}
