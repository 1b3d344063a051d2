package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.segment.Segmenter;
import dev.banmian.text.Span;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HeadlineCharacterRestorerTest {
  /** A dictionary of a few words, enough to tell where a character printed apart belongs. */
  private static final Segmenter DICTIONARY = KnownWords.of("新年", "照亮", "花灯");

  private final HeadlineCharacterRestorer restorer = new HeadlineCharacterRestorer(DICTIONARY);

  static Stream<Arguments> pages() {
    String body = "BODY| 今年春节，古镇游人如织，各地游客纷纷前来观赏花灯，感受浓浓年味。";
    return Stream.of(
        Arguments.of("the character ends the shorter second line, where it makes a word",
            List.of("HEADLINE| 古镇花灯\n照亮新", body, "NOISE| 年", body),
            List.of("HEADLINE 古镇花灯照亮新年", body.replace("|", ""), body.replace("|", ""))),
        Arguments.of("the character opens the shorter second line",
            List.of("HEADLINE| 古镇花灯\n亮新年", "NOISE| 照"),
            List.of("HEADLINE 古镇花灯照亮新年")),
        Arguments.of("the character goes into the shorter first line",
            List.of("HEADLINE| 古镇花\n照亮新年", "NOISE| 灯"),
            List.of("HEADLINE 古镇花灯照亮新年")),
        Arguments.of("two one-line headings printed tight are the headline's two lines",
            List.of("SECTION| 古镇花灯", "SECTION 亮新年", "NOISE| 照"),
            List.of("SECTION 古镇花灯", "SECTION 照亮新年")),
        Arguments.of("two headings set apart by a blank line are no headline of two lines",
            List.of("SECTION| 古镇花灯", "SECTION| 亮新年", "NOISE| 照"),
            List.of("SECTION 古镇花灯", "SECTION 亮新年", "NOISE 照")),
        Arguments.of("lines of even width miss no character",
            List.of("HEADLINE| 古镇花\n照亮新", "NOISE| 年"),
            List.of("HEADLINE 古镇花照亮新", "NOISE 年")),
        Arguments.of("a lone character beside another is a piece of a letter-spaced name",
            List.of("HEADLINE| 古镇花灯\n照亮新", "NOISE| 年", "NOISE| 李"),
            List.of("HEADLINE 古镇花灯照亮新", "NOISE 年", "NOISE 李")),
        Arguments.of("so is one after another lone character",
            List.of("HEADLINE| 古镇花灯\n照亮新", "NOISE| 李", "NOISE| 年"),
            List.of("HEADLINE 古镇花灯照亮新", "NOISE 李", "NOISE 年")),
        Arguments.of("a character that makes no word at either edge stays noise",
            List.of("HEADLINE| 古镇花灯\n照亮新", "NOISE| 李"),
            List.of("HEADLINE 古镇花灯照亮新", "NOISE 李")),
        Arguments.of("a character more than the reach after the headline is not looked for",
            List.of("HEADLINE| 古镇花灯\n照亮新", body, body, body, body, "NOISE| 年"),
            List.of("HEADLINE 古镇花灯照亮新", body.replace("|", ""), body.replace("|", ""), body.replace("|", ""),
                body.replace("|", ""), "NOISE 年")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void putsBackAHeadlinesCharacterPrintedApart(String name, List<String> specs, List<String> expected) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    List<ClassifiedBlock> out = restorer.restore(page.blocks);
    assertEquals(expected, out.stream().map(c -> c.kind() + " " + c.text()).toList());
  }

  @Test
  void theRestoredHeadlineKeepsTheCharactersSourceOffsets() {
    TestPage page = new TestPage("HEADLINE| 古镇花灯\n照亮新", "NOISE| 年");
    ClassifiedBlock head = restorer.restore(page.blocks).get(0);
    List<Span> spans = head.block().text().sourceSpans(page.raw());
    StringBuilder traced = new StringBuilder();
    spans.forEach(s -> traced.append(page.raw(), s.start(), s.end()));
    assertEquals("古镇花灯照亮新年", traced.toString().replaceAll("\\s", ""));
    assertTrue(head.block().lines().stream().anyMatch(l -> l.text().equals("年")), head.block().lines()::toString);
  }
}
