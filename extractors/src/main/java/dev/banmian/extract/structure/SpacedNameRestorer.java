package dev.banmian.extract.structure;

import dev.banmian.text.Chars;
import dev.banmian.text.NewsCues;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts back the name of a byline that an extractor printed one character at a time. A two-character name is spaced out
 * to the width of a three-character one ({@code 本报记者　王　明}); an extractor that breaks a line at wide gaps prints
 * the outlet and role alone ({@code 本报记者}) and each character of the name alone, where its reading order puts them,
 * often after a paragraph of the body. The classifier reads each character alone as noise.
 *
 * <p>A byline of outlet and role with no name ({@link NewsCues#isBylineRoleOnly}) takes the first two characters alone
 * (noise blocks of one Han character, next to each other) that come after it before the next block of another kind
 * than body or noise, where the two make a person's name ({@link NewsCues#isPersonName}). A third character alone after
 * them is left: a three-character name is printed unspaced, so it starts another name. The two blocks leave the page's
 * blocks, their text traced through the byline.
 *
 * <p>Stateless and thread-safe.
 */
final class SpacedNameRestorer {
  /**
   * {@return {@code blocks} with each role-only byline's name, printed a character at a time after it, put back}
   *
   * @param blocks a page's classified blocks, in reading order
   */
  List<ClassifiedBlock> restore(List<ClassifiedBlock> blocks) {
    List<ClassifiedBlock> out = new ArrayList<>(blocks);
    for (int i = 0; i < out.size(); i++) {
      ClassifiedBlock byline = out.get(i);
      if (byline.kind() != BlockKind.BYLINE || !NewsCues.isBylineRoleOnly(byline.text())) {
        continue;
      }
      int k = firstLoneCharacterAfter(out, i);
      if (k >= 0 && out.get(k + 1).isLoneNoiseCharacter()
          && NewsCues.isPersonName(character(out.get(k)) + character(out.get(k + 1)))) {
        out.set(i, taking(taking(byline, out.get(k)), out.get(k + 1)));
        out.subList(k, k + 2).clear();
      }
    }
    return out;
  }

  /**
   * The index of the first character alone after block {@code i}, with a block after it, passing body and noise
   * blocks only; or -1.
   */
  private static int firstLoneCharacterAfter(List<ClassifiedBlock> out, int i) {
    for (int k = i + 1; k + 1 < out.size(); k++) {
      ClassifiedBlock c = out.get(k);
      if (c.isLoneNoiseCharacter()) {
        return k;
      }
      if (c.kind() != BlockKind.BODY && c.kind() != BlockKind.NOISE) {
        return -1;
      }
    }
    return -1;
  }

  private static String character(ClassifiedBlock c) {
    return Chars.stripSpaces(c.text());
  }

  private static ClassifiedBlock taking(ClassifiedBlock byline, ClassifiedBlock piece) {
    return byline.taking(byline.block().text().text().length(), piece,
        "the name's character printed apart put back (" + character(piece) + ")");
  }
}
