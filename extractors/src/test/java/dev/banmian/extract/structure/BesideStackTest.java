package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.extract.layout.PageStyle;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BesideStackTest {
  private final ClusterSplitter splitter = new ClusterSplitter(text -> List.of());

  private final PlacedBlocks page = new PlacedBlocks();

  /** A kicker, headline and byline stacked in one column, from x = 280 to 490, y = 430 to 493. */
  private List<ClassifiedBlock> stack() {
    return new ArrayList<>(List.of(
        block(BlockKind.KICKER, "某省某市——", 350, 432, 10),
        block(BlockKind.HEADLINE, "一碗热汤，熬足八个小时", 280, 456, 19),
        block(BlockKind.BYLINE, "文/王明", 340, 483, 9.5)));
  }

  @Test
  void twoSmallLabelsInTheStacksBandOffToItsSideAreSetAside() {
    List<ClassifiedBlock> cluster = afterStack(block(BlockKind.HEADLINE, "好客某省", 820, 430, 12),
        block(BlockKind.SECTION, "好品某省", 824, 451, 10));
    assertEquals(2, BesideStack.trailing(cluster));
    assertEquals(List.of("kicker=某省某市—— headline=一碗热汤，熬足八个小时 byline=文/王明 aside=好客某省好品某省"), split(cluster));
  }

  @Test
  void aPromotionsKickerAndHeadlineBesideAStackWithoutBylineAreSetAside() {
    List<ClassifiedBlock> cluster = new ArrayList<>(stack().subList(0, 2));
    cluster.add(block(BlockKind.KICKER, "某省：", 812, 440, 12));
    cluster.add(block(BlockKind.HEADLINE, "打造宜居宜业新城区", 770, 462, 10));
    assertEquals(List.of("kicker=某省某市—— headline=一碗热汤，熬足八个小时 aside=某省：打造宜居宜业新城区"), split(cluster));
  }

  @Test
  void labelsUnderTheStacksColumnAreNotBesideIt() {
    assertEquals(0, trailingAfterStack(block(BlockKind.SECTION, "好客某省", 300, 480, 12)));
  }

  @Test
  void labelsBelowTheStacksBandAreNotBesideIt() {
    assertEquals(0, trailingAfterStack(block(BlockKind.HEADLINE, "好客某省", 820, 520, 12)));
  }

  @Test
  void aBlockInTheHeadlinesTypeBesideItIsNoSlogan() {
    // in the headline's own type it would be another headline, no slogan beside this one
    assertEquals(0, trailingAfterStack(block(BlockKind.HEADLINE, "百姓喜洋洋", 600, 456, 18)));
  }

  @Test
  void aKickerClosingTheClusterLeadsIntoAHeadlinePrintedElsewhere() {
    assertEquals(0, BesideStack.trailing(afterStack(block(BlockKind.SECTION, "新春走基层", 600, 430, 9),
        block(BlockKind.KICKER, "某港更新装卸设备——", 600, 450, 9))));
  }

  @Test
  void withoutGeometryNothingIsBeside() {
    TestPage page = new TestPage("KICKER 某省某市——", "HEADLINE 一碗热汤，熬足八个小时", "BYLINE 文/王明", "HEADLINE 好客某省",
        "SECTION 好品某省");
    assertEquals(0, BesideStack.trailing(page.blocks));
  }

  /** {@return how many blocks at the end of the stack followed by {@code after} are beside it} */
  private int trailingAfterStack(ClassifiedBlock after) {
    return BesideStack.trailing(afterStack(after));
  }

  /** {@return the stack's blocks followed by {@code after}} */
  private List<ClassifiedBlock> afterStack(ClassifiedBlock... after) {
    List<ClassifiedBlock> cluster = stack();
    cluster.addAll(List.of(after));
    return cluster;
  }

  private List<String> split(List<ClassifiedBlock> cluster) {
    return splitter.split(cluster, new PageStyle(false, 20, 0, false), true).stream().map(ClusterSplitterTest::describe)
        .toList();
  }

  /** One line of {@code text} set in type {@code size} points from ({@code left}, {@code top}). */
  private ClassifiedBlock block(BlockKind kind, String text, double left, double top, double size) {
    return page.add(kind, text, left, top, size);
  }
}
