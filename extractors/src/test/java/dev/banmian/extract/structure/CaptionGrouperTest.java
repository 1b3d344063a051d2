package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.extract.meta.BylineParser;
import dev.banmian.model.Caption;
import dev.banmian.model.SourcedText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CaptionGrouperTest {
  private static final dev.banmian.segment.Segmenter SEGMENTER = dev.banmian.segment.JiebaSegmenter.builder().build();
  private final CaptionGrouper grouper = new CaptionGrouper(BylineParser.standard(), SEGMENTER);

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("a credit under the caption is its credit",
            List.of("CAPTION 游客在古镇观赏花灯。", "CREDIT 王明摄", "BODY 今年春节，古镇游人如织。"),
            List.of("caption=游客在古镇观赏花灯。 credit=王明摄"), List.of("今年春节，古镇游人如织。"), List.of()),
        Arguments.of("a credit above the caption is its credit when none is under it",
            List.of("CREDIT 王明摄", "CAPTION 游客在古镇观赏花灯。", "BODY 今年春节，古镇游人如织。"),
            List.of("caption=游客在古镇观赏花灯。 credit=王明摄"), List.of("今年春节，古镇游人如织。"), List.of()),
        Arguments.of("photos side by side read row by row: a row of captions, then a row of as many credits, pair in order",
            List.of("CREDIT 赵刚摄", "CAPTION 游客在古镇观赏花灯。", "CAPTION 村民在广场上表演舞狮。", "CREDIT 王明摄",
                "CREDIT 李华摄", "BODY 今年春节，古镇游人如织。"),
            List.of("caption=游客在古镇观赏花灯。 credit=王明摄", "caption=村民在广场上表演舞狮。 credit=李华摄"),
            List.of("今年春节，古镇游人如织。"), List.of("赵刚摄")),
        Arguments.of("but where a caption follows the credits, the last may be that one's, printed above it",
            List.of("CAPTION 游客在古镇观赏花灯。", "CAPTION 村民在广场上表演舞狮。", "CREDIT 王明摄", "CREDIT （新华社发）",
                "CAPTION 孩子们在雪地里堆雪人。"),
            List.of("caption=游客在古镇观赏花灯。", "caption=村民在广场上表演舞狮。 credit=王明摄",
                "caption=孩子们在雪地里堆雪人。 credit=（新华社发）"), List.of(), List.of()),
        Arguments.of("a credit printed at the end of the caption is split off",
            List.of("CAPTION 游客在古镇观赏花灯。王明摄"),
            List.of("caption=游客在古镇观赏花灯。 credit=王明摄"), List.of(), List.of()),
        Arguments.of("a credit whose first characters end the caption's last line takes them back",
            List.of("CAPTION 游客在古镇观赏花灯。 本报记", "CREDIT 者 王明摄", "BODY 今年春节，古镇游人如织。"),
            List.of("caption=游客在古镇观赏花灯。 credit=本报记者 王明摄"), List.of("今年春节，古镇游人如织。"), List.of()),
        Arguments.of("a caption that ends its sentence keeps it whole over a credit of its own",
            List.of("CAPTION 游客在古镇观赏花灯。", "CREDIT 本报记者 王明摄"),
            List.of("caption=游客在古镇观赏花灯。 credit=本报记者 王明摄"), List.of(), List.of()),
        Arguments.of("a caption title and a column label above the caption are its own",
            List.of("SECTION 图片新闻", "CAPTION_TITLE 古镇灯会", "CAPTION 游客在古镇观赏花灯。", "CREDIT 王明摄"),
            List.of("caption=游客在古镇观赏花灯。 credit=王明摄 title=古镇灯会 section=图片新闻"), List.of(), List.of()),
        Arguments.of("a caption that stops mid-sentence runs on into the next caption block",
            List.of("CAPTION 游客在古镇", "CAPTION 观赏花灯。", "CREDIT 王明摄"),
            List.of("caption=游客在古镇观赏花灯。 credit=王明摄"), List.of(), List.of()),
        Arguments.of("a credit's agency cut at the line's end takes its rest printed apart, before the caption",
            List.of("BODY 今年春节，古镇游人如织。", "SUBHEAD| 民视觉）", "BODY| 灯会持续到元宵节。",
                "CAPTION| 游客在古镇观赏花灯。 王明摄（人", "BODY| 村民说，日子越过越红火。"),
            List.of("caption=游客在古镇观赏花灯。 credit=王明摄（人民视觉）"),
            List.of("今年春节，古镇游人如织。", "灯会持续到元宵节。", "村民说，日子越过越红火。"), List.of()),
        Arguments.of("a credit that is its name's first character alone takes the rest printed apart, agency and all",
            List.of("CAPTION 某县景区的冬日景观。", "CREDIT 薛", "BODY| 今年春节，古镇游人如织。", "CREDIT| 明摄（新华社发）"),
            List.of("caption=某县景区的冬日景观。 credit=薛明摄（新华社发）"), List.of("今年春节，古镇游人如织。"), List.of()),
        Arguments.of("a caption that stops mid-word takes its rest printed blocks away, and the credit under the rest",
            List.of("CAPTION 孩子们在村口广场上体验舞", "BODY 今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。",
                "CAPTION 龙。", "CREDIT 王明摄"),
            List.of("caption=孩子们在村口广场上体验舞龙。 credit=王明摄"),
            List.of("今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。"), List.of()),
        Arguments.of("a caption under a column label of its own is no other caption's rest: the label stays with it",
            List.of("CAPTION 孩子们在村口广场上体验舞", "BODY 今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。",
                "SECTION 图片新闻", "CAPTION 龙。", "CREDIT 王明摄"),
            List.of("caption=孩子们在村口广场上体验舞", "caption=龙。 credit=王明摄 section=图片新闻"),
            List.of("今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。"), List.of()),
        Arguments.of("two captions with a credit each are two photos' captions, a word across the join or not",
            List.of("CAPTION 孩子们在村口广场上体验舞", "CREDIT 李华摄", "BODY 今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。",
                "CAPTION 龙。", "CREDIT 王明摄"),
            List.of("caption=孩子们在村口广场上体验舞 credit=李华摄", "caption=龙。 credit=王明摄"),
            List.of("今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。"), List.of()),
        Arguments.of("unless the head's credit is the rest of a credit cut after its name's first character",
            List.of("CAPTION 游客在古镇观赏花灯。", "CREDIT 赵", "BODY 今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。",
                "CAPTION 孩子们在村口广场上体验舞", "CREDIT 刚 周平摄", "BODY 村民说，日子越过越红火，今年的灯会比往年更热闹，来看灯的人也更多了。",
                "CAPTION 龙。", "CREDIT 本报记者 王明摄"),
            List.of("caption=游客在古镇观赏花灯。 credit=赵刚 周平摄", "caption=孩子们在村口广场上体验舞龙。 credit=本报记者 王明摄"),
            List.of("今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。",
                "村民说，日子越过越红火，今年的灯会比往年更热闹，来看灯的人也更多了。"), List.of()),
        Arguments.of("the rest's own cut credit never takes the head's credit: two photos' captions, no credit lost",
            List.of("CAPTION 孩子们在村口广场上体验舞", "CREDIT 刚 周平摄", "BODY 今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。",
                "CAPTION 龙。", "CREDIT 赵"),
            List.of("caption=孩子们在村口广场上体验舞 credit=刚 周平摄", "caption=龙。 credit=赵"),
            List.of("今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。"), List.of()),
        Arguments.of("a caption's rest is the nearest caption, before or after it, that makes a word across the join",
            List.of("CAPTION 龙。", "BODY 今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。",
                "CAPTION 孩子们在村口广场上体验舞", "BODY 村民说，日子越过越红火，今年的灯会比往年更热闹，来看灯的人也更多了。",
                "CAPTION 游客在古镇观赏花灯。"),
            List.of("caption=孩子们在村口广场上体验舞龙。", "caption=游客在古镇观赏花灯。"),
            List.of("今年春节，古镇游人如织，街头巷尾张灯结彩，处处洋溢着喜庆祥和的节日气氛。",
                "村民说，日子越过越红火，今年的灯会比往年更热闹，来看灯的人也更多了。"), List.of()),
        Arguments.of("a letter-spaced credit name takes its other letter and its ending printed apart",
            List.of("CAPTION 某县景区的冬日景观。", "CREDIT| 韩", "NOISE| 冰", "BODY| 今年春节，古镇游人如织。", "HEADLINE| 摄（新华社发）"),
            List.of("caption=某县景区的冬日景观。 credit=韩冰摄（新华社发）"), List.of("今年春节，古镇游人如织。"), List.of()),
        Arguments.of("a credit's ending alone right after the name's letters is its ending once, no letter of the name",
            List.of("CAPTION 某县景区的冬日景观。", "CREDIT| 韩", "NOISE| 冰", "NOISE| 摄", "BODY| 今年春节，古镇游人如织。"),
            List.of("caption=某县景区的冬日景观。 credit=韩冰摄"), List.of("今年春节，古镇游人如织。"), List.of()),
        Arguments.of("a credit cut after its name takes its ending and agency printed apart, whatever they were read as",
            List.of("CAPTION 某地湖畔湿地景观。刘强", "SECTION| 古镇遗址", "HEADLINE| 摄（新华社发）", "BODY| 今年春节，古镇游人如织。"),
            List.of("caption=某地湖畔湿地景观。 credit=刘强摄（新华社发）"), List.of("古镇遗址", "今年春节，古镇游人如织。"), List.of()),
        Arguments.of("a credit cut in two takes its rest under it",
            List.of("CAPTION 孩子们在村口广场上舞龙。", "CREDIT| 某县城关镇", "CREDIT| 宣传办供图", "BODY| 今年春节，古镇游人如织。"),
            List.of("caption=孩子们在村口广场上舞龙。 credit=某县城关镇宣传办供图"), List.of("今年春节，古镇游人如织。"), List.of()),
        Arguments.of("page furniture printed between a caption and its credit stands aside",
            List.of("CAPTION 孩子们在村口广场上舞龙。", "NOISE| 2025 年 1 月 6 日", "CREDIT| 王明摄", "BODY| 今年春节，古镇游人如织。"),
            List.of("caption=孩子们在村口广场上舞龙。 credit=王明摄"), List.of("今年春节，古镇游人如织。"), List.of("2025 年 1 月 6 日")),
        Arguments.of("a credit under its caption whose agency the line's end cut takes the rest printed apart",
            List.of("CAPTION 孩子们在村口广场上舞龙。", "CREDIT| 王明摄（新华", "BODY| 今年春节，古镇游人如织。", "SUBHEAD| 社发）"),
            List.of("caption=孩子们在村口广场上舞龙。 credit=王明摄（新华社发）"), List.of("今年春节，古镇游人如织。"), List.of()),
        Arguments.of("a photographer's slash credit read after a slash byline, past a label, completes that byline",
            List.of("HEADLINE 一碗热汤，熬足八个小时", "BYLINE 文/王明", "SECTION 好客某省", "CREDIT 图/李华", "BODY 今年春节，古镇游人如织。"),
            List.of(), List.of("一碗热汤，熬足八个小时", "文/王明 图/李华", "好客某省", "今年春节，古镇游人如织。"), List.of()),
        Arguments.of("after a byline of another form it completes nothing",
            List.of("HEADLINE 一碗热汤，熬足八个小时", "BYLINE 本报记者 王明", "CREDIT 图/李华", "BODY 今年春节，古镇游人如织。"),
            List.of(), List.of("一碗热汤，熬足八个小时", "本报记者 王明", "今年春节，古镇游人如织。"), List.of("图/李华")),
        Arguments.of("noise, and a credit or a caption title no caption takes, go to noise",
            List.of("NOISE 第3版", "BODY 今年春节，古镇游人如织。", "CREDIT| 李华摄", "HEADLINE| 古镇灯会"),
            List.of(), List.of("今年春节，古镇游人如织。", "古镇灯会"), List.of("第3版", "李华摄")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void pairsCaptionsAndHandsOnTheFlow(String name, List<String> specs, List<String> captions, List<String> flow,
      List<String> noise) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    Assembly a = page.assembly();
    CaptionGrouper.Grouped g = grouper.group(page.blocks, a);
    assertEquals(captions, g.captions().stream().map(CaptionGrouperTest::describe).toList());
    assertEquals(flow, g.flow().stream().map(ClassifiedBlock::text).toList());
    assertEquals(noise, a.noise.stream().map(SourcedText::text).toList());
  }

  /**
   * On a page with geometry, a credit printed right under its caption's end (or just right of it, a line down) is its
   * credit though reading order put other columns' labels between; one further down or further right is not.
   */
  @ParameterizedTest(name = "credit at ({0}, {1}): {2}")
  @org.junit.jupiter.params.provider.CsvSource({"350, 232, 刘强摄（新华社发）", "262, 232, 刘强摄（新华社发）", "350, 260, -",
      "400, 232, -"})
  void takesTheCreditPrintedUnderTheCaption(double left, double top, String credit) {
    PlacedBlocks page = new PlacedBlocks();
    page.add(BlockKind.CAPTION, "某地湖畔湿地景观。", 260, 220, 9);
    page.add(BlockKind.SECTION, "湿地公园", 490, 217, 10);
    page.add(BlockKind.SECTION, "古镇遗址", 30, 232, 10);
    page.add(BlockKind.CREDIT, "刘强摄（新华社发）", left, top, 9);
    CaptionGrouper.Grouped g = grouper.group(page.blocks, page.assembly());
    assertEquals(credit, g.captions().get(0).credit().map(SourcedText::text).orElse("-"));
    assertEquals(List.of("湿地公园", "古镇遗址"), g.flow().stream().map(ClassifiedBlock::text).toList());
  }

  private static String describe(Caption c) {
    List<String> parts = new ArrayList<>(List.of("caption=" + c.text().text()));
    c.credit().ifPresent(t -> parts.add("credit=" + t.text()));
    c.title().ifPresent(t -> parts.add("title=" + t.text()));
    c.section().ifPresent(t -> parts.add("section=" + t.text()));
    return String.join(" ", parts);
  }
}
