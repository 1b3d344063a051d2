package dev.banmian.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.extract.layout.TextNormalizer;
import dev.banmian.model.Article;
import dev.banmian.model.Byline;
import dev.banmian.model.Caption;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;
import dev.banmian.text.Chars;
import dev.banmian.text.NewsCues;
import dev.banmian.text.Span;
import java.util.List;

/**
 * The guarantees every extracted page keeps, whatever its input (the no-loss guarantee of the library's README):
 * every character of the page in exactly one place, every field traced to ranges of the page that hold its text.
 */
final class PageInvariants {
  /** The dashes a subheadline is printed after, which the field strips by design (as a byline its box). */
  private static final String DASHES = "—-";

  private PageInvariants() {}

  /** The development corpus's page texts, every extractor's, when {@code ../shared/dev} is there; else none. */
  static List<String> devPageTexts() {
    java.nio.file.Path dir = java.nio.file.Path.of("..", "..", "shared", "dev");
    if (!java.nio.file.Files.isDirectory(dir)) {
      return List.of();
    }
    try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(dir)) {
      List<String> out = new java.util.ArrayList<>();
      for (java.nio.file.Path f : files.filter(f -> f.getFileName().toString().endsWith(".txt")).sorted().toList()) {
        out.add(java.nio.file.Files.readString(f));
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Every character of {@code raw} ends up in exactly one place of {@code page}: an article field, a subhead, a
   * paragraph, a caption part or noise. A section label may be shared by several items; datelines point into their
   * paragraph and are not counted; the marks fields strip (a subheadline's dash, a byline's box:
   * {@link NewsCues#isDecoration}) may be left uncovered, never doubled.
   */
  static void assertEveryCharacterOnce(String raw, Page page) {
    int[] count = new int[raw.length()];
    int[] sectionCount = new int[raw.length()];
    forEachField(page, (kind, spans) -> {
      for (Span s : spans) {
        for (int i = s.start(); i < s.end(); i++) {
          (kind.equals("section") ? sectionCount : count)[i]++;
        }
      }
    });
    StringBuilder problems = new StringBuilder();
    for (int i = 0; i < raw.length() && problems.length() <= 300; i++) {
      count[i] += Math.min(1, sectionCount[i]);
      char c = raw.charAt(i);
      boolean content = !Chars.isSpace(c) && DASHES.indexOf(c) < 0 && !NewsCues.isDecoration(c);
      if (content && count[i] != 1 || !content && count[i] > 1) {
        problems.append(i).append('\'').append(raw.charAt(i)).append("'x").append(count[i]).append(' ');
      }
    }
    assertEquals("", problems.toString(), "offsets not covered exactly once");
  }

  /**
   * Every field's ranges lie in the page and split no surrogate pair, and the characters under them are the field's
   * text but for whitespace (layout repair drops justification spaces and line breaks) and the look-alike glyphs
   * extractors print for Chinese punctuation ({@link TextNormalizer#foldGlyph}).
   */
  static void assertFieldsTracedToTheirText(String raw, Page page) {
    forEachField(page, (kind, spans) -> {
      for (Span s : spans) {
        assertTrue(s.start() >= 0 && s.end() <= raw.length() && s.start() <= s.end(), kind + " " + s + " out of bounds");
        assertFalse(Chars.splitsPair(raw, s.start()) || Chars.splitsPair(raw, s.end()), kind + " " + s + " splits a pair");
      }
    });
    for (Article a : page.articles()) {
      a.section().ifPresent(t -> assertTraced(raw, t, "section"));
      a.kicker().ifPresent(t -> assertTraced(raw, t, "kicker"));
      a.headline().ifPresent(t -> assertTraced(raw, t, "headline"));
      a.subheadline().ifPresent(t -> assertTraced(raw, t, "subheadline"));
      a.subheads().forEach(t -> assertTraced(raw, t, "subhead"));
      a.paragraphs().forEach(t -> assertTraced(raw, t, "paragraph"));
      a.byline().ifPresent(b -> assertTraced(raw, b));
    }
    for (Caption c : page.captions()) {
      assertTraced(raw, c.text(), "caption");
      c.credit().ifPresent(t -> assertTraced(raw, t, "credit"));
      c.title().ifPresent(t -> assertTraced(raw, t, "caption title"));
    }
    page.noise().forEach(t -> assertTraced(raw, t, "noise"));
  }

  private static void assertTraced(String raw, SourcedText t, String kind) {
    assertEquals(folded(t.text()), folded(under(raw, t.spans())), kind + " text differs from its ranges " + t.spans());
  }

  private static void assertTraced(String raw, Byline b) {
    assertEquals(folded(b.raw()), folded(under(raw, b.spans())), "byline differs from its ranges " + b.spans());
  }

  private static String under(String raw, List<Span> spans) {
    StringBuilder under = new StringBuilder();
    spans.forEach(s -> under.append(raw, s.start(), s.end()));
    return under.toString();
  }

  private static String folded(CharSequence s) {
    StringBuilder b = new StringBuilder();
    Chars.stripSpaces(s).chars().forEach(c -> b.append(TextNormalizer.foldGlyph((char) c)));
    return b.toString();
  }

  /** Calls {@code field} with each field's kind and ranges; a byline's ranges are those of its characters. */
  private static void forEachField(Page page, FieldVisitor field) {
    for (Article a : page.articles()) {
      a.section().ifPresent(t -> field.visit("section", t.spans()));
      a.kicker().ifPresent(t -> field.visit("kicker", t.spans()));
      a.headline().ifPresent(t -> field.visit("headline", t.spans()));
      a.subheadline().ifPresent(t -> field.visit("subheadline", t.spans()));
      a.byline().ifPresent(by -> field.visit("byline", by.spans()));
      a.subheads().forEach(t -> field.visit("subhead", t.spans()));
      a.paragraphs().forEach(t -> field.visit("paragraph", t.spans()));
    }
    for (Caption c : page.captions()) {
      field.visit("caption", c.text().spans());
      c.credit().ifPresent(t -> field.visit("credit", t.spans()));
      c.title().ifPresent(t -> field.visit("caption title", t.spans()));
      c.section().ifPresent(t -> field.visit("section", t.spans()));
    }
    page.noise().forEach(t -> field.visit("noise", t.spans()));
  }

  @FunctionalInterface
  private interface FieldVisitor {
    void visit(String kind, List<Span> spans);
  }
}
