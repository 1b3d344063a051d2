package dev.banmian.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a text. Spans are the source of
 * truth for provenance: every extracted field of a page keeps the spans of the raw page text it
 * came from.
 *
 * <p>{@code new Span(3, 7).length() == 4}. Instances are immutable and thread-safe.
 *
 * @param start first offset, inclusive, {@code >= 0}
 * @param end last offset, exclusive, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /**
   * Validates the offsets.
   *
   * @param start first offset, inclusive, {@code >= 0}
   * @param end last offset, exclusive, {@code >= start}
   * @throws IllegalArgumentException if {@code start < 0} or {@code end < start}
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("invalid span [" + start + ", " + end + ")");
    }
  }

  /** {@return the number of UTF-16 units covered} */
  public int length() {
    return end - start;
  }

  /** {@return whether this span covers no character} */
  public boolean isEmpty() {
    return start == end;
  }

  /**
   * {@return whether {@code offset} lies in {@code [start, end)}}
   *
   * @param offset the offset
   */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /**
   * {@return whether {@code other} lies entirely within this span}
   *
   * @param other the other span
   */
  public boolean encloses(Span other) {
    return other.start >= start && other.end <= end;
  }

  /**
   * {@return whether the two spans share at least one offset}
   *
   * @param other the other span
   */
  public boolean overlaps(Span other) {
    return other.start < end && start < other.end;
  }

  /**
   * {@return the smallest span covering both spans}
   *
   * @param other the other span
   */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * {@return this span moved by {@code delta}}
   *
   * @param delta the distance, negative to move left
   */
  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  /**
   * {@return the smallest span covering all of {@code spans}; the spans must not be empty}
   *
   * @param spans the spans
   */
  public static Span covering(Collection<Span> spans) {
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("no spans to cover");
    }
    int s = Integer.MAX_VALUE;
    int e = 0;
    for (Span span : spans) {
      s = Math.min(s, span.start);
      e = Math.max(e, span.end);
    }
    return new Span(s, e);
  }

  /**
   * {@return the spans sorted, with touching or overlapping spans merged}
   *
   * @param spans the spans
   */
  public static List<Span> normalize(Collection<Span> spans) {
    List<Span> sorted = new ArrayList<>(spans);
    sorted.sort(null);
    List<Span> out = new ArrayList<>();
    for (Span s : sorted) {
      if (!out.isEmpty() && out.get(out.size() - 1).end >= s.start) {
        Span last = out.remove(out.size() - 1);
        out.add(last.union(s));
      } else {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }

  @Override
  public String toString() {
    return "[" + start + "," + end + ")";
  }
}
