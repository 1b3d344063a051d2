package dev.banmian.samples.bench;

import com.huaban.analysis.jieba.JiebaSegmenter.SegMode;
import dev.banmian.segment.JiebaSegmenter;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Retained heap after loading a segmenter: each variant runs in its own JVM, which measures the
 * used heap after a full GC before and after creating the segmenter and segmenting one sentence,
 * keeping the segmenter reachable. Prints MB per variant and the ratio to raw jieba-analysis. Run:
 * {@code java -cp samples/target/banmian.jar dev.banmian.samples.bench.HeapFootprint}.
 */
public final class HeapFootprint {
  private static final String TEXT = "习近平总书记考察青海，强调要推进人工智能与实体经济深度融合。";
  private static final String[] VARIANTS = {"raw", "banmian", "banmian-news"};
  private static Object keep;

  private HeapFootprint() {}

  /**
   * With no argument, runs every variant in a child JVM; with one, measures that variant.
   *
   * @param args nothing, or the variant to measure
   * @throws Exception if a child JVM cannot be run or fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1) {
      long before = used();
      switch (args[0]) {
        case "raw" -> {
          com.huaban.analysis.jieba.JiebaSegmenter s = new com.huaban.analysis.jieba.JiebaSegmenter();
          s.process(TEXT, SegMode.SEARCH);
          keep = s;
        }
        case "banmian" -> {
          JiebaSegmenter s = JiebaSegmenter.builder().build();
          s.segment(TEXT);
          keep = s;
        }
        case "banmian-news" -> {
          JiebaSegmenter s = JiebaSegmenter.builder().newsDictionary().build();
          s.segment(TEXT);
          keep = s;
        }
        default -> throw new IllegalArgumentException("unknown variant " + args[0]);
      }
      long after = used();
      System.out.println(after - before);
      System.out.flush();
      if (keep == null) {
        throw new AssertionError();
      }
      return;
    }
    String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    List<Long> bytes = new ArrayList<>();
    for (String v : VARIANTS) {
      Process p = new ProcessBuilder(javaBin, "-Xmx2g", "-cp", cp, HeapFootprint.class.getName(), v)
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String last = null;
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.matches("-?\\d+")) {
            last = line;
          }
        }
      }
      if (p.waitFor() != 0 || last == null) {
        throw new IllegalStateException("variant " + v + " failed");
      }
      bytes.add(Long.parseLong(last));
    }
    for (int i = 0; i < VARIANTS.length; i++) {
      System.out.printf(java.util.Locale.ROOT, "%-14s retained %7.1f MB   ratio to raw %.3f%n", VARIANTS[i],
          bytes.get(i) / 1048576.0, bytes.get(i) / (double) bytes.get(0));
    }
  }

  private static long used() {
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
