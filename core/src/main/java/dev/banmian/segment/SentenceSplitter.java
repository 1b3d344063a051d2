package dev.banmian.segment;

import dev.banmian.text.Chars;
import dev.banmian.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Splits Chinese (and mixed) text into sentences, with spans into the input.
 *
 * <p>A sentence ends at {@code 。！？!?} and at every line break; an ellipsis ({@code ……}) ends one
 * only before a closing quote, a line break or the end of the text, because in running news prose
 * it mostly trails off a list ({@code 走进一个社区、组织一次培训……半天时间里}). Closing quotes and brackets right after
 * the terminator belong to the sentence: {@code “我们一定办好。”他说。} is {@code “我们一定办好。”}
 * and {@code 他说。}. Inside quotes and brackets a terminator that is not followed by the closer
 * does not end the sentence, so quoted speech of several sentences stays whole
 * ({@code “来了。快坐！”} is one sentence), and a full stop inside parentheses does not split. A
 * full stop between two digits ({@code 3.5}) or inside a Latin word is not a terminator.
 *
 * <p>Whitespace between sentences belongs to none of them; no non-whitespace character is dropped.
 * Instances are immutable and thread-safe.
 */
public final class SentenceSplitter {
  private static final String OPENERS = "“‘「『（(【〔《〈[{";
  private static final String CLOSERS = "”’」』）)】〕》〉]}";

  /** Creates a splitter. */
  public SentenceSplitter() {}

  /**
   * Returns the sentences of {@code text} in order.
   *
   * @param text the text
   * @return the sentences, in order
   * @throws NullPointerException if {@code text} is null
   */
  public List<Sentence> split(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    List<Sentence> out = new ArrayList<>();
    int n = s.length();
    int start = 0;
    int depth = 0;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        add(s, start, i, out);
        start = i + 1;
        depth = 0;
        i++;
        continue;
      }
      if (OPENERS.indexOf(c) >= 0) {
        depth++;
        i++;
        continue;
      }
      if (CLOSERS.indexOf(c) >= 0) {
        depth = Math.max(0, depth - 1);
        i++;
        continue;
      }
      if (!isTerminator(s, i)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && (isTerminatorChar(s.charAt(end)) || s.charAt(end) == '…')) {
        end++;
      }
      int closed = depth;
      while (end < n && CLOSERS.indexOf(s.charAt(end)) >= 0 && closed > 0) {
        closed--;
        end++;
      }
      if (closed > 0) {
        // A terminator inside a quotation or bracket that goes on: not the end of the sentence.
        i = end;
        continue;
      }
      if (c == '…' && end < n && CLOSERS.indexOf(s.charAt(end - 1)) < 0) {
        // An ellipsis ends a sentence only at the end of the text or line, or before a closer.
        i = end;
        continue;
      }
      add(s, start, end, out);
      start = end;
      depth = 0;
      i = end;
    }
    add(s, start, n, out);
    return out;
  }

  private static boolean isTerminatorChar(char c) {
    return c == '。' || c == '！' || c == '？' || c == '!' || c == '?' || c == '．';
  }

  private static boolean isTerminator(String s, int i) {
    char c = s.charAt(i);
    if (c == '．' && i > 0 && i + 1 < s.length() && Chars.isDigit(s.charAt(i - 1)) && Chars.isDigit(s.charAt(i + 1))) {
      return false;
    }
    if (c == '!' || c == '?') {
      // Latin punctuation ends a sentence only before whitespace, CJK or the end.
      return i + 1 >= s.length() || Chars.isSpace(s.charAt(i + 1)) || Chars.isCjk(s.charAt(i + 1))
          || CLOSERS.indexOf(s.charAt(i + 1)) >= 0;
    }
    return isTerminatorChar(c) || c == '…';
  }

  private static void add(String s, int from, int to, List<Sentence> out) {
    while (from < to && Chars.isSpace(s.charAt(from))) {
      from++;
    }
    while (to > from && Chars.isSpace(s.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      out.add(new Sentence(s.substring(from, to), new Span(from, to)));
    }
  }
}
