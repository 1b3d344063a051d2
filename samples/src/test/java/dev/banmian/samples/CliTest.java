package dev.banmian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CliTest {
  @TempDir
  Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = new CommandLine(new BanmianCli());
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void badInputsGetOneLineMessagesAndTheRestOfTheBatchIsProcessed() throws Exception {
    Path good = Files.writeString(dir.resolve("good.txt"), "本报讯（记者 王五）9月8日，会议召开。\n\n会议强调，要抓落实。\n", StandardCharsets.UTF_8);
    Path empty = Files.createFile(dir.resolve("empty.txt"));
    Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1});
    Path gbk = Files.write(dir.resolve("gbk.txt"), "本报讯（记者 赵六）近日，会议召开。\n".getBytes(Charset.forName("GB18030")));
    Path out = dir.resolve("out");
    Run r = run("extract", "--out", out.toString(), good.toString(), dir.resolve("missing.txt").toString(),
        dir.toString(), empty.toString(), binary.toString(), gbk.toString());
    assertEquals(1, r.code());
    assertTrue(r.err().contains("missing.txt: no such file"), r.err());
    assertTrue(r.err().contains("is a directory"), r.err());
    assertTrue(r.err().contains("empty.txt: empty file"), r.err());
    assertTrue(r.err().contains("bin.txt: a ZIP archive (or a .docx/.epub, which are ZIP archives), not page text or a PDF"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertTrue(Files.exists(out.resolve("good.json")));
    String gbkJson = Files.readString(out.resolve("gbk.json"));
    assertTrue(gbkJson.contains("赵六"), gbkJson);
  }

  static byte[] latinPdf(boolean withText) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
      org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
      doc.addPage(page);
      try (org.apache.pdfbox.pdmodel.PDPageContentStream cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
        cs.addRect(50, 500, 200, 150);
        cs.fill();
        if (withText) {
          cs.beginText();
          cs.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 10);
          cs.newLineAtOffset(50, 450);
          cs.showText("Report from the city council meeting.");
          cs.endText();
        }
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aPdfIsExtractedPageByPageAndAScanOrAPictureGetsAMessage() throws Exception {
    Path pdf = Files.write(dir.resolve("page.pdf"), latinPdf(true));
    Path scan = Files.write(dir.resolve("scan.pdf"), latinPdf(false));
    Path png = Files.write(dir.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
    Path out = dir.resolve("pdf-out");
    Run r = run("extract", "--out", out.toString(), pdf.toString(), scan.toString(), png.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(Files.readString(out.resolve("page.p01.json")).contains("city council"));
    assertTrue(r.err().contains("scan.pdf: the PDF has no text layer (a scanned image?); run OCR on it first"), r.err());
    assertTrue(r.err().contains("photo.txt: a PNG image, not page text or a PDF"), r.err());
    Run missingPage = run("extract", "--pages", "2-3", pdf.toString());
    assertEquals(1, missingPage.code());
    assertTrue(missingPage.err().contains("none of the pages asked for with --pages is in the PDF"), missingPage.err());
    Run badList = run("extract", "--pages", "3-1", pdf.toString());
    assertEquals(2, badList.code());
    assertTrue(badList.err().contains("'3-1' is not a page range"), badList.err());
  }

  @Test
  void extractWithoutFilesRunsTheSeeds() {
    Run r = run("extract", "--out", dir.toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.exists(dir.resolve("000_4140679e166aff94.json")));
  }

  @Test
  void markdownAndBadFormat() throws Exception {
    Path good = Files.writeString(dir.resolve("p.txt"), "市政府召开党组会议\n\n本报讯（记者 樊娅楠）9月8日，会议召开。\n", StandardCharsets.UTF_8);
    Run md = run("extract", "--format", "markdown", good.toString());
    assertEquals(0, md.code(), md.err());
    assertTrue(md.out().contains("## 市政府召开党组会议"), md.out());
    assertEquals(2, run("extract", "--format", "xml", good.toString()).code());
  }

  @Test
  void searchIndexesTheArticlesAndMarksTheMatchedWords() throws Exception {
    Path f = dir.resolve("page.txt");
    Files.writeString(f, """
        乡村道路通到家门口

        本报讯（记者 王明）今年以来，某县新修农村公路一百多公里，群众出行更方便。

        县里还建立了道路养护队伍，每条公路都有专人负责。
        """);
    Run r = run("search", "--page", f.toString(), "农村公路", "养护");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("indexed 1 articles of 1 pages"), r.out());
    assertTrue(r.out().contains("【农村】【公路】") || r.out().contains("【农村公路】"), r.out());
    assertTrue(r.out().contains("【养护】"), r.out());
    assertTrue(r.out().contains("乡村道路通到家门口"), r.out());
    assertEquals(2, run("search", "--hits", "0").code());
  }

  @Test
  void segmentPrintsTokensPerLine() throws Exception {
    Path f = Files.writeString(dir.resolve("s.txt"), "习近平总书记考察青海\n人工智能", StandardCharsets.UTF_8);
    Run r = run("segment", f.toString());
    assertEquals(0, r.code(), r.err());
    String[] lines = r.out().split("\\R");
    assertEquals(2, lines.length);
    assertTrue(lines[1].equals("人工智能") || lines[1].equals("人工 智能"), r.out());
  }

  @Test
  void segmentPrintsKeywordsWithWeightsOrSentences() throws Exception {
    Path f = Files.writeString(dir.resolve("k.txt"),
        "图书馆在镇文化广场开放。图书馆首批上架图书三千余册。居民可以在图书馆免费借阅。", StandardCharsets.UTF_8);
    for (String method : new String[] {"tfidf", "textrank"}) {
      Run r = run("segment", "--keywords", "3", "--keyword-method", method, f.toString());
      assertEquals(0, r.code(), r.err());
      String[] lines = r.out().split("\\R");
      assertEquals(3, lines.length, r.out());
      assertTrue(lines[0].startsWith("图书馆\t"), r.out());
    }
    Run s = run("segment", "--sentences", f.toString());
    assertEquals(3, s.out().split("\\R").length, s.out());
    assertEquals(2, run("segment", "--keywords", "3", "--keyword-method", "lda", f.toString()).code());
    assertEquals(2, run("segment", "--keywords", "-1", f.toString()).code());
  }

  @Test
  void severalPagesOnStdoutAreOneJsonArrayOrJsonLines() throws Exception {
    Path a = Files.writeString(dir.resolve("a.txt"), "市政府召开党组会议\n\n本报讯（记者 王五）9月8日，会议召开。\n", StandardCharsets.UTF_8);
    Path b = Files.writeString(dir.resolve("b.txt"), "县里举办运动会\n\n本报讯（记者 赵六）近日，运动会开幕。\n", StandardCharsets.UTF_8);
    ObjectMapper json = new ObjectMapper();
    Run arr = run("extract", a.toString(), b.toString());
    assertEquals(0, arr.code(), arr.err());
    JsonNode pages = json.readTree(arr.out());
    assertTrue(pages.isArray(), arr.out());
    assertEquals("a.txt", pages.get(0).get("source").asText());
    assertEquals("b.txt", pages.get(1).get("source").asText());
    Run one = run("extract", a.toString());
    assertTrue(json.readTree(one.out()).isObject(), one.out());
    Run lines = run("extract", "--format", "jsonl", "--threads", "2", a.toString(), b.toString());
    String[] ls = lines.out().split("\\R");
    assertEquals(2, ls.length, lines.out());
    assertEquals("b.txt", json.readTree(ls[1]).get("source").asText());
    assertEquals(2, run("extract", "--threads", "0", a.toString()).code());
  }

  @Test
  void inputsWithTheSameNameGetUniqueOutputFiles() throws Exception {
    Path a = Files.createDirectories(dir.resolve("x"));
    Path b = Files.createDirectories(dir.resolve("y"));
    Files.writeString(a.resolve("p.txt"), "本报讯（记者 王五）9月8日，会议召开。\n", StandardCharsets.UTF_8);
    Files.writeString(b.resolve("p.txt"), "本报讯（记者 赵六）近日，运动会开幕。\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run r = run("extract", "--out", out.toString(), a.resolve("p.txt").toString(), b.resolve("p.txt").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(Files.readString(out.resolve("p.json")).contains("王五"));
    assertTrue(Files.readString(out.resolve("p-2.json")).contains("赵六"));
    assertTrue(r.err().contains("written as p-2.json"), r.err());
  }

  @Test
  void standardInputIsReadForADash() throws Exception {
    java.io.InputStream saved = System.in;
    try {
      System.setIn(new java.io.ByteArrayInputStream("本报讯（记者 王五）9月8日，会议召开。\n".getBytes(StandardCharsets.UTF_8)));
      Run r = run("extract", "-");
      assertEquals(0, r.code(), r.err());
      assertTrue(r.out().contains("王五"), r.out());
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void evaluateRefusesAnEmptyPredictionFolder() throws Exception {
    Path gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(gold.resolve("p.json"), "{\"articles\":[]}", StandardCharsets.UTF_8);
    Path pred = Files.createDirectories(dir.resolve("pred"));
    Run r = run("evaluate", "--gold", gold.toString(), "--pred", pred.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no page JSON"), r.err());
  }

  @Test
  void versionComesFromTheBuild() {
    Run r = run("--version");
    assertEquals(0, r.code());
    assertTrue(r.out().matches("banmian \\d+\\.\\d+\\.\\d+.*\\R?"), r.out());
  }

  @Test
  void formFeedsSplitATextIntoPagesAndAPageBeyondTheLimitIsAnErrorNamingTheFile() throws Exception {
    String page1 = "本报讯（记者 王五）9月8日，会议召开。\n\n会议强调，要抓落实。\n";
    String page2 = "本报讯（记者 赵六）近日，某市举办灯会。\n\n游客纷纷前来观赏。\n";
    Path issue = Files.writeString(dir.resolve("issue.txt"), page1 + "\f" + page2 + "\f", StandardCharsets.UTF_8);
    Path huge = Files.writeString(dir.resolve("huge.txt"), "会议强调，要抓落实。\n".repeat(120_000), StandardCharsets.UTF_8);
    Path spaces = Files.writeString(dir.resolve("nbsp.txt"), "\u00A0\u00A0\n\u3000\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out");
    Run r = run("extract", "--max-page-size", "1", "--out", out.toString(), issue.toString(), huge.toString(), spaces.toString());
    assertEquals(1, r.code(), r.err());
    assertTrue(r.err().contains("huge.txt: 1.3 million characters, more than a page can be (--max-page-size 1)"), r.err());
    assertTrue(r.err().contains("nbsp.txt: holds only whitespace"), r.err());
    assertFalse(Files.exists(out.resolve("issue.json")));
    JsonNode p1 = new ObjectMapper().readTree(Files.readString(out.resolve("issue.p01.json")));
    JsonNode p2 = new ObjectMapper().readTree(Files.readString(out.resolve("issue.p02.json")));
    assertEquals("issue.p01.txt", p1.path("source").asText());
    assertTrue(p1.toString().contains("王五") && !p1.toString().contains("赵六"), p1.toString());
    assertTrue(p2.toString().contains("赵六") && !p2.toString().contains("王五"), p2.toString());
    assertFalse(Files.exists(out.resolve("issue.p03.json")));
  }
}
