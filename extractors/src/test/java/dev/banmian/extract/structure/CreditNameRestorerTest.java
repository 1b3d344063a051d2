package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.extract.meta.BylineParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CreditNameRestorerTest {
  private final CreditNameRestorer restorer = new CreditNameRestorer(BylineParser.standard());

  static Stream<Arguments> pages() {
    String body = "BODY| 今年春节，古镇游人如织，各地游客纷纷前来观赏花灯，感受浓浓年味。";
    String plain = body.replace("|", "");
    return Stream.of(
        Arguments.of("the photographer's first character printed apart goes back in front of the credit's name",
            List.of("BYLINE| 文/李明 图/王小明", body, "CREDIT| 小明摄", "CAPTION| 游客在古镇观赏花灯。", body, "NOISE| 王"),
            List.of("BYLINE 文/李明 图/王小明", plain, "CREDIT 王小明摄", "CAPTION 游客在古镇观赏花灯。", plain)),
        Arguments.of("also when the character comes before the credit",
            List.of("NOISE| 王", "BYLINE| 摄影/王小明", body, "CREDIT| 小明摄"),
            List.of("BYLINE 摄影/王小明", plain, "CREDIT 王小明摄")),
        Arguments.of("each of two credits side by side takes its photographer's character",
            List.of("NOISE| 王", "BYLINE| 图/王小明 赵大刚", body, "CREDIT| 小明摄", "CREDIT| 大刚摄", "NOISE| 赵"),
            List.of("BYLINE 图/王小明 赵大刚", plain, "CREDIT 王小明摄", "CREDIT 赵大刚摄")),
        Arguments.of("a writer's name completes no credit",
            List.of("BYLINE| 文/王小明", body, "CREDIT| 小明摄", "NOISE| 王"),
            List.of("BYLINE 文/王小明", plain, "CREDIT 小明摄", "NOISE 王")),
        Arguments.of("without the character alone on the page the credit stays as printed",
            List.of("BYLINE| 图/王小明", body, "CREDIT| 小明摄", "NOISE| 赵"),
            List.of("BYLINE 图/王小明", plain, "CREDIT 小明摄", "NOISE 赵")),
        Arguments.of("two such characters alone leave the credit as printed",
            List.of("BYLINE| 图/王小明", body, "CREDIT| 小明摄", "NOISE| 王", body, "NOISE| 王"),
            List.of("BYLINE 图/王小明", plain, "CREDIT 小明摄", "NOISE 王", plain, "NOISE 王")),
        Arguments.of("a credit with the whole name takes nothing",
            List.of("BYLINE| 图/王小明", body, "CREDIT| 王小明摄", "NOISE| 王"),
            List.of("BYLINE 图/王小明", plain, "CREDIT 王小明摄", "NOISE 王")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void putsBackAPhotographersFirstCharacterPrintedApart(String name, List<String> specs, List<String> expected) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    assertEquals(expected, restorer.restore(page.blocks).stream().map(c -> c.kind() + " " + c.text()).toList());
  }
}
