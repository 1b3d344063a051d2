package dev.banmian.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StackingTest {
  private static final Box LINE = new Box(30, 100, 200, 108);

  @Test
  void aLineStacksUnderTheLineAboveOnlyInOneColumnTypeAndLeading() {
    assertTrue(Stacking.stacks(LINE, 8, false, new Box(30, 112, 200, 120), 8, false), "next line of the column");
    assertTrue(Stacking.stacks(new Box(48, 100, 200, 108), 8, false, new Box(30, 112, 62, 120), 8, false),
        "short last line under an indented first line");
    assertFalse(Stacking.stacks(LINE, 8, false, new Box(30, 130, 200, 138), 8, false), "gap wider than the leading");
    assertFalse(Stacking.stacks(LINE, 8, false, new Box(30, 112, 200, 124), 12, false), "larger type");
    assertFalse(Stacking.stacks(LINE, 8, false, new Box(30, 112, 200, 120), 8, true), "bold");
    assertFalse(Stacking.stacks(LINE, 8, false, new Box(230, 112, 400, 120), 8, false), "next column");
  }

  @Test
  void typeSizesAreComparedSymmetricallyOrAgainstAReference() {
    assertTrue(Stacking.sameSize(9, 10));
    assertTrue(Stacking.sameSize(10, 9));
    assertFalse(Stacking.sameSize(8, 10));
    assertTrue(Stacking.isSetIn(10, 9), "within 12 % of the 9-point reference");
    assertFalse(Stacking.isSetIn(10.2, 9), "more than 12 % over the reference, though within 12 % of itself");
    assertTrue(Stacking.sameSize(10.2, 9));
  }

  @Test
  void theBodyTypeIsTheSizeMostCharactersAreSetIn() {
    BodyType body = new BodyType();
    assertEquals(10, body.size(10));
    body.add(9, 300);
    body.add(24, 12);
    body.add(9.04, 50);
    body.add(14, 200);
    assertEquals(9, body.size(10), 1e-9);
  }

  @Test
  void geometryIsValidated() {
    assertThrows(IllegalArgumentException.class, () -> new Box(10, 0, 5, 1));
    assertThrows(IllegalArgumentException.class, () -> new Box(Double.NaN, 0, 5, 1));
    assertThrows(IllegalArgumentException.class, () -> new PrintedLine(0, LINE, 0, false));
    PrintedLine a = new PrintedLine(3, LINE, 8, false);
    PrintedLine b = new PrintedLine(1, LINE, 8, false);
    assertThrows(IllegalArgumentException.class, () -> new PageGeometry(LINE, List.of(a, b), List.of()));
    PageGeometry g = new PageGeometry(LINE, List.of(b, a), List.of());
    assertEquals(a, g.line(3).orElseThrow());
    assertTrue(g.line(2).isEmpty());
  }

  @Test
  void boxesSetApartHaveAHorizontalDistanceAndOverlappingOnesNone() {
    Box left = new Box(0, 0, 100, 10);
    assertEquals(50, left.horizontalDistance(new Box(150, 40, 200, 50)), 1e-9);
    assertEquals(50, new Box(150, 40, 200, 50).horizontalDistance(left), 1e-9);
    assertEquals(0, left.horizontalDistance(new Box(80, 40, 200, 50)), 1e-9);
  }
}
