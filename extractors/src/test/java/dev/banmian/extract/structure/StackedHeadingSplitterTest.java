package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StackedHeadingSplitterTest {
  /** Two articles' bodies read one after the other: the first uses the words of 电梯, the second of 社区食堂. */
  private static final List<String> TWO_BODIES = List.of(
      "BODY| 春节期间，记者来到某市一个老旧小区。", "BODY 居民们说，新装的电梯又快又稳，出门方便多了。",
      "BODY 今年以来，全市共更新电梯三百多部。", "BODY 社区食堂开到了家门口，老人们吃饭不用愁。",
      "BODY 食堂负责人说，每天接待居民五百多人次。");

  private static final String ELEVATORS = "某市老旧小区电梯更新 -> 春节期间，记者来到某市一个老旧小区。居民们说，新装的电梯又快又稳，出门方便多了。"
      + "今年以来，全市共更新电梯三百多部。";
  private static final String CANTEEN_BODY = "社区食堂开到了家门口，老人们吃饭不用愁。食堂负责人说，每天接待居民五百多人次。";
  private static final String CANTEEN = " -> " + CANTEEN_BODY;

  static Stream<Arguments> pages() {
    List<String> elevators = List.of("HEADLINE| 某市老旧小区电梯更新", "BYLINE 本报记者 王明");
    return Stream.of(
        Arguments.of("the bodiless heading takes the run's end, from the paragraph that uses its words",
            elevators, List.of("HEADLINE| 社区食堂办到家门口", "BYLINE 本报记者 李华"), 0,
            List.of(ELEVATORS, "社区食堂办到家门口" + CANTEEN)),
        Arguments.of("where the bodiless heading's words open the run and the other's come later, the two swap",
            elevators, List.of("HEADLINE| 社区食堂办到家门口", "BYLINE 本报记者 李华"), 1,
            List.of(ELEVATORS, "社区食堂办到家门口" + CANTEEN)),
        Arguments.of("the words of a subheadline count",
            elevators, List.of("HEADLINE| 幸福滋味暖人心", "SUBHEADLINE ——社区食堂办到居民家门口"), 0,
            List.of(ELEVATORS, "幸福滋味暖人心" + CANTEEN)),
        Arguments.of("a headline with nothing else of an article's heading stays bodiless",
            elevators, List.of("HEADLINE| 社区食堂办到家门口"), 0,
            List.of(ELEVATORS + CANTEEN_BODY)),
        Arguments.of("no paragraph uses the bodiless heading's words: the run stays whole",
            elevators, List.of("HEADLINE| 春风拂面迎新年", "BYLINE 本报记者 李华"), 0,
            List.of(ELEVATORS + CANTEEN_BODY)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void givesABodilessHeadingOfTheClusterItsShareOfTheRunUnderIt(String name, List<String> first, List<String> second,
      int matched, List<String> expected) {
    List<String> specs = new ArrayList<>(first);
    specs.addAll(second);
    specs.addAll(TWO_BODIES);
    TestPage page = new TestPage(specs.toArray(String[]::new));
    TestPage.Cut cut = page.cut();
    assertEquals(2, cut.headings().size(), cut.headings().toString());
    ArticleHeading taker = cut.headings().get(matched);
    BodyRun run = cut.runs().get(0);
    run.headlineSub = taker;
    taker.matched = run;
    List<BodyRun> runs = new ArrayList<>(cut.runs());
    new StackedHeadingSplitter().split(runs, cut.headings(), cut.units(), page.assembly());
    List<String> out = new ArrayList<>();
    for (BodyRun r : runs) {
      out.add((r.headlineSub == null ? "-" : HeadlineMatcher.joined(r.headlineSub.headline)) + " -> " + r.text());
    }
    assertEquals(expected, out);
  }
}
