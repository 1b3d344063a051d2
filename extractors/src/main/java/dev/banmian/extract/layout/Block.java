package dev.banmian.extract.layout;

import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import dev.banmian.text.Span;
import dev.banmian.text.TracedText;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A paragraph-like unit of a repaired page, not yet classified: its clean text, the source lines it
 * was joined from, and the evidence that decided its boundaries.
 *
 * @param text the clean text, traced to raw offsets
 * @param lines the source lines joined into this block, in reading order (several pieces when an
 *     interrupted body was rejoined)
 * @param blankLinesBefore the number of blank source lines printed just before the first line
 * @param columnWidth the estimated full width of the column around this block, in em units
 * @param displaced true when this block was printed inside another block's sentence and has been
 *     moved after it (a headline or caption interrupting a body)
 * @param evidence short notes of why the block starts and ends where it does
 * @param placement where the block was printed, when the page came with geometry
 */
public record Block(TracedText text, List<Line> lines, int blankLinesBefore, double columnWidth, boolean displaced,
    List<String> evidence, Optional<Placement> placement) {
  /**
   * Validates and copies the fields.
   *
   * @param text the clean text, traced to raw offsets
   * @param lines the source lines joined into this block, in reading order (several pieces when an interrupted body was rejoined)
   * @param blankLinesBefore the number of blank source lines printed just before the first line
   * @param columnWidth the estimated full width of the column around this block, in em units
   * @param displaced true when this block was printed inside another block's sentence and has been moved after it (a headline or caption interrupting a body)
   * @param evidence short notes of why the block starts and ends where it does
   * @param placement where the block was printed, when the page came with geometry
   */
  public Block {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(placement, "placement");
    lines = List.copyOf(lines);
    evidence = List.copyOf(evidence);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a block needs at least one line");
    }
  }

  /**
   * Creates a block of a page without geometry.
   *
   * @param text the block's text, traced to raw offsets
   * @param lines the page lines it came from
   * @param blankLinesBefore how many blank lines precede it
   * @param columnWidth the width of its column, in em
   * @param displaced whether it was moved out of reading order
   * @param evidence why the layout stage made it a block
   */
  public Block(TracedText text, List<Line> lines, int blankLinesBefore, double columnWidth, boolean displaced, List<String> evidence) {
    this(text, lines, blankLinesBefore, columnWidth, displaced, evidence, Optional.empty());
  }

  /** {@return the clean text} */
  public String string() {
    return text.text();
  }

  /**
   * {@return whether the block is set vertically: two lines or more, each one character of vertical text
   * ({@link NewsCues#isVerticalTextLine}), as a vertical headline comes out of text extraction}
   */
  public boolean isVertical() {
    return lines.size() > 1 && lines.stream().allMatch(l -> NewsCues.isVerticalTextLine(l.text()));
  }

  /** {@return the raw text of the block's lines, each stripped, joined without separator} */
  public String rawJoined() {
    StringBuilder b = new StringBuilder();
    for (Line l : lines) {
      b.append(Chars.strip(l.text()));
    }
    return b.toString();
  }

  /** {@return the raw text of the block's lines, each stripped, joined without separator, traced to its raw offsets} */
  public TracedText rawTraced() {
    return rawTraced(false);
  }

  /**
   * {@return the raw text of the block's lines, each stripped, a space between them, traced to its raw offsets (the
   * space to a raw character between the lines): where a line's end parts two names of a byline printed a name per
   * line, not a word wrapped at the column}
   */
  public TracedText rawTracedSpaced() {
    return rawTraced(true);
  }

  private TracedText rawTraced(boolean spaced) {
    TracedText.Builder t = TracedText.builder();
    for (Line l : lines) {
      TracedText line = TracedText.builder().append(l.text(), l.span().start()).build().strip();
      if (spaced && t.length() > 0) {
        t.appendBetween(' ', line.length() > 0 ? line.sourceOffset(0) : l.span().start() + l.text().length());
      }
      t.append(line);
    }
    return t.build();
  }

  /**
   * {@return the raw-text spans this block came from}
   *
   * @param raw the raw page text
   */
  public List<Span> spans(CharSequence raw) {
    return text.sourceSpans(raw);
  }

  /** {@return the 0-based number of the first source line} */
  public int firstLine() {
    return lines.get(0).number();
  }
}
