package dev.banmian.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A rewritten string that remembers, for every character, the offset in the raw text it came from.
 * This is banmian's offset map: layout repair joins lines, drops spaces and rejoins interrupted
 * bodies, and each result can still be traced back to the page.
 *
 * <pre>{@code
 * TracedText t = TracedText.builder().append("总书", 10).append("记", 20).build();
 * t.text();            // "总书记"
 * t.sourceOffset(2);   // 20
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class TracedText implements CharSequence {
  private final String text;
  private final int[] offsets;

  private TracedText(String text, int[] offsets) {
    this.text = text;
    this.offsets = offsets;
  }

  /** {@return an empty traced text} */
  public static TracedText empty() {
    return new TracedText("", new int[0]);
  }

  /**
   * {@return the characters of {@code source} covered by {@code span}, traced to their own offsets}
   *
   * @param source the source text
   * @param span the span to take
   */
  public static TracedText of(SourceText source, Span span) {
    Builder b = builder();
    b.append(source.slice(span), span.start());
    return b.build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the rewritten text} */
  public String text() {
    return text;
  }

  /**
   * {@return the raw-text offset of the character at {@code index}}
   *
   * @param index an index into this text
   */
  public int sourceOffset(int index) {
    Objects.checkIndex(index, offsets.length);
    return offsets[index];
  }

  /**
   * Returns the raw-text spans this text came from: maximal runs of characters whose raw offsets
   * are consecutive, with runs separated in the raw text only by whitespace merged, so a paragraph
   * joined from adjacent lines has one span and a rejoined body has several.
   *
   * @param raw the raw text the offsets point into
   * @return the spans, in order
   */
  public List<Span> sourceSpans(CharSequence raw) {
    List<Span> out = new ArrayList<>();
    int i = 0;
    while (i < offsets.length) {
      int start = offsets[i];
      int end = start + 1;
      int j = i + 1;
      while (j < offsets.length && offsets[j] >= end && onlySpaces(raw, end, offsets[j])) {
        end = offsets[j] + 1;
        j++;
      }
      if (!out.isEmpty() && out.get(out.size() - 1).end() <= start
          && onlySpaces(raw, out.get(out.size() - 1).end(), start)) {
        Span last = out.remove(out.size() - 1);
        out.add(new Span(last.start(), end));
      } else {
        out.add(new Span(start, end));
      }
      i = j;
    }
    // A character whose source is a surrogate pair's high half spans both halves.
    for (int k = 0; k < out.size(); k++) {
      Span s = out.get(k);
      if (Chars.splitsPair(raw, s.end())) {
        out.set(k, new Span(s.start(), s.end() + 1));
      }
    }
    return List.copyOf(out);
  }

  private static boolean onlySpaces(CharSequence raw, int from, int to) {
    if (to < from || to > raw.length()) {
      return false;
    }
    for (int k = from; k < to; k++) {
      if (!Chars.isSpace(raw.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@return the slice {@code [start, end)} with its offsets}
   *
   * @param start the first index, inclusive
   * @param end the last index, exclusive
   */
  public TracedText sub(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return new TracedText(text.substring(start, end), Arrays.copyOfRange(offsets, start, end));
  }

  /** {@return this text with leading and trailing whitespace removed} */
  public TracedText strip() {
    int s = 0;
    int e = text.length();
    while (s < e && Chars.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Chars.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return sub(s, e);
  }

  /**
   * {@return the concatenation of this text and {@code other}, offsets kept}
   *
   * @param other the text to append
   */
  public TracedText concat(TracedText other) {
    int[] o = Arrays.copyOf(offsets, offsets.length + other.offsets.length);
    System.arraycopy(other.offsets, 0, o, offsets.length, other.offsets.length);
    return new TracedText(text + other.text, o);
  }

  /** {@return the raw span from the first to the last character, or an empty span at {@code 0} if empty} */
  public Span envelope() {
    if (offsets.length == 0) {
      return new Span(0, 0);
    }
    int min = Integer.MAX_VALUE;
    int max = 0;
    for (int o : offsets) {
      min = Math.min(min, o);
      max = Math.max(max, o);
    }
    return new Span(min, max + 1);
  }

  /**
   * {@return the raw span of the characters {@code [start, end)} of this text, from first to last}
   *
   * @param start the first index, inclusive
   * @param end the last index, exclusive
   */
  public Span sourceSpan(int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    if (start == end) {
      int at = start < offsets.length ? offsets[start] : (offsets.length == 0 ? 0 : offsets[offsets.length - 1] + 1);
      return new Span(at, at);
    }
    return sub(start, end).envelope();
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public char charAt(int index) {
    return text.charAt(index);
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }

  /** Collects characters with their raw offsets. Not thread-safe. */
  public static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] offsets = new int[32];
    /** The highest raw offset collected so far, -1 before any: an offset above it is no character's yet. */
    private int highest = -1;

    private Builder() {}

    /**
     * Appends one character that came from raw offset {@code offset}.
     *
     * @param c the character
     * @param offset its raw offset
     * @return this builder
     */
    public Builder append(char c, int offset) {
      if (text.length() == offsets.length) {
        offsets = Arrays.copyOf(offsets, offsets.length * 2);
      }
      offsets[text.length()] = offset;
      text.append(c);
      highest = Math.max(highest, offset);
      return this;
    }

    /**
     * Appends {@code s}, whose first character came from raw offset {@code offset}, contiguously.
     *
     * @param s the characters
     * @param offset the raw offset of the first
     * @return this builder
     */
    public Builder append(CharSequence s, int offset) {
      for (int i = 0; i < s.length(); i++) {
        append(s.charAt(i), offset + i);
      }
      return this;
    }

    /**
     * Appends {@code c}, a character the rewrite puts between what is collected and text that starts at raw offset
     * {@code next} (a space joining two lines), traced to a raw character between them: the one just before
     * {@code next}, or, where {@code next} opens the raw text and was moved after other text, or where a character
     * collected already came from the one before {@code next} (text moved after other text took it), the one just after
     * the last character collected. Either way the character's offset is no other character's, so spans stay apart.
     *
     * @param c the character
     * @param next the raw offset of the text that follows it
     * @return this builder
     */
    public Builder appendBetween(char c, int next) {
      if (text.length() == 0) {
        return append(c, Math.max(0, next - 1));
      }
      boolean beforeFree = next > 0 && !isCollected(next - 1);
      return append(c, beforeFree ? next - 1 : offsets[text.length() - 1] + 1);
    }

    /** Whether a character collected so far came from raw offset {@code offset}. */
    private boolean isCollected(int offset) {
      if (offset > highest) {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        if (offsets[i] == offset) {
          return true;
        }
      }
      return false;
    }

    /**
     * Appends another traced text with its offsets.
     *
     * @param t the traced text
     * @return this builder
     */
    public Builder append(TracedText t) {
      for (int i = 0; i < t.length(); i++) {
        append(t.charAt(i), t.offsets[i]);
      }
      return this;
    }

    /** {@return the number of characters collected} */
    public int length() {
      return text.length();
    }

    /** {@return the last character collected; the builder must not be empty} */
    public char last() {
      return text.charAt(text.length() - 1);
    }

    /** {@return the traced text collected so far} */
    public TracedText build() {
      return new TracedText(text.toString(), Arrays.copyOf(offsets, text.length()));
    }
  }
}
