package dev.banmian.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading order of blocks from glyphs placed by hand, 8-point body type. */
class ReadingOrderTest {
  private static final double SIZE = 8;

  /** Glyphs of {@code text} set solid from {@code left} on the baseline {@code baseline}, one em each. */
  private static List<Glyph> set(String text, double left, double baseline) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      double x = left + i * SIZE;
      out.add(new Glyph(String.valueOf(text.charAt(i)), x, baseline - SIZE, x + SIZE, baseline, baseline, SIZE, false));
    }
    return out;
  }

  /** Two lines of body text at {@code left}, under the row at the top of the page. */
  private static List<Glyph> column(String first, String second, double left) {
    List<Glyph> out = new ArrayList<>(set(first, left, 80));
    out.addAll(set(second, left, 92));
    return out;
  }

  private static List<String> blocks(List<Glyph> glyphs) {
    List<Segment> lines = new ArrayList<>(LineBuilder.lines(glyphs));
    lines.sort(Comparator.comparingDouble(s -> s.box.top()));
    return ReadingOrder.blocks(lines).stream()
        .map(b -> String.join("/", b.lines.stream().map(Segment::text).toList())).toList();
  }

  @Test
  void aPageHeaderSpreadAcrossThePageIsOneLine() {
    List<Glyph> g = new ArrayList<>(set("第3版", 30, 40));
    g.addAll(set("要闻", 200, 40));
    g.addAll(set("2025年2月1日", 400, 40));
    g.addAll(column("今年以来某县持续推进道路建设", "新修道路一百多公里沿线群众", 30));
    assertEquals("第3版要闻2025年2月1日", blocks(g).get(0).replace(" ", ""));
  }

  /**
   * Two articles' column labels on one baseline, far apart, with nothing else in their row: not one printed line, and
   * not a paragraph's last line and a byline set far to its right either.
   */
  @Test
  void labelsOfTwoArticlesOnOneBaselineStayApart() {
    List<Glyph> g = new ArrayList<>(set("乡村观察", 30, 40));
    g.addAll(set("城市笔记", 400, 40));
    g.addAll(column("今年以来某县持续推进道路建设", "新修道路一百多公里沿线群众", 30));
    g.addAll(column("某市老街改造完成居民出行更", "方便了街道两旁的店铺也多了", 400));
    List<String> out = blocks(g);
    assertEquals(List.of("乡村观察", "城市笔记"), out.stream().filter(s -> s.length() == 4).toList(), out.toString());
  }
}
