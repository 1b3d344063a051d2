package dev.banmian.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.geometry.Box;
import dev.banmian.geometry.PrintedLine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Builds small PDFs with PDFBox and reads them back: reading order, type sizes, shifted runs, pictures, errors. */
class PdfPageReaderTest {
  private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  /** One string drawn at a position (PDF coordinates: y from the page bottom). */
  private record Draw(String text, float x, float y, float size, boolean bold) {}

  private static Draw text(String t, float x, float y) {
    return new Draw(t, x, y, 10, false);
  }

  private static byte[] pdf(List<Draw> draws, List<float[]> rects) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        for (float[] r : rects) {
          cs.setNonStrokingColor(0.8f, 0.8f, 0.8f);
          cs.addRect(r[0], r[1], r[2], r[3]);
          cs.fill();
        }
        cs.setNonStrokingColor(0f, 0f, 0f);
        for (Draw d : draws) {
          cs.beginText();
          cs.setFont(d.bold() ? BOLD : FONT, d.size());
          cs.newLineAtOffset(d.x(), d.y());
          cs.showText(d.text());
          cs.endText();
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  private static PdfPage read(byte[] pdf) {
    List<PdfPage> pages = PdfPageReader.standard().read(pdf, "test.pdf", p -> true);
    assertEquals(1, pages.size());
    return pages.get(0);
  }

  private static List<String> lines(PdfPage p) {
    return p.text().raw().lines().toList();
  }

  @Test
  void columnsDrawnRowByRowAreReadColumnByColumn() throws IOException {
    List<Draw> draws = new ArrayList<>();
    for (int row = 0; row < 4; row++) {
      float y = 700 - row * 12;
      draws.add(text("left" + row, 50, y));
      draws.add(text("right" + row, 250, y));
    }
    PdfPage p = read(pdf(draws, List.of()));
    assertEquals(List.of("left0", "left1", "left2", "left3", "", "right0", "right1", "right2", "right3"), lines(p));
  }

  @Test
  void aHeadlineSetLargeIsReadFirstWithItsSize() throws IOException {
    List<Draw> draws = new ArrayList<>();
    for (int row = 0; row < 3; row++) {
      draws.add(text("body" + row, 50, 650 - row * 12));
      draws.add(text("next" + row, 250, 650 - row * 12));
    }
    draws.add(new Draw("Headline", 50, 700, 24, true));
    PdfPage p = read(pdf(draws, List.of()));
    assertEquals("Headline", lines(p).get(0));
    PrintedLine head = p.geometry().line(0).orElseThrow();
    assertEquals(24, head.fontSize(), 0.01);
    assertTrue(head.bold());
    assertEquals(10, p.geometry().line(2).orElseThrow().fontSize(), 0.01);
  }

  @Test
  void twoHeadlinesOnOneBaselineInTwoSizesAreTwoLinesWhereAGutterOfTheSmallerTypeSeparatesThem() throws IOException {
    // the gap is 1.6 em of the smaller type and 1.2 em of the larger: a gutter between two columns' headlines
    float left = 50 + BOLD.getStringWidth("Left headline") / 1000 * 17;
    List<Draw> draws = List.of(new Draw("Left headline", 50, 700, 17, true), new Draw("Right", left + 1.6f * 17, 700, 23, true));
    PdfPage p = read(pdf(draws, List.of()));
    assertTrue(lines(p).contains("Right"), lines(p)::toString);
  }

  @Test
  void articlesSideBySideAreReadWholeOneAfterTheOther() throws IOException {
    List<Draw> draws = new ArrayList<>();
    draws.add(new Draw("Left", 50, 700, 20, true));
    draws.add(new Draw("Right", 300, 700, 20, true));
    for (int row = 0; row < 3; row++) {
      draws.add(text("a" + row, 50, 670 - row * 12));
      draws.add(text("b" + row, 300, 670 - row * 12));
    }
    PdfPage p = read(pdf(draws, List.of()));
    assertEquals(List.of("Left", "", "a0", "a1", "a2", "", "Right", "", "b0", "b1", "b2"), lines(p));
  }

  @Test
  void bandsOfArticlesSideBySideAreReadBandByBandWhereTheirColumnsLineUp() throws IOException {
    List<Draw> draws = new ArrayList<>();
    float[] bands = {700, 560};
    String[][] heads = {{"A", "B"}, {"C", "D"}};
    for (int band = 0; band < 2; band++) {
      draws.add(new Draw(heads[band][0], 50, bands[band], 20, true));
      draws.add(new Draw(heads[band][1], 300, bands[band], 20, true));
      for (int row = 0; row < 3; row++) {
        draws.add(text(heads[band][0].toLowerCase(Locale.ROOT) + row, 50, bands[band] - 30 - row * 12));
        draws.add(text(heads[band][1].toLowerCase(Locale.ROOT) + row, 300, bands[band] - 30 - row * 12));
      }
    }
    PdfPage p = read(pdf(draws, List.of()));
    assertEquals(List.of("A", "a0", "a1", "a2", "B", "b0", "b1", "b2", "C", "c0", "c1", "c2", "D", "d0", "d1", "d2"),
        lines(p).stream().filter(l -> !l.isBlank()).toList());
  }

  @Test
  void aRunOnAShiftedBaselineIsPutBackInItsLine() throws IOException {
    List<Draw> draws = List.of(text("abc", 50, 700), new Draw("2025", 68, 702.5f, 10, false), text("def", 93, 700),
        text("next", 50, 688));
    PdfPage p = read(pdf(draws, List.of()));
    assertEquals("abc2025def", lines(p).get(0).replace(" ", ""));
    assertEquals("next", lines(p).get(1));
  }

  @Test
  void aGreyBoxIsAPictureAndTheTextLayerIsKnown() throws IOException {
    PdfPage p = read(pdf(List.of(text("caption", 50, 590)), List.<float[]>of(new float[] {50, 600, 150, 100})));
    assertTrue(p.hasText());
    assertEquals(1, p.geometry().pictures().size());
    Box pic = p.geometry().pictures().get(0);
    assertEquals(150, pic.width(), 0.5);
    assertEquals(PDRectangle.A4.getHeight() - 700, pic.top(), 0.5);
    PdfPage scan = read(pdf(List.of(), List.<float[]>of(new float[] {50, 600, 150, 100})));
    assertFalse(scan.hasText());
    assertEquals("", scan.text().raw());
  }

  @Test
  void badBytesGetAMessageThatSaysWhatTheyAre() {
    PdfException notPdf = assertThrows(PdfException.class,
        () -> PdfPageReader.standard().read("plain text".getBytes(java.nio.charset.StandardCharsets.UTF_8), "a.txt", p -> true));
    assertTrue(notPdf.getMessage().contains("a.txt is not a PDF"), notPdf.getMessage());
    PdfException damaged = assertThrows(PdfException.class,
        () -> PdfPageReader.standard().read("%PDF-1.7\n garbage".getBytes(java.nio.charset.StandardCharsets.UTF_8), "b.pdf", p -> true));
    assertTrue(damaged.getMessage().contains("b.pdf is a damaged PDF"), damaged.getMessage());
  }

  @Test
  void onlyTheAskedPagesAreRead() throws IOException {
    byte[] bytes = pdf(List.of(text("x", 50, 700)), List.of());
    assertTrue(PdfPageReader.standard().read(bytes, "c.pdf", p -> p == 2).isEmpty());
    assertEquals("c.pdf.p01", PdfPageReader.standard().read(bytes, "c.pdf", p -> p == 1).get(0).text().id());
  }
}
