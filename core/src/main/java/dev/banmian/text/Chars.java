package dev.banmian.text;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import java.util.List;

/**
 * Character classes used throughout banmian. All methods are pure static functions.
 */
public final class Chars {
  private Chars() {}

  /**
   * Whitespace as banmian counts it: Unicode's White_Space characters (Guava's {@link CharMatcher#whitespace()}:
   * ASCII spaces and controls, NBSP, U+3000, U+2000–U+200A, U+2028/2029, U+202F, U+205F, U+1680 …), the
   * zero-width space U+200B and the byte-order mark U+FEFF that extractors leave before lines, and the
   * information separators U+001C–U+001F that {@link Character#isWhitespace} counts.
   */
  private static final CharMatcher SPACE =
      CharMatcher.whitespace().or(CharMatcher.anyOf("\u200B\uFEFF")).or(CharMatcher.inRange('\u001C', '\u001F'));

  /** The last character below U+FEFF that {@link #SPACE} matches: the ideographic space U+3000. */
  private static final char LAST_SPACE_BEFORE_BOM = '\u3000';

  /** {@link #SPACE} as a table over U+0000 to {@link #LAST_SPACE_BEFORE_BOM}, for a lookup per character on hot paths. */
  private static final boolean[] SPACE_TABLE = spaceTable();

  /** Whether each BMP character is a Han ideograph (see {@link #isHan(int)}), one bit per character. */
  private static final long[] HAN_BMP = hanTable();

  private static boolean[] spaceTable() {
    boolean[] t = new boolean[LAST_SPACE_BEFORE_BOM + 1];
    for (char c = 0; c <= LAST_SPACE_BEFORE_BOM; c++) {
      t[c] = SPACE.matches(c);
    }
    return t;
  }

  /**
   * The Han table, built by looking up only the BMP ranges that hold every Han character (and 〇): the CJK radicals,
   * symbols and ideographs, U+2E80–U+9FFF, and the compatibility ideographs, U+F900–U+FAFF.
   */
  private static long[] hanTable() {
    long[] t = new long[(Character.MAX_VALUE + 1) / 64];
    char[][] ranges = {{'\u2E80', '\u9FFF'}, {'\uF900', '\uFAFF'}};
    for (char[] range : ranges) {
      for (int c = range[0]; c <= range[1]; c++) {
        if (c == '〇' || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
          t[c >>> 6] |= 1L << c;
        }
      }
    }
    return t;
  }

  /**
   * {@return whether {@code c} is whitespace: every Unicode space, NBSP and U+3000 included (see {@link #SPACE})}
   *
   * @param c the character
   */
  public static boolean isSpace(char c) {
    return c <= LAST_SPACE_BEFORE_BOM ? SPACE_TABLE[c] : c == '\uFEFF';
  }

  /**
   * {@return {@code s} without leading and trailing whitespace as {@link #isSpace} counts it (unlike {@link String#strip}, NBSP too)}
   *
   * @param s the text
   */
  public static String strip(CharSequence s) {
    int from = 0;
    int to = s.length();
    while (from < to && isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && isSpace(s.charAt(to - 1))) {
      to--;
    }
    return s.subSequence(from, to).toString();
  }

  /**
   * {@return whether the sequence holds only whitespace (or is empty)}
   *
   * @param s the text
   */
  public static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return whether offset {@code index} of {@code s} falls inside a surrogate pair (between a high surrogate and the
   * low surrogate after it), where no span may start or end; a lone surrogate is a character of its own}
   *
   * @param s the text
   * @param index an offset, 0 to {@code s.length()}
   */
  public static boolean splitsPair(CharSequence s, int index) {
    return index > 0 && index < s.length() && Character.isHighSurrogate(s.charAt(index - 1))
        && Character.isLowSurrogate(s.charAt(index));
  }

  /**
   * {@return whether the code point is a Han ideograph (any CJK Unified Ideographs block) or 〇}
   *
   * @param cp the code point
   */
  public static boolean isHan(int cp) {
    if (cp >= 0 && cp <= Character.MAX_VALUE) {
      return (HAN_BMP[cp >>> 6] & 1L << cp) != 0;
    }
    return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
  }

  /**
   * {@return whether every code point of {@code s} is a Han ideograph ({@link #isHan(int)}); true for empty text}
   *
   * @param s the text
   */
  public static boolean isAllHan(CharSequence s) {
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      if (!isHan(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * {@return whether {@code c} is a Han ideograph in the BMP}
   *
   * @param c the character
   */
  public static boolean isHan(char c) {
    return (HAN_BMP[c >>> 6] & 1L << c) != 0;
  }

  /**
   * {@return whether {@code c} is CJK text in the wide sense: Han, full-width punctuation or kana}
   *
   * @param c the character
   */
  public static boolean isCjk(char c) {
    if (isHan(c)) {
      return true;
    }
    Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
    return b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '‘' || c == '’' || c == '…' || c == '—')
        || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA;
  }

  /**
   * {@return whether {@code c} is an ASCII or full-width letter or digit}
   *
   * @param c the character
   */
  public static boolean isLatinOrDigit(char c) {
    return c < 128 ? Character.isLetterOrDigit(c) : (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');
  }

  /**
   * {@return whether {@code c} is an ASCII or full-width digit}
   *
   * @param c the character
   */
  public static boolean isDigit(char c) {
    return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
  }

  /**
   * {@return the numeric value of an ASCII or full-width digit, or -1}
   *
   * @param c the character
   */
  public static int digitValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= '０' && c <= '９') {
      return c - '０';
    }
    return -1;
  }

  /**
   * {@return whether {@code c} ends a sentence: 。！？!? and the ellipsis … (or ⋯, as PDF extractors print it); the Latin full stop is not counted}
   *
   * @param c the character
   */
  public static boolean isSentenceFinal(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '…' || c == '⋯';
  }

  /**
   * {@return whether {@code s} ends a sentence, looking past closing quotes, brackets and trailing spaces}
   *
   * @param s the text
   */
  public static boolean endsSentence(CharSequence s) {
    int i = s.length() - 1;
    while (i >= 0 && (isCloser(s.charAt(i)) || isSpace(s.charAt(i)))) {
      i--;
    }
    return i >= 0 && isSentenceFinal(s.charAt(i));
  }

  /**
   * {@return whether {@code c} is a closing quote or bracket that may follow a sentence-final mark}
   *
   * @param c the character
   */
  public static boolean isCloser(char c) {
    return c == '”' || c == '’' || c == '」' || c == '』' || c == '）' || c == ')' || c == '》' || c == '】' || c == '"' || c == '\'';
  }

  /** Closing punctuation that Chinese typesetting never puts at the start of a line (kinsoku). */
  private static final String NEVER_STARTS_A_LINE = "”’）》」』】〕，。、；：！？…⋯";

  /**
   * {@return whether {@code s} opens with punctuation that Chinese typesetting never puts at the start of a line}
   * ({@code ” ） 》 ， 。 、 ； ： ！ ？}, the ellipsis {@code ……} and the like): a text line that does was split from the
   * printed line before it by the extractor.
   *
   * @param s the text line
   */
  public static boolean opensWithClosingMark(CharSequence s) {
    return s.length() > 0 && NEVER_STARTS_A_LINE.indexOf(s.charAt(0)) >= 0;
  }

  /**
   * {@return whether {@code c} is an opening quote or bracket}
   *
   * @param c the character
   */
  public static boolean isOpener(char c) {
    return c == '“' || c == '‘' || c == '「' || c == '『' || c == '（' || c == '(' || c == '《' || c == '【' || c == '〔';
  }

  /**
   * {@return whether {@code c} is a quotation mark, opening or closing: {@code “ ” ‘ ’ 「 」 『 』} and the ASCII {@code " '}}
   *
   * @param c the character
   */
  public static boolean isQuote(char c) {
    return c == '“' || c == '”' || c == '‘' || c == '’' || c == '「' || c == '」' || c == '『' || c == '』' || c == '"' || c == '\'';
  }

  /**
   * {@return whether {@code c} is punctuation (ASCII, CJK or general)}
   *
   * @param c the character
   */
  public static boolean isPunctuation(char c) {
    int t = Character.getType(c);
    return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
        || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
        || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
        || t == Character.OTHER_PUNCTUATION || t == Character.MATH_SYMBOL && c < 128;
  }

  /**
   * {@return whether {@code s} holds whitespace as {@link #isSpace} counts it}
   *
   * @param s the text
   */
  public static boolean hasSpace(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (isSpace(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return whether {@code s} holds any of the characters of {@code chars}} A test by character that a caller runs
   * before a pattern that cannot match without one of them, so that text no pattern concerns costs no matcher.
   *
   * @param s the text
   * @param chars the characters looked for
   */
  public static boolean containsAny(CharSequence s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      for (int k = 0; k < chars.length(); k++) {
        if (chars.charAt(k) == c) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@return the runs of {@code s} between whitespace as {@link #isSpace} counts it (the ideographic space included), in
   * order, none empty}
   *
   * @param s the text
   */
  public static List<String> spaceSeparated(CharSequence s) {
    return WORDS.splitToList(s);
  }

  private static final Splitter WORDS = Splitter.on(SPACE).omitEmptyStrings();

  /**
   * {@return {@code s} without any whitespace}
   *
   * @param s the text
   */
  public static String stripSpaces(CharSequence s) {
    int first = 0;
    while (first < s.length() && !isSpace(s.charAt(first))) {
      first++;
    }
    if (first == s.length()) {
      return s.toString();
    }
    StringBuilder b = new StringBuilder(s.length()).append(s, 0, first);
    for (int i = first + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isSpace(c)) {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Whether {@code c}, below the CJK blocks, is set a full em wide in Chinese typesetting: the symbol
   * blocks from general punctuation to dingbats (quotes, dashes, {@code …}, {@code ⋯} as extractors print
   * the ellipsis, arrows, {@code ①}, {@code □■●}), whose East Asian width is ambiguous and wide in CJK
   * fonts. The spaces and format characters U+2000–U+200F are not.
   */
  private static boolean isWideSymbol(char c) {
    return c >= 0x2010 && c < 0x2E80;
  }

  /**
   * Returns the printed width of {@code s} in em units: CJK and full-width characters count 1,
   * ASCII and other narrow characters count 1/2, whitespace counts 1/2 (U+3000 counts 1).
   *
   * @param s the text
   * @return the width in em
   */
  public static double width(CharSequence s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowSurrogate(c)) {
        continue;
      }
      if (c == '\u3000') {
        w += 1;
      } else if (c < 0x2E80 && !(c == '·' || isWideSymbol(c))) {
        w += 0.5;
      } else {
        w += 1;
      }
    }
    return w;
  }
}
