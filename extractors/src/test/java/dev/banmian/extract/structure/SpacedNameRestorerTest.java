package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.extract.meta.BylineParser;
import dev.banmian.model.Contributor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SpacedNameRestorerTest {
  private final SpacedNameRestorer restorer = new SpacedNameRestorer();

  private static final String BODY = "BODY| 清晨，山村的集市上人来人往，摊主们忙着招呼顾客，年货摆满了街道两旁。";
  private static final String PLAIN = BODY.replace("|", "");

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("the two characters alone after a role-only byline are its name",
            List.of("HEADLINE| 山村集市年味浓", "BYLINE| 本报记者", BODY, "NOISE| 王", "NOISE| 明", BODY),
            List.of("HEADLINE 山村集市年味浓", "BYLINE 本报记者王明", PLAIN, PLAIN)),
        Arguments.of("also right after the byline, and a marked byline too",
            List.of("BYLINE| □本报记者", "NOISE| 王", "NOISE| 明", BODY),
            List.of("BYLINE □本报记者王明", PLAIN)),
        Arguments.of("a third character alone starts another name and stays",
            List.of("BYLINE| 本报记者", "NOISE| 王", "NOISE| 明", "NOISE| 赵", BODY),
            List.of("BYLINE 本报记者王明", "NOISE 赵", PLAIN)),
        Arguments.of("a character alone without a second is no spaced name",
            List.of("BYLINE| 本报记者", BODY, "NOISE| 王", BODY),
            List.of("BYLINE 本报记者", PLAIN, "NOISE 王", PLAIN)),
        Arguments.of("a character alone beside a one-character label is no spaced name",
            List.of("BYLINE| 本报记者", BODY, "NOISE| 王", "SECTION| 明", BODY),
            List.of("BYLINE 本报记者", PLAIN, "NOISE 王", "SECTION 明", PLAIN)),
        Arguments.of("two characters that make no name stay",
            List.of("BYLINE| 本报记者", BODY, "NOISE| 的", "NOISE| 了", BODY),
            List.of("BYLINE 本报记者", PLAIN, "NOISE 的", "NOISE 了", PLAIN)),
        Arguments.of("characters past the next heading are another article's",
            List.of("BYLINE| 本报记者", BODY, "HEADLINE| 古镇花灯照新春", "NOISE| 王", "NOISE| 明", BODY),
            List.of("BYLINE 本报记者", PLAIN, "HEADLINE 古镇花灯照新春", "NOISE 王", "NOISE 明", PLAIN)),
        Arguments.of("a byline that names someone takes nothing",
            List.of("BYLINE| 本报记者 李华", BODY, "NOISE| 王", "NOISE| 明", BODY),
            List.of("BYLINE 本报记者 李华", PLAIN, "NOISE 王", "NOISE 明", PLAIN)),
        Arguments.of("two characters that are not noise stay",
            List.of("BYLINE| 本报记者", BODY, "HEADLINE| 王", "HEADLINE| 明", BODY),
            List.of("BYLINE 本报记者", PLAIN, "HEADLINE 王", "HEADLINE 明", PLAIN)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void putsBackANamePrintedACharacterAtATime(String name, List<String> specs, List<String> expected) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    assertEquals(expected, restorer.restore(page.blocks).stream().map(c -> c.kind() + " " + c.text()).toList());
  }

  @Test
  void theRestoredBylineParsesAndTracesTheNameToWhereItWasPrinted() {
    TestPage page = new TestPage("BYLINE| 本报记者", BODY, "NOISE| 王", "NOISE| 明");
    ClassifiedBlock byline = restorer.restore(page.blocks).get(0);
    List<Contributor> names = BylineParser.standard().parse(byline.text()).orElseThrow().contributors();
    assertEquals(List.of("王明"), names.stream().map(Contributor::name).toList());
    int wang = page.raw().indexOf('王');
    assertEquals(List.of(wang, page.raw().indexOf('明')),
        List.of(byline.block().text().sourceOffset(4), byline.block().text().sourceOffset(5)));
    assertEquals(3, byline.block().lines().size());
  }
}
