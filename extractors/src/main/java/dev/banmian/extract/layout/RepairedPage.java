package dev.banmian.extract.layout;

import dev.banmian.model.Diagnostic;
import dev.banmian.text.SourceText;
import java.util.List;
import java.util.Objects;

/**
 * The result of layout repair: clean blocks in reading order, the lines judged to be noise (such
 * as column-overlap duplicates), and diagnostics.
 *
 * @param source the page
 * @param style the page style inferred from its own statistics
 * @param blocks the blocks in reading order
 * @param noise blocks that are artefacts of the layout, not content
 * @param diagnostics decisions taken, with their evidence
 */
public record RepairedPage(SourceText source, PageStyle style, List<Block> blocks, List<Block> noise, List<Diagnostic> diagnostics) {
  /**
   * Validates and copies the fields.
   *
   * @param source the page
   * @param style the page style inferred from its own statistics
   * @param blocks the blocks in reading order
   * @param noise blocks that are artefacts of the layout, not content
   * @param diagnostics decisions taken, with their evidence
   */
  public RepairedPage {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(style, "style");
    blocks = List.copyOf(blocks);
    noise = List.copyOf(noise);
    diagnostics = List.copyOf(diagnostics);
  }
}
