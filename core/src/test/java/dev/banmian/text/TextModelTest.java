package dev.banmian.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextModelTest {
  @Test
  void spanValidates() {
    assertThrows(IllegalArgumentException.class, () -> new Span(-1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Span(3, 2));
    assertEquals(4, new Span(3, 7).length());
  }

  @Test
  void sourceTextIndexesLinesWithEveryTerminator() {
    SourceText t = SourceText.of("x", "甲\r\n乙\r丙\n\n丁");
    assertEquals(List.of("甲", "乙", "丙", "", "丁"), t.lines().stream().map(Line::text).toList());
    assertEquals(new LinePos(2, 1), t.position(3));
    assertEquals("乙", t.slice(t.lines().get(1).span()));
  }

  @Test
  void tracedTextMergesSpansAcrossWhitespaceOnly() {
    String raw = "总书\n\n记考察 abc";
    TracedText t = TracedText.builder().append("总书", 0).append("记考察", 4).build();
    assertEquals("总书记考察", t.text());
    assertEquals(List.of(new Span(0, 7)), t.sourceSpans(raw));
    TracedText gap = TracedText.builder().append("总书", 0).append("abc", 8).build();
    assertEquals(List.of(new Span(0, 2), new Span(8, 11)), gap.sourceSpans(raw));
  }

  /**
   * Reproducer (#18): a span ending on a lone high surrogate was stretched over the next character, which then
   * belonged to two fields. A surrogate pair is never split; a lone surrogate is a character of its own.
   */
  @Test
  void aCharacterBetweenTwoLinesIsTracedToTheGapBetweenThem() {
    String raw = "甲乙\n丙丁\n";
    TracedText inOrder = TracedText.builder().append("甲乙", 0).appendBetween(' ', 3).append("丙丁", 3).build();
    assertEquals(2, inOrder.sourceOffset(2));
    assertEquals(List.of(new Span(0, 5)), inOrder.sourceSpans(raw));
    // the page's first line moved after another: the character is traced after the line before it, not onto offset 0
    TracedText moved = TracedText.builder().append("丙丁", 3).appendBetween(' ', 0).append("甲乙", 0).build();
    assertEquals(5, moved.sourceOffset(2));
    assertEquals(List.of(new Span(3, 6), new Span(0, 2)), moved.sourceSpans(raw));
    // the line after the moved one: the gap before it went to the moved line's join, so the one after the moved line
    TracedText after = TracedText.builder().append("丙丁", 3).appendBetween(' ', 0).append("甲乙", 0).appendBetween(' ', 6)
        .append("戊", 6).build();
    assertEquals(2, after.sourceOffset(5));
  }

  @Test
  void aSpanNeverSplitsASurrogatePairAndNeverGrowsPastALoneSurrogate() {
    String raw = "。\uDAD5（记者丽）";
    TracedText lone = TracedText.builder().append("。\uDAD5", 0).build();
    assertEquals(List.of(new Span(0, 2)), lone.sourceSpans(raw));
    String pair = "笑\uD83D\uDE00了";
    TracedText high = TracedText.builder().append("笑", 0).append("\uD83D", 1).build();
    assertEquals(List.of(new Span(0, 3)), high.sourceSpans(pair));
    assertTrue(Chars.splitsPair(pair, 2));
    assertFalse(Chars.splitsPair(pair, 1));
    assertFalse(Chars.splitsPair(raw, 2));
    assertFalse(Chars.splitsPair("\uDC00\uDC00", 1));
  }

  @Test
  void formFeedsSplitATextIntoPages() {
    List<SourceText> pages = SourceText.of("issue.txt", "第一版\n\f第二版\n\f\f第四版\f").splitPages();
    assertEquals(List.of("issue.p01", "issue.p02", "issue.p03", "issue.p04"), pages.stream().map(SourceText::id).toList());
    assertEquals(List.of("第一版\n", "第二版\n", "", "第四版"), pages.stream().map(SourceText::raw).toList());
    SourceText one = SourceText.of("page.txt", "只有一版\n\f");
    assertEquals(List.of(one), one.splitPages());
    SourceText mutool = SourceText.of("page.txt", "只有一版\n\f\n");
    assertEquals(List.of(mutool), mutool.splitPages());
    List<SourceText> two = SourceText.of("issue.txt", "第一版\n\f\n第二版\n\f\n \n").splitPages();
    assertEquals(List.of("第一版\n", "\n第二版\n"), two.stream().map(SourceText::raw).toList());
    SourceText none = SourceText.of("page", "只有一版");
    assertEquals(List.of(none), none.splitPages());
  }
}
