package dev.banmian.samples.bench;

import dev.banmian.extract.PageExtractor;
import dev.banmian.pdf.PdfPage;
import dev.banmian.pdf.PdfPageReader;
import dev.banmian.text.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Pages per second on one core for PDF input: each operation is one one-page PDF of a folder (by default the
 * development corpus, {@code ../shared/dev}; {@code -p dir=...} for your own), taken in turn. {@code read} is the
 * PDF reader alone (PDFBox parsing, glyphs, lines, blocks, reading order), {@code readAndExtract} the whole PDF
 * pipeline, and {@code extractText}, the baseline measured in the same run, the text path over the text PDFBox's
 * own stripper printed for the same pages ({@code NAME.pdfbox.txt} next to each PDF, when present). Run:
 * {@code java -cp samples/target/banmian.jar org.openjdk.jmh.Main PdfThroughputBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class PdfThroughputBenchmark {
  /** The folder of dev PDFs. */
  @Param({"../shared/dev"})
  public String dir;

  private final List<byte[]> pdfs = new ArrayList<>();
  private final List<SourceText> texts = new ArrayList<>();
  private PdfPageReader reader;
  private PageExtractor extractor;
  private int next;

  /**
   * Loads the PDFs (and the text of each, where there is one) into memory and builds the pipeline.
   *
   * @throws IOException if a PDF cannot be read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    Path folder = Path.of(dir);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no folder " + folder.toAbsolutePath() + ": pass -p dir=FOLDER_OF_PDFS");
    }
    try (Stream<Path> files = Files.list(folder)) {
      for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList()) {
        pdfs.add(Files.readAllBytes(pdf));
        Path txt = pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".pdfbox.txt"));
        if (Files.exists(txt)) {
          texts.add(SourceText.of(txt.getFileName().toString(), Files.readString(txt, StandardCharsets.UTF_8)));
        }
      }
    }
    if (pdfs.isEmpty()) {
      throw new IllegalArgumentException("no PDF in " + folder.toAbsolutePath());
    }
    reader = PdfPageReader.standard();
    extractor = PageExtractor.builder().build();
  }

  private byte[] nextPdf() {
    return pdfs.get(next++ % pdfs.size());
  }

  /**
   * The PDF reader alone: one PDF into page text with geometry.
   *
   * @return the number of pages read
   */
  @Benchmark
  public int read() {
    return pages(nextPdf()).size();
  }

  /**
   * The whole PDF pipeline: read, then extract articles with the page's geometry.
   *
   * @return the number of articles
   */
  @Benchmark
  public int readAndExtract() {
    int articles = 0;
    for (PdfPage p : pages(nextPdf())) {
      articles += extractor.extract(p.text(), p.geometry(), Optional.empty()).articles().size();
    }
    return articles;
  }

  /**
   * Baseline: the text path over PDFBox's own text of the same pages.
   *
   * @return the number of articles
   */
  @Benchmark
  public int extractText() {
    if (texts.isEmpty()) {
      throw new IllegalStateException("no NAME.pdfbox.txt next to the PDFs: no text baseline");
    }
    return extractor.extract(texts.get(next++ % texts.size()), Optional.empty()).articles().size();
  }

  private List<PdfPage> pages(byte[] pdf) {
    return reader.read(pdf, "bench", n -> true);
  }
}
