package dev.banmian.segment;

import dev.banmian.BanmianException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Word frequencies and part-of-speech tags of jieba-analysis's bundled main dictionary
 * ({@code dict.txt}, from the jieba project, MIT licence), loaded once on first use. Immutable
 * after loading; the lazy holder makes the load thread-safe.
 */
final class JiebaDictionary {
  /** A dictionary entry: frequency and part-of-speech tag. */
  record Entry(long frequency, String tag) {}

  private final Map<String, Entry> entries;
  private final double total;
  private final double medianIdf;

  private JiebaDictionary(Map<String, Entry> entries, double total, double medianIdf) {
    this.entries = entries;
    this.total = total;
    this.medianIdf = medianIdf;
  }

  private static final class Holder {
    static final JiebaDictionary INSTANCE = load();
  }

  /** Returns the dictionary, loading it on first use. */
  static JiebaDictionary get() {
    return Holder.INSTANCE;
  }

  private static JiebaDictionary load() {
    Map<String, Entry> map = new HashMap<>(400_000);
    double total = 0;
    try (InputStream in = com.huaban.analysis.jieba.JiebaSegmenter.class.getResourceAsStream("/dict.txt")) {
      if (in == null) {
        throw new BanmianException("jieba-analysis jar has no /dict.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.trim().split("[ \t]+");
        if (f.length < 2) {
          continue;
        }
        long freq;
        try {
          freq = Long.parseLong(f[1]);
        } catch (NumberFormatException e) {
          continue;
        }
        map.put(f[0], new Entry(freq, f.length > 2 ? f[2].intern() : ""));
        total += freq;
      }
    } catch (IOException e) {
      throw new BanmianException("cannot read jieba-analysis's dict.txt", e);
    }
    double[] idf = new double[map.size()];
    int k = 0;
    for (Entry e : map.values()) {
      idf[k++] = Math.log(total / Math.max(1, e.frequency()));
    }
    Arrays.sort(idf);
    return new JiebaDictionary(Collections.unmodifiableMap(map), total, idf.length == 0 ? 1 : idf[idf.length / 2]);
  }

  /** The entry of {@code word}, or null. */
  Entry entry(String word) {
    return entries.get(word);
  }

  /** {@code ln(total / frequency)}: the word's information content, used as its IDF; the median for unknown words. */
  double idf(String word) {
    Entry e = entries.get(word);
    return e == null ? medianIdf : Math.log(total / Math.max(1, e.frequency()));
  }

  /** The median IDF over the dictionary. */
  double medianIdf() {
    return medianIdf;
  }
}
