package dev.banmian.segment;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One user-dictionary entry: a word, an optional frequency and an optional part-of-speech tag.
 * Without a frequency, the word gets the smallest frequency that keeps it whole in segmentation
 * (as Python jieba's {@code suggest_freq} does).
 *
 * @param word the word; no whitespace
 * @param frequency the frequency, if given
 * @param tag the part-of-speech tag, if given (kept for reference; jieba-analysis has no tagging)
 */
public record UserWord(String word, OptionalLong frequency, Optional<String> tag) {
  /**
   * Validates the entry.
   *
   * @param word the word; no whitespace
   * @param frequency the frequency, if given
   * @param tag the part-of-speech tag, if given (kept for reference; jieba-analysis has no tagging)
   * @throws IllegalArgumentException if the word is empty or holds whitespace, or the frequency is not positive
   */
  public UserWord {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(tag, "tag");
    if (word.isEmpty() || word.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || cp == 0x3000)) {
      throw new IllegalArgumentException("user-dictionary word must be non-empty and hold no whitespace: '" + word + "'");
    }
    if (frequency.isPresent() && frequency.getAsLong() <= 0) {
      throw new IllegalArgumentException("frequency of '" + word + "' must be positive: " + frequency.getAsLong());
    }
  }

  /**
   * {@return an entry without frequency or tag}
   *
   * @param word the word
   */
  public static UserWord of(String word) {
    return new UserWord(word, OptionalLong.empty(), Optional.empty());
  }

  /**
   * {@return an entry with a frequency}
   *
   * @param word the word
   * @param frequency its frequency, positive
   */
  public static UserWord of(String word, long frequency) {
    return new UserWord(word, OptionalLong.of(frequency), Optional.empty());
  }

  /**
   * Parses one dictionary line: {@code word}, {@code word freq}, {@code word freq tag} or
   * {@code word tag}, fields separated by spaces or tabs.
   *
   * @param line the line
   * @return the entry
   * @throws IllegalArgumentException if the line is blank or has more than three fields
   */
  public static UserWord parse(String line) {
    String[] f = line.strip().split("[\\t ]+");
    if (f.length == 0 || f[0].isEmpty()) {
      throw new IllegalArgumentException("blank user-dictionary line");
    }
    if (f.length > 3) {
      throw new IllegalArgumentException("expected 'word [freq] [tag]', got " + f.length + " fields: '" + line + "'");
    }
    OptionalLong freq = OptionalLong.empty();
    Optional<String> tag = Optional.empty();
    if (f.length >= 2) {
      if (f[1].chars().allMatch(Character::isDigit)) {
        try {
          freq = OptionalLong.of(Long.parseLong(f[1]));
        } catch (NumberFormatException tooLarge) {
          throw new IllegalArgumentException("frequency out of range in '" + line + "'", tooLarge);
        }
        if (f.length == 3) {
          tag = Optional.of(f[2]);
        }
      } else if (f.length == 2) {
        tag = Optional.of(f[1]);
      } else {
        throw new IllegalArgumentException("expected 'word [freq] [tag]', frequency is not a number: '" + line + "'");
      }
    }
    return new UserWord(f[0], freq, tag);
  }
}
