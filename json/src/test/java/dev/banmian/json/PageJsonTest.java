package dev.banmian.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.banmian.extract.PageExtractor;
import dev.banmian.model.Page;
import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import dev.banmian.text.SourceText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The page JSON: every extracted page validates against the published schema and reads back equal. */
class PageJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<Page> PAGES = new ArrayList<>();
  private static JsonSchema schema;

  @BeforeAll
  static void extractPages() {
    schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(PageJson.schema());
    PageExtractor extractor = PageExtractor.builder().build();
    for (SeedPage p : Seeds.pages()) {
      // with an issue date, datelines carry a resolved date too
      PAGES.add(extractor.extract(p.source(), Optional.of(LocalDate.of(2024, 6, 1))));
    }
    PAGES.add(extractor.extract(SourceText.of("empty", " "), Optional.empty()));
  }

  @Test
  void everyWrittenPageValidatesAgainstTheSchema() throws Exception {
    for (Page page : PAGES) {
      for (String json : List.of(PageJson.write(page, page.sourceId()), PageJson.write(page, page.sourceId(), true),
          PageJson.writeLine(page, page.sourceId(), true))) {
        Set<ValidationMessage> errors = schema.validate(MAPPER.readTree(json));
        assertTrue(errors.isEmpty(), page.sourceId() + ": " + errors);
      }
    }
  }

  @Test
  void schemaRejectsAPageWithAMissingOrMisspeltKey() throws Exception {
    JsonNode page = MAPPER.readTree(PageJson.write(PAGES.get(0), "p"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) page).remove("articles");
    assertFalse(schema.validate(page).isEmpty());
    JsonNode extra = MAPPER.readTree(PageJson.write(PAGES.get(0), "p"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) extra).put("artciles", 1);
    assertFalse(schema.validate(extra).isEmpty());
  }

  @Test
  void everyPageReadsBackEqual() {
    for (Page page : PAGES) {
      assertEquals(page, PageJson.read(PageJson.write(page, page.sourceId(), true)), page.sourceId());
      assertEquals(page, PageJson.read(PageJson.writeLine(page, page.sourceId(), true)), page.sourceId());
      Page withoutDiagnostics = new Page(page.sourceId(), page.articles(), page.captions(), page.noise(), List.of());
      assertEquals(withoutDiagnostics, PageJson.read(PageJson.write(page, page.sourceId())), page.sourceId());
    }
  }

  @Test
  void seedPagesHaveTheFieldsTheReaderMustCarry() {
    // guards the round trip above against passing on pages with nothing in them
    assertTrue(PAGES.stream().anyMatch(p -> p.articles().stream().anyMatch(a -> a.dateline().flatMap(d -> d.resolved()).isPresent())));
    assertTrue(PAGES.stream().anyMatch(p -> p.captions().stream().anyMatch(c -> c.credit().isPresent())));
    assertTrue(PAGES.stream().anyMatch(p -> p.articles().stream().anyMatch(a -> a.byline().isPresent())));
    assertTrue(PAGES.stream().anyMatch(p -> !p.noise().isEmpty()));
  }

  @Test
  void badInputIsRefusedWithAMessageNamingTheProblem() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PageJson.read("{")).getMessage().startsWith("not JSON"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PageJson.read("[]")).getMessage().contains("not an object"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PageJson.read("{\"source\":\"x\"}")).getMessage()
        .contains("'schemaVersion'"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PageJson.read("{\"schemaVersion\":2}")).getMessage()
        .contains("version 2"));
    String noArticles = PageJson.write(PAGES.get(0), "p").replace("\"articles\"", "\"artikel\"");
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PageJson.read(noArticles)).getMessage().contains("'articles'"));
  }
}
