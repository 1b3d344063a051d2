package dev.banmian.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import dev.banmian.text.Chars;

class SegmenterProperties {
  private static final JiebaSegmenter SEG = JiebaSegmenter.builder().build();

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(40);
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
    Arbitrary<String> mixed = Arbitraries.strings().withChars("，。“”　 ０１9aZ😀\t\n\u0000").withCharRange('\u4e00', '\u4e50').ofMaxLength(60);
    return Arbitraries.oneOf(cjk, any, mixed);
  }

  @Property(tries = 300)
  void tokensTileTheInput(@ForAll("texts") String s) {
    List<Token> tokens = SEG.segment(s);
    int pos = 0;
    StringBuilder nonSpace = new StringBuilder();
    for (Token t : tokens) {
      assertEquals(pos, t.span().start(), "tokens in order, non-overlapping, no gap");
      assertEquals(s.substring(t.span().start(), t.span().end()), t.text());
      pos = t.span().end();
      if (t.type() != TokenType.WHITESPACE) {
        nonSpace.append(t.text());
      }
    }
    assertEquals(s.length(), pos);
    assertEquals(Chars.stripSpaces(s), Chars.stripSpaces(nonSpace));
  }

  @Property(tries = 3)
  void longLinesDoNotThrow(@ForAll("texts") String s) {
    String big = (s + "人工智能发展态势前所未有。").repeat(100_000 / (s.length() + 13) + 1);
    List<Token> tokens = SEG.segment(big);
    assertTrue(tokens.get(tokens.size() - 1).span().end() == big.length());
  }
}
