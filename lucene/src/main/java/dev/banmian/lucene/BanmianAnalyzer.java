package dev.banmian.lucene;

import dev.banmian.segment.JiebaSegmenter;
import dev.banmian.segment.Segmenter;
import dev.banmian.segment.StopWords;
import java.io.Reader;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A Lucene {@link Analyzer} for Chinese news text: full-width ASCII folded to half-width and half-width katakana
 * to full-width before segmentation ({@link CJKWidthCharFilter}, offsets kept on the original text), words from
 * banmian's jieba segmenter ({@link BanmianTokenizer}), Latin lower-cased, and stop words removed (their
 * positions left as gaps, so phrase queries do not jump them).
 *
 * <pre>{@code
 * Analyzer a = BanmianAnalyzer.builder().build();                       // SEARCH mode, standard stop words
 * Analyzer index = BanmianAnalyzer.builder().mode(JiebaSegmenter.Mode.INDEX).build();
 * IndexWriterConfig config = new IndexWriterConfig(a);
 * }</pre>
 *
 * <p>Thread-safe, as Lucene requires of an analyzer: the segmenter and stop words are immutable and shared;
 * Lucene keeps one token stream per thread.
 */
public final class BanmianAnalyzer extends Analyzer {
  private final Segmenter segmenter;
  private final StopWords stopWords;

  private BanmianAnalyzer(Segmenter segmenter, StopWords stopWords) {
    this.segmenter = segmenter;
    this.stopWords = stopWords;
  }

  /** {@return a builder: SEARCH mode with the news dictionary and banmian's standard stop words} */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    BanmianTokenizer tokenizer = new BanmianTokenizer(segmenter);
    TokenStream stream = new LowerCaseFilter(tokenizer);
    stream = new StopWordFilter(stream, stopWords);
    return new TokenStreamComponents(tokenizer, stream);
  }

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return new CJKWidthCharFilter(reader);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }

  /** Drops stop words, leaving their positions as gaps. */
  private static final class StopWordFilter extends FilteringTokenFilter {
    private final StopWords stopWords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    StopWordFilter(TokenStream in, StopWords stopWords) {
      super(in);
      this.stopWords = stopWords;
    }

    @Override
    protected boolean accept() {
      return !stopWords.contains(term.toString());
    }
  }

  /** Configures a {@link BanmianAnalyzer}. Not thread-safe; build once and share the analyzer. */
  public static final class Builder {
    private JiebaSegmenter.Mode mode = JiebaSegmenter.Mode.SEARCH;
    private Segmenter segmenter;
    private StopWords stopWords = StopWords.standard();

    private Builder() {}

    /**
     * Sets the segmentation mode of the default segmenter (jieba with banmian's news dictionary).
     *
     * @param mode SEARCH (one term per word) or INDEX (the sub-words of long words too, for recall)
     * @return this builder
     */
    public Builder mode(JiebaSegmenter.Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Uses {@code segmenter} instead of the default one (then {@link #mode} is ignored).
     *
     * @param segmenter a thread-safe segmenter
     * @return this builder
     */
    public Builder segmenter(Segmenter segmenter) {
      this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
      return this;
    }

    /**
     * Sets the stop words ({@link StopWords#none()} keeps every term).
     *
     * @param stopWords the stop words
     * @return this builder
     */
    public Builder stopWords(StopWords stopWords) {
      this.stopWords = Objects.requireNonNull(stopWords, "stopWords");
      return this;
    }

    /**
     * Builds the analyzer, loading the default segmenter's dictionary if no segmenter was given.
     *
     * @return the analyzer
     * @throws dev.banmian.BanmianException if the dictionary cannot be loaded
     */
    public BanmianAnalyzer build() {
      Segmenter s = segmenter != null ? segmenter : JiebaSegmenter.builder().mode(mode).newsDictionary().build();
      return new BanmianAnalyzer(s, stopWords);
    }
  }
}
