package dev.banmian.extract.structure;

import dev.banmian.segment.Segmenter;
import dev.banmian.segment.Token;
import java.util.List;
import java.util.Set;

/** A segmenter for tests whose dictionary is a few given words; it segments nothing. */
final class KnownWords implements Segmenter {
  private final Set<String> words;

  private KnownWords(Set<String> words) {
    this.words = words;
  }

  /** {@return a segmenter that knows {@code words} and no other word} */
  static Segmenter of(String... words) {
    return new KnownWords(Set.of(words));
  }

  @Override
  public List<Token> segment(CharSequence text) {
    return List.of();
  }

  @Override
  public boolean isKnownWord(CharSequence word) {
    return words.contains(word.toString());
  }
}
