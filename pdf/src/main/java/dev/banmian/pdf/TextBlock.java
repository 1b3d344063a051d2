package dev.banmian.pdf;

import dev.banmian.geometry.Box;
import java.util.ArrayList;
import java.util.List;

/** Lines stacked at one leading in one column and one type: a paragraph, a headline, a caption, a column chunk. */
final class TextBlock {
  final List<Segment> lines = new ArrayList<>();
  Box box;

  TextBlock(Segment first) {
    add(first);
  }

  void add(Segment s) {
    lines.add(s);
    box = box == null ? s.box : box.union(s.box);
  }

  Segment last() {
    return lines.get(lines.size() - 1);
  }

  double size() {
    return lines.get(0).size;
  }
}
