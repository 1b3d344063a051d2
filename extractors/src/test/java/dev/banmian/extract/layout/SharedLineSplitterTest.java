package dev.banmian.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.text.Line;
import dev.banmian.text.SourceText;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table tests of where a line shared by a heading fragment or a paragraph's last words and a photo caption is split, and
 * where it is not.
 */
class SharedLineSplitterTest {
  private static List<String> split(String raw) {
    List<Line> lines = SharedLineSplitter.split(SourceText.of("test", raw).lines());
    for (Line l : lines) {
      assertEquals(l.text(), raw.substring(l.span().start(), l.span().end()), "a piece's text is its span's");
    }
    return lines.stream().map(Line::text).toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // heading fragment, one space, caption sentence and credit on one line
      "清理河道，拓宽村道 村民在新修的路上散步。　李明摄 | 清理河道，拓宽村道/ 村民在新修的路上散步。　李明摄",
      "老街新貌 游客在古镇老街拍照留念。 王华摄（新华社发） | 老街新貌/ 游客在古镇老街拍照留念。 王华摄（新华社发）",
      // the caption's credit on the next line
      "清理河道，拓宽村道 村民在新修的路上散步。\\n李明摄 | 清理河道，拓宽村道/ 村民在新修的路上散步。/李明摄",
      // a paragraph's last words, its sentence ended right before the space, and the caption set beside them
      "村民说好。 游客在古镇老街拍照留念。 王华摄 | 村民说好。/ 游客在古镇老街拍照留念。 王华摄",
      "大家都笑了。村民说好。 游客在古镇老街拍照留念。\\n王华摄 | 大家都笑了。村民说好。/ 游客在古镇老街拍照留念。/王华摄",
      // no split: the space follows words after a sentence end, neither a heading fragment nor a paragraph's end
      "村民说好。老街新貌 游客在古镇老街拍照留念。 王华摄 | 村民说好。老街新貌 游客在古镇老街拍照留念。 王华摄",
      // no split: a caption and its credit after one space
      "游客在古镇老街拍照留念。 王华摄 | 游客在古镇老街拍照留念。 王华摄",
      "游客在古镇老街拍照留念。 王华摄（新华社发） | 游客在古镇老街拍照留念。 王华摄（新华社发）",
      // no split: after a sentence end, no credit closes the text after the space
      "村民说好。 游客在古镇老街拍照留念。 | 村民说好。 游客在古镇老街拍照留念。",
      // no split: letter-spaced text, or a space beside a digit
      "老 街 新 貌 游客在老街拍照留念。 王华摄 | 老 街 新 貌 游客在老街拍照留念。 王华摄",
      "今年 3 月 游客在老街拍照留念。 王华摄 | 今年 3 月 游客在老街拍照留念。 王华摄",
      // no split: no credit closes the text after the space
      "清理河道，拓宽村道 村民在新修的路上散步。 | 清理河道，拓宽村道 村民在新修的路上散步。",
      "清理河道 拓宽村道 | 清理河道 拓宽村道",
  })
  void splitsOnlyAHeadingFragmentOrAParagraphsEndFromTheCaptionBesideIt(String raw, String pieces) {
    assertEquals(List.of(pieces.split("/")), split(raw.replace("\\n", "\n")));
  }
}
