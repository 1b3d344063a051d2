package dev.banmian.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * TF-IDF keywords: a word's frequency in the text times its inverse document frequency.
 *
 * <pre>{@code
 * KeywordExtractor tfidf = TfIdfKeywordExtractor.builder().segmenter(segmenter).build();
 * List<Keyword> top = tfidf.extract(article, 5);
 * }</pre>
 *
 * <p>Without an IDF table of your own, the IDF of a word is its information content in
 * jieba-analysis's bundled main dictionary, {@code ln(total frequency / word frequency)}
 * (dict.txt, from the jieba project, MIT licence), and words outside the dictionary get the
 * dictionary's median. jieba's separate {@code idf.txt} is not used. A table read with
 * {@link Builder#idfTable(InputStream)} (lines {@code word idf}, the format of jieba's
 * {@code idf.txt}) replaces it; its words missing from the table get the table's median.
 *
 * <p>Immutable and thread-safe.
 */
public final class TfIdfKeywordExtractor implements KeywordExtractor {
  private final Segmenter segmenter;
  private final StopWords stopWords;
  private final Map<String, Double> idf;
  private final double defaultIdf;

  private TfIdfKeywordExtractor(Builder b) {
    this.segmenter = b.segmenter;
    this.stopWords = b.stopWords;
    this.idf = b.idf == null ? null : Map.copyOf(b.idf);
    this.defaultIdf = b.idf == null ? 0 : median(b.idf);
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<Keyword> extract(CharSequence text, int limit) {
    Objects.requireNonNull(text, "text");
    KeywordCandidates.checkLimit(limit);
    List<String> words = KeywordCandidates.of(segmenter, stopWords, text, Set.of());
    Map<String, Integer> tf = new LinkedHashMap<>();
    for (String w : words) {
      tf.merge(w, 1, Integer::sum);
    }
    Map<String, Double> weight = new HashMap<>();
    JiebaDictionary dict = idf == null ? JiebaDictionary.get() : null;
    for (Map.Entry<String, Integer> e : tf.entrySet()) {
      double i = dict != null ? dict.idf(e.getKey()) : idf.getOrDefault(e.getKey(), defaultIdf);
      weight.put(e.getKey(), Math.max(0, e.getValue() * i / words.size()));
    }
    return KeywordCandidates.top(List.copyOf(tf.keySet()), weight, limit);
  }

  private static double median(Map<String, Double> m) {
    double[] v = m.values().stream().mapToDouble(Double::doubleValue).sorted().toArray();
    return v.length == 0 ? 0 : v[v.length / 2];
  }

  /** Configures a {@link TfIdfKeywordExtractor}. */
  public static final class Builder {
    private Segmenter segmenter;
    private StopWords stopWords = StopWords.standard();
    private Map<String, Double> idf;

    private Builder() {}

    /**
     * The segmenter (default: a {@link JiebaSegmenter} with the news dictionary).
     *
     * @param segmenter the segmenter
     * @return this builder
     */
    public Builder segmenter(Segmenter segmenter) {
      this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
      return this;
    }

    /**
     * The stop words (default: {@link StopWords#standard()}).
     *
     * @param stopWords the stop words
     * @return this builder
     */
    public Builder stopWords(StopWords stopWords) {
      this.stopWords = Objects.requireNonNull(stopWords, "stopWords");
      return this;
    }

    /**
     * Uses this IDF table instead of the dictionary-derived one.
     *
     * @param table word to inverse document frequency
     * @return this builder
     */
    public Builder idf(Map<String, Double> table) {
      for (Map.Entry<String, Double> e : table.entrySet()) {
        if (e.getValue() == null || !Double.isFinite(e.getValue())) {
          throw new IllegalArgumentException("IDF of '" + e.getKey() + "' is not a finite number");
        }
      }
      this.idf = new HashMap<>(table);
      return this;
    }

    /**
     * Reads an IDF table, UTF-8, one {@code word idf} per line (jieba's {@code idf.txt} format).
     *
     * @param in the table, not closed
     * @return this builder
     * @throws IllegalArgumentException naming the line when a line is malformed
     * @throws UncheckedIOException if the stream cannot be read
     */
    public Builder idfTable(InputStream in) {
      Objects.requireNonNull(in, "in");
      Map<String, Double> table = new HashMap<>();
      try {
        LineTables.read(in, (n, s) -> {
          String[] f = s.split("\\s+");
          try {
            if (f.length != 2) {
              throw new NumberFormatException();
            }
            table.put(f[0], Double.parseDouble(f[1]));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("IDF table line " + n + ": expected 'word idf', got '" + s + "'");
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the IDF table", e);
      }
      return idf(table);
    }

    /** {@return the extractor} */
    public TfIdfKeywordExtractor build() {
      if (segmenter == null) {
        segmenter = JiebaSegmenter.builder().newsDictionary().build();
      }
      return new TfIdfKeywordExtractor(this);
    }
  }
}
