package dev.banmian.segment;

/** The kind of a {@link Token}, decided from its characters. */
public enum TokenType {
  /** A word of Han (or other letter) characters. */
  WORD,
  /** Digits, possibly with decimal point or full-width digits: {@code 2025}, {@code ３.５}. */
  NUMBER,
  /** Latin letters, possibly mixed with digits: {@code AI}, {@code APP}, {@code 5G}. */
  LATIN,
  /** Punctuation: {@code ，}, {@code “}, {@code ——}. */
  PUNCTUATION,
  /** Whitespace, including U+3000. */
  WHITESPACE,
  /** Anything else: symbols, emoji, control characters. */
  SYMBOL
}
