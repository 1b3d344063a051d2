package dev.banmian.pdf;

import dev.banmian.geometry.Box;
import dev.banmian.geometry.PageGeometry;
import dev.banmian.geometry.PrintedLine;
import dev.banmian.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntPredicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads the pages of a PDF into page text with geometry, with Apache PDFBox: glyphs are grouped into
 * printed lines by baseline and column gaps, lines into blocks by column, type and leading, and the
 * blocks are put in reading order by the page's white gaps, not by the order the PDF draws them.
 *
 * <pre>{@code
 * for (PdfPage page : PdfPageReader.standard().read(Path.of("2025-03-03-10.pdf"))) {
 *   Page articles = extractor.extract(page.text(), page.geometry(), Optional.empty());
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each call opens its own document.
 */
public final class PdfPageReader {
  private static final PdfPageReader STANDARD = new PdfPageReader();

  private PdfPageReader() {}

  /**
   * Returns the standard reader.
   *
   * @return the shared, thread-safe reader
   */
  public static PdfPageReader standard() {
    return STANDARD;
  }

  /**
   * Returns whether {@code bytes} start like a PDF ({@code %PDF-} within the first kilobyte).
   *
   * @param bytes the file's bytes
   * @return whether they look like a PDF
   */
  public static boolean looksLikePdf(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    String head = new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1);
    return head.contains("%PDF-");
  }

  /**
   * Returns every page of the PDF file.
   *
   * @param file the PDF file
   * @return its pages, in order
   * @throws PdfException if the file is not a readable PDF
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public List<PdfPage> read(Path file) {
    return read(file, p -> true);
  }

  /**
   * Returns the pages of the PDF file whose 1-based numbers {@code pages} accepts.
   *
   * @param file the PDF file
   * @param pages which page numbers (1-based) to read
   * @return the accepted pages, in order
   * @throws PdfException if the file is not a readable PDF
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public List<PdfPage> read(Path file, IntPredicate pages) {
    Objects.requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return read(bytes, String.valueOf(file.getFileName()), pages);
  }

  /**
   * Returns the pages of the PDF held in {@code bytes} whose 1-based numbers {@code pages} accepts.
   *
   * @param bytes the PDF's bytes
   * @param name the document's name, used in the ids of the page texts ({@code name.p01})
   * @param pages which page numbers (1-based) to read
   * @return the accepted pages, in order
   * @throws PdfException if the bytes are not a readable PDF
   */
  public List<PdfPage> read(byte[] bytes, String name, IntPredicate pages) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(pages, "pages");
    if (!looksLikePdf(bytes)) {
      throw new PdfException(name + " is not a PDF: it does not start with %PDF-");
    }
    try (PDDocument doc = Loader.loadPDF(bytes)) {
      List<PdfPage> out = new ArrayList<>();
      for (int i = 1; i <= doc.getNumberOfPages(); i++) {
        if (pages.test(i)) {
          out.add(readPage(doc, i, name));
        }
      }
      return out;
    } catch (InvalidPasswordException e) {
      throw new PdfException(name + " is encrypted with a password; decrypt it first", e);
    } catch (IOException e) {
      throw new PdfException(name + " is a damaged PDF that cannot be read: " + e.getMessage(), e);
    }
  }

  private static PdfPage readPage(PDDocument doc, int number, String name) throws IOException {
    PDPage page = doc.getPage(number - 1);
    PDRectangle crop = page.getCropBox();
    List<Glyph> glyphs = new GlyphCollector().collect(doc, number);
    List<Box> pictures = withoutText(new PictureFinder(page).find(), glyphs);
    List<TextBlock> blocks = ReadingOrder.blocks(LineBuilder.lines(glyphs));
    StringBuilder text = new StringBuilder();
    List<PrintedLine> lines = new ArrayList<>();
    int line = 0;
    for (TextBlock b : blocks) {
      if (line > 0) {
        text.append('\n');
        line++;
      }
      for (Segment s : b.lines) {
        text.append(s.text()).append('\n');
        lines.add(new PrintedLine(line++, s.box, s.size, s.bold));
      }
    }
    String id = String.format(java.util.Locale.ROOT, "%s.p%02d", name, number);
    Box pageBox = new Box(0, 0, crop.getWidth(), crop.getHeight());
    return new PdfPage(number, SourceText.of(id, text.toString()), new PageGeometry(pageBox, lines, pictures));
  }

  /** Drops "pictures" with text printed inside them: frames around boxed articles, not photos. */
  private static List<Box> withoutText(List<Box> boxes, List<Glyph> glyphs) {
    List<Box> out = new ArrayList<>();
    for (Box b : boxes) {
      long inside = glyphs.stream().filter(g -> g.left() >= b.left() && g.right() <= b.right() && g.middle() >= b.top() && g.middle() <= b.bottom()).count();
      if (inside <= 2 && out.stream().noneMatch(b::equals)) {
        out.add(b);
      }
    }
    return out;
  }
}
