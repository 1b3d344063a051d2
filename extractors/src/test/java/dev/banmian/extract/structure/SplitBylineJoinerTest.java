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
        Arguments.of("names after a byline that has its own names head their own article",
            List.of("HEADLINE| 新桥通车", "BYLINE 本报记者 张华", "BODY| 某县新建桥梁一座，新桥今天通车。", "BYLINE| 王明",
                "BODY| 过去，村民过河要绕行十多公里。"),
            List.of("headline=新桥通车 byline=本报记者 张华", "byline=王明")),
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
}
