package dev.banmian.extract.structure;

import dev.banmian.text.Chars;
import java.util.HashSet;
import java.util.Set;

/**
 * Pairs of adjacent Han characters, the vocabulary evidence of assembly: which body a headline names, which article a
 * stray column shares its words with. A pair needs no dictionary and no segmentation, so names and terms of any page
 * count.
 */
final class HanPairs {
  /** Fewest Han character pairs a headline's containment is measured against. */
  static final int FEWEST_PAIRS = 3;

  private HanPairs() {
  }

  /** The pairs of adjacent Han characters of {@code s}, each packed into an int. */
  static Set<Integer> of(String s) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      char a = s.charAt(i);
      char b = s.charAt(i + 1);
      if (Chars.isHan(a) && Chars.isHan(b)) {
        out.add(a << 16 | b);
      }
    }
    return out;
  }

  /** The share of {@code piece}'s pairs that {@code body} holds too. */
  static double shared(Set<Integer> piece, Set<Integer> body) {
    return (double) common(piece, body) / piece.size();
  }

  /** How many of {@code piece}'s pairs {@code body} holds too. */
  static int common(Set<Integer> piece, Set<Integer> body) {
    int n = 0;
    for (int p : piece) {
      if (body.contains(p)) {
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
  static double containment(String headline, Set<Integer> bodyPairs) {
    int total = 0;
    int found = 0;
    for (int i = 0; i + 1 < headline.length(); i++) {
      char a = headline.charAt(i);
      char b = headline.charAt(i + 1);
      if (!Chars.isHan(a) || !Chars.isHan(b)) {
        continue;
      }
      total++;
      if (bodyPairs.contains(a << 16 | b)) {
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
