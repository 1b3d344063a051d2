package dev.banmian.extract.structure;

import dev.banmian.extract.meta.BylineParser;
import dev.banmian.model.Byline;
import dev.banmian.model.Contributor;
import dev.banmian.text.Chars;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Puts back the first character of a photographer's name that an extractor printed apart from the photo's credit. A
 * credit whose name is a photographer's name of the page's bylines less its first character ({@code 文/李明 图/王小明}
 * over a credit {@code 小明摄}), with that character standing alone elsewhere on the page as noise ({@code 王}), was
 * cut: the character goes back in front of the name, and the lone block leaves the page's blocks, its text traced
 * through the credit.
 *
 * <p>Immutable and thread-safe.
 */
final class CreditNameRestorer {
  private final BylineParser bylines;

  /**
   * Creates a restorer that reads bylines and credits with {@code bylines}.
   *
   * @param bylines the byline parser
   */
  CreditNameRestorer(BylineParser bylines) {
    this.bylines = Objects.requireNonNull(bylines, "bylines");
  }

  /**
   * {@return {@code blocks} with each credit's name cut after a photographer's first character made whole again}
   *
   * @param blocks a page's classified blocks, in reading order
   */
  List<ClassifiedBlock> restore(List<ClassifiedBlock> blocks) {
    List<String> photographers = photographers(blocks);
    List<ClassifiedBlock> out = new ArrayList<>(blocks);
    for (int i = 0; i < out.size(); i++) {
      ClassifiedBlock c = out.get(i);
      Optional<Byline> credit = c.kind() == BlockKind.CREDIT ? bylines.parse(c.text()) : Optional.empty();
      for (Contributor name : credit.map(Byline::contributors).orElse(List.of())) {
        int lone = loneFirstCharacter(out, cutFrom(photographers, name.name()));
        if (lone >= 0) {
          ClassifiedBlock piece = out.get(lone);
          out.set(i, c.taking(name.span().start(), piece, "the photographer's first character, printed apart, put back ("
              + Chars.stripSpaces(piece.text()) + ")"));
          out.remove(lone);
          i -= lone < i ? 1 : 0;
          break;
        }
      }
    }
    return out;
  }

  /** The names the page's bylines give a photo role ({@code 图/}, {@code 摄影/}). */
  private List<String> photographers(List<ClassifiedBlock> blocks) {
    List<String> names = new ArrayList<>();
    for (ClassifiedBlock c : blocks) {
      if (c.kind() == BlockKind.BYLINE) {
        bylines.parse(c.text()).ifPresent(b -> b.contributors().stream()
            .filter(p -> p.role().contains("图") || p.role().contains("摄")).forEach(p -> names.add(p.name())));
      }
    }
    return names;
  }

  /** The one character {@code cut} lacks of a photographer's name that it ends, or null when none or several. */
  private static String cutFrom(List<String> photographers, String cut) {
    List<String> firsts = photographers.stream().filter(n -> n.length() == cut.length() + 1 && n.endsWith(cut))
        .map(n -> n.substring(0, 1)).distinct().toList();
    return firsts.size() == 1 ? firsts.get(0) : null;
  }

  /** The index of the one noise block that is {@code first} alone, or -1 when none or several. */
  private static int loneFirstCharacter(List<ClassifiedBlock> out, String first) {
    int found = -1;
    for (int k = 0; first != null && k < out.size(); k++) {
      if (out.get(k).kind() == BlockKind.NOISE && Chars.stripSpaces(out.get(k).text()).equals(first)) {
        if (found >= 0) {
          return -1;
        }
        found = k;
      }
    }
    return found;
  }
}
