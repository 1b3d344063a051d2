package dev.banmian.extract.layout;

/**
 * How a page's text was laid out, inferred from the page's own line statistics.
 *
 * @param wrapped true when lines are hard-wrapped at a column width; false when each paragraph is
 *     one long line
 * @param medianWidth the median width of non-trivial lines, in em units
 * @param blankRate the fraction of line gaps that hold a blank line
 * @param blanksInformative false when (nearly) every line is followed by a blank line, so a blank
 *     line says nothing about paragraph breaks
 */
public record PageStyle(boolean wrapped, double medianWidth, double blankRate, boolean blanksInformative) {}
