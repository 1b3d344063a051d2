package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.extract.layout.Placement;
import dev.banmian.geometry.Box;
import dev.banmian.model.Diagnostic;
import dev.banmian.text.Line;
import dev.banmian.text.Span;
import dev.banmian.text.TracedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Classified blocks of a page with geometry, written for a test: each one line of text set in a type size (points, on
 * a page whose body type is {@value #BODY} points) from a point of the page, at its own offset of one raw text.
 */
final class PlacedBlocks {
  /** The page's body type, in points: a block's relative size is its type size over this. */
  static final double BODY = 9.5;

  final List<ClassifiedBlock> blocks = new ArrayList<>();
  private final StringBuilder raw = new StringBuilder();

  /**
   * Adds a block of one line, each character {@code size} points wide, and {@return it}.
   *
   * @param kind the block's kind
   * @param text its text
   * @param left its left edge, in points
   * @param top its top edge, in points (down the page)
   * @param size its type size, in points
   */
  ClassifiedBlock add(BlockKind kind, String text, double left, double top, double size) {
    int at = raw.length();
    raw.append(text).append('\n');
    Line line = new Line(blocks.size(), new Span(at, at + text.length()), text);
    Box box = new Box(left, top, left + size * text.length(), top + size);
    Block b = new Block(TracedText.builder().append(text, at).build(), List.of(line), 0, 20, false, List.of(),
        Optional.of(new Placement(box, size / BODY, false, false)));
    ClassifiedBlock c = new ClassifiedBlock(b, kind, 1.0, List.of());
    blocks.add(c);
    return c;
  }

  Assembly assembly() {
    return new Assembly(raw.toString(), List.<Diagnostic>of());
  }
}
