package dev.banmian.text;

import java.nio.CharBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The raw text of one page, with an identifier and a line index. Every offset banmian reports
 * points into {@link #raw()}.
 *
 * <p>Line terminators {@code \n}, {@code \r\n} and {@code \r} are all recognised; a
 * {@link dev.banmian.io.PageTextDecoder} normalises them to {@code \n} when it reads bytes.
 *
 * <pre>{@code
 * SourceText page = SourceText.of("000.txt", "标题\n正文。");
 * page.lines().get(1).text();          // "正文。"
 * page.position(3);                    // 2:1
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class SourceText {
  private final String id;
  private final String raw;
  private final int[] lineStarts;
  private final List<Line> lines;

  private SourceText(String id, String raw) {
    this.id = Objects.requireNonNull(id, "id");
    this.raw = Objects.requireNonNull(raw, "raw");
    List<Line> ls = new ArrayList<>();
    int[] starts = new int[16];
    int n = 0;
    int start = 0;
    int i = 0;
    while (i <= raw.length()) {
      boolean end = i == raw.length();
      char c = end ? 0 : raw.charAt(i);
      if (end || c == '\n' || c == '\r') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = start;
        ls.add(new Line(ls.size(), new Span(start, i), raw.substring(start, i)));
        if (end) {
          break;
        }
        i += (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') ? 2 : 1;
        start = i;
      } else {
        i++;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
    this.lines = Collections.unmodifiableList(ls);
  }

  /**
   * Returns a source text over {@code raw}.
   *
   * @param id a name for the text (a file name, a page id)
   * @param raw the raw text
   * @return the source text
   * @throws NullPointerException if either argument is null
   */
  public static SourceText of(String id, String raw) {
    return new SourceText(id, raw);
  }

  /** {@return the identifier given at creation, typically the file name} */
  public String id() {
    return id;
  }

  /** {@return the raw text} */
  public String raw() {
    return raw;
  }

  /** {@return the number of UTF-16 units in the raw text} */
  public int length() {
    return raw.length();
  }

  /** {@return all lines, including blank ones, in order. A text with no terminator has one line} */
  public List<Line> lines() {
    return lines;
  }

  /**
   * Returns the characters covered by {@code span}.
   *
   * @param span the span
   * @return the covered characters
   * @throws IndexOutOfBoundsException if the span reaches past the end of the text
   */
  public String slice(Span span) {
    if (span.end() > raw.length()) {
      throw new IndexOutOfBoundsException("span " + span + " beyond text length " + raw.length());
    }
    return raw.substring(span.start(), span.end());
  }

  /**
   * Returns the 1-based line and column of {@code offset}.
   *
   * @param offset an offset into the raw text
   * @return its line and column
   * @throws IndexOutOfBoundsException if {@code offset} is outside {@code [0, length()]}
   */
  public LinePos position(int offset) {
    if (offset < 0 || offset > raw.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + raw.length() + "]");
    }
    int idx = Arrays.binarySearch(lineStarts, offset);
    int line = idx >= 0 ? idx : -idx - 2;
    return new LinePos(line + 1, offset - lineStarts[line] + 1);
  }

  /** The page separator {@code pdftotext} writes after every page of a multi-page PDF. */
  public static final char FORM_FEED = '\f';

  /**
   * Splits a text that holds several pages, separated by form feeds ({@link #FORM_FEED}, as {@code pdftotext}
   * prints a whole PDF), into one source text per page, with ids {@code ID.p01}, {@code ID.p02} … (the id without
   * a {@code .txt} ending). Each page's offsets point into that page's own text. A form feed that ends the text, or
   * that only whitespace follows (a line break after it, as {@code mutool draw -F txt} prints), opens no page; a blank
   * page between two others stays, so page numbers are the document's. A text of one page (no form feed, or only a
   * trailing one) is returned whole, unchanged, under its own id.
   *
   * <pre>{@code
   * SourceText.of("issue.txt", "第一版\f第二版\f").splitPages();   // [issue.p01 "第一版", issue.p02 "第二版"]
   * }</pre>
   *
   * @return the pages, in order; never empty
   */
  public List<SourceText> splitPages() {
    int end = raw.length();
    int last = raw.lastIndexOf(FORM_FEED);
    if (last >= 0 && Chars.isBlank(CharBuffer.wrap(raw, last + 1, raw.length()))) {
      end = last;
    }
    if (raw.lastIndexOf(FORM_FEED, end - 1) < 0) {
      return List.of(this);
    }
    String base = id.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") ? id.substring(0, id.length() - 4) : id;
    List<SourceText> pages = new ArrayList<>();
    int start = 0;
    while (start <= end) {
      int ff = raw.indexOf(FORM_FEED, start);
      int stop = ff < 0 || ff > end ? end : ff;
      pages.add(new SourceText(String.format(java.util.Locale.ROOT, "%s.p%02d", base, pages.size() + 1), raw.substring(start, stop)));
      start = stop + 1;
    }
    return Collections.unmodifiableList(pages);
  }

  @Override
  public String toString() {
    return "SourceText[" + id + ", " + raw.length() + " chars, " + lines.size() + " lines]";
  }
}
