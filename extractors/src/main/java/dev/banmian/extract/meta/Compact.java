package dev.banmian.extract.meta;

import dev.banmian.text.Chars;

/**
 * A string with its whitespace removed and its full-width digits read as ASCII digits that remembers, for
 * each remaining character, its index in the original and whether whitespace preceded it. Package-private
 * helper of the parsers.
 */
final class Compact {
  final String original;
  final String text;
  final int[] index;
  final boolean[] gapBefore;

  Compact(CharSequence s) {
    this.original = s.toString();
    StringBuilder b = new StringBuilder(s.length());
    int[] idx = new int[s.length()];
    boolean[] gap = new boolean[s.length()];
    boolean pendingGap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Chars.isSpace(c)) {
        pendingGap = b.length() > 0;
        continue;
      }
      idx[b.length()] = i;
      gap[b.length()] = pendingGap;
      pendingGap = false;
      // full-width digits (５月２０日) read as ASCII ones, one for one, so offsets stay put
      b.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    this.text = b.toString();
    this.index = java.util.Arrays.copyOf(idx, b.length());
    this.gapBefore = java.util.Arrays.copyOf(gap, b.length());
  }

  /** Original index of compact position {@code i}; {@code i == length} maps past the last character. */
  int orig(int i) {
    if (i >= index.length) {
      return index.length == 0 ? 0 : index[index.length - 1] + 1;
    }
    return index[i];
  }

  /** Original index just after compact character {@code i - 1}. */
  int origEnd(int i) {
    return i == 0 ? (index.length == 0 ? 0 : index[0]) : index[i - 1] + 1;
  }

  /** The original text from compact position {@code from} to {@code to}, inner spacing kept. */
  String raw(int from, int to) {
    if (from >= to) {
      return "";
    }
    return original.substring(orig(from), origEnd(to));
  }
}
