package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** {@link HanPairs}: the distinct pairs of adjacent Han characters, counted as a set of packed pairs would count them. */
class HanPairsTest {
  @Test
  void pairsAreDistinctAndOnlyBetweenHanCharacters() {
    HanPairs p = HanPairs.of("乡村书屋，书屋书香abc书屋");
    assertEquals(5, p.size()); // 乡村 村书 书屋 屋书 书香, 书屋 once
  }

  @Test
  void emptyWhereNoTwoHanCharactersTouch() {
    assertTrue(HanPairs.of("a书b屋 c").isEmpty());
    assertTrue(HanPairs.of("").isEmpty());
    assertFalse(HanPairs.of("书屋").isEmpty());
  }

  @Test
  void containmentCountsTheHeadlinesPairsAgainstAtLeastThree() {
    HanPairs body = HanPairs.of("村里的书屋开门了，村民来看书");
    assertEquals(2 / 3.0, HanPairs.containment("书屋开", body), 1e-9);
    assertEquals(4 / 5.0, HanPairs.containment("村里书屋开门", body), 1e-9);
  }

  @Property(tries = 300)
  void countsAgreeWithASetOfPackedPairs(@ForAll @StringLength(max = 200) @CharRange(from = '一', to = '丟') String a,
      @ForAll @StringLength(max = 200) @CharRange(from = '一', to = '丟') String b, @ForAll boolean high) {
    // a few characters, so that pairs repeat; above U+8000 too, where a packed pair is a negative int
    if (high) {
      a = shift(a);
      b = shift(b);
    }
    Set<Integer> sa = packed(a);
    Set<Integer> sb = packed(b);
    HanPairs pa = HanPairs.of(a);
    HanPairs pb = HanPairs.of(b);
    assertEquals(sa.size(), pa.size());
    Set<Integer> both = new HashSet<>(sa);
    both.retainAll(sb);
    assertEquals(both.size(), HanPairs.common(pa, pb));
    Set<Integer> union = new HashSet<>(sa);
    union.addAll(sb);
    HanPairs pu = pa.union(pb);
    assertEquals(union.size(), pu.size());
    assertEquals(sa.size(), HanPairs.common(pa, pu));
    assertEquals(sb.size(), HanPairs.common(pb, pu));
  }

  private static String shift(String s) {
    StringBuilder b = new StringBuilder();
    s.chars().forEach(c -> b.append((char) (c + 0x3F00)));
    return b.toString();
  }

  private static Set<Integer> packed(String s) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      out.add(s.charAt(i) << 16 | s.charAt(i + 1));
    }
    return out;
  }
}
