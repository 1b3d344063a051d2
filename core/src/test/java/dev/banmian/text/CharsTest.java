package dev.banmian.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.base.CharMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Table tests of {@link Chars}' one definition of whitespace. */
class CharsTest {
  @ParameterizedTest
  @ValueSource(chars = {' ', '\t', '\n', '\r', '\f', '\u000B', '\u001C', '\u001F', '\u00A0', '\u1680', '\u2000', '\u2004',
      '\u2007', '\u2008', '\u200A', '\u200B', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF'})
  void everyUnicodeSpaceZeroWidthSpaceAndByteOrderMarkIsSpace(char c) {
    assertTrue(Chars.isSpace(c), () -> String.format("U+%04X", (int) c));
    assertEquals("本报", Chars.strip(c + "本报" + c));
  }

  @ParameterizedTest
  @ValueSource(chars = {'本', 'a', '0', '，', '·', '\u200C', '\u200D', '\u00AD'})
  void lettersPunctuationAndJoinersAreNotSpace(char c) {
    assertFalse(Chars.isSpace(c), () -> String.format("U+%04X", (int) c));
  }

  @Test
  void lookupTablesAgreeWithTheDefinitionsOnEveryBmpCharacter() {
    CharMatcher space = CharMatcher.whitespace().or(CharMatcher.anyOf("\u200B\uFEFF")).or(CharMatcher.inRange('\u001C', '\u001F'));
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean han = !Character.isSurrogate(c) && (c == '〇' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
      assertEquals(space.matches(c), Chars.isSpace(c), () -> String.format("isSpace U+%04X", (int) c));
      assertEquals(han, Chars.isHan(c), () -> String.format("isHan U+%04X", (int) c));
      assertEquals(han, Chars.isHan(i), () -> String.format("isHan(int) U+%04X", (int) c));
    }
  }

  @Test
  void spaceSeparatedSplitsAtEverySpaceTheLibraryCounts() {
    assertEquals(List.of("第十版", "要闻", "某某日报"), Chars.spaceSeparated("第十版\u3000要闻  某某日报\u00A0"));
    assertEquals(List.of(), Chars.spaceSeparated(" \u200B "));
  }

  @Test
  void closingMarksNeverStartAPrintedLine() {
    assertTrue(Chars.opensWithClosingMark("”某某说。"));
    assertTrue(Chars.opensWithClosingMark("。"));
    assertTrue(Chars.opensWithClosingMark("、黄梅戏"));
    assertTrue(Chars.opensWithClosingMark("……一座新城，正加快生长。"));
    assertTrue(Chars.opensWithClosingMark("⋯⋯一座新城，正加快生长。"));
    assertFalse(Chars.opensWithClosingMark("“某某说"));
    assertFalse(Chars.opensWithClosingMark("某某说，"));
    assertFalse(Chars.opensWithClosingMark(""));
  }

  @Test
  void hanOutsideTheBmpIsHanToo() {
    assertTrue(Chars.isHan(0x20000));
    assertTrue(Chars.isHan(0x2A6D6));
    assertFalse(Chars.isHan(0x1F600));
  }

  @Test
  void stripSpacesRemovesEverySpaceAndKeepsTheRest() {
    assertEquals("本报北京电", Chars.stripSpaces("\u3000本 报\u00A0北京\u200B电 "));
    assertEquals("本报北京电", Chars.stripSpaces("本报北京电"));
    assertEquals("", Chars.stripSpaces(" \u3000"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"会议召开。", "真的吗？", "再由店员端上餐桌……", "再由店员端上餐桌⋯⋯", "他说：“好。”"})
  void sentenceEndsIncludeTheEllipsisAsPdfExtractorsPrintIt(String s) {
    assertTrue(Chars.endsSentence(s), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {"会议召开，", "记者从某县获悉：", "第一节课下"})
  void openSentencesDoNotEnd(String s) {
    assertFalse(Chars.endsSentence(s), s);
  }

  @ParameterizedTest
  @ValueSource(chars = {'“', '”', '‘', '’', '「', '」', '『', '』', '"', '\''})
  void quotationMarksAreQuotes(char c) {
    assertTrue(Chars.isQuote(c), String.valueOf(c));
  }

  @ParameterizedTest
  @ValueSource(chars = {'（', '《', '【', '，', '本', '·'})
  void bracketsAndOtherPunctuationAreNotQuotes(char c) {
    assertFalse(Chars.isQuote(c), String.valueOf(c));
  }

  @ParameterizedTest
  @ValueSource(strings = {"政策好 顾虑少", "政策好\u3000顾虑少", "政策好\u00A0顾虑少", "政策好\u200B顾虑少"})
  void anySpaceInsideCounts(String s) {
    assertTrue(Chars.hasSpace(s), s);
    assertFalse(Chars.hasSpace(Chars.stripSpaces(s)), s);
  }

  @Test
  void allHanHoldsOnlyForTextWhoseEveryCodePointIsHan() {
    assertTrue(Chars.isAllHan("新闻"));
    assertTrue(Chars.isAllHan("\uD840\uDC00字"), "a Han character outside the BMP counts");
    assertTrue(Chars.isAllHan(""));
    assertFalse(Chars.isAllHan("新闻。"));
    assertFalse(Chars.isAllHan("2025年"));
    assertFalse(Chars.isAllHan("新 闻"));
    assertFalse(Chars.isAllHan("\uD840"), "a lone surrogate is no Han character");
  }
}
