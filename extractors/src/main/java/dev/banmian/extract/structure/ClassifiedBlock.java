package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
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
    List<String> f = new java.util.ArrayList<>(features);
    f.add(why);
    return new ClassifiedBlock(block, k, conf, f);
  }

  /** {@return the block's clean text} */
  public String text() {
    return block.string();
  }
}
