package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.model.Diagnostic;
import dev.banmian.model.SourcedText;
import dev.banmian.text.Chars;
import dev.banmian.text.Span;
import dev.banmian.text.TracedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One page's assembly under way: its raw text, and the noise and diagnostics the passes gather, in the order they
 * find them. Created per call of {@link ArticleAssembler#assemble}; never shared.
 */
final class Assembly {
  final String raw;
  final List<SourcedText> noise = new ArrayList<>();
  final List<Diagnostic> diagnostics;

  Assembly(String raw, List<Diagnostic> diagnostics) {
    this.raw = raw;
    this.diagnostics = new ArrayList<>(diagnostics);
  }

  /** {@return {@code t} with its spans in the raw page} */
  SourcedText sourced(TracedText t) {
    return new SourcedText(t.text(), t.sourceSpans(raw));
  }

  /** {@return the block's stripped text, sourced} */
  SourcedText sourced(ClassifiedBlock c) {
    return sourced(c.block().text().strip());
  }

  /** Keeps a block that no article or caption takes as noise. */
  void noise(ClassifiedBlock c) {
    noise.add(sourced(c));
  }

  /**
   * {@return the noise, the pieces of one printed line joined} Texts of noise that only spaces part on one line of the
   * raw page are one line of furniture (a page header row that a reading of columns cut at its wide spaces), not
   * several; they are joined, in the order found, by a space.
   */
  List<SourcedText> noiseLines() {
    List<SourcedText> out = new ArrayList<>(noise.size());
    for (SourcedText t : noise) {
      int last = out.size() - 1;
      if (last >= 0 && onlySpacesBetween(out.get(last), t)) {
        List<Span> spans = new ArrayList<>(out.get(last).spans());
        spans.addAll(t.spans());
        out.set(last, new SourcedText(out.get(last).text() + " " + t.text(), spans));
      } else {
        out.add(t);
      }
    }
    return out;
  }

  /** Whether {@code b} follows {@code a} on the same raw line with spaces only between them. */
  private boolean onlySpacesBetween(SourcedText a, SourcedText b) {
    if (a.spans().isEmpty() || b.spans().isEmpty()) {
      return false;
    }
    int from = a.spans().get(a.spans().size() - 1).end();
    int to = b.spans().get(0).start();
    if (to <= from) {
      return false;
    }
    CharSequence between = raw.subSequence(from, to);
    return Chars.isBlank(between) && !Chars.containsAny(between, "\n\r");
  }

  /** Records a decision of stage {@code stage}, at block {@code at}. */
  void diagnose(String stage, String code, String message, Block at) {
    diagnostics.add(new Diagnostic(stage, code, message, span(at)));
  }

  /** {@return the blocks' stripped texts joined, sourced; empty for no blocks} */
  Optional<SourcedText> text(List<ClassifiedBlock> bs) {
    if (bs.isEmpty()) {
      return Optional.empty();
    }
    TracedText.Builder b = TracedText.builder();
    for (ClassifiedBlock c : bs) {
      b.append(c.block().text().strip());
    }
    return Optional.of(sourced(b.build()));
  }

  private static Span span(Block b) {
    return b.text().length() == 0 ? b.lines().get(0).span() : b.text().envelope();
  }
}
