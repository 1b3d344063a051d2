package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeadlineMatcherTest {
  private final HeadlineMatcher matcher = new HeadlineMatcher(HeadlineMatcher.Weights.STANDARD);

  /** A body about streets made over, and a vertical headline that names it. */
  private static final String STREET_BODY = "某县改造老街巷三十条，如今街巷变美了，居民出行更方便。";
  private static final String VERTICAL_HEADLINE = "HEADLINE| 街\n巷\n变\n美\n了";

  /** A body that opens with a lead-in and shares a few of a headline's words, and one further on that has most. */
  private static final String LEAD_IN_BODY = "本报讯（记者陈立） 某县开展活动，县中心学校的操场上坐满了人。";
  private static final String TRAINING_BODY = "“我们通过网络培训，提升乡村教师的能力。”县里今年开展乡村教师网络培训百余场。";

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("a headline right over a body is its headline",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座。"),
            List.of("新桥通车 -> 某县新建桥梁一座。")),
        Arguments.of("a headline printed after its body, naming it, goes back to it",
            List.of("BODY| 某县老街巷改造完成，居民出行更方便。", "HEADLINE| 老街巷改造完成"),
            List.of("老街巷改造完成 -> 某县老街巷改造完成，居民出行更方便。")),
        Arguments.of("content outweighs adjacency: a headline goes to the body it names",
            List.of("BODY| 某县老街巷改造完成，居民出行更方便。", "HEADLINE| 老街巷改造完成", "HEADLINE| 新桥通车",
                "BODY| 本报讯（记者李华） 某县新建桥梁一座，新桥今天通车。"),
            List.of("老街巷改造完成 -> 某县老街巷改造完成，居民出行更方便。", "新桥通车 -> 本报讯（记者李华） 某县新建桥梁一座，新桥今天通车。")),
        Arguments.of("a headline with no body under it (the page ends) goes to the body right above it, sharing no words",
            List.of("BODY| 过去，港口作业全靠人工经验，效率不高。", "HEADLINE| 智能拖轮显身手"),
            List.of("智能拖轮显身手 -> 过去，港口作业全靠人工经验，效率不高。")),
        Arguments.of("a heading without a headline read first in the cluster leaves the body above to the headline after it",
            List.of("BODY| 过去，港口作业全靠人工经验，效率不高。", "SECTION| 新春走基层", "BYLINE 本报记者 王明", "HEADLINE| 智能拖轮显身手"),
            List.of("智能拖轮显身手 -> 过去，港口作业全靠人工经验，效率不高。")),
        Arguments.of("with a body under it, the same headline heads that body",
            List.of("BODY| 过去，港口作业全靠人工经验，效率不高。", "HEADLINE| 智能拖轮显身手", "BODY| 本报讯（记者李华） 某港口今年新添一艘船。"),
            List.of("智能拖轮显身手 -> 本报讯（记者李华） 某港口今年新添一艘船。")),
        Arguments.of("a headline over a body that opens with a lead-in heads it, though a body further on has more of its"
                + " words",
            List.of("HEADLINE| 某县开展乡村教师网络培训", "BODY| " + LEAD_IN_BODY, "BYLINE| 本报记者 王明", "BODY| " + TRAINING_BODY),
            List.of("某县开展乡村教师网络培训 -> " + LEAD_IN_BODY, "byline 本报记者 王明 -> " + TRAINING_BODY)),
        Arguments.of("under a body, the same headline (printed after its body, or a subhead) gets no more for the lead-in:"
                + " its words decide",
            List.of("BODY| 过去，港口作业全靠人工经验，效率不高。", "HEADLINE| 某县开展乡村教师网络培训", "BODY| " + LEAD_IN_BODY,
                "BYLINE| 本报记者 王明", "BODY| " + TRAINING_BODY),
            List.of("某县开展乡村教师网络培训 -> " + TRAINING_BODY, "byline 本报记者 王明 -> " + TRAINING_BODY)),
        Arguments.of("a byline alone at the end of its cluster goes to the body after it",
            List.of("BYLINE| 本报记者 王明", "BODY| 某县新建桥梁一座。"),
            List.of("byline 本报记者 王明 -> 某县新建桥梁一座。")),
        Arguments.of("a headline closed by a column tag is a main headline, never the kicker of the one below",
            List.of("HEADLINE| 聚焦民生实事（新春走基层）", "HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座，新桥今天通车。"),
            List.of("新桥通车 -> 某县新建桥梁一座，新桥今天通车。")),
        Arguments.of("the subheadline's words count: a headline that names neither body goes to the one its subheadline names",
            List.of("BODY| 全省已修缮古桥120座，古桥保护修缮工作进展顺利。", "HEADLINE| 某省传统建筑焕新颜", "HEADLINE 已修缮古桥120座",
                "BODY| 本报讯（记者李华） 某县新建桥梁一座，新桥今天通车。"),
            List.of("某省传统建筑焕新颜 -> 全省已修缮古桥120座，古桥保护修缮工作进展顺利。")),
        Arguments.of("a headline printed vertically after a body, left without one, heads the body it names; the headline over"
                + " the byline is its kicker",
            List.of("HEADLINE| 某县改造老街巷三十条", "BYLINE 本报记者 王明", "BODY| " + STREET_BODY, VERTICAL_HEADLINE),
            List.of("kicker 某县改造老街巷三十条 headline 街巷变美了 byline 本报记者 王明 -> " + STREET_BODY)),
        Arguments.of("a vertical headline that names nothing of the body before it leaves that body's headline as it is",
            List.of("HEADLINE| 某县改造老街巷三十条", "BYLINE 本报记者 王明", "BODY| " + STREET_BODY,
                "HEADLINE| 新\n桥\n通\n车"),
            List.of("某县改造老街巷三十条 -> " + STREET_BODY)),
        Arguments.of("a vertical headline that heads a body takes as its kicker, with its byline, a horizontal headline left"
                + " without a body that names the body's words",
            List.of("BODY| " + STREET_BODY, VERTICAL_HEADLINE, "HEADLINE| 某县改造老街巷三十条", "BYLINE 本报记者 王明"),
            List.of("kicker 某县改造老街巷三十条 headline 街巷变美了 byline 本报记者 王明 -> " + STREET_BODY)),
        Arguments.of("a horizontal headline left without a body that names nothing of the vertical headline's body stays apart",
            List.of("BODY| " + STREET_BODY, VERTICAL_HEADLINE, "HEADLINE| 某县新建大桥一座", "BYLINE 本报记者 王明"),
            List.of("街巷变美了 -> " + STREET_BODY)),
        Arguments.of("a heading with no body of its own above a matched headline becomes its kicker",
            List.of("HEADLINE| 聚焦民生实事", "HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座，新桥今天通车。"),
            List.of("kicker 聚焦民生实事 headline 新桥通车 -> 某县新建桥梁一座，新桥今天通车。")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void givesHeadingsTheirBodies(String name, List<String> specs, List<String> expected) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    TestPage.Cut cut = page.cut();
    matcher.match(cut.units(), cut.headings(), cut.runs(), page.assembly());
    List<String> matched = new ArrayList<>();
    for (ArticleHeading h : cut.headings()) {
      if (h.matched == null) {
        continue;
      }
      String head = !h.kicker.isEmpty() ? "kicker " + HeadlineMatcher.joined(h.kicker) + " headline " + HeadlineMatcher.joined(h.headline)
          + (h.byline != null && h.headline.stream().anyMatch(c -> c.block().isVertical()) ? " byline " + h.byline.text() : "")
          : h.hasHeadline() ? HeadlineMatcher.joined(h.headline) : "byline " + h.byline.text();
      matched.add(head + " -> " + h.matched.text());
    }
    assertEquals(expected, matched);
  }
}
