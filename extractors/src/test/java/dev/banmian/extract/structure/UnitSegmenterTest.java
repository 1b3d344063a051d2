package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.extract.meta.BylineParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class UnitSegmenterTest {
  private final UnitSegmenter segmenter = new UnitSegmenter(BylineParser.standard(), w -> false);

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("a heading cluster, then the body under it",
            List.of("SECTION| 城市观察", "HEADLINE 老街巷有了新模样", "BODY| 今年以来，某区改造老旧街巷三十条。", "BODY 居民说，出门方便多了。"),
            List.of("cluster[城市观察|老街巷有了新模样]", "run[今年以来，某区改造老旧街巷三十条。|居民说，出门方便多了。]")),
        Arguments.of("a lead-in opens another article's run",
            List.of("BODY 居民说，出门方便多了。", "BODY 本报讯（记者王明） 某县新建桥梁一座。"),
            List.of("run[居民说，出门方便多了。]", "run[本报讯（记者王明） 某县新建桥梁一座。]")),
        Arguments.of("a short heading between two bodies, over more body, is a subhead",
            List.of("BODY 居民说，出门方便多了。", "HEADLINE| 抓好统筹", "BODY 街道还增设了座椅和路灯。"),
            List.of("run[居民说，出门方便多了。|^抓好统筹|街道还增设了座椅和路灯。]")),
        Arguments.of("a heading printed inside a sentence of the body is displaced, the body goes on",
            List.of("BODY 街道还增设了座椅", "HEADLINE| 另一篇的标题", "BODY| 和路灯。"),
            List.of("run[街道还增设了座椅|和路灯。]")),
        Arguments.of("a closing byline in brackets ends the run; the next body is another run",
            List.of("BODY 街道还增设了座椅和路灯。", "BYLINE （记者 王明）", "BODY 某县新建桥梁一座。"),
            List.of("run[街道还增设了座椅和路灯。]", "run[某县新建桥梁一座。]")),
        Arguments.of("a heading over a body that opens with its own lead-in is another article's headline",
            List.of("BODY 街道还增设了座椅和路灯。", "HEADLINE| 新桥通车", "BODY 本报讯（记者王明） 某县新建桥梁一座。"),
            List.of("run[街道还增设了座椅和路灯。]", "cluster[新桥通车]", "run[本报讯（记者王明） 某县新建桥梁一座。]")),
        Arguments.of("a bracketed column label between bodies heads an article, never a subhead",
            List.of("BODY 街道还增设了座椅和路灯。", "SECTION| 【评论】", "BODY 城市更新，贵在用心。"),
            List.of("run[街道还增设了座椅和路灯。]", "cluster[【评论】]", "run[城市更新，贵在用心。]")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void cutsTheFlowIntoUnits(String name, List<String> specs, List<String> expected) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    assertEquals(expected, TestPage.describe(segmenter.segment(page.blocks, page.assembly())));
  }
}
