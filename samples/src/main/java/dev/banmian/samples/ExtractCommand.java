package dev.banmian.samples;

import dev.banmian.extract.PageExtractor;
import dev.banmian.model.Page;
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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code extract}: pages to JSON (gold schema) or Markdown. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract articles from page text files (the bundled seeds when no FILE is given).")
final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "FILE", description = "Page text files (UTF-8, UTF-16 with BOM, GB18030/GBK).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--issue-date", paramLabel = "YYYY-MM-DD", description = "Issue date, to resolve datelines.")
  LocalDate issueDate;

  @Option(names = "--format", defaultValue = "json", description = "json or markdown (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "DIR", description = "Write DIR/<name>.json (or .md) per page instead of stdout.")
  Path out;

  @Option(names = "--diagnostics", description = "Add every decision with its evidence (JSON only).")
  boolean diagnostics;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Decode input with this charset instead of detecting it.")
  Charset encoding;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter stdout = spec.commandLine().getOut();
    if (!format.equals("json") && !format.equals("markdown")) {
      err.println("banmian: --format must be json or markdown, not '" + format + "'");
      return 2;
    }
    if (out != null) {
      Files.createDirectories(out);
    }
    record Input(String name, Path path, String text) {}
    List<Input> inputs = new ArrayList<>();
    if (files.isEmpty()) {
      for (SeedPage p : Seeds.pages()) {
        inputs.add(new Input(p.fileName(), null, p.text()));
      }
    } else {
      for (Path f : files) {
        inputs.add(new Input(f.getFileName() == null ? f.toString() : f.getFileName().toString(), f, null));
      }
    }
    PageExtractor extractor = PageExtractor.builder().build();
    Progress progress = new Progress(err, inputs.size());
    int failed = 0;
    for (Input in : inputs) {
      String text = in.text;
      if (text == null) {
        try {
          text = InputPages.read(in.path, Optional.ofNullable(encoding));
        } catch (InputPages.BadInput e) {
          progress.clear();
          err.println("banmian: " + e.getMessage());
          failed++;
          progress.step();
          continue;
        }
      }
      Page page = extractor.extract(SourceText.of(in.name, text), Optional.ofNullable(issueDate));
      String rendered = format.equals("json") ? PageJson.write(page, in.name, diagnostics) : PageJson.markdown(page);
      if (out == null) {
        progress.clear();
        stdout.println(rendered);
        stdout.flush();
      } else {
        String base = in.name.endsWith(".txt") ? in.name.substring(0, in.name.length() - 4) : in.name;
        Files.writeString(out.resolve(base + (format.equals("json") ? ".json" : ".md")), rendered, StandardCharsets.UTF_8);
      }
      progress.step();
    }
    progress.done();
    if (failed > 0) {
      err.println("banmian: " + failed + " of " + inputs.size() + " file(s) failed");
      return 1;
    }
    return 0;
  }

  /** A one-line progress bar on stderr, shown when more than a few files are processed. */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final boolean show;
    private int done;

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
      this.show = total > 3;
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

    void clear() {
      if (show && done > 0) {
        err.print("\r" + " ".repeat(50) + "\r");
        err.flush();
      }
    }

    void done() {
      if (show) {
        err.println();
        err.flush();
      }
    }
  }
}
