package dev.banmian.samples.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Linear time, stage by stage (see {@link StageBenchmark}): one page made of the five seed pages repeated until it
 * holds {@code size} bytes of UTF-8, as its many lines ({@code page}) or as one single line ({@code line}). Bytes
 * per second should stay flat from 15 KB to 15 MB, so that the CPU time per MB of a 15 MB page is that of a small one.
 * Run: {@code java -cp samples/target/banmian.jar org.openjdk.jmh.Main ScalingBenchmark}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
public class ScalingBenchmark extends StageBenchmark {
  /** The page size in UTF-8 bytes. */
  @Param({"15000", "150000", "1500000", "15000000"})
  public int size;

  /** The page shape: the seeds as their many lines ({@code page}) or as one line ({@code line}). */
  @Param({"page", "line"})
  public String shape;

  @Override
  protected List<String[]> texts() {
    StringBuilder seeds = new StringBuilder();
    for (String[] p : seedTexts()) {
      seeds.append(p[1]).append('\n');
    }
    String unit = shape.equals("line") ? seeds.toString().replace('\n', ' ') : seeds.toString();
    int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder b = new StringBuilder();
    int held = 0;
    while (held < size) {
      // whole seed pages, then as many characters of the next as the size still takes
      int take = held + unitBytes <= size ? unit.length() : prefixOfBytes(unit, size - held);
      b.append(unit, 0, take);
      held += unit.substring(0, take).getBytes(StandardCharsets.UTF_8).length;
      if (take == 0) {
        break;
      }
    }
    String[] page = {"seeds-" + size + "-" + shape, b.toString()};
    return List.<String[]>of(page);
  }

  /** The number of characters of {@code s} that fit in {@code most} bytes of UTF-8, never splitting a pair. */
  private static int prefixOfBytes(String s, int most) {
    int n = 0;
    int used = 0;
    while (n < s.length()) {
      int cp = s.codePointAt(n);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > most) {
        break;
      }
      used += size;
      n += Character.charCount(cp);
    }
    return n;
  }
}
