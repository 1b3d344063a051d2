package dev.banmian.extract.layout;

/**
 * How a page's text was laid out, inferred from the page's own line statistics.
 *
 * @param wrapped true when lines are hard-wrapped at a column width; false when each paragraph is
 *     one long line
 * @param medianWidth the median width of non-trivial lines, in em units
 * @param blankRate the fraction of line gaps that hold a blank line
 * @param blanksInformative false when (nearly) every line is followed by a blank line, or (nearly)
 *     none is, so a blank line, or its absence, says nothing about paragraph breaks
 * @param sideBySide true when the page printed columns side by side on one line ({@code pdftotext -layout}) and was
 *     read column by column: two lines of one column with no blank line between may still be set in different type
 *     (the rows between them held the other columns' text), so no missing blank line ties a kicker to its headline
 * @param breaksAtMarks true when a text line of the page opens with a mark typesetting never sets at a line's start
 *     ({@code ”}, {@code 。}, {@code ，}): the extractor breaks printed lines where punctuation set in another font
 *     begins (pdftotext does), so a text line may be only part of its printed line
 */
public record PageStyle(boolean wrapped, double medianWidth, double blankRate, boolean blanksInformative, boolean sideBySide,
    boolean breaksAtMarks) {
  /**
   * A page style whose extractor keeps each printed line whole.
   *
   * @param wrapped true when lines are hard-wrapped at a column width
   * @param medianWidth the median width of non-trivial lines, in em units
   * @param blankRate the fraction of line gaps that hold a blank line
   * @param blanksInformative whether a blank line, or its absence, says something about paragraph breaks
   * @param sideBySide true when the page printed columns side by side and was read column by column
   */
  public PageStyle(boolean wrapped, double medianWidth, double blankRate, boolean blanksInformative, boolean sideBySide) {
    this(wrapped, medianWidth, blankRate, blanksInformative, sideBySide, false);
  }

  /**
   * A page style of text read in one flow (no columns side by side).
   *
   * @param wrapped true when lines are hard-wrapped at a column width
   * @param medianWidth the median width of non-trivial lines, in em units
   * @param blankRate the fraction of line gaps that hold a blank line
   * @param blanksInformative whether a blank line, or its absence, says something about paragraph breaks
   */
  public PageStyle(boolean wrapped, double medianWidth, double blankRate, boolean blanksInformative) {
    this(wrapped, medianWidth, blankRate, blanksInformative, false, false);
  }

  /**
   * Below this share of line gaps holding a blank line, blank lines say nothing: extractors that print no
   * blank lines (PDFBox in content-stream order) leave at most a stray one, and a missing blank line is
   * then no evidence that two lines belong together.
   */
  static final double FEWEST_INFORMATIVE_BLANKS = 0.03;

  /** From this share of line gaps on, (nearly) every line is followed by a blank line. */
  static final double BLANK_AFTER_EVERY_LINE = 0.85;

  /** {@return whether (nearly) every line is followed by a blank line, so a missing one joins two lines} */
  public boolean blankAfterEveryLine() {
    return blankRate >= BLANK_AFTER_EVERY_LINE;
  }
}
