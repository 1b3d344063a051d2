package dev.banmian.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    // columns side by side: the lead-in byline comes from two ranges of the page
    PAGES.add(extractor.extract(SourceText.of("columns", """
        某市推进社区养老服务建设

          本报杭州 3 月 6 日          服务中心正式启用，该中心
        电 （记者王明） 在城          由街道和社会组织共同运营，
        东街道，一个新的养老          为周边老人提供助餐、助浴
        服务中心近日建成。这个        和日间照料服务。街道负责
        中心面积八百平方米，设        人介绍，今年全区还将新建
        有餐厅、活动室和康复室        十个这样的服务中心，让老
        等功能区。三月一日，          人在家门口就能享受服务。
        """), Optional.empty()));
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
  void writtenTextIsWhatAnObjectMapperWritesOfTheTree() throws Exception {
    // the writer needs no ObjectMapper (start-up); its bytes are still the mapper's, pretty and on one line
    for (Page page : PAGES) {
      for (boolean diagnostics : new boolean[] {false, true}) {
        ObjectNode tree = PageJson.tree(page, page.sourceId(), diagnostics);
        assertEquals(MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree),
            PageJson.write(page, page.sourceId(), diagnostics), page.sourceId());
        assertEquals(MAPPER.writeValueAsString(tree), PageJson.writeLine(page, page.sourceId(), diagnostics), page.sourceId());
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
    assertTrue(PAGES.stream().anyMatch(p -> p.articles().stream().anyMatch(a -> a.byline().filter(b -> b.spans().size() > 1).isPresent())));
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
