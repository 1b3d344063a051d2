package dev.banmian.extract.structure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Numbers in diagnostics, written without {@link String#format}: every block's diagnostic carries its confidence, and
 * a {@link java.util.Formatter} parses its pattern on every call. Stateless.
 */
final class Decimals {
  private Decimals() {
  }

  /**
   * {@code d} with two decimal places, as {@code String.format(Locale.ROOT, "%.2f", d)} writes it: the shortest
   * decimal that reads back as {@code d}, rounded half up.
   *
   * @param d the number
   * @return its text
   */
  static String twoPlaces(double d) {
    if (!(d > 0 && d < 1e7)) {
      // zero, negatives (the formatter keeps the sign of what rounds to zero), huge numbers, NaN: the formatter's own
      return String.format(Locale.ROOT, "%.2f", d);
    }
    return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
