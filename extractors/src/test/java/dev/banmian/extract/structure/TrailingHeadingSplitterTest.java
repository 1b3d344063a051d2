package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TrailingHeadingSplitterTest {
  private static final String[] ARTICLE_ABOVE = {
      "HEADLINE| 全省安全生产工作会议召开", "BYLINE 新华社北京2月28日电",
      "BODY 会议指出，过去一年，全省安全生产形势总体平稳。", "BODY 会议要求，各地要压实责任，守住底线。"};

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("a heading printed after its body takes the run's end, from the paragraph that uses its words",
            List.of("BODY 某港口是沿海的货运枢纽，每天都有上百条货船靠港。", "BODY 一条条智能拖轮，帮上了大忙。",
                "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手", "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。",
                "智能拖轮显身手 -> 某港口是沿海的货运枢纽，每天都有上百条货船靠港。一条条智能拖轮，帮上了大忙。")),
        Arguments.of("a lead before that paragraph, naming one of the heading's words, opens the body",
            List.of("BODY 大年初三，记者走进港口码头。", "BODY 某港口是北方的海上门户，一艘艘智能拖轮往来不停。",
                "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手", "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。",
                "智能拖轮显身手 -> 大年初三，记者走进港口码头。某港口是北方的海上门户，一艘艘智能拖轮往来不停。")),
        Arguments.of("a paragraph that opens by referring back to the one before it takes that one into the body",
            List.of("BODY 清晨，码头上汽笛声声，货轮缓缓靠岸。", "BODY 这一幕，每天都在某港口的智能拖轮作业区上演。",
                "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手", "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。",
                "智能拖轮显身手 -> 清晨，码头上汽笛声声，货轮缓缓靠岸。这一幕，每天都在某港口的智能拖轮作业区上演。")),
        Arguments.of("it takes that one though the article above used one of the heading's words",
            List.of("BODY 港口、车站等重点场所的安全监管也被一一点到。", "BODY 清晨，码头上汽笛声声，货轮缓缓靠岸。",
                "BODY 这一幕，每天都在某港口的智能拖轮作业区上演。", "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手",
                "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。"
                + "港口、车站等重点场所的安全监管也被一一点到。",
                "智能拖轮显身手 -> 清晨，码头上汽笛声声，货轮缓缓靠岸。这一幕，每天都在某港口的智能拖轮作业区上演。")),
        Arguments.of("a heading with no byline takes the run's end when a closing byline signs it",
            List.of("BODY 某港口是沿海的货运枢纽，每天都有上百条货船靠港。", "BYLINE （本报记者 王明）",
                "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。",
                "智能拖轮显身手 -> 某港口是沿海的货运枢纽，每天都有上百条货船靠港。 signed （本报记者 王明）")),
        Arguments.of("a run under a heading that the heading after it took whole goes back, and the later heading takes its end",
            List.of("HEADLINE| 小块田连成片好耕种", "BODY 本报讯（记者 李华） 清早，河谷的麦田披上了一层薄霜。", "BODY 种粮大户开着播种机在地里忙碌。",
                "BODY 大年初二，桃溪村的茶山雾气缭绕。", "BODY 驻村干部在走访手记里记下了老人的心愿。",
                "KICKER| 新春走基层", "HEADLINE 桃溪村的春节走访手记", "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。",
                "小块田连成片好耕种 -> 本报讯（记者 李华） 清早，河谷的麦田披上了一层薄霜。种粮大户开着播种机在地里忙碌。",
                "桃溪村的春节走访手记 -> 大年初二，桃溪村的茶山雾气缭绕。驻村干部在走访手记里记下了老人的心愿。")),
        Arguments.of("an unsigned heading last in a cluster over a body another headline of the cluster took takes the run's end",
            List.of("BODY 某港口是沿海的货运枢纽，每天都有上百条货船靠港。", "BODY 一条条智能拖轮，帮上了大忙。",
                "HEADLINE| 冬日暖阳照老街", "BYLINE ■李华", "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手",
                "BODY| 清晨，老街的石板路上洒满阳光，冬日暖阳让人心里暖暖的。"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。",
                "智能拖轮显身手 -> 某港口是沿海的货运枢纽，每天都有上百条货船靠港。一条条智能拖轮，帮上了大忙。",
                "冬日暖阳照老街 -> 清晨，老街的石板路上洒满阳光，冬日暖阳让人心里暖暖的。")),
        Arguments.of("an unsigned heading set over the headline that took the body below heads no body before it",
            List.of("BODY 某港口是沿海的货运枢纽，每天都有上百条货船靠港。", "BODY 一条条智能拖轮，帮上了大忙。",
                "HEADLINE| 智能拖轮显身手", "KICKER| 老街迎来新变化——", "HEADLINE 冬日暖阳照老街", "BYLINE ■李华",
                "BODY| 清晨，老街的石板路上洒满阳光，冬日暖阳让人心里暖暖的。"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。"
                + "某港口是沿海的货运枢纽，每天都有上百条货船靠港。一条条智能拖轮，帮上了大忙。",
                "冬日暖阳照老街 -> 清晨，老街的石板路上洒满阳光，冬日暖阳让人心里暖暖的。")),
        Arguments.of("a heading read after another article takes the end of the run before that one",
            List.of("BODY 某港口是沿海的货运枢纽，每天都有上百条货船靠港。", "BODY 一条条智能拖轮，帮上了大忙。",
                "HEADLINE| 小块田连成片好耕种", "BODY 本报讯（记者 李华） 清早，河谷的麦田披上了一层薄霜。",
                "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手", "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。",
                "智能拖轮显身手 -> 某港口是沿海的货运枢纽，每天都有上百条货船靠港。一条条智能拖轮，帮上了大忙。",
                "小块田连成片好耕种 -> 本报讯（记者 李华） 清早，河谷的麦田披上了一层薄霜。")),
        Arguments.of("a heading with neither a byline nor a signature stays unmatched",
            List.of("BODY 某港口是沿海的货运枢纽，每天都有上百条货船靠港。",
                "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。"
                + "某港口是沿海的货运枢纽，每天都有上百条货船靠港。")),
        Arguments.of("no paragraph uses the heading's words: the run stays whole",
            List.of("BODY 会议还研究了其他事项。", "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手",
                "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。"
                + "会议还研究了其他事项。")),
        Arguments.of("paragraphs before use the heading's words too, one each: no clean place to split",
            List.of("BODY 会议要求，各港口要守住安全底线。", "BODY 会议强调，要加强装备检修。",
                "BODY 某港口是沿海的货运枢纽，智能拖轮每天进出。",
                "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手", "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。"
                + "会议要求，各港口要守住安全底线。会议强调，要加强装备检修。某港口是沿海的货运枢纽，智能拖轮每天进出。")),
        Arguments.of("one word of the heading in a paragraph before does not stop the split",
            List.of("BODY 会议要求，各港口要守住安全底线。", "BODY 会议强调，要抓好落实。", "BODY 某港口是沿海的货运枢纽，智能拖轮每天进出。",
                "KICKER| 某港口更新装备提升效能——", "HEADLINE 智能拖轮显身手", "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。"
                + "会议要求，各港口要守住安全底线。会议强调，要抓好落实。", "智能拖轮显身手 -> 某港口是沿海的货运枢纽，智能拖轮每天进出。")),
        Arguments.of("paragraphs that each use the same one word of the heading, where none before uses any, are its body",
            List.of("BODY 清晨，老街的作坊里飘出米糕的香气。", "BODY 师傅把米浆倒进蒸笼，米糕很快就蒸熟了。",
                "KICKER| 浙江某镇——", "HEADLINE 一块米糕，蒸出年味", "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。",
                "一块米糕，蒸出年味 -> 清晨，老街的作坊里飘出米糕的香气。师傅把米浆倒进蒸笼，米糕很快就蒸熟了。")),
        Arguments.of("one word of the heading in one paragraph only is no body of it: the run stays whole",
            List.of("BODY 会后，代表们品尝了当地米糕。", "KICKER| 浙江某镇——", "HEADLINE 一块米糕，蒸出年味", "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。"
                + "会后，代表们品尝了当地米糕。")),
        Arguments.of("the word is not in every paragraph to the run's end: the run stays whole",
            List.of("BODY 清晨，老街的作坊里飘出米糕的香气。", "BODY 师傅把米浆倒进蒸笼，米糕很快就蒸熟了。", "BODY 会议最后要求抓好落实。",
                "KICKER| 浙江某镇——", "HEADLINE 一块米糕，蒸出年味", "BYLINE 本报记者 王明"),
            List.of("全省安全生产工作会议召开 -> 会议指出，过去一年，全省安全生产形势总体平稳。会议要求，各地要压实责任，守住底线。"
                + "清晨，老街的作坊里飘出米糕的香气。师傅把米浆倒进蒸笼，米糕很快就蒸熟了。会议最后要求抓好落实。")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void givesAHeadingAfterItsBodyTheEndOfTheRunBefore(String name, List<String> tail, List<String> expected) {
    List<String> specs = new ArrayList<>(List.of(ARTICLE_ABOVE));
    specs.addAll(tail);
    TestPage page = new TestPage(specs.toArray(String[]::new));
    TestPage.Cut cut = page.cut();
    new HeadlineMatcher(HeadlineMatcher.Weights.STANDARD).match(cut.units(), cut.headings(), cut.runs(), page.assembly());
    Map<ClassifiedBlock, Integer> readingIndex = page.readingIndex();
    List<BodyRun> runs = new ArrayList<>(cut.runs());
    new TrailingHeadingSplitter().split(runs, cut.headings(), readingIndex);
    List<String> matched = new ArrayList<>();
    for (BodyRun r : runs) {
      String head = r.headlineSub == null ? "-" : HeadlineMatcher.joined(r.headlineSub.headline);
      matched.add(head + " -> " + bodyText(r) + (r.trailingByline == null ? "" : " signed " + r.trailingByline.text()));
    }
    assertEquals(expected, matched);
  }

  /**
   * A run that only the plain-text measure cut from the run above, a paragraph early, and that the heading printed after
   * it took: its paragraphs before the first that uses the heading's words go back to the article above. A run cut by
   * anything else (a lead-in, a frame, measured geometry) keeps them.
   */
  @ParameterizedTest(name = "cut by measure: {0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void aRunCutEarlyByTheTextMeasureGivesItsFirstParagraphsBack(boolean cutByMeasure) {
    TestPage page = new TestPage("HEADLINE| 小块田连成片好耕种", "BODY 清早，河谷的麦田披上了一层薄霜。", "BODY 种粮大户开着播种机在地里忙碌。",
        "BODY 大年初二，桃溪村的茶山雾气缭绕。", "BODY 驻村干部在走访手记里记下了老人的心愿。", "HEADLINE| 桃溪村的春节走访手记",
        "BYLINE 本报记者 王明");
    List<ClassifiedBlock> b = page.blocks;
    ArticleHeading above = heading(b.get(0), 0);
    ArticleHeading after = heading(b.get(5), 3);
    after.byline = b.get(6);
    BodyRun first = run(1, above, b.get(1));
    BodyRun cut = run(2, after, b.get(2), b.get(3), b.get(4));
    cut.cutByMeasure = cutByMeasure;
    List<BodyRun> runs = new ArrayList<>(List.of(first, cut));
    Map<ClassifiedBlock, Integer> readingIndex = page.readingIndex();
    new TrailingHeadingSplitter().split(runs, List.of(above, after), readingIndex);
    List<String> expected = cutByMeasure
        ? List.of("清早，河谷的麦田披上了一层薄霜。种粮大户开着播种机在地里忙碌。", "大年初二，桃溪村的茶山雾气缭绕。驻村干部在走访手记里记下了老人的心愿。")
        : List.of("清早，河谷的麦田披上了一层薄霜。", "种粮大户开着播种机在地里忙碌。大年初二，桃溪村的茶山雾气缭绕。驻村干部在走访手记里记下了老人的心愿。");
    assertEquals(expected, runs.stream().map(TrailingHeadingSplitterTest::bodyText).toList());
    assertEquals(after, runs.get(1).headlineSub);
    assertEquals(runs.get(1), after.matched);
  }

  /**
   * The run above may end with a run it took as its continuation: the run cut by measure right after that one gives its
   * first paragraphs back to it all the same. Where the run taken was not read right before the cut one, nothing moves.
   */
  @ParameterizedTest(name = "continuation read right before: {0}")
  @org.junit.jupiter.params.provider.ValueSource(booleans = {true, false})
  void aRunCutEarlyGivesItsFirstParagraphsBackToTheRunThatTookTheOneBeforeIt(boolean readRightBefore) {
    TestPage page = new TestPage("HEADLINE| 小块田连成片好耕种", "BODY 清早，河谷的麦田披上了一层薄霜。", "BODY 种粮大户开着播种机在地里忙碌。",
        "BODY 这样的好收成，老人说从前没见过。", "BODY 大年初二，桃溪村的茶山雾气缭绕。", "BODY 驻村干部在走访手记里记下了老人的心愿。",
        "HEADLINE| 桃溪村的春节走访手记", "BYLINE 本报记者 王明");
    List<ClassifiedBlock> b = page.blocks;
    ArticleHeading above = heading(b.get(0), 0);
    ArticleHeading after = heading(b.get(6), 5);
    after.byline = b.get(7);
    BodyRun first = run(1, above, b.get(1));
    BodyRun taken = new BodyRun(null, b.get(2).block().firstLine());
    taken.add(b.get(2), false);
    taken.unitIndex = readRightBefore ? 2 : 1;
    first.addAll(taken);
    BodyRun cut = run(3, after, b.get(3), b.get(4), b.get(5));
    cut.cutByMeasure = true;
    List<BodyRun> runs = new ArrayList<>(List.of(first, cut));
    Map<ClassifiedBlock, Integer> readingIndex = page.readingIndex();
    new TrailingHeadingSplitter().split(runs, List.of(above, after), readingIndex);
    String start = "清早，河谷的麦田披上了一层薄霜。种粮大户开着播种机在地里忙碌。";
    List<String> expected = readRightBefore
        ? List.of(start + "这样的好收成，老人说从前没见过。", "大年初二，桃溪村的茶山雾气缭绕。驻村干部在走访手记里记下了老人的心愿。")
        : List.of(start, "这样的好收成，老人说从前没见过。大年初二，桃溪村的茶山雾气缭绕。驻村干部在走访手记里记下了老人的心愿。");
    assertEquals(expected, runs.stream().map(TrailingHeadingSplitterTest::bodyText).toList());
  }

  private static ArticleHeading heading(ClassifiedBlock headline, int clusterIndex) {
    ArticleHeading h = new ArticleHeading(headline.block().firstLine());
    h.headline.add(headline);
    h.clusterIndex = clusterIndex;
    return h;
  }

  private static BodyRun run(int unitIndex, ArticleHeading heading, ClassifiedBlock... blocks) {
    BodyRun r = new BodyRun(null, blocks[0].block().firstLine());
    for (ClassifiedBlock c : blocks) {
      r.add(c, false);
    }
    r.unitIndex = unitIndex;
    r.headlineSub = heading;
    heading.matched = r;
    return r;
  }

  private static String bodyText(BodyRun r) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < r.blocks.size(); i++) {
      if (!r.isSubhead.get(i)) {
        b.append(r.blocks.get(i).text());
      }
    }
    return b.toString();
  }
}
