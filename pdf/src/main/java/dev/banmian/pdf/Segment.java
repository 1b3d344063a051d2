package dev.banmian.pdf;

import dev.banmian.geometry.Box;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A run of glyphs printed on one baseline within one column: one line of the page text. */
final class Segment {
  /** A gap wider than this share of the type size between two glyphs of a line is printed as a space. */
  static final double SPACE_GAP = 0.2;

  final List<Glyph> glyphs = new ArrayList<>();
  Box box;
  double size;
  boolean bold;

  Segment(Glyph first) {
    add(first);
  }

  void add(Glyph g) {
    glyphs.add(g);
    Box b = new Box(g.left(), g.top(), Math.max(g.left(), g.right()), g.bottom());
    box = box == null ? b : box.union(b);
  }

  void addAll(Segment other) {
    other.glyphs.forEach(this::add);
  }

  /** Sorts the glyphs left to right and fixes the line's type size and weight. */
  Segment finish() {
    glyphs.sort(Comparator.comparingDouble(Glyph::left));
    double[] sizes = glyphs.stream().mapToDouble(Glyph::size).sorted().toArray();
    size = sizes[sizes.length / 2];
    long bolds = glyphs.stream().filter(Glyph::bold).count();
    bold = bolds * 2 > glyphs.size();
    return this;
  }

  /** Returns the line's text, with a space where the glyphs stand apart. */
  String text() {
    StringBuilder b = new StringBuilder();
    Glyph prev = null;
    for (Glyph g : glyphs) {
      if (prev != null && g.left() - prev.right() > SPACE_GAP * Math.min(size, g.size())) {
        b.append(' ');
      }
      b.append(g.text());
      prev = g;
    }
    return b.toString();
  }
}
