package dev.banmian.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs PDFBox decodes on one page, in content-stream order, without PDFBox's own line
 * and word heuristics. Not thread-safe: one instance per page read.
 */
final class GlyphCollector extends PDFTextStripper {
  /** Face names that say bold: {@code Bold}, {@code Black}, {@code Heavy}, {@code Semibold}, {@code W7}. */
  private static final Pattern BOLD_FACE = Pattern.compile(".*(bold|black|heavy|demi|-w[6-9]|w[6-9]$).*");

  /** Where the top of a CJK glyph lies above its baseline, as a share of the type size. */
  private static final double ASCENT = 0.88;

  /** Where the bottom of a glyph lies under its baseline, as a share of the type size. */
  private static final double DESCENT = 0.12;

  private final List<Glyph> glyphs = new ArrayList<>();

  GlyphCollector() {
    super();
    setSortByPosition(false);
    setSuppressDuplicateOverlappingText(true);
  }

  /** Returns the glyphs of page {@code page} (1-based) of {@code doc}. */
  List<Glyph> collect(PDDocument doc, int page) throws IOException {
    glyphs.clear();
    setStartPage(page);
    setEndPage(page);
    getText(doc);
    return List.copyOf(glyphs);
  }

  @Override
  protected void processTextPosition(TextPosition t) {
    String u = t.getUnicode();
    if (u == null || u.isBlank()) {
      return;
    }
    double size = t.getFontSizeInPt();
    if (!(size > 0)) {
      size = t.getHeightDir();
    }
    if (!(size > 0) || !Double.isFinite(size)) {
      return;
    }
    double left = t.getXDirAdj();
    double right = left + Math.max(t.getWidthDirAdj(), 0);
    double baseline = t.getYDirAdj();
    if (!Double.isFinite(left) || !Double.isFinite(right) || !Double.isFinite(baseline)) {
      return;
    }
    glyphs.add(new Glyph(u, left, baseline - ASCENT * size, right, baseline + DESCENT * size, baseline, size, isBold(t.getFont())));
  }

  private static boolean isBold(PDFont font) {
    if (font == null) {
      return false;
    }
    String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
    if (BOLD_FACE.matcher(name).matches()) {
      return true;
    }
    return font.getFontDescriptor() != null && (font.getFontDescriptor().isForceBold() || font.getFontDescriptor().getFontWeight() >= 600);
  }
}
