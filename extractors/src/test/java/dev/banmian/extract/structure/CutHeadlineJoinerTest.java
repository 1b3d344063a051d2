package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CutHeadlineJoinerTest {
  private final CutHeadlineJoiner joiner = new CutHeadlineJoiner();

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("a headline cut inside its quotation takes the later heading that closes it",
            List.of("HEADLINE| 全省“清凉行", "BODY| 本报讯（记者王明） 全省今天启动夏季防暑降温活动。", "HEADLINE| 动”正式启动",
                "HEADLINE| 某县新建的跨江大桥今天正式通车", "BODY| 本报讯（记者李华） 某县新建桥梁一座。"),
            List.of("headline=全省“清凉行动”正式启动", "headline=某县新建的跨江大桥今天正式通车")),
        Arguments.of("only the rest joins the cut headline: a part printed after it in the same heading stays",
            List.of("HEADLINE| 全省“清凉行", "BODY| 本报讯（记者王明） 全省今天启动夏季防暑降温活动。", "HEADLINE| 动”正式启动",
                "HEADLINE| 新桥通车", "BODY| 本报讯（记者李华） 某县新建桥梁一座。"),
            List.of("headline=全省“清凉行动”正式启动", "headline=新桥通车")),
        Arguments.of("a rest with a byline of its own heads its own article",
            List.of("HEADLINE| 全省“清凉行", "BODY| 本报讯（记者王明） 全省今天启动夏季防暑降温活动。", "HEADLINE| 动”正式启动",
                "BYLINE 本报记者 王明", "BODY| 本报讯（记者李华） 某县新建桥梁一座。"),
            List.of("headline=全省“清凉行", "headline=动”正式启动 byline=本报记者 王明")),
        Arguments.of("a headline that closes its quotation takes nothing",
            List.of("HEADLINE| 全省“清凉行动”启动", "BODY| 本报讯（记者王明） 全省今天启动夏季防暑降温活动。", "HEADLINE| 动”正式启动",
                "BODY| 本报讯（记者李华） 某县新建桥梁一座。"),
            List.of("headline=全省“清凉行动”启动", "headline=动”正式启动")),
        Arguments.of("a later heading that opens its own quotation is no rest",
            List.of("HEADLINE| 全省“清凉行", "BODY| 本报讯（记者王明） 全省今天启动夏季防暑降温活动。", "HEADLINE| 某县“送温暖”活动启动",
                "BODY| 本报讯（记者李华） 某县新建桥梁一座。"),
            List.of("headline=全省“清凉行", "headline=某县“送温暖”活动启动")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void joinsAHeadlineCutInsideItsQuotation(String name, List<String> specs, List<String> expected) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    List<ArticleHeading> headings = new java.util.ArrayList<>(page.cut().headings());
    joiner.join(headings);
    assertEquals(expected, headings.stream().map(ClusterSplitterTest::describe).toList());
  }
}
