package dev.banmian.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
  private static final JiebaSegmenter INDEX = JiebaSegmenter.builder().mode(JiebaSegmenter.Mode.INDEX).build();
  private static final com.huaban.analysis.jieba.JiebaSegmenter RAW = new com.huaban.analysis.jieba.JiebaSegmenter();

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

  /** Han text with surrogate pairs and lone high and low surrogates mixed in, in any order. */
  @Provide
  Arbitrary<String> textsWithSurrogates() {
    return Arbitraries.strings().withChars("\uD83D\uDC67\uDCAB\uDAD5\uDE00中国人民总书记，。 a1").ofMaxLength(30);
  }

  /** No token of either mode starts or ends between the halves of a surrogate pair (#18). */
  @Property(tries = 300)
  void tokensNeverSplitASurrogatePair(@ForAll("textsWithSurrogates") String s) {
    for (JiebaSegmenter seg : List.of(SEG, INDEX)) {
      for (Token t : seg.segment(s)) {
        assertFalse(Chars.splitsPair(s, t.span().start()) || Chars.splitsPair(s, t.span().end()), seg + " " + t);
      }
    }
  }

  /**
   * The segmenter's tokens (its own engine's, see {@code JiebaEngine}) must be the ones raw jieba's
   * {@code process} gives, offset for offset. Surrogates are left out: there the segmenter deliberately
   * differs (it never splits a pair).
   */
  @Property(tries = 300)
  void tokensAreJiebasOwn(@ForAll("texts") String s, @ForAll boolean index) {
    if (s.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
      return;
    }
    JiebaSegmenter ours = index ? INDEX : SEG;
    java.util.TreeSet<String> expected = new java.util.TreeSet<>();
    for (com.huaban.analysis.jieba.SegToken t : RAW.process(s, index
        ? com.huaban.analysis.jieba.JiebaSegmenter.SegMode.INDEX : com.huaban.analysis.jieba.JiebaSegmenter.SegMode.SEARCH)) {
      expected.add(String.format("%06d-%06d", t.startOffset, t.endOffset));
    }
    java.util.TreeSet<String> actual = new java.util.TreeSet<>();
    for (Token t : ours.segment(s)) {
      actual.add(String.format("%06d-%06d", t.span().start(), t.span().end()));
    }
    assertEquals(expected, actual);
  }

  @Property(tries = 3)
  void longLinesDoNotThrow(@ForAll("texts") String s) {
    String big = (s + "人工智能发展态势前所未有。").repeat(100_000 / (s.length() + 13) + 1);
    List<Token> tokens = SEG.segment(big);
    assertTrue(tokens.get(tokens.size() - 1).span().end() == big.length());
  }
}
