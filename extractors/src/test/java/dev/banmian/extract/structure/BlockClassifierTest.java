package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.extract.layout.Block;
import dev.banmian.extract.layout.PageStyle;
import dev.banmian.extract.layout.Placement;
import dev.banmian.extract.layout.RepairedPage;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.geometry.Box;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.SourceText;
import dev.banmian.text.Span;
import dev.banmian.text.TracedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlockClassifierTest {
  private final BlockClassifier classifier = new BlockClassifier(BylineParser.standard());

  /** One block per line of {@code raw}, each set in type {@code sizes[i]} times the body size, stacked down the page. */
  private static RepairedPage placed(String[] lines, double[] sizes) {
    double[] lefts = new double[lines.length];
    java.util.Arrays.fill(lefts, 50);
    return placed(lines, sizes, lefts);
  }

  /** As {@link #placed(String[], double[])}, each block starting at {@code lefts[i]}. */
  private static RepairedPage placed(String[] lines, double[] sizes, double[] lefts) {
    String raw = String.join("\n", lines) + "\n";
    List<Block> blocks = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < lines.length; i++) {
      Line l = new Line(i, new Span(at, at + lines[i].length()), lines[i]);
      Box box = new Box(lefts[i], 100 + 30 * i, lefts[i] + 12 * lines[i].length() * sizes[i], 100 + 30 * i + 12 * sizes[i]);
      blocks.add(new Block(TracedText.builder().append(lines[i], at).build(), List.of(l), 0, 20, false, List.of(),
          Optional.of(new Placement(box, sizes[i], false, false))));
      at += lines[i].length() + 1;
    }
    return new RepairedPage(SourceText.of("p", raw), new PageStyle(false, 20, 0, false), blocks, List.of(), List.of());
  }

  /** One block per paragraph of {@code raw} (blank lines between), repaired as text. */
  private static RepairedPage text(String raw) {
    return dev.banmian.extract.layout.LayoutRepairer.builder().build().repair(SourceText.of("p", raw));
  }

  /** Two short labels joined by a middle dot are a series label and its kind: a section, not a headline. */
  @ParameterizedTest
  @CsvSource({"城市漫步·一线观察, SECTION", "城市漫步・一线观察, SECTION", "某县新建桥梁一座通车, HEADLINE"})
  void twoLabelsJoinedByAMiddleDotAreASection(String label, BlockKind kind) {
    List<ClassifiedBlock> out = classifier.classify(text(label + """


        本报讯（记者王明） 今年以来，某县持续推进村庄绿化，新栽树木十万多株，沿线群众出行更加舒心。
        """));
    assertEquals(kind, out.get(0).kind(), out.toString());
  }

  /**
   * A headline wrapped over four lines of a narrow column, printed after its article's body, has no pause or stop: a
   * heading. Four lines that close a clause are a piece of a body's sentence.
   */
  @ParameterizedTest
  @CsvSource({"'某省召开全省农村人居环境整治工作推进视频会议', HEADLINE", "'某省召开全省农村人居环境整治推进会，部署全年工作', BODY"})
  void fourNarrowLinesWithNoPauseOrStopAreAHeadline(String text, BlockKind kind) {
    String body = "本报讯（记者王明） 今年以来，某县持续推进村庄绿化，新栽树木十万多株，沿线群众出行更加舒心。";
    List<String> wrapped = com.google.common.base.Splitter.fixedLength(6).splitToList(text);
    String raw = body + "\n\n" + String.join("\n", wrapped) + "\n";
    List<Line> lines = new ArrayList<>();
    int at = body.length() + 2;
    for (String w : wrapped) {
      lines.add(new Line(lines.size() + 2, new Span(at, at + w.length()), w));
      at += w.length() + 1;
    }
    List<Block> blocks = List.of(
        new Block(TracedText.builder().append(body, 0).build(), List.of(new Line(0, new Span(0, body.length()), body)), 0,
            20, false, List.of(), Optional.empty()),
        new Block(TracedText.builder().append(text, body.length() + 2).build(), lines, 1, 20, false, List.of(),
            Optional.empty()));
    List<ClassifiedBlock> out = classifier.classify(
        new RepairedPage(SourceText.of("p", raw), new PageStyle(false, 20, 0, false), blocks, List.of(), List.of()));
    assertEquals(kind, out.get(1).kind(), out.toString());
  }

  /**
   * A label right after the page header is the header's own section name only where the header does not print one
   * already: after a whole header line naming its section ({@code 第十版 生态 …}), it is the first article's column
   * label.
   */
  @ParameterizedTest
  @CsvSource({"'第十版 生态 某某日报 2025年3月3日 星期一', SECTION", "'某某日报 2025年3月3日 星期一 第十版', NOISE"})
  void aLabelAfterAHeaderThatNamesItsSectionIsTheFirstArticlesLabel(String header, BlockKind kind) {
    List<ClassifiedBlock> out = classifier.classify(text(header + """


        美 丽 乡 村

        某县扩大城区绿地

        本报讯（记者王明） 今年以来，某县持续推进村庄绿化，新栽树木十万多株，沿线群众出行更加舒心。
        """));
    assertEquals(kind, out.get(1).kind(), out.toString());
  }

  /** A sentence over a surname alone, the rest of the credit printed apart, is a caption; over another character it is not. */
  @ParameterizedTest
  @CsvSource({"薛, true", "的, false"})
  void aSentenceOverACreditsFirstCharacterWhoseRestIsPrintedApartIsACaption(String first, boolean caption) {
    List<ClassifiedBlock> out = classifier.classify(text("""
        某县新建桥梁一座，新桥今天通车，沿线群众出行更加方便。县里还建立了养护队伍。

        某县景区的冬日景观。
        %s

        今年春节，古镇游人如织，各地游客纷纷前来观赏花灯，感受浓浓年味。

        明摄（新华社发）
        """.formatted(first)));
    List<String> kinds = out.stream().map(c -> c.kind() + " " + c.text()).toList();
    assertEquals(caption, kinds.contains("CAPTION 某县景区的冬日景观。") && kinds.contains("CREDIT " + first), kinds::toString);
  }

  /**
   * One sentence over a byline with no photo role may be a caption over its credit; over a byline set off by the mark
   * papers print before an article's byline it is the article's last paragraph, and the byline signs the article.
   */
  @ParameterizedTest
  @CsvSource({"'某某日报记者 王明', CAPTION, CREDIT", "'□本报记者 王明 通讯员 赵华', BODY, BYLINE",
      "'■某某日报记者 王明', BODY, BYLINE"})
  void aSentenceOverAMarkedBylineIsTheLastParagraphNotACaption(String byline, BlockKind sentence, BlockKind signature) {
    List<ClassifiedBlock> out = classifier.classify(text("""
        某县新建桥梁一座，新桥今天通车，沿线群众出行更加方便。县里还建立了养护队伍，每条道路都有专人负责。

        村支书说，明年村里还要再修一座桥。

        %s
        """.formatted(byline)));
    assertEquals(List.of(sentence, signature), List.of(out.get(1).kind(), out.get(2).kind()), out::toString);
  }

  /**
   * A name alone under a caption credits the photograph even where a body opening a fresh sentence follows: an
   * article's byline stands under its headline, not under a picture's caption. A byline with a role keeps signing the
   * body after it.
   */
  @ParameterizedTest
  @CsvSource({"'赵     华', CREDIT", "'本报记者 赵华', BYLINE"})
  void aNameAloneUnderACaptionIsThePhotoCreditThoughABodyFollows(String line, BlockKind kind) {
    List<ClassifiedBlock> out = classifier.classify(text("""
        某县新建桥梁一座，新桥今天通车，沿线群众出行更加方便。县里还建立了养护队伍，每条道路都有专人负责。

        游客在古镇观赏花灯。

        %s

        今年春节，古镇游人如织，各地游客纷纷前来观赏花灯，感受浓浓年味。
        """.formatted(line)));
    assertEquals(List.of(BlockKind.CAPTION, kind), List.of(out.get(1).kind(), out.get(2).kind()), out::toString);
  }

  /**
   * A sentence set apart among the pieces of a credit the extractor broke up (the name's first letter alone under it, its
   * ending printed far away) is a caption, and the letter starts its credit; a sentence beside a credit that sits under
   * another caption is a paragraph.
   */
  @Test
  void aSentenceSetApartAmongTheLettersOfACreditsNameIsACaption() {
    List<ClassifiedBlock> out = classifier.classify(text("""
        摄（新华社发）

        某县新建桥梁一座，新桥今天通车，沿线群众出行更加方便。县里还建立了养护队伍，每条道路都有专人负责。

        某县景区的冬日景观。
        韩

        今年春节，古镇游人如织，各地游客纷纷前来观赏花灯，感受浓浓年味。
        """));
    List<String> kinds = out.stream().map(c -> c.kind() + " " + c.text()).toList();
    assertTrue(kinds.contains("CAPTION 某县景区的冬日景观。") && kinds.contains("CREDIT 韩"), kinds::toString);
  }

  @Test
  void aSentenceBesideTheCreditOfAnotherCaptionIsNoCaption() {
    List<ClassifiedBlock> out = classifier.classify(text("""
        某县新建桥梁一座，新桥今天通车，沿线群众出行更加方便。县里还建立了养护队伍，每条道路都有专人负责。

        游客在古镇观赏花灯。
        王明摄

        今年，某县的修桥技艺入选省级非遗名录，县里打算再办一场展览。

        村民说，日子越过越红火，今年的灯会比往年更热闹，来看灯的人也更多了。
        """));
    assertEquals(List.of("游客在古镇观赏花灯。"),
        out.stream().filter(c -> c.kind() == BlockKind.CAPTION).map(ClassifiedBlock::text).toList());
  }

  @Test
  void theHeadOfACreditCutInTwoUnderACaptionIsPartOfTheCredit() {
    String[] lines = {"古镇迎来赏灯热", "孩子们在村口广场上体验舞龙。", "南山县城关镇", "宣传办供图", "今年春节，古镇游人如织，各地游客纷纷前来观赏花灯，感受浓浓年味。"};
    List<String> kinds = classifier.classify(placed(lines, new double[] {1, 1, 1, 1, 1})).stream()
        .map(c -> c.kind() + " " + c.text()).toList();
    assertTrue(kinds.contains("CAPTION 孩子们在村口广场上体验舞龙。") && kinds.contains("CREDIT 南山县城关镇"), kinds::toString);
  }

  /**
   * A caption's last characters printed apart ({@code 龙。} over its credit) finish the nearest one-line block that stops
   * inside the word they complete: that block is the caption's first line. Without the word in the dictionary it stays
   * what it was.
   */
  @Test
  void aLineThatAShortCaptionFinishesInsideAWordIsThatCaptionsFirstLine() {
    String[] lines = {"孩子们在村口广场上体验舞", "今年春节，古镇游人如织，各地游客纷纷前来观赏花灯，感受浓浓年味。", "龙。", "王明摄",
        "某县新建桥梁一座，新桥今天通车，沿线群众出行更加方便。"};
    dev.banmian.segment.Segmenter knowsDragonDance = KnownWords.of("舞龙");
    RepairedPage page = placed(lines, new double[] {1, 1, 1, 1, 1});
    List<String> kinds = new BlockClassifier(BylineParser.standard(), knowsDragonDance).classify(page).stream()
        .map(c -> c.kind() + " " + c.text()).toList();
    assertTrue(kinds.contains("CAPTION 孩子们在村口广场上体验舞") && kinds.contains("CAPTION 龙。"), kinds::toString);
    List<String> without = classifier.classify(page).stream().map(c -> c.kind() + " " + c.text()).toList();
    assertTrue(!without.contains("CAPTION 孩子们在村口广场上体验舞") && without.contains("CAPTION 龙。"), without::toString);
  }

  /**
   * An article's lead of several sentences right under its byline, over a credit set apart: the photo's caption is the
   * one sentence standing alone under the credit, not the lead's last sentence.
   */
  @Test
  void aSentenceAloneUnderACreditIsItsCaptionWhereTheBlockAboveIsTheArticlesLead() {
    List<ClassifiedBlock> out = classifier.classify(text("""
        一条新路通山外

        本报记者 王明

        今年以来，某县持续推进农村道路建
        设，新修道路一百多公里。沿线群众出
        行更加方便，农产品运输的成本也降低
        了。

        李华摄

        村民们在新修的道路上散步。

        县里还建立了养护队伍，每条道路都有
        专人负责日常巡查维修保养，路面坑洼
        随坏随修。
        """));
    List<String> kinds = out.stream().map(c -> c.kind() + " " + Chars.stripSpaces(c.text())).toList();
    assertTrue(kinds.contains("CAPTION 村民们在新修的道路上散步。"), kinds::toString);
    assertTrue(kinds.stream().anyMatch(k -> k.startsWith("BODY 今年以来")), kinds::toString);
  }

  /**
   * A caption that stops inside a word, its last line printed just above it and set apart: that line is its rest, when
   * it is no longer than the caption's first line.
   */
  @ParameterizedTest
  @CsvSource({"作花灯。, CAPTION", "作花灯，吸引了不少游客驻足观看和拍照留念。, BODY"})
  void aShortSentenceJustAboveACaptionThatStopsInsideAWordIsItsRest(String rest, BlockKind kind) {
    dev.banmian.segment.Segmenter knowsMaking = KnownWords.of("制作");
    List<ClassifiedBlock> out = new BlockClassifier(BylineParser.standard(), knowsMaking).classify(text("""
        某县新建桥梁一座，新桥今天通车，沿线群众出行更加方便。县里还建立了养护队伍。

        %s

        古镇的老师傅们正在精心制

        王明摄

        今年春节，古镇游人如织，各地游客纷纷前来观赏花灯，感受浓浓年味。
        """.formatted(rest)));
    List<String> kinds = out.stream().map(c -> c.kind() + " " + Chars.stripSpaces(c.text())).toList();
    assertTrue(kinds.contains("CAPTION 古镇的老师傅们正在精心制") && kinds.contains(kind + " " + rest), kinds::toString);
  }

  @Test
  void aParagraphsLastSentenceOverALoneCharacterIsNoCaption() {
    List<ClassifiedBlock> out = classifier.classify(text("""
        明摄（新华社发）

        某县新建桥梁一座，新桥今天通车，沿线群众出行更
        加方便。县里还建立了养护队伍，每条道路都有专人
        负责。
        今年，某县的修桥技艺入选省级非遗名录。

        薛

        今年春节，古镇游人如织。各地游客纷纷前来观赏花灯。
        """));
    assertEquals(List.of(), out.stream().filter(c -> c.kind() == BlockKind.CAPTION).map(ClassifiedBlock::text).toList());
  }

  @Test
  void oneCharacterAloneIsNoiseNotASectionLabel() {
    // the pieces of a letter-spaced name or of a vertical headline that an extractor printed apart
    String[] lines = {"某县新建桥梁一座，新桥今天通车，沿线群众出行更加方便。", "翔", "今年，县里还建立了养护队伍，每条道路都有专人负责。"};
    List<BlockKind> kinds = classifier.classify(placed(lines, new double[] {1, 1, 1})).stream().map(ClassifiedBlock::kind).toList();
    assertEquals(List.of(BlockKind.BODY, BlockKind.NOISE, BlockKind.BODY), kinds);
  }

  @Test
  void aKickerEndingInTheLeadDashOpensAHeadingStackOfItsOwn() {
    // two sub-stories' stacks printed one after the other, their bylines at the ends of their bodies
    String[] lines = {"某省某市——", "三十多道工序传承老手艺", "另一省某县——", "一碗面浓缩南北风味",
        "正月初五，某省某县，面馆里一派火热，店员忙着接待客人、核对账单。"};
    double[] sizes = {1.4, 2.0, 1.4, 2.0, 1};
    List<BlockKind> kinds = classifier.classify(placed(lines, sizes)).stream().map(ClassifiedBlock::kind).toList();
    assertEquals(List.of(BlockKind.KICKER, BlockKind.HEADLINE, BlockKind.KICKER, BlockKind.HEADLINE), kinds.subList(0, 4));
  }

  @Test
  void aSmallerDeckBetweenTwoLargeHeadlinesIsTheSubheadlineOfTheOneAbove() {
    String[] lines = {"某省古桥保护修缮行动持续推进", "已修缮古桥120座", "某市推进创新联合体建设", "本报某地2月6日电（记者王明）",
        "在某市某街道，一个旨在攻克关键技术的创新联合体日前正式启动。"};
    double[] sizes = {2.1, 1.25, 2.1, 1, 1};
    List<BlockKind> kinds = classifier.classify(placed(lines, sizes)).stream().map(ClassifiedBlock::kind).toList();
    assertEquals(List.of(BlockKind.HEADLINE, BlockKind.SUBHEADLINE, BlockKind.HEADLINE), kinds.subList(0, 3));
  }

  @Test
  void aSmallerHeadlineSetBesideALargerOneHeadsItsOwnStack() {
    // a headline beside another set larger, their boxes apart: two stacks, not a kicker over a headline
    String[] lines = {"某某在参加代表团审议时强调", "某市推进创新联合体建设", "本报某地2月6日电（记者王明）",
        "在某市某街道，一个旨在攻克关键技术的创新联合体日前正式启动。"};
    double[] sizes = {1.9, 2.6, 1, 1};
    double[] lefts = {50, 700, 700, 700};
    List<BlockKind> kinds = classifier.classify(placed(lines, sizes, lefts)).stream().map(ClassifiedBlock::kind).toList();
    assertEquals(List.of(BlockKind.HEADLINE, BlockKind.HEADLINE), kinds.subList(0, 2));
  }

  @Test
  void aHeadingPrintedAgainOverEachStoryIsASeriesBannerNotAHeadline() {
    String[] lines = {"寻年味话团圆", "一只腊鸭承载家乡记忆", "（本报记者 李明）", "“无腊鸭不成年”。在某省某市，腊鸭是过年时饭桌上必不可少的主菜。",
        "寻年味话团圆", "三十多道工序传承老手艺", "（本报记者 王华）", "正月初五，某省某市，路边还有厚厚的积雪，饭店里一派火热。"};
    double[] sizes = {1.8, 1.8, 1, 1, 1.8, 1.8, 1, 1};
    List<BlockKind> kinds = classifier.classify(placed(lines, sizes)).stream().map(ClassifiedBlock::kind).toList();
    assertEquals(List.of(BlockKind.SECTION, BlockKind.HEADLINE, BlockKind.SECTION, BlockKind.HEADLINE),
        List.of(kinds.get(0), kinds.get(1), kinds.get(4), kinds.get(5)));
  }

  /**
   * A name-shaped second part of a two-part heading over a headline ({@code 春风暖} / {@code 万家明}) is that heading's
   * part, not a byline; over the body the name signs the article, a two-character piece under the tail of a wrapped
   * headline stays a name, and a byline that names no one is no heading part.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "春风暖 | 万家明 | 某县新建桥梁一座通车 | SECTION",
      "春风暖 | 万家明 | 今年以来，某县持续推进村庄绿化，新栽树木十万多株。 | BYLINE",
      "新桥 | 王明 | 某县新建桥梁一座通车 | BYLINE",
      "人心齐聚 | 本报记者 | 某县新建桥梁一座通车 | BYLINE"})
  void aNameShapedPartOverAHeadlineIsTheHeadingsSecondPart(String first, String second, String after, BlockKind kind) {
    List<ClassifiedBlock> out = classifier.classify(text(first + "\n\n" + second + "\n\n" + after + """


        本报讯（记者李华） 今年以来，某县持续推进村庄绿化，新栽树木十万多株，沿线群众出行更加舒心。
        """));
    assertEquals(second, out.get(1).text());
    assertEquals(kind, out.get(1).kind());
  }

  /**
   * A name-shaped first part of a two-part heading under a label and over a headline ({@code 金秋好} / {@code 人心齐})
   * takes the kind of the part below it, not a byline's; after a body's text the same name may sign that body and
   * stays a signature.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "城市观察 | true",
      "今年以来，某县持续推进村庄绿化，新栽树木十万多株，沿线群众出行更加舒心。 | false"})
  void aNameShapedPartUnderALabelOverAHeadlineIsTheHeadingsFirstPart(String before, boolean part) {
    List<ClassifiedBlock> out = classifier.classify(text(before + """


        金秋好

        人心齐

        某县新建桥梁一座通车

        本报讯（记者李华） 今年以来，某县持续推进村庄绿化，新栽树木十万多株，沿线群众出行更加舒心。
        """));
    assertEquals("金秋好", out.get(1).text());
    BlockKind kind = out.get(1).kind();
    if (part) {
      assertEquals(out.get(2).kind(), kind);
      assertTrue(BlockClassifier.isHeading(kind), kind::toString);
    } else {
      assertTrue(kind == BlockKind.BYLINE || kind == BlockKind.CREDIT, kind::toString);
    }
  }
}
