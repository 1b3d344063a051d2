package dev.banmian.samples.bench;

import com.huaban.analysis.jieba.JiebaSegmenter.SegMode;
import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import dev.banmian.segment.JiebaSegmenter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of banmian's {@link JiebaSegmenter} against raw jieba-analysis
 * ({@code com.huaban.analysis.jieba.JiebaSegmenter#process}) in SEARCH and INDEX mode on the same text
 * (the five seed pages) in the same run; both use jieba's main dictionary only. Run with {@code -t 2}
 * for two threads sharing one segmenter. Run:
 * {@code java -cp samples/target/banmian.jar org.openjdk.jmh.Main SegmenterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SegmenterBenchmark {
  private String text;
  private JiebaSegmenter ours;
  private JiebaSegmenter oursIndex;
  private com.huaban.analysis.jieba.JiebaSegmenter raw;

  /** Loads the seeds and both segmenters. */
  @Setup
  public void setUp() {
    StringBuilder b = new StringBuilder();
    for (SeedPage p : Seeds.pages()) {
      b.append(p.text());
    }
    text = b.toString();
    ours = JiebaSegmenter.builder().build();
    oursIndex = JiebaSegmenter.builder().mode(JiebaSegmenter.Mode.INDEX).build();
    raw = new com.huaban.analysis.jieba.JiebaSegmenter();
  }

  /**
   * banmian: tokens with spans and types, text from the input.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int banmian() {
    return ours.segment(text).size();
  }

  /**
   * Raw jieba-analysis SEARCH mode.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int rawJieba() {
    return raw.process(text, SegMode.SEARCH).size();
  }

  /**
   * banmian INDEX mode: tokens sorted by span, duplicates dropped.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int banmianIndex() {
    return oursIndex.segment(text).size();
  }

  /**
   * Raw jieba-analysis INDEX mode.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int rawJiebaIndex() {
    return raw.process(text, SegMode.INDEX).size();
  }
}
