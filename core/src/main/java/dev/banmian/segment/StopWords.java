package dev.banmian.segment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of words that are never keywords. {@link #standard()} holds Chinese function
 * words, pronouns and the generic verbs and nouns of news prose ({@code 进行}, {@code 开展},
 * {@code 工作}); it is a resource of this library ({@code stopwords.txt}), compiled by hand.
 */
public final class StopWords {
  private final Set<String> words;

  private StopWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  private static final class Standard {
    static final StopWords INSTANCE = fromResource();
  }

  /** {@return the bundled stop-word list} */
  public static StopWords standard() {
    return Standard.INSTANCE;
  }

  /** {@return a list with no stop words} */
  public static StopWords none() {
    return new StopWords(Set.of());
  }

  /**
   * {@return a list of the given words}
   *
   * @param words the stop words
   */
  public static StopWords of(Collection<String> words) {
    return new StopWords(new HashSet<>(words));
  }

  /**
   * Reads one word per line (UTF-8; blank lines and lines starting with {@code #} ignored).
   *
   * @param file the word list
   * @return the stop words
   * @throws UncheckedIOException if the file cannot be read
   */
  public static StopWords read(Path file) {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return new StopWords(parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stop words from " + file, e);
    }
  }

  /**
   * {@return this list plus {@code more}}
   *
   * @param more the words to add
   */
  public StopWords with(Collection<String> more) {
    Set<String> s = new HashSet<>(words);
    s.addAll(more);
    return new StopWords(s);
  }

  /**
   * {@return whether {@code word} is a stop word}
   *
   * @param word the word
   */
  public boolean contains(String word) {
    return words.contains(word);
  }

  /** {@return the number of words} */
  public int size() {
    return words.size();
  }

  private static StopWords fromResource() {
    try (InputStream in = StopWords.class.getResourceAsStream("stopwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource dev/banmian/segment/stopwords.txt");
      }
      return new StopWords(parse(in));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled stop words", e);
    }
  }

  private static Set<String> parse(InputStream in) throws IOException {
    Set<String> s = new HashSet<>();
    LineTables.read(in, (n, w) -> s.add(w));
    return s;
  }
}
