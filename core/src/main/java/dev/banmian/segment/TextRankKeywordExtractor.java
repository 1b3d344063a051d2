package dev.banmian.segment;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * TextRank keywords (Mihalcea and Tarau, 2004, as in jieba): candidate words (nouns, verbal nouns,
 * verbs and place names by jieba's dictionary tags, plus words outside the dictionary) are linked
 * when they occur within a window of each other; PageRank over that graph ranks them. Weights are
 * scaled so the top keyword has weight 1.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextRankKeywordExtractor implements KeywordExtractor {
  private static final Set<String> DEFAULT_TAGS = Set.of("n", "nr", "ns", "nt", "nz", "vn", "v");
  private static final double DAMPING = 0.85;
  private static final int ITERATIONS = 20;

  private final Segmenter segmenter;
  private final StopWords stopWords;
  private final int window;

  private TextRankKeywordExtractor(Builder b) {
    this.segmenter = b.segmenter;
    this.stopWords = b.stopWords;
    this.window = b.window;
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public List<Keyword> extract(CharSequence text, int limit) {
    Objects.requireNonNull(text, "text");
    KeywordCandidates.checkLimit(limit);
    List<String> words = KeywordCandidates.of(segmenter, stopWords, text, DEFAULT_TAGS);
    Map<String, Map<String, Double>> edges = new LinkedHashMap<>();
    for (int i = 0; i < words.size(); i++) {
      edges.computeIfAbsent(words.get(i), k -> new HashMap<>());
      for (int j = i + 1; j < Math.min(words.size(), i + window); j++) {
        String a = words.get(i);
        String b = words.get(j);
        if (a.equals(b)) {
          continue;
        }
        edges.get(a).merge(b, 1.0, Double::sum);
        edges.computeIfAbsent(b, k -> new HashMap<>()).merge(a, 1.0, Double::sum);
      }
    }
    Map<String, Double> rank = new HashMap<>();
    Map<String, Double> out = new HashMap<>();
    for (String w : edges.keySet()) {
      rank.put(w, 1.0);
      out.put(w, edges.get(w).values().stream().mapToDouble(Double::doubleValue).sum());
    }
    for (int it = 0; it < ITERATIONS; it++) {
      Map<String, Double> next = new HashMap<>();
      for (String w : edges.keySet()) {
        double s = 0;
        for (Map.Entry<String, Double> e : edges.get(w).entrySet()) {
          double o = out.get(e.getKey());
          if (o > 0) {
            s += e.getValue() / o * rank.get(e.getKey());
          }
        }
        next.put(w, (1 - DAMPING) + DAMPING * s);
      }
      rank = next;
    }
    double max = rank.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Map<String, Double> weight = new HashMap<>();
    for (Map.Entry<String, Double> e : rank.entrySet()) {
      weight.put(e.getKey(), max > 0 ? e.getValue() / max : 0);
    }
    return KeywordCandidates.top(List.copyOf(edges.keySet()), weight, limit);
  }

  /** Configures a {@link TextRankKeywordExtractor}. */
  public static final class Builder {
    private Segmenter segmenter;
    private StopWords stopWords = StopWords.standard();
    private int window = 5;

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
     * The co-occurrence window in candidate words (default 5, as in jieba).
     *
     * @param window the window, in words
     * @return this builder
     * @throws IllegalArgumentException if {@code window} is below 2
     */
    public Builder window(int window) {
      if (window < 2) {
        throw new IllegalArgumentException("window must be at least 2: " + window);
      }
      this.window = window;
      return this;
    }

    /** {@return the extractor} */
    public TextRankKeywordExtractor build() {
      if (segmenter == null) {
        segmenter = JiebaSegmenter.builder().newsDictionary().build();
      }
      return new TextRankKeywordExtractor(this);
    }
  }
}
