package dev.banmian.extract.layout;

import dev.banmian.geometry.Box;
import dev.banmian.geometry.Stacking;
import java.util.Objects;

/**
 * Where a block was printed, when the page came with geometry (a PDF): its box, its type size relative
 * to the page's body type, its weight, and whether it is printed against a picture.
 *
 * @param box the box around the block's lines, in page points
 * @param relativeSize the block's type size divided by the page's body type size (1 for body text)
 * @param bold whether the block is set in a bold face
 * @param besidePicture whether the block is printed just under, just over or on a picture
 */
public record Placement(Box box, double relativeSize, boolean bold, boolean besidePicture) {
  /** Above this relative size a block is set larger than the body type (beyond one type size). */
  public static final double LARGER = 1 + Stacking.SAME_SIZE;

  /**
   * Validates the fields.
   *
   * @param box the box around the block's lines, in page points
   * @param relativeSize the block's type size divided by the page's body type size (1 for body text)
   * @param bold whether the block is set in a bold face
   * @param besidePicture whether the block is printed just under, just over or on a picture
   * @throws IllegalArgumentException if {@code relativeSize} is not positive
   */
  public Placement {
    Objects.requireNonNull(box, "box");
    if (!(relativeSize > 0) || !Double.isFinite(relativeSize)) {
      throw new IllegalArgumentException("relative size must be positive: " + relativeSize);
    }
  }

  /** {@return whether the block is set larger than the body type} */
  public boolean isLarger() {
    return relativeSize > LARGER;
  }

  /** {@return whether the block is set in the body type: its size and a regular face} */
  public boolean isBodyType() {
    return !bold && Stacking.isSetIn(relativeSize, 1);
  }
}
