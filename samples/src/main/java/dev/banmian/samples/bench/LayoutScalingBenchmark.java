package dev.banmian.samples.bench;

import dev.banmian.extract.PageExtractor;
import dev.banmian.extract.layout.LayoutRepairer;
import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import dev.banmian.segment.JiebaSegmenter;
import dev.banmian.text.SourceText;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Linear time: layout repair and whole-page extraction of a page made of the seeds repeated to
 * {@code chars} characters, as many lines ({@code page}) or as one single line ({@code line}).
 * Time per character should stay flat from 1 M to 10 M characters. Run:
 * {@code java -cp samples/target/banmian.jar org.openjdk.jmh.Main LayoutScalingBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class LayoutScalingBenchmark {
  /** The page size in characters. */
  @Param({"1000000", "10000000"})
  public int chars;

  /** The page shape: the seeds as their many lines ({@code page}) or as one line ({@code line}). */
  @Param({"page", "line"})
  public String shape;

  private SourceText source;
  private LayoutRepairer repairer;
  private PageExtractor extractor;

  /** Builds the input and the pipeline. */
  @Setup
  public void setUp() {
    StringBuilder seeds = new StringBuilder();
    for (SeedPage p : Seeds.pages()) {
      seeds.append(p.text()).append('\n');
    }
    String unit = shape.equals("line") ? seeds.toString().replace('\n', ' ') : seeds.toString();
    StringBuilder b = new StringBuilder(chars + unit.length());
    while (b.length() < chars) {
      b.append(unit);
    }
    b.setLength(chars);
    source = SourceText.of("bench", b.toString());
    JiebaSegmenter segmenter = JiebaSegmenter.builder().newsDictionary().build();
    repairer = LayoutRepairer.builder().segmenter(segmenter).build();
    extractor = PageExtractor.builder().build();
  }

  /**
   * Layout repair only.
   *
   * @return the number of blocks
   */
  @Benchmark
  public int repair() {
    return repairer.repair(source).blocks().size();
  }

  /**
   * The whole pipeline: layout, classification, assembly.
   *
   * @return the number of articles
   */
  @Benchmark
  public int extract() {
    return extractor.extract(source, Optional.empty()).articles().size();
  }
}
