package dev.banmian.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import dev.banmian.text.Chars;
import dev.banmian.text.SourceText;
import dev.banmian.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of layout repair over generated pages (mutated seed lines) and arbitrary strings. */
class LayoutRepairerProperties {
  private static final LayoutRepairer REPAIRER = LayoutRepairer.builder().build();
  private static final List<String> SEED_LINES = new ArrayList<>();

  static {
    for (SeedPage p : Seeds.pages()) {
      for (String l : p.text().split("\n")) {
        if (!l.isBlank()) {
          SEED_LINES.add(l.strip());
        }
      }
    }
  }

  /** A page made from random seed lines, re-wrapped at a random width, with column-break blanks and justification spaces. */
  @Provide
  Arbitrary<String> pages() {
    return Arbitraries.longs().map(seed -> {
      Random r = new Random(seed);
      int width = 8 + r.nextInt(30);
      StringBuilder b = new StringBuilder();
      int paragraphs = 1 + r.nextInt(6);
      for (int p = 0; p < paragraphs; p++) {
        String text = SEED_LINES.get(r.nextInt(SEED_LINES.size()));
        if (r.nextInt(5) == 0) {
          text = text.replace("月", " 月 ").replace("日", " 日");
        }
        for (int i = 0; i < text.length(); i += width) {
          String line = text.substring(i, Math.min(text.length(), i + width));
          if (r.nextInt(8) == 0) {
            line = String.join(" ", line.split(""));
          }
          b.append(line).append('\n');
          if (r.nextInt(6) == 0) {
            b.append('\n');
          }
        }
        b.append(r.nextBoolean() ? "\n" : "");
      }
      return b.toString();
    });
  }

  private static void checkNothingLostAndSpans(String raw) {
    RepairedPage page = REPAIRER.repair(SourceText.of("p", raw));
    StringBuilder all = new StringBuilder();
    List<Block> every = new ArrayList<>(page.blocks());
    every.addAll(page.noise());
    for (Block b : every) {
      StringBuilder covered = new StringBuilder();
      for (Span s : b.spans(raw)) {
        assertTrue(s.end() <= raw.length(), "span in bounds");
        covered.append(raw, s.start(), s.end());
      }
      assertEquals(Chars.stripSpaces(b.string()), Chars.stripSpaces(covered), "covered text matches the block");
    }
    // every non-whitespace character is in exactly one block or noise: compare multisets via sorted offsets
    List<Integer> offsets = new ArrayList<>();
    for (Block b : every) {
      for (int i = 0; i < b.text().length(); i++) {
        if (!Chars.isSpace(b.text().charAt(i))) {
          offsets.add(b.text().sourceOffset(i));
        }
      }
    }
    offsets.sort(null);
    List<Integer> expected = new ArrayList<>();
    for (int i = 0; i < raw.length(); i++) {
      if (!Chars.isSpace(raw.charAt(i)) && raw.charAt(i) != '\r') {
        expected.add(i);
      }
    }
    assertEquals(expected, offsets, "no character lost or duplicated");
  }

  @Property(tries = 1000)
  void noCharacterLostOnGeneratedPages(@ForAll("pages") String raw) {
    checkNothingLostAndSpans(raw);
  }

  @Property(tries = 1000)
  void neverThrowsOnArbitraryStrings(@ForAll String raw) {
    checkNothingLostAndSpans(raw);
  }

  @Property(tries = 300)
  void idempotentOnCleanParagraphs(@ForAll("pages") String raw) {
    RepairedPage once = REPAIRER.repair(SourceText.of("p", raw));
    StringBuilder clean = new StringBuilder();
    for (Block b : once.blocks()) {
      clean.append(b.string()).append("\n\n");
    }
    RepairedPage twice = REPAIRER.repair(SourceText.of("p", clean.toString()));
    assertEquals(once.blocks().stream().map(Block::string).toList(), twice.blocks().stream().map(Block::string).toList());
  }
}
