package dev.banmian.samples;

import dev.banmian.json.PageJson;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.banmian.extract.PageExtractor;
import dev.banmian.model.Page;
import dev.banmian.samples.eval.DecisionReport;
import dev.banmian.samples.eval.Evaluator;
import dev.banmian.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The ratchet over the development corpus ({@code ../shared/dev}), one extractor at a time: every page text of
 * that extractor (and every PDF, read with its geometry) is extracted, scored against its gold (as {@code score.py}
 * does) and its decisions are compared ({@link DecisionReport}); no figure may fall below
 * {@code dev-ratchet.properties}. Raise the
 * figures when they improve; never lower them to pass. Skipped when {@code ../shared/dev} is absent.
 */
class DevCorpusRatchetTest {
  private static final Path DEV = Path.of("..", "..", "shared", "dev");
  private static PageExtractor extractor;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void build() {
    if (Files.isDirectory(DEV)) {
      extractor = PageExtractor.builder().build();
    }
  }

  /** Page texts of one extractor: {@code dev_NNN_Fk.txt} (pdftotext), {@code .layout.txt}, {@code .pdfbox.txt}. */
  private static List<Path> texts(String extractorName) throws IOException {
    try (Stream<Path> s = Files.list(DEV)) {
      return s.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith("dev_") && switch (extractorName) {
          case "pdftotext" -> n.matches("dev_\\d+_F\\d\\.txt");
          default -> n.endsWith("." + extractorName + ".txt");
        };
      }).sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"pdftotext", "layout", "pdfbox"})
  void figuresDoNotFallBelowTheRatchet(String extractorName) throws IOException {
    assumeTrue(Files.isDirectory(DEV), "../shared/dev absent");
    Path gold = Files.createDirectories(tmp.resolve(extractorName).resolve("gold"));
    Path pred = Files.createDirectories(tmp.resolve(extractorName).resolve("pred"));
    for (Path text : texts(extractorName)) {
      String base = text.getFileName().toString().replaceFirst("\\.txt$", "");
      Path goldJson = DEV.resolve(base + ".json");
      Files.copy(goldJson, gold.resolve(base + ".json"));
      // no issue date, as shared/eval/scoreall.sh runs the CLI, so the figures are the same
      Page page = extractor.extract(SourceText.of(text.getFileName().toString(), Files.readString(text, StandardCharsets.UTF_8)), Optional.empty());
      Files.writeString(pred.resolve(base + ".json"), PageJson.write(page, text.getFileName().toString()), StandardCharsets.UTF_8);
    }
    assertHoldsTheRatchet(extractorName, gold, pred);
  }

  /**
   * The PDFs themselves, read by the {@code pdf} module with their geometry and scored against the PDFBox text's gold
   * (the same articles); every character of each page's text is in exactly one place of the result.
   */
  @org.junit.jupiter.api.Test
  void pdfFiguresDoNotFallBelowTheRatchet() throws IOException {
    assumeTrue(Files.isDirectory(DEV), "../shared/dev absent");
    Path gold = Files.createDirectories(tmp.resolve("pdf").resolve("gold"));
    Path pred = Files.createDirectories(tmp.resolve("pdf").resolve("pred"));
    List<Path> pdfs;
    try (Stream<Path> s = Files.list(DEV)) {
      pdfs = s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
    }
    for (Path pdf : pdfs) {
      String base = pdf.getFileName().toString().replaceFirst("\\.pdf$", "") + ".pdfbox";
      Files.copy(DEV.resolve(base + ".json"), gold.resolve(base + ".json"));
      dev.banmian.pdf.PdfPage first = dev.banmian.pdf.PdfPageReader.standard().read(pdf).get(0);
      Page page = extractor.extract(first.text(), first.geometry(), Optional.empty());
      assertEveryCharacterOnce(pdf.getFileName().toString(), first.text().raw(), page);
      Files.writeString(pred.resolve(base + ".json"), PageJson.write(page, base + ".txt"), StandardCharsets.UTF_8);
    }
    assertHoldsTheRatchet("pdf", gold, pred);
  }

  /** Every non-space character of {@code raw} in one place of {@code page} (a section label may head several items). */
  private static void assertEveryCharacterOnce(String name, String raw, Page page) {
    int[] count = new int[raw.length()];
    int[] labels = new int[raw.length()];
    java.util.function.BiConsumer<List<dev.banmian.text.Span>, int[]> add = (spans, into) -> spans.forEach(sp -> {
      for (int i = sp.start(); i < sp.end(); i++) {
        into[i]++;
      }
    });
    for (dev.banmian.model.Article a : page.articles()) {
      a.section().ifPresent(t -> add.accept(t.spans(), labels));
      Stream.of(a.kicker(), a.headline(), a.subheadline()).flatMap(Optional::stream).forEach(t -> add.accept(t.spans(), count));
      a.byline().ifPresent(b -> add.accept(b.spans(), count));
      Stream.concat(a.subheads().stream(), a.paragraphs().stream()).forEach(t -> add.accept(t.spans(), count));
    }
    for (dev.banmian.model.Caption c : page.captions()) {
      add.accept(c.text().spans(), count);
      Stream.of(c.credit(), c.title()).flatMap(Optional::stream).forEach(t -> add.accept(t.spans(), count));
      c.section().ifPresent(t -> add.accept(t.spans(), labels));
    }
    page.noise().forEach(t -> add.accept(t.spans(), count));
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int n = count[i] + Math.min(1, labels[i]);
      boolean content = !dev.banmian.text.Chars.isSpace(c) && c != '—' && c != '-' && !dev.banmian.text.NewsCues.isDecoration(c);
      assertTrue(content ? n == 1 : n <= 1, name + ": offset " + i + " '" + c + "' in " + n + " places");
    }
  }

  /** The scores and decisions of {@code pred} against {@code gold} reach every figure the ratchet holds for {@code set}. */
  private static void assertHoldsTheRatchet(String extractorName, Path gold, Path pred) throws IOException {
    Evaluator.Result scores = Evaluator.score(gold, pred);
    DecisionReport.Result decisions = DecisionReport.evaluate(gold, pred, DEV);
    System.out.println("== " + extractorName + "\n" + scores.report() + decisions.report(3, 0));
    Properties ratchet = new Properties();
    try (InputStream in = DevCorpusRatchetTest.class.getResourceAsStream("/dev-ratchet.properties")) {
      ratchet.load(in);
    }
    List<String> fallen = new ArrayList<>();
    for (String key : ratchet.stringPropertyNames()) {
      if (!key.startsWith(extractorName + ".")) {
        continue;
      }
      String metric = key.substring(extractorName.length() + 1);
      double floor = Double.parseDouble(ratchet.getProperty(key));
      double actual = switch (metric) {
        case "overall" -> scores.overall();
        case "body_similarity" -> scores.bodySimilarity();
        case "decisions.roles" -> decisions.total().roleAccuracy();
        case "decisions.joins_breaks" -> decisions.total().boundaryAccuracy();
        case "decisions.links" -> decisions.total().linkAccuracy();
        default -> metric.endsWith("_acc") ? scores.acc().get(metric.substring(0, metric.length() - 4)) : scores.f1(metric);
      };
      if (actual < floor - 1e-9) {
        fallen.add(key + " fell to " + actual + " below the ratchet " + floor);
      }
    }
    assertTrue(fallen.isEmpty(), String.join("\n", fallen));
  }
}
