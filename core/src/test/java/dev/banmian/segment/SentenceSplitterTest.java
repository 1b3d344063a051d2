package dev.banmian.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.text.Chars;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  private static String split(String s) {
    return String.join("|", SPLITTER.split(s).stream().map(Sentence::text).toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "今天天气很好。我们去公园。;今天天气很好。|我们去公园。",
      "“我们一定办好。”他说。;“我们一定办好。”|他说。",
      "他说：“来了。快坐！”然后走了。;他说：“来了。快坐！”|然后走了。",
      "真的吗？真的！;真的吗？|真的！",
      "增长了3.5%。下降0.2个百分点。;增长了3.5%。|下降0.2个百分点。",
      "会议要求（详见附件。附件另发）各地落实。;会议要求（详见附件。附件另发）各地落实。",
      "走进一个社区、组织一次培训……半天时间里，学员们收获满满。;走进一个社区、组织一次培训……半天时间里，学员们收获满满。",
      "他反复说：“就是这样……”大家笑了。;他反复说：“就是这样……”|大家笑了。",
      "没有结尾的句子;没有结尾的句子",
      "What is AI? It is a field.;What is AI?|It is a field.",
      "他问：“你去吗？”我答：“去。”;他问：“你去吗？”|我答：“去。”",
      "《人民日报》发表评论。读者反响热烈！;《人民日报》发表评论。|读者反响热烈！",
  })
  void splitsAtSentenceEndsRespectingQuotesAndBrackets(String in, String expected) {
    assertEquals(expected, split(in.replace("\\n", "\n")));
  }

  @ParameterizedTest(name = "[{index}] ''{0}''")
  @CsvSource(delimiter = ';', value = {"'';0", "'   ';0", "。;1", "“”;1"})
  void degenerateInputs(String in, int count) {
    assertEquals(count, SPLITTER.split(in).size());
  }

  @org.junit.jupiter.api.Test
  void everyLineBreakEndsASentence() {
    assertEquals("第一行|第二行。", split("第一行\n第二行。"));
  }

  @org.junit.jupiter.api.Test
  void spansPointIntoTheInput() {
    String s = "  第一句。 第二句！";
    List<Sentence> out = SPLITTER.split(s);
    assertEquals(2, out.size());
    assertEquals("第一句。", s.substring(out.get(0).span().start(), out.get(0).span().end()));
    assertEquals("第二句！", s.substring(out.get(1).span().start(), out.get(1).span().end()));
  }

  @org.junit.jupiter.api.Test
  void nullIsRejected() {
    assertThrows(NullPointerException.class, () -> SPLITTER.split(null));
  }

  @Property(tries = 1000)
  void sentencesTileTheNonWhitespaceOfAnyString(@ForAll String s) {
    List<Sentence> out = SPLITTER.split(s);
    int last = 0;
    StringBuilder joined = new StringBuilder();
    for (Sentence x : out) {
      assertTrue(x.span().start() >= last, "in order and non-overlapping");
      assertEquals(x.text(), s.substring(x.span().start(), x.span().end()));
      assertTrue(!x.text().isEmpty() && !Chars.isSpace(x.text().charAt(0)));
      last = x.span().end();
      joined.append(x.text());
    }
    assertEquals(Chars.stripSpaces(s), Chars.stripSpaces(joined));
  }
}
