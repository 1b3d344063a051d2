package dev.banmian.geometry;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The geometry of a printed page whose text is held by a {@link dev.banmian.text.SourceText}: the page
 * box, where each text line was printed, and the boxes of its pictures. Lines of the page text with no
 * entry here (blank lines) have no geometry.
 *
 * <pre>{@code
 * PageGeometry g = new PageGeometry(new Box(0, 0, 595, 842), lines, List.of());
 * g.line(3).map(PrintedLine::fontSize);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param page the page box
 * @param lines where each non-blank line of the page text was printed, in page-text order
 * @param pictures the boxes of the page's pictures (images and photo frames)
 */
public record PageGeometry(Box page, List<PrintedLine> lines, List<Box> pictures) {
  /**
   * Validates and copies the fields.
   *
   * @param page the page box
   * @param lines where each non-blank line of the page text was printed, in page-text order
   * @param pictures the boxes of the page's pictures (images and photo frames)
   * @throws IllegalArgumentException if the lines are not in strictly increasing line-number order
   */
  public PageGeometry {
    Objects.requireNonNull(page, "page");
    lines = List.copyOf(lines);
    pictures = List.copyOf(pictures);
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).number() <= lines.get(i - 1).number()) {
        throw new IllegalArgumentException("line geometries out of order: line " + lines.get(i).number()
            + " after line " + lines.get(i - 1).number());
      }
    }
  }

  /**
   * {@return where the page text's line {@code number} was printed, if it has geometry}
   *
   * @param number the 1-based line number in the page text
   */
  public Optional<PrintedLine> line(int number) {
    // lines are in page-text order, so a binary search finds the entry
    int lo = 0;
    int hi = lines.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int n = lines.get(mid).number();
      if (n == number) {
        return Optional.of(lines.get(mid));
      }
      if (n < number) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return Optional.empty();
  }
}
