package dev.banmian.segment;

import dev.banmian.BanmianException;
import dev.banmian.text.Chars;
import dev.banmian.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A {@link Segmenter} that segments as jieba-analysis 1.0.2 does: the same tokens at the same offsets
 * (checked against it on the seeds, the SIGHAN test sets and random strings), computed by banmian's own
 * engine over jieba's dictionary and HMM tables compiled into compact immutable data.
 *
 * <pre>{@code
 * Segmenter seg = JiebaSegmenter.builder()
 *     .mode(JiebaSegmenter.Mode.SEARCH)
 *     .userWords(List.of(UserWord.of("体悟实训")))
 *     .build();
 * List<Token> tokens = seg.segment("9 月 8 日，ＩＢＭ公司");
 * }</pre>
 *
 * <p>Where it differs from raw jieba-analysis: token text is the input's own characters (jieba
 * lower-cases and narrows it); surrogate pairs are never split; every character of the input is
 * covered (SEARCH mode tokens tile the input); words are lower-cased in the root locale (jieba uses the
 * default one, which differs under Turkish and Azeri locales); nothing is printed; user-dictionary lines
 * without a frequency or with only a tag are accepted.
 *
 * <p><b>No global state.</b> The main dictionary is shared by every segmenter and never changes; it is
 * loaded once, on first use (tens of milliseconds, about 20 MB of heap). User words belong to the
 * segmenter built with them: building another segmenter never changes this one's output.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class JiebaSegmenter implements Segmenter {

  /** Segmentation mode. */
  public enum Mode {
    /** jieba's precise mode: non-overlapping tokens that tile the input. */
    SEARCH,
    /** jieba's index mode: SEARCH tokens plus overlapping 2- and 3-character sub-words of long words. */
    INDEX
  }

  private final Mode mode;
  private final JiebaEngine engine;

  private JiebaSegmenter(Mode mode, JiebaEngine engine) {
    this.mode = mode;
    this.engine = engine;
  }

  /** {@return a builder with mode {@link Mode#SEARCH} and no user words} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return this segmenter's mode} */
  public Mode mode() {
    return mode;
  }

  @Override
  public List<Token> segment(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    if (s.isEmpty()) {
      return List.of();
    }
    List<Token> out = new ArrayList<>(s.length() / 2 + 4);
    if (mode == Mode.SEARCH) {
      SearchCollector c = new SearchCollector(s, out);
      engine.segment(s, false, c);
      if (c.pos < s.length()) {
        addGap(s, c.pos, s.length(), out);
      }
      return c.hasSurrogates ? mergeSurrogates(s, out) : Collections.unmodifiableList(out);
    }
    return indexTokens(s);
  }

  /** INDEX tokens sorted by span, each span once, pairs never split: spans sorted as packed longs first. */
  private List<Token> indexTokens(String s) {
    long[][] spans = {new long[s.length() + 16]};
    int[] n = {0};
    engine.segment(s, true, (start, end) -> {
      int from = Chars.splitsPair(s, start) ? start - 1 : start;
      int to = Chars.splitsPair(s, end) ? end + 1 : end;
      if (n[0] == spans[0].length) {
        spans[0] = Arrays.copyOf(spans[0], n[0] * 2);
      }
      spans[0][n[0]++] = ((long) from << 32) | to;
    });
    long[] sorted = spans[0];
    Arrays.sort(sorted, 0, n[0]);
    List<Token> out = new ArrayList<>(n[0]);
    for (int i = 0; i < n[0]; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) {
        addToken(s, (int) (sorted[i] >>> 32), (int) sorted[i], out);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** Builds SEARCH tokens as jieba produces them, covering anything it would skip. */
  private static final class SearchCollector implements JiebaEngine.SpanSink {
    private final String s;
    private final List<Token> out;
    int pos;
    boolean hasSurrogates;

    SearchCollector(String s, List<Token> out) {
      this.s = s;
      this.out = out;
    }

    @Override
    public void accept(int start, int end) {
      int from = Math.max(start, pos);
      int to = Math.min(end, s.length());
      if (from >= to) {
        return;
      }
      if (from > pos) {
        addGap(s, pos, from, out);
      }
      hasSurrogates |= Character.isSurrogate(s.charAt(from)) || Character.isSurrogate(s.charAt(to - 1));
      addToken(s, from, to, out);
      pos = to;
    }
  }

  @Override
  public boolean isKnownWord(CharSequence word) {
    return word.length() > 0 && engine.containsWord(word.toString().toLowerCase(Locale.ROOT));
  }

  /** Adds the token covering {@code s[start, end)}. */
  private static void addToken(String s, int start, int end, List<Token> out) {
    String text = s.substring(start, end);
    out.add(new Token(text, new Span(start, end), TokenTypes.of(text)));
  }

  /** Covers characters jieba skipped, one token per run of same-class characters. */
  private static void addGap(String s, int start, int end, List<Token> out) {
    int i = start;
    while (i < end) {
      boolean space = Chars.isSpace(s.charAt(i));
      int j = i + 1;
      while (j < end && Chars.isSpace(s.charAt(j)) == space) {
        j++;
      }
      addToken(s, i, j, out);
      i = j;
    }
  }

  /** Joins adjacent tokens that split a surrogate pair. */
  private static List<Token> mergeSurrogates(String s, List<Token> in) {
    List<Token> out = new ArrayList<>(in.size());
    for (Token t : in) {
      if (!out.isEmpty()) {
        Token prev = out.get(out.size() - 1);
        if (prev.span().end() == t.span().start() && Chars.splitsPair(s, t.span().start())) {
          out.remove(out.size() - 1);
          addToken(s, prev.span().start(), t.span().end(), out);
          continue;
        }
      }
      out.add(t);
    }
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "JiebaSegmenter[" + mode + "]";
  }

  /** Configures a {@link JiebaSegmenter}. Not thread-safe; build once and share the result. */
  public static final class Builder {
    private Mode mode = Mode.SEARCH;
    private final List<List<UserWord>> dictionaries = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the mode.
     *
     * @param mode SEARCH or INDEX
     * @return this builder
     */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Adds in-memory user words.
     *
     * @param words the entries, in order
     * @return this builder
     */
    public Builder userWords(List<UserWord> words) {
      dictionaries.add(List.copyOf(words));
      return this;
    }

    /**
     * Adds a UTF-8 user dictionary file, one {@code word [freq] [tag]} entry per line; blank lines
     * and lines starting with {@code #} are skipped.
     *
     * @param path the dictionary file
     * @return this builder
     * @throws UncheckedIOException if the file cannot be read
     * @throws IllegalArgumentException naming the file and line if an entry is malformed
     */
    public Builder userDictionary(Path path) {
      try (InputStream in = Files.newInputStream(path)) {
        return userDictionary(in, path.toString());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read user dictionary " + path, e);
      }
    }

    /**
     * Adds a UTF-8 user dictionary read from {@code in} (not closed), named {@code name} in messages.
     *
     * @param in the dictionary stream
     * @param name the source's name for messages
     * @return this builder
     * @throws UncheckedIOException if the stream cannot be read
     * @throws IllegalArgumentException naming the source and line if an entry is malformed
     */
    public Builder userDictionary(InputStream in, String name) {
      List<UserWord> words = new ArrayList<>();
      try {
        LineTables.read(in, (n, line) -> {
          try {
            words.add(UserWord.parse(line));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ":" + n + ": " + e.getMessage(), e);
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read user dictionary " + name, e);
      }
      dictionaries.add(List.copyOf(words));
      return this;
    }

    /**
     * Adds the news-domain dictionary shipped with banmian (roles, outlets, administrative terms).
     *
     * @return this builder
     */
    public Builder newsDictionary() {
      try (InputStream in = JiebaSegmenter.class.getResourceAsStream("news.dict")) {
        if (in == null) {
          throw new BanmianException("news dictionary resource missing from the banmian-core jar");
        }
        return userDictionary(in, "news.dict");
      } catch (IOException e) {
        throw new BanmianException("cannot read the news dictionary", e);
      }
    }

    /**
     * Loads the main dictionary (if not yet loaded) and returns a segmenter with this builder's user
     * words, in the order they were added (a later entry of a word replaces an earlier one). A word
     * without a frequency gets the smallest one that keeps it whole given the words added before its
     * dictionary.
     *
     * @return the segmenter
     * @throws BanmianException if the main dictionary cannot be loaded
     */
    public JiebaSegmenter build() {
      JiebaEngine engine = JiebaEngine.of(JiebaModel.get());
      for (List<UserWord> words : dictionaries) {
        if (!words.isEmpty()) {
          engine = engine.withUserWords(words);
        }
      }
      return new JiebaSegmenter(mode, engine);
    }
  }
}
