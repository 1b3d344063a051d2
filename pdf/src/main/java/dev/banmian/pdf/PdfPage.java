package dev.banmian.pdf;

import dev.banmian.geometry.PageGeometry;
import dev.banmian.text.SourceText;
import java.util.Objects;

/**
 * One page of a PDF read for extraction: the page text in reading order (one printed line per text
 * line, a blank line between blocks) and where each of its lines was printed.
 *
 * <pre>{@code
 * PdfPage p = PdfPageReader.standard().read(Path.of("page.pdf")).get(0);
 * p.text().raw();                       // the page text
 * p.geometry().line(0).get().fontSize(); // the type size of its first line
 * }</pre>
 *
 * @param number the 1-based page number in the PDF
 * @param text the page text; its id is the file name with {@code .pNN} for the page
 * @param geometry the boxes and type of the page text's lines, and the page's picture boxes
 */
public record PdfPage(int number, SourceText text, PageGeometry geometry) {
  /**
   * Validates the fields.
   *
   * @param number the 1-based page number in the PDF
   * @param text the page text; its id is the file name with {@code .pNN} for the page
   * @param geometry the boxes and type of the page text's lines, and the page's picture boxes
   * @throws IllegalArgumentException if {@code number} is not positive
   */
  public PdfPage {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(geometry, "geometry");
    if (number < 1) {
      throw new IllegalArgumentException("page numbers start at 1: " + number);
    }
  }

  /**
   * Returns whether the page has a text layer. A page without one (a scanned image) has empty text;
   * it needs optical character recognition before extraction.
   *
   * @return whether any text was printed on the page
   */
  public boolean hasText() {
    return !geometry.lines().isEmpty();
  }
}
