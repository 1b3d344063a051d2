package dev.banmian.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Printed lines from glyphs placed by hand: one baseline, 8-point type. */
class LineBuilderTest {
  private static final double SIZE = 8;

  /** Glyphs of {@code text} set solid from {@code left}, one em each. */
  private static List<Glyph> set(String text, double left) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      double x = left + i * SIZE;
      out.add(new Glyph(String.valueOf(text.charAt(i)), x, 92, x + SIZE, 100, 100, SIZE, false));
    }
    return out;
  }

  private static List<String> lines(List<Glyph> glyphs) {
    return LineBuilder.lines(glyphs).stream().map(s -> s.glyphs.stream().map(Glyph::text).reduce("", String::concat)).toList();
  }

  @Test
  void columnsWhoseLinesHangTheirPunctuationIntoTheGutterStayApart() {
    // the left line ends in a comma set past its margin, the right one opens with a quotation mark set before its
    // margin: the glyph boxes stand 1.2 em apart, the gutter between the columns' text is wider
    List<Glyph> row = new ArrayList<>(set("村民们说，", 0));
    row.addAll(set("“路修好了", 40 + 9.5));
    assertEquals(List.of("村民们说，", "“路修好了"), lines(row));
  }

  @Test
  void aCommaBeforeAnOpeningQuotationInsideALineStaysInTheLine() {
    assertEquals(List.of("村民们说，“路修好了"), lines(set("村民们说，“路修好了", 0)));
  }

  @Test
  void aLeadInsClosingBracketASpaceBeforeAQuotationStaysInTheLine() {
    List<Glyph> row = new ArrayList<>(set("本报讯（记者王明）", 0));
    row.addAll(set("“路修好了", 72 + 9.5));
    assertEquals(List.of("本报讯（记者王明）“路修好了"), lines(row));
  }

  @Test
  void glyphsAGutterApartAreTwoLines() {
    List<Glyph> row = new ArrayList<>(set("村民们说", 0));
    row.addAll(set("路修好了", 32 + 2 * SIZE));
    assertEquals(List.of("村民们说", "路修好了"), lines(row));
  }
}
