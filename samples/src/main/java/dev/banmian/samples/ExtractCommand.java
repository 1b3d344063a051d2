package dev.banmian.samples;

import dev.banmian.json.PageJson;
import dev.banmian.extract.PageExtractor;
import dev.banmian.model.Page;
import dev.banmian.pdf.PdfException;
import dev.banmian.pdf.PdfPage;
import dev.banmian.pdf.PdfPageReader;
import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import dev.banmian.text.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code extract}: pages to JSON (gold schema), JSON Lines or Markdown. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = BanmianCli.Version.class,
    description = "Extract articles from page text files (the bundled seeds when no FILE is given; - reads stdin).",
    footer = {"", "On stdout, json prints one object for one page and an array for several; jsonl one compact object",
        "per line. Exit codes: 0 success; 1 some input failed (one line each on stderr, the rest processed); 2 usage."})
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE",
      description = "Page text files (UTF-8, UTF-16 with BOM, GB18030/GBK; pages separated by form feeds, as pdftotext "
          + "prints a PDF, give one output per page, NAME.pNN) or PDF files (one output per page); - for standard input.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--issue-date", paramLabel = "YYYY-MM-DD", description = "Issue date, to resolve datelines.")
  LocalDate issueDate;

  @Option(names = "--format", defaultValue = "json", description = "json, jsonl or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Write DIR/<name>.json (or .md) per page instead of stdout; a repeated name gets a -2, -3 … suffix.")
  Path out;

  @Option(names = "--diagnostics", description = "Add every decision with its evidence (JSON only).")
  boolean diagnostics;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Decode input with this charset instead of detecting it.")
  Charset encoding;

  @Option(names = "--pages", paramLabel = "LIST", converter = PageList.class,
      description = "PDF pages to extract, e.g. 1,3-5 (default: every page).")
  Set<Integer> pages;

  @Option(names = "--max-page-size", paramLabel = "MCHARS", description = "Largest page of text, in millions of characters "
      + "(default: ${DEFAULT-VALUE}); a larger page is an error, and a text file over " + FILE_PAGES
      + " times the limit is refused unread.")
  int maxPageSize = 5;

  /** How many pages of the largest size a text file may hold before it is refused unread. */
  static final int FILE_PAGES = 20;

  @Option(names = "--threads", paramLabel = "N", description = "Pages extracted in parallel (default: the number of cores); "
      + "output and its order do not depend on it.")
  int threads = Runtime.getRuntime().availableProcessors();

  /** One input page: its display name, and its file (null for a bundled seed, whose text is given). */
  private record Input(String name, Path path, String text) {}

  /** One rendered page: its output name (without extension) and its text. */
  private record Output(String name, String rendered) {}

  /** One input's result: its rendered pages (several for a PDF), or the one-line message of its failure. */
  private record Result(Input input, List<Output> pages, String error) {
    static Result failed(Input input, String error) {
      return new Result(input, List.of(), error);
    }
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    if (!List.of("json", "jsonl", "markdown").contains(format)) {
      err.println("banmian: --format must be json, jsonl or markdown, not '" + format + "'");
      return 2;
    }
    if (maxPageSize < 1) {
      err.println("banmian: --max-page-size must be at least 1, not " + maxPageSize);
      return 2;
    }
    if (threads < 1) {
      err.println("banmian: --threads must be at least 1, not " + threads);
      return 2;
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    List<Input> inputs = inputs();
    List<Result> results = extractAll(inputs, PageExtractor.builder().build());
    return write(results, err);
  }

  private List<Input> inputs() {
    List<Input> inputs = new ArrayList<>();
    if (files.isEmpty()) {
      for (SeedPage p : Seeds.pages()) {
        inputs.add(new Input(p.fileName(), null, p.text()));
      }
    }
    for (Path f : files) {
      String name = f.toString().equals("-") ? "stdin.txt" : f.getFileName() == null ? f.toString() : f.getFileName().toString();
      inputs.add(new Input(name, f, null));
    }
    return inputs;
  }

  private List<Result> extractAll(List<Input> inputs, PageExtractor extractor) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, inputs.size())), r -> {
      Thread t = new Thread(r, "banmian-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Result>> futures = new ArrayList<>();
      for (Input in : inputs) {
        futures.add(pool.submit(() -> extractOne(in, extractor)));
      }
      Progress progress = new Progress(spec.commandLine().getErr(), inputs.size());
      List<Result> results = new ArrayList<>();
      for (Future<Result> f : futures) {
        try {
          results.add(f.get());
        } catch (ExecutionException e) {
          Input in = inputs.get(results.size());
          results.add(Result.failed(in, in.name() + ": extraction failed: " + e.getCause()));
        }
        progress.step();
      }
      progress.done();
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private Result extractOne(Input in, PageExtractor extractor) {
    String text = in.text();
    if (text == null) {
      try {
        long most = FILE_PAGES * maxPageChars() * MOST_BYTES_PER_CHAR;
        byte[] bytes = in.path().toString().equals("-") ? InputPages.readStdinBytes(most) : InputPages.readBytes(in.path(), most);
        if (PdfPageReader.looksLikePdf(bytes)) {
          return extractPdf(in, bytes, extractor);
        }
        text = InputPages.decode(bytes, in.path().toString().equals("-") ? "stdin" : in.path().toString(), Optional.ofNullable(encoding));
      } catch (InputPages.BadInput e) {
        return Result.failed(in, e.getMessage());
      } catch (OutOfMemoryError e) {
        return Result.failed(in, in.name() + ": too large to read into memory");
      }
    }
    List<SourceText> pages = SourceText.of(in.name(), text).splitPages();
    for (int i = 0; i < pages.size(); i++) {
      int chars = pages.get(i).length();
      if (chars > maxPageChars()) {
        String which = pages.size() > 1 ? "page " + (i + 1) + " is " : "";
        return Result.failed(in, String.format(Locale.ROOT, "%s: %s%.1f million characters, more than a page can be "
            + "(--max-page-size %d); separate its pages with form feeds, or raise the limit", in.name(), which,
            chars / 1e6, maxPageSize));
      }
    }
    List<Output> outputs = new ArrayList<>();
    for (SourceText page : pages) {
      Page extracted = extractor.extract(page, Optional.ofNullable(issueDate));
      String name = pages.size() == 1 ? base(in.name()) : page.id();
      outputs.add(new Output(name, render(extracted, pages.size() == 1 ? in.name() : name + ".txt")));
    }
    return new Result(in, outputs, null);
  }

  /** The most characters a page of text may hold ({@code --max-page-size}, in millions). */
  private long maxPageChars() {
    return (long) maxPageSize * 1_000_000;
  }

  /** The most bytes one character takes in any encoding a page file may have (UTF-8 outside the BMP). */
  private static final int MOST_BYTES_PER_CHAR = 4;

  /** Extracts every selected page of a PDF, one output per page named {@code NAME.pNN}. */
  private Result extractPdf(Input in, byte[] bytes, PageExtractor extractor) {
    List<PdfPage> pages;
    try {
      pages = PdfPageReader.standard().read(bytes, in.name(), this::selected);
    } catch (PdfException e) {
      return Result.failed(in, e.getMessage());
    }
    if (pages.isEmpty()) {
      return Result.failed(in, in.name() + ": none of the pages asked for with --pages is in the PDF");
    }
    if (pages.stream().noneMatch(PdfPage::hasText)) {
      return Result.failed(in, in.name() + ": the PDF has no text layer (a scanned image?); run OCR on it first");
    }
    List<Output> outputs = new ArrayList<>();
    for (PdfPage p : pages) {
      String name = String.format(Locale.ROOT, "%s.p%02d", base(in.name()), p.number());
      Page page = extractor.extract(p.text(), p.geometry(), Optional.ofNullable(issueDate));
      outputs.add(new Output(name, render(page, name + ".pdf")));
    }
    return new Result(in, outputs, null);
  }

  private boolean selected(int page) {
    return pages == null || pages.contains(page);
  }

  private String render(Page page, String source) {
    return switch (format) {
      case "markdown" -> PageMarkdown.render(page);
      case "jsonl" -> PageJson.writeLine(page, source, diagnostics);
      default -> PageJson.write(page, source, diagnostics);
    };
  }

  private int write(List<Result> results, PrintWriter err) {
    PrintWriter stdout = spec.commandLine().getOut();
    int failed = 0;
    Set<String> used = new HashSet<>();
    List<String> ok = new ArrayList<>();
    for (Result r : results) {
      if (r.error() != null) {
        err.println("banmian: " + r.error());
        failed++;
        continue;
      }
      for (Output o : r.pages()) {
        if (out == null) {
          ok.add(o.rendered());
          continue;
        }
        String name = uniqueName(o.name(), used);
        if (!name.equals(o.name())) {
          err.println("banmian: " + r.input().path() + ": another input has the same name; written as " + name + extension());
        }
        try {
          Files.writeString(out.resolve(name + extension()), o.rendered(), StandardCharsets.UTF_8);
        } catch (IOException e) {
          err.println("banmian: " + out.resolve(name + extension()) + ": cannot write: " + e.getMessage());
          failed++;
        }
      }
    }
    if (out == null) {
      printStdout(stdout, ok);
    }
    err.flush();
    if (failed > 0) {
      err.println(String.format(Locale.ROOT, "banmian: %d of %d file(s) failed", failed, results.size()));
      return 1;
    }
    return 0;
  }

  private void printStdout(PrintWriter stdout, List<String> pages) {
    if (format.equals("json") && pages.size() > 1) {
      stdout.println("[");
      for (int i = 0; i < pages.size(); i++) {
        stdout.println(pages.get(i).strip().indent(2).stripTrailing() + (i + 1 < pages.size() ? "," : ""));
      }
      stdout.println("]");
    } else {
      pages.forEach(stdout::println);
    }
    stdout.flush();
  }

  private String extension() {
    return format.equals("markdown") ? ".md" : ".json";
  }

  private static String base(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".txt") || lower.endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
  }

  private static String uniqueName(String base, Set<String> used) {
    String name = base;
    for (int k = 2; !used.add(name); k++) {
      name = base + "-" + k;
    }
    return name;
  }

  /** A one-line progress bar on stderr, drawn only on an interactive terminal and for more than a few files. */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean show;
    private int done;

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
      this.show = total > 3 && System.console() != null;
    }

    void step() {
      done++;
      if (show) {
        int width = 30;
        int filled = (int) Math.round(width * (double) done / total);
        err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + done + "/" + total);
        err.flush();
      }
    }

    void done() {
      if (show) {
        err.print("\r" + " ".repeat(50) + "\r");
        err.flush();
      }
    }
  }
}
