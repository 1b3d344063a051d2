package dev.banmian.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.text.Chars;
import dev.banmian.text.Span;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class JiebaSegmenterTest {
  private static final JiebaSegmenter SEG = JiebaSegmenter.builder().build();

  static List<String> words(Segmenter s, String text) {
    return s.segment(text).stream().filter(t -> t.type() != TokenType.WHITESPACE).map(Token::text).toList();
  }

  @Test
  void tokenTextIsTheInputNotJiebasNormalisedForm() {
    List<Token> tokens = SEG.segment("ＩＢＭ公司Java，9 月");
    for (Token t : tokens) {
      assertEquals("ＩＢＭ公司Java，9 月".substring(t.span().start(), t.span().end()), t.text());
    }
    assertTrue(tokens.stream().anyMatch(t -> t.text().equals("ＩＢＭ") && t.type() == TokenType.LATIN));
    assertTrue(tokens.stream().anyMatch(t -> t.text().equals("Java")));
    assertTrue(tokens.stream().anyMatch(t -> t.text().equals("9") && t.type() == TokenType.NUMBER));
    assertTrue(tokens.stream().anyMatch(t -> t.text().equals("，") && t.type() == TokenType.PUNCTUATION));
  }

  @Test
  void neverSplitsASurrogatePair() {
    String s = "好😀x𠀀字";
    for (Token t : SEG.segment(s)) {
      assertFalse(Character.isLowSurrogate(s.charAt(t.span().start())), t.toString());
      assertFalse(Character.isHighSurrogate(s.charAt(t.span().end() - 1)), t.toString());
    }
  }

  @Test
  void segmentsNewsText() {
    assertEquals(List.of("习近平", "总书记", "考察", "青海"), words(SEG, "习近平总书记考察青海"));
    assertTrue(SEG.isKnownWord("书记"));
    assertFalse(SEG.isKnownWord("记考"));
  }

  @Test
  void userWordsWithoutFrequencyKeepTheWordWhole() {
    assertFalse(words(SEG, "参加体悟实训课堂").contains("体悟实训"));
    JiebaSegmenter withWord = JiebaSegmenter.builder().userWords(List.of(UserWord.of("体悟实训"))).build();
    assertTrue(words(withWord, "参加体悟实训课堂").contains("体悟实训"));
  }

  @Test
  void userWordsBelongToTheSegmenterBuiltWithThem() {
    JiebaSegmenter before = JiebaSegmenter.builder().build();
    List<Token> plain = before.segment("参加体悟实训课堂");
    JiebaSegmenter withWord = JiebaSegmenter.builder().userWords(List.of(UserWord.of("体悟实训"))).build();
    JiebaSegmenter after = JiebaSegmenter.builder().build();
    assertTrue(words(withWord, "参加体悟实训课堂").contains("体悟实训"));
    assertTrue(withWord.isKnownWord("体悟实训"));
    assertEquals(plain, before.segment("参加体悟实训课堂"), "a segmenter built earlier is unchanged");
    assertEquals(plain, after.segment("参加体悟实训课堂"), "a segmenter built later does not see them");
    assertFalse(before.isKnownWord("体悟实训"));
    assertFalse(after.isKnownWord("体悟实训"));
  }

  @Test
  void userDictionaryLinesInEveryFormParse() {
    String dict = "# comment\n红链兴企\n学用转化 50\n夏都枢纽 nz\n推窗见绿 20 nz\n";
    JiebaSegmenter s = JiebaSegmenter.builder()
        .userDictionary(new ByteArrayInputStream(dict.getBytes(StandardCharsets.UTF_8)), "test.dict").build();
    assertTrue(words(s, "推进红链兴企行动").contains("红链兴企"));
    assertTrue(words(s, "组建夏都枢纽党建联盟").contains("夏都枢纽"));
  }

  @Test
  void malformedDictionaryLinesNameTheSourceAndLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JiebaSegmenter.builder()
        .userDictionary(new ByteArrayInputStream("好词 1 n extra\n".getBytes(StandardCharsets.UTF_8)), "bad.dict"));
    assertTrue(e.getMessage().startsWith("bad.dict:1:"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> UserWord.of("有 空格"));
  }

  @Test
  void indexModeAddsSubWords() {
    JiebaSegmenter index = JiebaSegmenter.builder().mode(JiebaSegmenter.Mode.INDEX).build();
    List<String> w = words(index, "总书记");
    assertTrue(w.contains("书记") && w.contains("总书记"), w.toString());
  }

  /** Reproducer (#18): a lone low surrogate after a pair made INDEX mode emit a token from inside the pair. */
  @Test
  void indexModeNeverSplitsASurrogatePair() {
    JiebaSegmenter index = JiebaSegmenter.builder().mode(JiebaSegmenter.Mode.INDEX).build();
    String s = "a\uD83D\uDC67\uDCAB\uD83D\uDC67中国";
    List<Token> tokens = index.segment(s);
    for (Token t : tokens) {
      assertFalse(Chars.splitsPair(s, t.span().start()) || Chars.splitsPair(s, t.span().end()), t.toString());
    }
    assertTrue(tokens.stream().anyMatch(t -> t.span().equals(new Span(3, 4))), tokens.toString());
  }

  @Test
  void eightThreadsShareOneInstance() throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      texts.add("第" + i + "次会议强调，要深入学习贯彻习近平新时代中国特色社会主义思想，推动高质量发展。");
    }
    List<List<Token>> expected = texts.stream().map(SEG::segment).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int rep = 0; rep < 5; rep++) {
            for (int i = 0; i < texts.size(); i++) {
              if (!SEG.segment(texts.get(i)).equals(expected.get(i))) {
                return false;
              }
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> f : results) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aWordKeptAcrossABreakMarksACutSentence() {
    assertTrue(SEG.keepsWordAcross("全市各级干部累", "计走访服务群众两万多人次"));
    assertTrue(SEG.keepsWordAcross("身旁的机械臂同步照做，如", "出一辙。"));
    assertFalse(SEG.keepsWordAcross("记者来到城北的一所中", "国家统计局发布的数据显示"));
    assertFalse(SEG.keepsWordAcross("工作取得新进展。", "今年以来"));
    assertFalse(SEG.keepsWordAcross("累", ""));
    assertFalse(new Segmenter() {
      @Override
      public List<Token> segment(CharSequence text) {
        return List.of();
      }
    }.keepsWordAcross("全市各级干部累", "计走访"));
  }
}
