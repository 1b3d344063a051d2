package dev.banmian.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.text.TracedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Table tests of {@link TextNormalizer} on invented lines: spacing artefacts and substituted glyphs. */
class TextNormalizerTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
    "'  某县新闻  '            | 某县新闻",
    "富 裕 美 丽              | 富裕美丽",
    "9 月 8 日上午            | 9月8日上午",
    "程　龙                   | 程龙",
    "Juan Carlos             | Juan Carlos",
    "弘扬抗战精神 传承红色基因 | 弘扬抗战精神 传承红色基因",
    "“叮咚⋯⋯”门铃响了          | “叮咚……”门铃响了",
    "阿卜杜・热合曼            | 阿卜杜·热合曼",
    "说到这里⋯               | 说到这里…",
  })
  void normalisesOneLine(String raw, String expected) {
    assertEquals(expected, TextNormalizer.normalize(raw, 0).text());
  }

  @Test
  void aFoldedGlyphKeepsItsOffset() {
    TracedText t = TextNormalizer.normalize("等 等⋯⋯", 10);
    assertEquals("等等……", t.text());
    assertEquals(13, t.sourceOffset(2));
    assertEquals(14, t.sourceOffset(3));
  }

  @Test
  void otherPunctuationIsUnchanged() {
    for (char c : "。，、；：？！“”‘’（）《》【】—…·".toCharArray()) {
      assertEquals(c, TextNormalizer.foldGlyph(c));
    }
  }
}
