package dev.banmian.extract.structure;

import dev.banmian.text.Chars;
import java.util.List;

/**
 * Pairs of adjacent Han characters, the vocabulary evidence of assembly: which body a headline names, which article a
 * stray column shares its words with. A pair needs no dictionary and no segmentation, so names and terms of any page
 * count.
 */
final class HanPairs {
  /** Fewest Han character pairs a headline's containment is measured against. */
  static final int FEWEST_PAIRS = 3;

  /**
   * The distinct pairs, each two chars packed into an int, in an open-addressed table whose length is a power of two;
   * 0 marks an empty slot (no pair of Han characters packs to 0).
   */
  private final int[] slots;
  private final int size;

  private HanPairs(int[] slots, int size) {
    this.slots = slots;
    this.size = size;
  }

  /** The pairs of adjacent Han characters of {@code s}, each packed into an int. */
  static HanPairs of(String s) {
    int[] slots = new int[tableLength(s.length())];
    int n = 0;
    for (int i = 0; i + 1 < s.length(); i++) {
      char a = s.charAt(i);
      char b = s.charAt(i + 1);
      if (Chars.isHan(a) && Chars.isHan(b) && add(slots, a << 16 | b)) {
        n++;
      }
    }
    return new HanPairs(slots, n);
  }

  /** A table length, a power of two, that keeps {@code pairs} pairs at most half full. */
  private static int tableLength(int pairs) {
    return Integer.highestOneBit(Math.max(2, pairs) * 2 - 1) * 2;
  }

  private static int slot(int[] slots, int pair) {
    int mask = slots.length - 1;
    int i = (pair * 0x9E3779B9 >>> 16) & mask;
    while (slots[i] != 0 && slots[i] != pair) {
      i = (i + 1) & mask;
    }
    return i;
  }

  /** Adds {@code pair}; {@return whether it was new} */
  private static boolean add(int[] slots, int pair) {
    int i = slot(slots, pair);
    if (slots[i] == pair) {
      return false;
    }
    slots[i] = pair;
    return true;
  }

  /** {@return whether there is no pair} */
  boolean isEmpty() {
    return size == 0;
  }

  /** {@return the number of distinct pairs} */
  int size() {
    return size;
  }

  /** {@return whether the pair {@code a}{@code b} is one of these} */
  boolean contains(char a, char b) {
    return contains(a << 16 | b);
  }

  private boolean contains(int pair) {
    return slots[slot(slots, pair)] == pair;
  }

  /** {@return the pairs of these and {@code other}} */
  HanPairs union(HanPairs other) {
    int[] out = new int[tableLength(size + other.size)];
    int n = 0;
    for (int[] from : List.of(slots, other.slots)) {
      for (int p : from) {
        if (p != 0 && add(out, p)) {
          n++;
        }
      }
    }
    return new HanPairs(out, n);
  }

  /** The share of {@code piece}'s pairs that {@code body} holds too. */
  static double shared(HanPairs piece, HanPairs body) {
    return (double) common(piece, body) / piece.size();
  }

  /** How many of {@code piece}'s pairs {@code body} holds too. */
  static int common(HanPairs piece, HanPairs body) {
    int n = 0;
    for (int p : piece.slots) {
      if (p != 0 && body.contains(p)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The share of the headline's Han character pairs that occur in the body's pairs, out of at least
   * {@value #FEWEST_PAIRS}: a headline of one or two pairs is weak evidence ({@code 更“出彩”} has one, which any
   * article about colour and display shares).
   */
  static double containment(String headline, HanPairs bodyPairs) {
    int total = 0;
    int found = 0;
    for (int i = 0; i + 1 < headline.length(); i++) {
      char a = headline.charAt(i);
      char b = headline.charAt(i + 1);
      if (!Chars.isHan(a) || !Chars.isHan(b)) {
        continue;
      }
      total++;
      if (bodyPairs.contains(a, b)) {
        found++;
      }
    }
    return (double) found / Math.max(total, FEWEST_PAIRS);
  }

  /** The number of Han characters of {@code s}. */
  static long hanCount(String s) {
    return s.codePoints().filter(Chars::isHan).count();
  }
}
