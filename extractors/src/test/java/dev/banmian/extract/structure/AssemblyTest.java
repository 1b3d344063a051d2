package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.model.SourcedText;
import dev.banmian.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssemblyTest {
  /** The noise lines of a page {@code raw} whose noise is {@code pieces}, each the first place it stands in the raw text. */
  private static List<SourcedText> noiseLines(String raw, String... pieces) {
    Assembly a = new Assembly(raw, List.of());
    for (String p : pieces) {
      int at = raw.indexOf(p);
      a.noise.add(SourcedText.of(p, new Span(at, at + p.length())));
    }
    return a.noiseLines();
  }

  /** A page header row cut at its wide spaces comes out as one line of noise, traced to each of its pieces. */
  @Test
  void noisePiecesOfOneLinePartedBySpacesOnlyAreOneLine() {
    List<SourcedText> lines = noiseLines("第三版   综合        南山晚报\n某县新建桥梁一座\n", "第三版", "综合", "南山晚报");
    assertEquals(List.of("第三版 综合 南山晚报"), lines.stream().map(SourcedText::text).toList());
    assertEquals(List.of(new Span(0, 3), new Span(6, 8), new Span(16, 20)), lines.get(0).spans());
  }

  /** Noise on two lines, or with other text between on its line, or found out of line order, stays apart. */
  @Test
  void noisePiecesOfOtherLinesOrWithTextBetweenStayApart() {
    List<SourcedText> lines = noiseLines("第三版   某县新建桥梁一座   南山晚报\n综合\n", "第三版", "南山晚报", "综合", "南山晚报");
    assertEquals(List.of("第三版", "南山晚报", "综合", "南山晚报"), lines.stream().map(SourcedText::text).toList());
  }
}
