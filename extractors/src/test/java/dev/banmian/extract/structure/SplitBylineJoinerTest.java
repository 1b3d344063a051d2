package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SplitBylineJoinerTest {
  private final SplitBylineJoiner joiner = new SplitBylineJoiner();

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("names printed after a body paragraph complete the byline of outlet and role above it",
            List.of("HEADLINE| 新桥通车", "BYLINE 本报记者", "BODY| 某县新建桥梁一座，新桥今天通车。", "BYLINE| 王明 李华",
                "BODY| 过去，村民过河要绕行十多公里。"),
            List.of("headline=新桥通车 byline=本报记者王明 李华")),
        Arguments.of("names printed one per line after a body paragraph all complete the byline of outlet and role above it",
            List.of("HEADLINE| 新桥通车", "BYLINE 本报记者", "BODY| 某县新建桥梁一座，新桥今天通车。", "BYLINE| 王明", "BYLINE| 李华",
                "BODY| 过去，村民过河要绕行十多公里。"),
            List.of("headline=新桥通车 byline=本报记者王明 李华")),
        Arguments.of("names after a byline that has its own names head their own article",
            List.of("HEADLINE| 新桥通车", "BYLINE 本报记者 张华", "BODY| 某县新建桥梁一座，新桥今天通车。", "BYLINE| 王明",
                "BODY| 过去，村民过河要绕行十多公里。"),
            List.of("headline=新桥通车 byline=本报记者 张华", "byline=王明")),
        Arguments.of("names complete the role-only byline before an article signed by name in between",
            List.of("HEADLINE| 新桥通车", "BYLINE 本报记者", "BODY| 某县新建桥梁一座，新桥今天通车。", "HEADLINE| 老街巷有了新模样",
                "BYLINE 本报记者 张华", "BODY| 某区改造老旧街巷三十条。", "BYLINE| 王明", "BODY| 过去，村民过河要绕行十多公里。"),
            List.of("headline=新桥通车 byline=本报记者王明", "headline=老街巷有了新模样 byline=本报记者 张华")),
        Arguments.of("a heading with a headline over its names is an article of its own",
            List.of("HEADLINE| 新桥通车", "BYLINE 本报记者", "BODY| 某县新建桥梁一座，新桥今天通车。", "HEADLINE| 老街巷有了新模样",
                "BYLINE 王明", "BODY| 本报讯 某区改造老旧街巷三十条。"),
            List.of("headline=新桥通车 byline=本报记者", "headline=老街巷有了新模样 byline=王明")),
        Arguments.of("a signature that is no person's name (a column's name of a name's length) completes no byline",
            List.of("HEADLINE| 新桥通车", "BYLINE 本报记者", "BODY| 某县新建桥梁一座，新桥今天通车。", "BYLINE| 街谈巷议",
                "BODY| 过去，村民过河要绕行十多公里。"),
            List.of("headline=新桥通车 byline=本报记者", "byline=街谈巷议")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void joinsNamesPrintedApartToTheirByline(String name, List<String> specs, List<String> expected) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    List<ArticleHeading> headings = new ArrayList<>(page.cut().headings());
    joiner.join(headings);
    assertEquals(expected, headings.stream().map(ClusterSplitterTest::describe).toList());
  }

  static Stream<Arguments> rests() {
    return Stream.of(
        Arguments.of("the rest of a headline over the byline's names, printed apart over a column of the body, joins the"
                + " heading whose byline has no name",
            List.of("HEADLINE| 某县古桥修缮", "BYLINE 本报记者", "BODY| 某县今年修缮古桥十二座，桥面和栏杆都换了新。",
                "HEADLINE| 取得阶段成果", "BYLINE 王明", "BODY| 修缮后的古桥重新开放，村民又能走上老桥。"),
            List.of("headline=某县古桥修缮取得阶段成果 byline=本报记者王明 body=某县今年修缮古桥十二座，桥面和栏杆都换了新。"
                + "修缮后的古桥重新开放，村民又能走上老桥。")),
        Arguments.of("the rest of a headline read as a label, over names printed one per line, joins the same way",
            List.of("HEADLINE| 某县古桥修缮", "BYLINE 本报记者", "BODY| 某县今年修缮古桥十二座，桥面和栏杆都换了新。",
                "SECTION| 喜获成果", "BYLINE 王明", "BYLINE 李华", "BODY| 修缮后的古桥重新开放，村民又能走上老桥。"),
            List.of("headline=某县古桥修缮喜获成果 byline=本报记者王明 李华 body=某县今年修缮古桥十二座，桥面和栏杆都换了新。"
                + "修缮后的古桥重新开放，村民又能走上老桥。")),
        Arguments.of("a headline over names whose body opens with its own lead-in is an article of its own",
            List.of("HEADLINE| 某县古桥修缮", "BYLINE 本报记者", "BODY| 某县今年修缮古桥十二座，桥面和栏杆都换了新。",
                "HEADLINE| 老街巷有了新模样", "BYLINE 王明", "BODY| 本报讯 某区改造老旧街巷三十条。"),
            List.of("headline=某县古桥修缮 byline=本报记者 body=某县今年修缮古桥十二座，桥面和栏杆都换了新。",
                "headline=老街巷有了新模样 byline=王明 body=本报讯 某区改造老旧街巷三十条。")),
        Arguments.of("a headline over names after a byline with its own name is an article of its own",
            List.of("HEADLINE| 某县古桥修缮", "BYLINE 本报记者 张华", "BODY| 某县今年修缮古桥十二座，桥面和栏杆都换了新。",
                "HEADLINE| 取得阶段成果", "BYLINE 王明", "BODY| 修缮后的古桥重新开放，村民又能走上老桥。"),
            List.of("headline=某县古桥修缮 byline=本报记者 张华 body=某县今年修缮古桥十二座，桥面和栏杆都换了新。",
                "headline=取得阶段成果 byline=王明 body=修缮后的古桥重新开放，村民又能走上老桥。")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rests")
  void joinsTheRestOfAHeadlinePrintedOverTheNames(String name, List<String> specs, List<String> expected) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    TestPage.Cut cut = page.cut();
    List<ArticleHeading> headings = new ArrayList<>(cut.headings());
    List<BodyRun> runs = new ArrayList<>(cut.runs());
    joiner.join(headings);
    new HeadlineMatcher(HeadlineMatcher.Weights.STANDARD).match(cut.units(), headings, runs, page.assembly());
    joiner.joinRests(runs, headings, page.assembly());
    assertEquals(expected, headings.stream().map(h -> ClusterSplitterTest.describe(h) + " body="
        + h.matched.blocks.stream().map(ClassifiedBlock::text).reduce("", String::concat)).toList());
    assertEquals(expected.size(), runs.size());
  }

  /** The page's headings and runs, names joined to their bylines and headings matched to their bodies. */
  private record Matched(List<ArticleHeading> headings, List<BodyRun> runs) {
  }

  private Matched joinedAndMatched(TestPage page) {
    TestPage.Cut cut = page.cut();
    Matched m = new Matched(new ArrayList<>(cut.headings()), new ArrayList<>(cut.runs()));
    joiner.join(m.headings());
    new HeadlineMatcher(HeadlineMatcher.Weights.STANDARD).match(cut.units(), m.headings(), m.runs(), page.assembly());
    return m;
  }

  /**
   * A kicker read over the body of a rest printed after it, once that body is the first article's, heads nothing: it
   * is page noise, not lost (found by the long reliability run).
   */
  @org.junit.jupiter.api.Test
  void aKickerOverTheRestsBodyBecomesNoise() {
    TestPage page = new TestPage("HEADLINE| 某县古桥修缮", "BYLINE 本报记者", "BODY| 某县今年修缮古桥十二座，桥面和栏杆都换了新。",
        "KICKER| 村民们说：", "BODY| 修缮后的古桥重新开放，村民又能走上老桥。", "HEADLINE| 取得阶段成果", "BYLINE 王明");
    Matched m = joinedAndMatched(page);
    BodyRun rest = m.runs().get(1);
    org.junit.jupiter.api.Assertions.assertTrue(rest.forwardSub != null && rest.headlineSub != null
        && rest.forwardSub != rest.headlineSub, "the setting: a kicker over the rest's body");
    Assembly a = page.assembly();
    joiner.joinRests(m.runs(), m.headings(), a);
    assertEquals(1, m.runs().size());
    assertEquals(List.of("村民们说："), a.noise.stream().map(dev.banmian.model.SourcedText::text).toList());
  }

  /** A body that a headline printed after it was matched to is that headline's: the rest over names leaves it alone. */
  @org.junit.jupiter.api.Test
  void aRestJoinsNoBodyThatAnotherHeadlineHeads() {
    TestPage page = new TestPage("HEADLINE| 某县古桥修缮", "BYLINE 本报记者", "BODY| 某县今年修缮古桥十二座，桥面和栏杆都换了新。",
        "SECTION| 喜获成果", "BYLINE 王明", "BODY| 修缮后的古桥重新开放，村民又能走上老桥。", "HEADLINE| 古桥重新开放");
    Matched m = joinedAndMatched(page);
    List<ArticleHeading> headings = m.headings();
    List<BodyRun> runs = m.runs();
    ArticleHeading later = headings.get(headings.size() - 1);
    org.junit.jupiter.api.Assertions.assertTrue(later.matched != null && later.matched.forwardSub != null, "the setting: both head one body");
    joiner.joinRests(runs, headings, page.assembly());
    assertEquals(2, runs.size());
    assertEquals(true, runs.contains(later.matched));
  }
}
