package dev.banmian.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.extract.PageExtractor;
import dev.banmian.model.Article;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;
import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode (two threads) over the seed pages and a broken PDF: one row per article, equal to
 * the single-machine extractor's articles field by field, and the broken input in the error table with its reason.
 */
class BanmianSparkJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSession.builder().master("local[2]").appName("banmian-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static Path pages(Path dir) throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (SeedPage p : Seeds.pages()) {
      Files.writeString(in.resolve(p.fileName()), p.text(), StandardCharsets.UTF_8);
    }
    Files.write(in.resolve("broken.pdf"), "%PDF-1.7\nnot a PDF body".getBytes(StandardCharsets.US_ASCII));
    return in;
  }

  @Test
  void oneRowPerArticleAsTheSingleMachineExtractorGivesAndErrorsWithTheirReason(@TempDir Path dir) throws Exception {
    Path in = pages(dir);
    BanmianSparkJob.Result r = new BanmianSparkJob(Optional.empty()).extract(spark, in.toString());
    List<Row> rows = new ArrayList<>(r.articles().orderBy("page", "article").collectAsList());

    PageExtractor extractor = PageExtractor.builder().build();
    List<Article> expected = new ArrayList<>();
    List<String> expectedPages = new ArrayList<>();
    for (SeedPage p : Seeds.pages()) {
      Page page = extractor.extract(p.source(), Optional.empty());
      expected.addAll(page.articles());
      page.articles().forEach(a -> expectedPages.add(p.fileName()));
    }
    assertEquals(expected.size(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      Article a = expected.get(i);
      assertEquals(expectedPages.get(i), row.getAs("page"));
      assertEquals(a.headline().map(SourcedText::text).orElse(null), row.getAs("headline"));
      assertEquals(a.byline().map(b -> b.raw()).orElse(null), row.getAs("byline"));
      assertEquals(a.byline().map(b -> b.contributors().stream().map(c -> c.name()).toList()).orElse(List.of()),
          row.getList(row.fieldIndex("byline_names")));
      assertEquals(String.join("\n", a.paragraphs().stream().map(SourcedText::text).toList()), row.getAs("body"));
      assertEquals(a.dateline().map(d -> d.raw()).orElse(null), row.getAs("dateline"));
    }

    List<Row> errors = r.errors().collectAsList();
    assertEquals(1, errors.size());
    assertTrue(errors.get(0).<String>getAs("file").endsWith("broken.pdf"), errors.toString());
    assertTrue(errors.get(0).<String>getAs("reason").contains("PDF"), errors.toString());
  }

  @Test
  void runWritesBothTablesAsJsonLines(@TempDir Path dir) throws Exception {
    Path in = pages(dir);
    Path out = dir.resolve("out");
    long[] counts = new BanmianSparkJob(Optional.of(java.time.LocalDate.of(2024, 9, 9)))
        .run(spark, in.toString(), out.toString(), BanmianSparkJob.Format.JSON);
    assertEquals(1, counts[1]);
    assertEquals(counts[0], spark.read().json(out.resolve("articles").toString()).count());
    assertEquals(1, spark.read().json(out.resolve("errors").toString()).count());
    assertEquals(counts[0], spark.read().json(out.resolve("articles").toString()).filter("issue_date = '2024-09-09'").count());
  }
}
