package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Placement;
import dev.banmian.geometry.Box;
import dev.banmian.geometry.Stacking;
import java.util.List;
import java.util.Optional;

/**
 * Finds the heading blocks that close a heading cluster and were printed beside the heading stack before them, when the
 * page came with geometry: a logo, slogan or promotion box set in the band of an article's kicker, headline and byline,
 * off to one side and in smaller type than the headline ({@code 好客某省} / {@code 好品某省}). Reading order by position
 * puts such blocks after the stack, right over its body, where they would read as the headline of an article that takes
 * the body away from the stack. They open no article: a headline is printed over its own body, not beside another
 * article's headline in smaller type.
 *
 * <p>Stateless and thread-safe.
 */
final class BesideStack {
  private BesideStack() {}

  /**
   * {@return how many blocks at the end of {@code cluster} were printed beside the heading stack before them; 0 when
   * none was, or when the page came without geometry}
   *
   * @param cluster a heading cluster's blocks, in reading order
   */
  static int trailing(List<ClassifiedBlock> cluster) {
    if (cluster.isEmpty() || cluster.get(cluster.size() - 1).kind() == BlockKind.KICKER) {
      // a kicker leads into a headline after it: one closing the cluster opens a heading printed elsewhere
      return 0;
    }
    for (int start = 1; start < cluster.size(); start++) {
      Optional<Stack> stack = Stack.endingAt(cluster, start - 1);
      if (stack.isPresent() && allBeside(cluster.subList(start, cluster.size()), stack.get())) {
        return cluster.size() - start;
      }
    }
    return 0;
  }

  private static boolean allBeside(List<ClassifiedBlock> blocks, Stack stack) {
    return blocks.stream().allMatch(stack::hasBeside);
  }

  /**
   * An article's heading stack in a cluster: its headline (one block or more, one above the other), the kickers right
   * before it and the bylines and subheadlines right after it that share its column.
   */
  private record Stack(List<Placement> members, Placement headline, Box band) {
    /** {@return the stack whose last block is {@code cluster.get(end)}, if the blocks there make one} */
    static Optional<Stack> endingAt(List<ClassifiedBlock> cluster, int end) {
      int h = end;
      while (h >= 0 && (cluster.get(h).kind() == BlockKind.BYLINE || cluster.get(h).kind() == BlockKind.SUBHEADLINE)) {
        h--;
      }
      int first = h;
      while (first >= 0 && cluster.get(first).kind() == BlockKind.HEADLINE) {
        first--;
      }
      if (first == h) {
        return Optional.empty();
      }
      Placement headline = cluster.get(h).block().placement().orElse(null);
      while (first >= 0 && cluster.get(first).kind() == BlockKind.KICKER) {
        first--;
      }
      List<ClassifiedBlock> blocks = cluster.subList(first + 1, end + 1);
      if (headline == null || blocks.stream().anyMatch(b -> b.block().placement().isEmpty())) {
        return Optional.empty();
      }
      List<Placement> members = blocks.stream().map(b -> b.block().placement().orElseThrow()).toList();
      if (members.stream().anyMatch(p -> p.box().horizontalOverlap(headline.box()) == 0)) {
        return Optional.empty();
      }
      Box band = members.stream().map(Placement::box).reduce(Box::union).orElseThrow();
      return Optional.of(new Stack(members, headline, band));
    }

    /**
     * Whether heading block {@code c} was printed beside this stack: in its band, clear of every block of it to the
     * side, and in type smaller than its headline.
     */
    boolean hasBeside(ClassifiedBlock c) {
      Placement p = c.block().placement().orElse(null);
      if (p == null || !isHeading(c.kind()) || p.box().verticalOverlap(band) == 0) {
        return false;
      }
      boolean smaller = p.relativeSize() < headline.relativeSize()
          && !Stacking.sameSize(p.relativeSize(), headline.relativeSize());
      return smaller && members.stream().allMatch(m -> m.box().horizontalOverlap(p.box()) == 0);
    }

    private static boolean isHeading(BlockKind kind) {
      return BlockClassifier.isHeading(kind) || kind == BlockKind.SUBHEADLINE || kind == BlockKind.KICKER;
    }
  }
}
