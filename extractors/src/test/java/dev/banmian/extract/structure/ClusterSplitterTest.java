package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.extract.layout.PageStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClusterSplitterTest {
  private final ClusterSplitter splitter = new ClusterSplitter(text -> List.of());

  static Stream<Arguments> clusters() {
    return Stream.of(
        Arguments.of("a label over a headline and its byline: one heading",
            List.of("SECTION 城市观察", "HEADLINE 老街巷有了新模样", "BYLINE 本报记者 王明"),
            List.of("section=城市观察 headline=老街巷有了新模样 byline=本报记者 王明")),
        Arguments.of("a second headline with its own byline starts another heading",
            List.of("HEADLINE 老街巷有了新模样", "BYLINE 本报记者 王明", "HEADLINE| 新桥通车", "BYLINE 本报记者 李华"),
            List.of("headline=老街巷有了新模样 byline=本报记者 王明", "headline=新桥通车 byline=本报记者 李华")),
        Arguments.of("two short parallel parts over a byline are a two-part headline",
            List.of("SECTION 春风暖", "SECTION| 人心齐", "BYLINE 本报记者 王明"),
            List.of("headline=春风暖人心齐 byline=本报记者 王明")),
        Arguments.of("two short parallel parts over a headline are a two-part kicker",
            List.of("SECTION 春风暖", "SECTION| 人心齐", "HEADLINE| 某县新建桥梁一座通车", "BYLINE 本报记者 王明"),
            List.of("kicker=春风暖人心齐 headline=某县新建桥梁一座通车 byline=本报记者 王明")),
        Arguments.of("two letter-spaced labels over a headline stay its section",
            List.of("SECTION 春 风 暖", "SECTION| 人 心 齐", "HEADLINE| 某县新建桥梁一座通车", "BYLINE 本报记者 王明"),
            List.of("section=春 风 暖人 心 齐 headline=某县新建桥梁一座通车 byline=本报记者 王明")),
        Arguments.of("a column tag in brackets under a headline belongs to it",
            List.of("HEADLINE 乡村书屋书香浓", "SECTION （书香中国）"),
            List.of("headline=乡村书屋书香浓（书香中国）")),
        Arguments.of("a column tag under a two-part headline read as two labels makes them the headline",
            List.of("SECTION| 书香满村", "SECTION 墨韵入户", "HEADLINE （书香中国）"),
            List.of("headline=书香满村墨韵入户（书香中国）")),
        Arguments.of("a bracketed name under a headline is no column tag",
            List.of("SECTION| 书香满村", "SECTION 墨韵入户", "HEADLINE （王明）"),
            List.of("kicker=书香满村墨韵入户 headline=（王明）")),
        Arguments.of("a kicker ending in the lead dash leads into the heading right under it, over the body",
            List.of("KICKER 某县——", "SECTION| 小院变花园"),
            List.of("kicker=某县—— headline=小院变花园")),
        Arguments.of("a dash subheadline read under another stack's lead-dash kicker belongs to the headline before it",
            List.of("HEADLINE 坚持问题导向推动改革落地", "KICKER| 某市多措并举迎新春——", "SUBHEADLINE| ——解读某省政府工作报告",
                "HEADLINE| 老街巷有了新模样", "BYLINE 本报记者 王明"),
            List.of("headline=坚持问题导向推动改革落地 subheadline=——解读某省政府工作报告",
                "kicker=某市多措并举迎新春—— headline=老街巷有了新模样 byline=本报记者 王明")),
        Arguments.of("a subheadline under a headline and its kicker stays theirs",
            List.of("KICKER 某市多措并举迎新春——", "HEADLINE| 老街巷有了新模样", "SUBHEADLINE| ——城区改造惠及十万居民"),
            List.of("kicker=某市多措并举迎新春—— headline=老街巷有了新模样 subheadline=——城区改造惠及十万居民")),
        Arguments.of("a letter-spaced block under a lead-dash kicker is a label of its own, not the headline",
            List.of("KICKER 某县——", "SECTION| 民 生 记 事"),
            List.of("kicker=某县——", "section=民 生 记 事")),
        Arguments.of("a wider deck tight under a headline is its subheadline, set smaller",
            List.of("HEADLINE 某省整治“文山会海”", "HEADLINE 清理3000多项基层检查考核", "BYLINE 本报记者 王明"),
            List.of("headline=某省整治“文山会海” subheadline=清理3000多项基层检查考核 byline=本报记者 王明")),
        Arguments.of("a deck tight under a headline that backs it with a figure is its subheadline, though narrower",
            List.of("HEADLINE 某省古桥保护修缮行动持续推进", "HEADLINE 已修缮古桥120座", "BYLINE 本报记者 王明"),
            List.of("headline=某省古桥保护修缮行动持续推进 subheadline=已修缮古桥120座 byline=本报记者 王明")),
        Arguments.of("a deck that backs the headline with a figure is its subheadline across a blank line too",
            List.of("HEADLINE 某省古桥保护修缮行动持续推进", "HEADLINE| 已修缮古桥120座", "BYLINE 本报记者 王明"),
            List.of("headline=某省古桥保护修缮行动持续推进 subheadline=已修缮古桥120座 byline=本报记者 王明")),
        Arguments.of("a wider deck across a blank line without a figure is no subheadline",
            List.of("HEADLINE 老街巷有了新模样", "HEADLINE| 某市多措并举推进城区道路改造", "BYLINE 本报记者 王明"),
            List.of("headline=老街巷有了新模样", "headline=某市多措并举推进城区道路改造 byline=本报记者 王明")),
        Arguments.of("a wrapped headline's last line may be a figure alone",
            List.of("HEADLINE 某省今年新建农村公路", "HEADLINE 3000公里", "BYLINE 本报记者 王明"),
            List.of("headline=某省今年新建农村公路3000公里 byline=本报记者 王明")),
        Arguments.of("a wrapped headline's next line is no wider than the line above it",
            List.of("HEADLINE 某省乡村道路提升行动", "HEADLINE 持续推进", "BYLINE 本报记者 王明"),
            List.of("headline=某省乡村道路提升行动持续推进 byline=本报记者 王明")),
        Arguments.of("a wider second part of a two-part headline is no subheadline",
            List.of("HEADLINE 春风暖", "HEADLINE 万家“灯火”明", "BYLINE 本报记者 王明"),
            List.of("headline=春风暖万家“灯火”明 byline=本报记者 王明")),
        Arguments.of("a wider line that ends in a column tag (which closes a headline) is no subheadline",
            List.of("HEADLINE 过去一块地才2亩多", "HEADLINE 这个村，荒坡变成果园（乡村行）", "BYLINE 本报记者 王明"),
            List.of("headline=过去一块地才2亩多这个村，荒坡变成果园（乡村行） byline=本报记者 王明")),
        Arguments.of("a short line that continues the headline's open phrase is its last line, not a label",
            List.of("HEADLINE 全省春季植树活动暨", "SECTION 动员会召开", "BYLINE 本报记者 王明"),
            List.of("headline=全省春季植树活动暨动员会召开 byline=本报记者 王明")),
        Arguments.of("a short line tight under a headline, over the body, is the headline's last line, not a label",
            List.of("HEADLINE| 老街巷换上了新", "SECTION 模样"),
            List.of("headline=老街巷换上了新模样")),
        Arguments.of("a label set apart from the headline by a blank line is the next article's label",
            List.of("HEADLINE| 老街巷换上了新模样", "SECTION| 城市观察"),
            List.of("headline=老街巷换上了新模样", "section=城市观察")),
        Arguments.of("a two-part headline printed row by row beside a byline box: the byline waiting for its names goes on",
            List.of("SECTION| 某地新貌", "BYLINE 本报记者", "HEADLINE| 万家灯明", "BYLINE| 王明"),
            List.of("headline=某地新貌万家灯明 byline=本报记者", "byline=王明")),
        Arguments.of("a kicker after a complete heading starts the next one",
            List.of("HEADLINE 老街巷有了新模样", "BYLINE 本报记者 王明", "KICKER| 聚焦民生实事", "HEADLINE 新桥通车"),
            List.of("headline=老街巷有了新模样 byline=本报记者 王明", "kicker=聚焦民生实事 headline=新桥通车")),
        Arguments.of("two parallel slogans set beside a kicker's stack, one each side of the headline, open no heading",
            List.of("KICKER 某省某市——", "SECTION| 好客某省", "HEADLINE| 一碗热汤，熬足八个小时", "SECTION| 好品某省",
                "BYLINE| 文/王明"),
            List.of("kicker=某省某市—— headline=一碗热汤，熬足八个小时 byline=文/王明 aside=好客某省好品某省")),
        Arguments.of("a headline under a lead-dash kicker printed line by line, two short lines then its last, is one headline",
            List.of("KICKER 某港升级设备提高效率——", "SECTION| 货轮很智能", "SECTION| 进港", "HEADLINE| 快又稳（乡村行）",
                "BYLINE 本报记者 王明"),
            List.of("kicker=某港升级设备提高效率—— headline=货轮很智能进港快又稳（乡村行） byline=本报记者 王明")),
        Arguments.of("two parallel labels between a lead-dash kicker and its headline are slogans, no lines of the headline",
            List.of("KICKER 某省某市——", "SECTION| 好客某省", "SECTION 好品某省", "HEADLINE| 一碗热汤，熬足八个小时",
                "BYLINE 本报记者 王明"),
            List.of("kicker=某省某市—— headline=一碗热汤，熬足八个小时 byline=本报记者 王明 aside=好客某省好品某省")),
        Arguments.of("one label between a lead-dash kicker and its headline may be a slogan: no line of the headline",
            List.of("KICKER 某省某市——", "SECTION| 好品某省", "HEADLINE| 一碗热汤，熬足八个小时", "BYLINE 本报记者 王明"),
            List.of("kicker=某省某市—— headline=一碗热汤，熬足八个小时 byline=本报记者 王明 aside=好品某省")),
        Arguments.of("a label between a headline and a byline, with no slogan beside the stack, opens the next heading",
            List.of("HEADLINE 老街巷有了新模样", "SECTION| 城市观察", "BYLINE 本报记者 王明"),
            List.of("headline=老街巷有了新模样", "section=城市观察 byline=本报记者 王明")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clusters")
  void cutsAClusterIntoHeadings(String name, List<String> specs, List<String> expected) {
    assertEquals(expected, split(specs, new PageStyle(true, 20, 0.3, true)));
  }

  /** A page that prints no blank lines at all (text in content-stream order). */
  private static final PageStyle NO_BLANK_LINES = new PageStyle(true, 20, 0, false);

  /**
   * A page whose columns were printed side by side and read column by column: the rows between two lines of a column
   * held other columns' text, so a missing blank line says nothing about their type.
   */
  private static final PageStyle SIDE_BY_SIDE = new PageStyle(true, 20, 0.3, true, true);

  /** Two decks with no blank line between, on pages where that says nothing about their type. */
  static Stream<Arguments> decksWithNoBlankLineBetween() {
    return Stream.of(
        Arguments.of("a kicker over its headline", NO_BLANK_LINES,
            List.of("HEADLINE 某县推进农村道路建设", "HEADLINE 村村通上柏油路", "BYLINE 本报记者 王明"),
            List.of("kicker=某县推进农村道路建设 headline=村村通上柏油路 byline=本报记者 王明")),
        Arguments.of("a deck that backs the headline above with a figure is its subheadline", NO_BLANK_LINES,
            List.of("HEADLINE 某省古桥保护修缮行动持续推进", "HEADLINE 已修缮古桥120座", "BYLINE 本报记者 王明"),
            List.of("headline=某省古桥保护修缮行动持续推进 subheadline=已修缮古桥120座 byline=本报记者 王明")),
        Arguments.of("a kicker that carries the figure stands over a headline without one", NO_BLANK_LINES,
            List.of("HEADLINE 过去一块地才2亩多", "HEADLINE 这个村，荒坡变成果园", "BYLINE 本报记者 王明"),
            List.of("kicker=过去一块地才2亩多 headline=这个村，荒坡变成果园 byline=本报记者 王明")),
        Arguments.of("three lines of one measure, printed line by line, are one wrapped headline", NO_BLANK_LINES,
            List.of("HEADLINE 全县召开秋季农田水利", "HEADLINE 建设动员大会部署冬修", "HEADLINE 重点工程", "BYLINE 本报记者 王明"),
            List.of("headline=全县召开秋季农田水利建设动员大会部署冬修重点工程 byline=本报记者 王明")),
        Arguments.of("a line over a block of two lines, the first as wide as it, is the first line of one headline",
            NO_BLANK_LINES, List.of("HEADLINE 全县召开秋季农田水利", "HEADLINE 建设动员大会部署冬修\n重点工程", "BYLINE 本报记者 王明"),
            List.of("headline=全县召开秋季农田水利建设动员大会部署冬修重点工程 byline=本报记者 王明")),
        Arguments.of("a kicker over a headline that wraps to a second line is set to another measure", NO_BLANK_LINES,
            List.of("HEADLINE 某县推进农村道路建设", "HEADLINE 村村通上", "HEADLINE 柏油路", "BYLINE 本报记者 王明"),
            List.of("kicker=某县推进农村道路建设 headline=村村通上柏油路 byline=本报记者 王明")),
        Arguments.of("a line wider than the measure a wrapped headline was set to opens the next heading", NO_BLANK_LINES,
            List.of("HEADLINE 某市召开春季", "HEADLINE 农业生产工作\n会议", "HEADLINE 某县推进农村道路建设提速\n增效",
                "BYLINE 本报记者 王明"),
            List.of("headline=某市召开春季农业生产工作会议", "headline=某县推进农村道路建设提速增效 byline=本报记者 王明")),
        Arguments.of("a line wider than a wrapped headline's measure that backs it with a figure is its subheadline",
            NO_BLANK_LINES, List.of("HEADLINE 某市召开春季\n农业生产工作\n会议", "HEADLINE 全年新建高标准农田3000亩",
                "BYLINE 本报记者 王明"),
            List.of("headline=某市召开春季农业生产工作会议 subheadline=全年新建高标准农田3000亩 byline=本报记者 王明")),
        Arguments.of("columns side by side: a kicker over its headline", SIDE_BY_SIDE,
            List.of("HEADLINE 设施新 服务优", "HEADLINE 老旧小区换新颜", "BYLINE 本报记者 王明"),
            List.of("kicker=设施新 服务优 headline=老旧小区换新颜 byline=本报记者 王明")),
        Arguments.of("columns side by side: a headline wrapped inside its phrase is one headline", SIDE_BY_SIDE,
            List.of("HEADLINE 全省春季植树活动暨", "HEADLINE 动员会召开", "BYLINE 本报记者 王明"),
            List.of("headline=全省春季植树活动暨动员会召开 byline=本报记者 王明")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("decksWithNoBlankLineBetween")
  void tellsAKickerFromAWrappedHeadlineWhereNoBlankLineSaysSo(String name, PageStyle style, List<String> specs,
      List<String> expected) {
    assertEquals(expected, split(specs, style));
  }

  /** Clusters with no body under them: the page ends, or a photo follows (a heading printed after its body). */
  static Stream<Arguments> clustersWithNoBodyBelow() {
    return Stream.of(
        Arguments.of("short lines after a lead-dash kicker are the headline it leads into",
            List.of("SECTION 新 春 走 基 层", "KICKER| 某港更新装卸设备——", "SECTION| 吊机更灵巧", "SECTION 装船快又稳"),
            List.of("section=新 春 走 基 层 kicker=某港更新装卸设备—— headline=吊机更灵巧装船快又稳")),
        Arguments.of("a letter-spaced line after a lead-dash kicker stays a label",
            List.of("KICKER 某港更新装卸设备——", "SECTION| 民 生 记 事"),
            List.of("kicker=某港更新装卸设备——", "section=民 生 记 事")),
        Arguments.of("labels after a kicker with a headline of its own stay labels",
            List.of("KICKER 某港更新装卸设备——", "HEADLINE| 吊机更灵巧装船快又稳", "SECTION| 港口新貌"),
            List.of("kicker=某港更新装卸设备—— headline=吊机更灵巧装船快又稳", "section=港口新貌")),
        Arguments.of("labels after a kicker with no lead dash stay labels",
            List.of("KICKER 某港更新装卸设备", "SECTION| 吊机更灵巧"),
            List.of("kicker=某港更新装卸设备", "section=吊机更灵巧")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("clustersWithNoBodyBelow")
  void endsAClusterWithNoBodyBelowByTheHeadlineItsKickerLeadsInto(String name, List<String> specs, List<String> expected) {
    assertEquals(expected, split(specs, new PageStyle(true, 20, 0.3, true), false));
  }

  @org.junit.jupiter.api.Test
  void aHeadlineAloneOverAnotherAtThePageTopIsItsKicker() {
    List<String> specs = List.of("HEADLINE 某县扩大城区绿地", "HEADLINE| 街头添新绿 市民享清凉");
    PageStyle style = new PageStyle(true, 20, 0.3, true);
    List<Unit> top = List.of(new HeadingCluster(new TestPage(specs.toArray(String[]::new)).blocks), new BodyRun(null, 9));
    assertEquals(List.of("kicker=某县扩大城区绿地 headline=街头添新绿 市民享清凉"),
        splitter.headings(top, style).stream().map(ClusterSplitterTest::describe).toList());
    // after a body run the first may be that body's headline printed after it: two headings
    List<Unit> after = List.of(new BodyRun(null, 1), new HeadingCluster(new TestPage(specs.toArray(String[]::new)).blocks),
        new BodyRun(null, 9));
    assertEquals(List.of("headline=某县扩大城区绿地", "headline=街头添新绿 市民享清凉"),
        splitter.headings(after, style).stream().map(ClusterSplitterTest::describe).toList());
  }

  @org.junit.jupiter.api.Test
  void aHeadlineAloneOverAHeadlineClosedByItsColumnTagIsItsKickerAfterABodyToo() {
    List<String> specs = List.of("HEADLINE 某县扩大城区绿地", "SECTION| 街头添新绿", "SECTION 市民享清凉", "HEADLINE （城市观察）");
    PageStyle style = new PageStyle(true, 20, 0.3, true);
    List<Unit> after = List.of(new BodyRun(null, 1), new HeadingCluster(new TestPage(specs.toArray(String[]::new)).blocks),
        new BodyRun(null, 9));
    assertEquals(List.of("kicker=某县扩大城区绿地 headline=街头添新绿市民享清凉（城市观察）"),
        splitter.headings(after, style).stream().map(ClusterSplitterTest::describe).toList());
  }

  /** {@return the headings the splitter cuts the blocks {@code specs} into, on a page of {@code style}, described} */
  private List<String> split(List<String> specs, PageStyle style) {
    return split(specs, style, true);
  }

  /**
   * {@return the headings the splitter cuts the blocks {@code specs} into, on a page of {@code style}, with or without
   * a body right after them, described}
   */
  private List<String> split(List<String> specs, PageStyle style, boolean bodyFollows) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    return splitter.split(page.blocks, style, bodyFollows).stream().map(ClusterSplitterTest::describe).toList();
  }

  static String describe(ArticleHeading h) {
    List<String> parts = new ArrayList<>();
    add(parts, "section", h.section);
    add(parts, "kicker", h.kicker);
    add(parts, "headline", h.headline);
    add(parts, "subheadline", h.subheadline);
    if (h.byline != null) {
      parts.add("byline=" + h.byline.text());
    }
    add(parts, "aside", h.aside);
    return String.join(" ", parts);
  }

  private static void add(List<String> parts, String name, List<ClassifiedBlock> blocks) {
    if (!blocks.isEmpty()) {
      parts.add(name + "=" + HeadlineMatcher.joined(blocks));
    }
  }
}
