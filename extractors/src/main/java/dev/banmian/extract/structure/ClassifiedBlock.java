package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.TracedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A block with the kind decided for it, a confidence in {@code [0, 1]} and the features behind the decision.
 *
 * @param block the block
 * @param kind its kind
 * @param confidence how sure the classifier is
 * @param features the evidence, as short readable notes
 */
public record ClassifiedBlock(Block block, BlockKind kind, double confidence, List<String> features) {
  /**
   * Validates and copies the fields.
   *
   * @param block the block
   * @param kind its kind
   * @param confidence how sure the classifier is
   * @param features the evidence, as short readable notes
   */
  public ClassifiedBlock {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(kind, "kind");
    features = List.copyOf(features);
  }

  /**
   * {@return a copy with another kind and an added feature note}
   *
   * @param k the new kind
   * @param conf the confidence in it
   * @param why the note on why
   */
  public ClassifiedBlock as(BlockKind k, double conf, String why) {
    List<String> f = new ArrayList<>(features);
    f.add(why);
    return new ClassifiedBlock(block, k, conf, f);
  }

  /**
   * {@return a copy whose block takes in the text and lines of {@code piece} at offset {@code at} of its text (a
   * character the extractor printed apart put back), kind and confidence kept, with a note on why}
   *
   * @param at where in this block's text the piece goes
   * @param piece the block whose text goes in
   * @param why the note on why
   */
  ClassifiedBlock taking(int at, ClassifiedBlock piece, String why) {
    TracedText text = block.text();
    TracedText joined = text.sub(0, at).concat(piece.block().text().strip()).concat(text.sub(at, text.text().length()));
    List<Line> lines = new ArrayList<>(block.lines());
    lines.addAll(piece.block().lines());
    Block taken = new Block(joined, lines, block.blankLinesBefore(), block.columnWidth(), block.displaced(), block.evidence(),
        block.placement());
    return new ClassifiedBlock(taken, kind, confidence, features).as(kind, confidence, why);
  }

  /**
   * {@return whether the block is one Han character alone, whitespace aside: a letter of a letter-spaced name or of a
   * headline set large, printed apart}
   */
  boolean isOneHan() {
    String t = Chars.stripSpaces(text());
    return t.length() == 1 && Chars.isHan(t.charAt(0));
  }

  /**
   * {@return whether the block is one Han character alone read as noise: a character the extractor printed apart from
   * the block it belongs to, which a restorer may put back}
   */
  boolean isLoneNoiseCharacter() {
    return kind == BlockKind.NOISE && isOneHan();
  }

  /** {@return the block's clean text} */
  public String text() {
    return block.string();
  }
}
