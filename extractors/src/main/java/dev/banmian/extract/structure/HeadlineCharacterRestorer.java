package dev.banmian.extract.structure;

import dev.banmian.segment.Segmenter;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Puts back into a headline of two lines the one character an extractor printed apart from it. Set in large type, a
 * headline's character can come out of the text on a line of its own, a few blocks later ({@code 古镇花灯} /
 * {@code 照亮新年} printed as {@code 古镇花灯} / {@code 照亮新} … {@code 年}). The classifier reads that character alone as
 * noise; this pass gives it back where three cues agree:
 * <ul>
 *   <li>the headline's two lines differ by one Han character, and the character makes them even (a headline broken over
 *       two lines is set in lines of the same length);</li>
 *   <li>the character stands alone, no other lone character beside it (letter-spaced names come out as several), within
 *       {@value #REACH} blocks after the headline;</li>
 *   <li>at exactly one edge of the shorter line, start or end, it makes a dictionary word with that line.</li>
 * </ul>
 * The headline's text and lines take the character in; the lone block leaves the page's blocks, so its text stays
 * traced to its source offsets through the headline.
 *
 * <p>Immutable and thread-safe.
 */
final class HeadlineCharacterRestorer {
  /** How many blocks after a headline its character printed apart is looked for in. */
  static final int REACH = 4;

  private final Segmenter segmenter;

  /**
   * Creates a restorer that tells a word by {@code segmenter}'s dictionary.
   *
   * @param segmenter the segmenter whose dictionary tells the word the character completes
   */
  HeadlineCharacterRestorer(Segmenter segmenter) {
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  /**
   * {@return {@code blocks} with each two-line headline's character printed apart put back into it}
   *
   * @param blocks a page's classified blocks, in reading order
   */
  List<ClassifiedBlock> restore(List<ClassifiedBlock> blocks) {
    List<ClassifiedBlock> out = new ArrayList<>(blocks);
    for (int i = 0; i < out.size(); i++) {
      int last = lastOfTwoLineHeading(out, i);
      for (int k = last + 1; last >= 0 && k < Math.min(out.size(), last + 1 + REACH); k++) {
        if (isLoneCharacter(out, k) && putBack(out, i, last, out.get(k))) {
          out.remove(k);
          break;
        }
      }
    }
    return out;
  }

  /**
   * The index of the last block of a headline of two lines, one character of width apart, that starts at block
   * {@code i}: a headline block of two lines, or two one-line heading blocks printed tight; or -1.
   */
  private static int lastOfTwoLineHeading(List<ClassifiedBlock> out, int i) {
    ClassifiedBlock c = out.get(i);
    if (!BlockClassifier.isHeading(c.kind()) || c.block().isVertical() || !joinsItsLines(c)) {
      return -1;
    }
    List<Line> lines = c.block().lines();
    if (c.kind() == BlockKind.HEADLINE && lines.size() == 2) {
      return oneApart(lines.get(0).text(), lines.get(1).text()) ? i : -1;
    }
    boolean tightPair = lines.size() == 1 && i + 1 < out.size() && BlockClassifier.isHeading(out.get(i + 1).kind())
        && out.get(i + 1).block().lines().size() == 1 && out.get(i + 1).block().blankLinesBefore() == 0;
    return tightPair && oneApart(c.text(), out.get(i + 1).text()) ? i + 1 : -1;
  }

  /** Whether the block's text is its lines' text, stripped, one after the other. */
  private static boolean joinsItsLines(ClassifiedBlock c) {
    StringBuilder b = new StringBuilder();
    c.block().lines().forEach(l -> b.append(Chars.strip(l.text())));
    return c.text().equals(b.toString());
  }

  /** Whether two lines differ in width by one character. */
  private static boolean oneApart(String a, String b) {
    return Math.round(Math.abs(Chars.width(Chars.strip(a)) - Chars.width(Chars.strip(b)))) == 1;
  }

  /** Whether block {@code k} is one Han character alone, read as noise, with no other lone character beside it. */
  private static boolean isLoneCharacter(List<ClassifiedBlock> out, int k) {
    return out.get(k).isLoneNoiseCharacter() && !out.get(k - 1).isOneHan()
        && (k + 1 == out.size() || !out.get(k + 1).isOneHan());
  }

  /**
   * Puts the character {@code lone} into the shorter line of the headline in blocks {@code first..last}, at the one edge
   * of it where it makes a dictionary word; {@return whether it went in (not when neither edge or both do)}
   */
  private boolean putBack(List<ClassifiedBlock> out, int first, int last, ClassifiedBlock lone) {
    String[] lines = first == last
        ? out.get(first).block().lines().stream().map(l -> Chars.strip(l.text())).toArray(String[]::new)
        : new String[] {out.get(first).text(), out.get(last).text()};
    boolean firstShort = Chars.width(lines[0]) < Chars.width(lines[1]);
    String shorter = lines[firstShort ? 0 : 1];
    String c = Chars.stripSpaces(lone.text());
    boolean atStart = segmenter.formsWordAcross(c, shorter);
    if (atStart == segmenter.formsWordAcross(shorter, c)) {
      return false;
    }
    int target = firstShort ? first : last;
    int lineStart = first == last && !firstShort ? lines[0].length() : 0;
    int at = lineStart + (atStart ? 0 : shorter.length());
    out.set(target, out.get(target).taking(at, lone, "its character printed apart put back (" + c + ")"));
    return true;
  }
}
