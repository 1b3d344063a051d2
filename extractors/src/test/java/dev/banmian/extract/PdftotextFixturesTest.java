package dev.banmian.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.banmian.model.Article;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;
import dev.banmian.text.Chars;
import dev.banmian.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole-page extraction of multi-column pages typeset from {@code articles.json} and extracted with
 * {@code pdftotext}, default and {@code -layout} (see {@code src/test/fixtures-src}): every article
 * comes back with its headline, byline and exact paragraphs, in reading order.
 */
class PdftotextFixturesTest {
  private static final String DIR = "/dev/banmian/extract/layout/pdftotext/";
  private static final PageExtractor EXTRACTOR = PageExtractor.builder().build();
  private static JsonNode spec;

  @BeforeAll
  static void load() throws IOException {
    try (InputStream in = PdftotextFixturesTest.class.getResourceAsStream(DIR + "articles.json")) {
      spec = new ObjectMapper().readTree(in);
    }
  }

  private static String read(String name) throws IOException {
    try (InputStream in = PdftotextFixturesTest.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String squash(String s) {
    return Chars.stripSpaces(s).replaceFirst("^本报讯", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"page-2col.txt", "page-2col-layout.txt", "page-3col.txt", "page-3col-layout.txt"})
  void everyArticleComesBackWhole(String fixture) throws IOException {
    Page page = EXTRACTOR.extract(SourceText.of(fixture, read(fixture)), Optional.empty());
    List<String> expected = new ArrayList<>();
    for (JsonNode a : spec.get("articles")) {
      StringBuilder b = new StringBuilder(squash(a.get("headline").asText())).append(" | ").append(squash(a.get("byline").asText()));
      for (JsonNode p : a.get("paragraphs")) {
        b.append("\n").append(squash(p.asText()));
      }
      expected.add(b.toString());
    }
    List<String> actual = new ArrayList<>();
    for (Article a : page.articles()) {
      StringBuilder b = new StringBuilder(a.headline().map(h -> squash(h.text())).orElse("(none)")).append(" | ")
          .append(a.byline().map(by -> squash(by.raw())).orElse("(none)"));
      for (SourcedText p : a.paragraphs()) {
        b.append("\n").append(squash(p.text()));
      }
      actual.add(b.toString());
    }
    assertEquals(String.join("\n\n", expected), String.join("\n\n", actual));
    assertEquals(List.of(squash(spec.get("header").asText())), page.noise().stream().map(n -> squash(n.text())).toList());
  }
}
