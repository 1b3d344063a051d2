package dev.banmian.samples;

import java.util.Set;
import java.util.TreeSet;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses a list of 1-based page numbers and ranges: {@code 1,3-5}. */
final class PageList implements ITypeConverter<Set<Integer>> {
  /** Longest range accepted, so that a typo such as {@code 1-99999999} fails instead of filling memory. */
  static final int MOST_PAGES = 100_000;

  @Override
  public Set<Integer> convert(String value) {
    Set<Integer> pages = new TreeSet<>();
    for (String part : value.split(",", -1)) {
      String p = part.strip();
      int dash = p.indexOf('-');
      int from = number(dash < 0 ? p : p.substring(0, dash), value);
      int to = dash < 0 ? from : number(p.substring(dash + 1), value);
      if (to < from || to - from >= MOST_PAGES) {
        throw new TypeConversionException("'" + p + "' is not a page range such as 3-5");
      }
      for (int i = from; i <= to; i++) {
        pages.add(i);
      }
    }
    return pages;
  }

  private static int number(String s, String whole) {
    try {
      int n = Integer.parseInt(s.strip());
      if (n < 1) {
        throw new TypeConversionException("page numbers start at 1, not " + n + " in '" + whole + "'");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + whole + "' is not a list of pages such as 1,3-5");
    }
  }
}
