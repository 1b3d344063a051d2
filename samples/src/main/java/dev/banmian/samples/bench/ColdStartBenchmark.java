package dev.banmian.samples.bench;

import com.huaban.analysis.jieba.JiebaSegmenter.SegMode;
import dev.banmian.extract.PageExtractor;
import dev.banmian.seeds.Seeds;
import dev.banmian.segment.JiebaSegmenter;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: the first segmentation in a fresh JVM, dictionary loading included, for banmian's
 * segmenter and for raw jieba-analysis; building the page extractor, and its first page; each fork is a new JVM. Run:
 * {@code java -cp samples/target/banmian.jar org.openjdk.jmh.Main ColdStartBenchmark}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmark {
  private static final String TEXT = "习近平总书记考察青海，强调要推进人工智能与实体经济深度融合。";

  /**
   * First call of banmian's segmenter (builder, dictionary load, segmentation).
   *
   * @return the number of tokens
   */
  @Benchmark
  public int banmian() {
    return JiebaSegmenter.builder().build().segment(TEXT).size();
  }

  /**
   * First call of banmian's segmenter with the news dictionary.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int banmianWithNewsDictionary() {
    return JiebaSegmenter.builder().newsDictionary().build().segment(TEXT).size();
  }

  /**
   * Building the standard page extractor (its segmenter and news dictionary, every stage).
   *
   * @return the extractor
   */
  @Benchmark
  public PageExtractor extractorBuild() {
    return PageExtractor.builder().build();
  }

  /**
   * Building the standard page extractor and extracting the first seed page with it.
   *
   * @return the number of articles
   */
  @Benchmark
  public int extractorFirstPage() {
    return PageExtractor.builder().build().extract(Seeds.pages().get(0).source(), Optional.empty()).articles().size();
  }

  /**
   * First call of raw jieba-analysis.
   *
   * @return the number of tokens
   */
  @Benchmark
  public int rawJieba() {
    return new com.huaban.analysis.jieba.JiebaSegmenter().process(TEXT, SegMode.SEARCH).size();
  }
}
