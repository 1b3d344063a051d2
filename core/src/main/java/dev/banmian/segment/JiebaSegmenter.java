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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A {@link Segmenter} backed by jieba-analysis 1.0.2.
 *
 * <pre>{@code
 * Segmenter seg = JiebaSegmenter.builder()
 *     .mode(JiebaSegmenter.Mode.SEARCH)
 *     .userWords(List.of(UserWord.of("体悟实训")))
 *     .build();
 * List<Token> tokens = seg.segment("9 月 8 日，ＩＢＭ公司");
 * }</pre>
 *
 * <p>What this adapter fixes over raw jieba-analysis: token text is the input's own characters
 * (jieba lower-cases and narrows it); surrogate pairs are never split; every character of the input
 * is covered (SEARCH mode tokens tile the input); dictionary loading never prints and failures
 * become a {@link BanmianException} with the cause; user-dictionary lines without a frequency or
 * with only a tag are accepted; loading a user dictionary while other threads segment is safe.
 *
 * <p><b>Process-global state.</b> jieba-analysis has one dictionary per JVM. The main dictionary is
 * loaded once, on first use (about 1 s, ~75 MB of heap). User words given to any builder are added
 * to that one dictionary and are seen by every {@code JiebaSegmenter} in the JVM; loading the same
 * entries again is a no-op.
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

  private JiebaSegmenter(Mode mode) {
    this.mode = mode;
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
      JiebaRuntime.get().segment(s, false, c);
      if (c.pos < s.length()) {
        addGap(s, c.pos, s.length(), out);
      }
      return c.hasSurrogates ? mergeSurrogates(s, out) : Collections.unmodifiableList(out);
    }
    JiebaRuntime.get().segment(s, true, (start, end, word) -> {
      int from = Character.isLowSurrogate(s.charAt(start)) && start > 0 ? start - 1 : start;
      int to = end < s.length() && Character.isLowSurrogate(s.charAt(end)) ? end + 1 : end;
      addToken(s, from, to, word, out);
    });
    out.sort(Comparator.comparing(Token::span));
    return dedupe(out);
  }

  /** Builds SEARCH tokens as jieba produces them, covering anything it would skip. */
  private static final class SearchCollector implements JiebaRuntime.TokenSink {
    private final String s;
    private final List<Token> out;
    int pos;
    boolean hasSurrogates;

    SearchCollector(String s, List<Token> out) {
      this.s = s;
      this.out = out;
    }

    @Override
    public void accept(int start, int end, String word) {
      int from = Math.max(start, pos);
      int to = Math.min(end, s.length());
      if (from >= to) {
        return;
      }
      if (from > pos) {
        addGap(s, pos, from, out);
      }
      hasSurrogates |= Character.isSurrogate(s.charAt(from)) || Character.isSurrogate(s.charAt(to - 1));
      addToken(s, from, to, word, out);
      pos = to;
    }
  }

  @Override
  public boolean isKnownWord(CharSequence word) {
    return word.length() > 0 && JiebaRuntime.get().containsWord(word.toString());
  }

  private static void addToken(String s, int start, int end, List<Token> out) {
    addToken(s, start, end, null, out);
  }

  /**
   * Adds the token covering {@code s[start, end)}. jieba's own word is reused when it is exactly
   * those characters (it is lower-cased and narrowed, and the span may have been widened or clipped,
   * so often it is not), saving a copy per token.
   */
  private static void addToken(String s, int start, int end, String jiebaWord, List<Token> out) {
    String text = jiebaWord != null && jiebaWord.length() == end - start && s.startsWith(jiebaWord, start)
        ? jiebaWord : s.substring(start, end);
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
        if (prev.span().end() == t.span().start() && Character.isHighSurrogate(s.charAt(prev.span().end() - 1))
            && Character.isLowSurrogate(s.charAt(t.span().start()))) {
          out.remove(out.size() - 1);
          addToken(s, prev.span().start(), t.span().end(), out);
          continue;
        }
      }
      out.add(t);
    }
    return List.copyOf(out);
  }

  private static List<Token> dedupe(List<Token> sorted) {
    List<Token> out = new ArrayList<>(sorted.size());
    for (Token t : sorted) {
      if (out.isEmpty() || !out.get(out.size() - 1).span().equals(t.span())) {
        out.add(t);
      }
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
    private final List<String> names = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the mode.
     *
     * @return this builder
     */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Adds in-memory user words.
     *
     * @return this builder
     */
    public Builder userWords(List<UserWord> words) {
      dictionaries.add(List.copyOf(words));
      names.add("in-memory entries");
      return this;
    }

    /**
     * Adds a UTF-8 user dictionary file, one {@code word [freq] [tag]} entry per line; blank lines
     * and lines starting with {@code #} are skipped.
     *
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
      names.add(name);
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
     * Loads the main dictionary (if not yet loaded) and the user words, then returns the segmenter.
     *
     * @throws BanmianException if a dictionary cannot be loaded
     */
    public JiebaSegmenter build() {
      JiebaRuntime rt = JiebaRuntime.get();
      rt.ensureLoaded();
      for (int i = 0; i < dictionaries.size(); i++) {
        if (!dictionaries.get(i).isEmpty()) {
          rt.addUserWords(dictionaries.get(i), names.get(i));
        }
      }
      return new JiebaSegmenter(mode);
    }
  }
}
