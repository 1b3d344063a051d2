package dev.banmian.samples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * MB/s per stage on real pages (see {@link StageBenchmark}): {@code seeds}, the five seed pages, or {@code dev}, every
 * page text of {@code ../shared/dev} (each of the 40 pages as pdftotext, {@code pdftotext -layout} and PDFBox
 * extracted it; {@code -p dev=FOLDER} for another folder of {@code *.txt}). Run, for example:
 * {@code java -cp samples/target/banmian.jar org.openjdk.jmh.Main PipelineBenchmark -p corpus=seeds}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 3, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class PipelineBenchmark extends StageBenchmark {
  /** Which pages: {@code seeds} or {@code dev}. */
  @Param({"seeds", "dev"})
  public String corpus;

  /** The folder of the development corpus. */
  @Param({"../shared/dev"})
  public String dev;

  @Override
  protected List<String[]> texts() {
    if (corpus.equals("seeds")) {
      return seedTexts();
    }
    Path folder = Path.of(dev);
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException("no folder " + folder.toAbsolutePath() + ": pass -p dev=FOLDER");
    }
    List<String[]> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        out.add(new String[] {f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no *.txt in " + folder.toAbsolutePath());
    }
    return out;
  }
}
