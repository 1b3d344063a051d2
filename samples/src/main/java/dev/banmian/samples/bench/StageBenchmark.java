package dev.banmian.samples.bench;

import dev.banmian.extract.layout.LayoutRepairer;
import dev.banmian.extract.layout.RepairedPage;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.extract.meta.DatelineParser;
import dev.banmian.extract.structure.ArticleAssembler;
import dev.banmian.extract.structure.BlockClassifier;
import dev.banmian.extract.structure.ClassifiedBlock;
import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import dev.banmian.segment.JiebaSegmenter;
import dev.banmian.text.SourceText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The stages of the text pipeline, each a benchmark, over the pages a subclass gives: throughput in UTF-8 bytes of
 * page text per second on one thread, the secondary result {@code bytes} (divide by 10⁶ for MB/s; its inverse is the
 * CPU time per byte). One operation is one pass over every page. The stages are {@code repair} (layout repair),
 * {@code classify} (block kinds, on pages repaired in set-up), {@code assemble} (articles, on pages repaired and
 * classified in set-up) and {@code extract} (all three). The pages and the stages are shared by every benchmark
 * thread, as an application shares one extractor: {@code -t 2} measures two threads on it, to set beside
 * {@link CpuLoopControl} for what two threads of plain computation get on the same machine.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public abstract class StageBenchmark {
  private final List<SourceText> pages = new ArrayList<>();
  private final List<RepairedPage> repaired = new ArrayList<>();
  private final List<List<ClassifiedBlock>> classified = new ArrayList<>();
  private long corpusBytes;
  private LayoutRepairer repairer;
  private BlockClassifier classifier;
  private ArticleAssembler assembler;

  /** Bytes of page text processed, reported by JMH per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Bytes {
    /** UTF-8 bytes of page text processed so far in this iteration. */
    public long bytes;

    /** Starts each iteration's count at zero. */
    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** Loads the pages, builds the stages and runs the earlier stages once for the later stages' inputs. */
  @Setup(Level.Trial)
  public void setUp() {
    for (String[] p : texts()) {
      pages.add(SourceText.of(p[0], p[1]));
      corpusBytes += p[1].getBytes(StandardCharsets.UTF_8).length;
    }
    JiebaSegmenter segmenter = JiebaSegmenter.builder().newsDictionary().build();
    BylineParser bylines = BylineParser.standard();
    repairer = LayoutRepairer.builder().segmenter(segmenter).build();
    classifier = new BlockClassifier(bylines, segmenter);
    assembler = new ArticleAssembler(bylines, DatelineParser.standard(), segmenter);
    for (SourceText page : pages) {
      RepairedPage r = repairer.repair(page);
      repaired.add(r);
      classified.add(classifier.classify(r));
    }
  }

  /** {@return the pages, each as its name and its text} */
  protected abstract List<String[]> texts();

  /** {@return the seed pages, each as its name and its text} */
  protected static List<String[]> seedTexts() {
    List<String[]> out = new ArrayList<>();
    for (SeedPage p : Seeds.pages()) {
      out.add(new String[] {p.name(), p.text()});
    }
    return out;
  }

  /**
   * Layout repair of every page.
   *
   * @param bh the sink
   * @param counter the byte count
   */
  @Benchmark
  public void repair(Blackhole bh, Bytes counter) {
    for (SourceText page : pages) {
      bh.consume(repairer.repair(page));
    }
    counter.bytes += corpusBytes;
  }

  /**
   * Block classification of every page, repaired in set-up.
   *
   * @param bh the sink
   * @param counter the byte count
   */
  @Benchmark
  public void classify(Blackhole bh, Bytes counter) {
    for (RepairedPage page : repaired) {
      bh.consume(classifier.classify(page));
    }
    counter.bytes += corpusBytes;
  }

  /**
   * Article assembly of every page, repaired and classified in set-up.
   *
   * @param bh the sink
   * @param counter the byte count
   */
  @Benchmark
  public void assemble(Blackhole bh, Bytes counter) {
    Optional<LocalDate> noDate = Optional.empty();
    for (int i = 0; i < repaired.size(); i++) {
      bh.consume(assembler.assemble(repaired.get(i), classified.get(i), noDate));
    }
    counter.bytes += corpusBytes;
  }

  /**
   * The whole text pipeline on every page: repair, classify, assemble.
   *
   * @param bh the sink
   * @param counter the byte count
   */
  @Benchmark
  public void extract(Blackhole bh, Bytes counter) {
    Optional<LocalDate> noDate = Optional.empty();
    for (SourceText page : pages) {
      RepairedPage r = repairer.repair(page);
      bh.consume(assembler.assemble(r, classifier.classify(r), noDate));
    }
    counter.bytes += corpusBytes;
  }
}
