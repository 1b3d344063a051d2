package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.model.Diagnostic;
import dev.banmian.text.Line;
import dev.banmian.text.Span;
import dev.banmian.text.TracedText;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of classified blocks written for a test, one line per block (or several, parted by {@code \n} in the text),
 * each line at its own offset of one raw text. A spec is {@code "KIND text"}, with {@code "KIND| text"} for a block
 * printed after a blank line and {@code "KIND~ text"} (or {@code "KIND~| text"}) for one layout repair moved out of the sentence it was printed in
 * ({@link Block#displaced()}).
 */
final class TestPage {
  final List<ClassifiedBlock> blocks = new ArrayList<>();
  private final StringBuilder raw = new StringBuilder();

  TestPage(String... specs) {
    for (String spec : specs) {
      int cut = spec.indexOf(' ');
      String kind = spec.substring(0, cut);
      boolean blank = kind.endsWith("|");
      kind = blank ? kind.substring(0, kind.length() - 1) : kind;
      boolean displaced = kind.endsWith("~");
      kind = displaced ? kind.substring(0, kind.length() - 1) : kind;
      String text = spec.substring(cut + 1);
      if (blank) {
        raw.append('\n');
      }
      List<Line> lines = new ArrayList<>();
      TracedText.Builder joined = TracedText.builder();
      for (String piece : text.split("\n")) {
        int at = raw.length();
        raw.append(piece).append('\n');
        lines.add(new Line(blocks.size(), new Span(at, at + piece.length()), piece));
        joined.append(piece, at);
      }
      Block b = new Block(joined.build(), lines, blank ? 1 : 0, 20, displaced, List.of());
      blocks.add(new ClassifiedBlock(b, BlockKind.valueOf(kind), 1.0, List.of()));
    }
  }

  /** {@return each block's place in reading order: its place on this page} */
  Map<ClassifiedBlock, Integer> readingIndex() {
    Map<ClassifiedBlock, Integer> index = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      index.put(blocks.get(i), i);
    }
    return index;
  }

  String raw() {
    return raw.toString();
  }

  Assembly assembly() {
    return new Assembly(raw(), List.<Diagnostic>of());
  }

  /** The page cut into units and headings as assembly does, every unit and heading numbered. */
  Cut cut() {
    List<Unit> units = new UnitSegmenter(dev.banmian.extract.meta.BylineParser.standard(), w -> false).segment(blocks, assembly());
    List<ArticleHeading> headings = new ClusterSplitter(text -> List.of())
        .headings(units, new dev.banmian.extract.layout.PageStyle(true, 20, 0.3, true));
    List<BodyRun> runs = new ArrayList<>();
    for (Unit u : units) {
      if (u instanceof BodyRun r) {
        runs.add(r);
      }
    }
    return new Cut(units, headings, runs);
  }

  /** A page cut into units, with its headings and runs. */
  record Cut(List<Unit> units, List<ArticleHeading> headings, List<BodyRun> runs) {
  }

  /** {@return each unit written as its kind and its blocks' texts: {@code run[a|b]}, {@code cluster[c]}} */
  static List<String> describe(List<Unit> units) {
    List<String> out = new ArrayList<>();
    for (Unit u : units) {
      if (u instanceof BodyRun r) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < r.blocks.size(); i++) {
          parts.add((r.isSubhead.get(i) ? "^" : "") + r.blocks.get(i).text());
        }
        out.add("run[" + String.join("|", parts) + "]");
      } else if (u instanceof HeadingCluster c) {
        out.add("cluster[" + String.join("|", c.blocks().stream().map(ClassifiedBlock::text).toList()) + "]");
      }
    }
    return out;
  }
}
