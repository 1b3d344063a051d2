package dev.banmian.segment;

import dev.banmian.text.Chars;

/** Classifies token text into a {@link TokenType}. */
final class TokenTypes {
  private TokenTypes() {}

  static TokenType of(CharSequence s) {
    if (allHan(s)) {
      return TokenType.WORD;
    }
    boolean allSpace = true;
    boolean allDigit = true;
    boolean anyLetterLatin = false;
    boolean allLatinOrDigit = true;
    boolean allPunct = true;
    boolean anyLetter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Chars.isSpace(c);
      allSpace &= space;
      boolean digit = Chars.isDigit(c) || (i > 0 && (c == '.' || c == '．') && i + 1 < s.length());
      allDigit &= digit;
      boolean latin = Chars.isLatinOrDigit(c) || c == '.' || c == '-' || c == '+' || c == '#' || c == '&' || c == '_';
      if (Chars.isLatinOrDigit(c) && !Chars.isDigit(c)) {
        anyLetterLatin = true;
      }
      allLatinOrDigit &= latin;
      allPunct &= Chars.isPunctuation(c);
      anyLetter |= Character.isLetter(c) || Character.isHighSurrogate(c) && Character.isLetter(Character.codePointAt(s, i));
    }
    if (s.length() == 0) {
      return TokenType.SYMBOL;
    }
    if (allSpace) {
      return TokenType.WHITESPACE;
    }
    if (allDigit) {
      return TokenType.NUMBER;
    }
    if (allLatinOrDigit && anyLetterLatin) {
      return TokenType.LATIN;
    }
    if (allPunct) {
      return TokenType.PUNCTUATION;
    }
    return anyLetter ? TokenType.WORD : TokenType.SYMBOL;
  }

  /** Fast path for the common case, a word of Han characters (BMP). */
  private static boolean allHan(CharSequence s) {
    if (s.length() == 0) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '\u4e00' || c > '\u9fff') {
        return false;
      }
    }
    return true;
  }
}
