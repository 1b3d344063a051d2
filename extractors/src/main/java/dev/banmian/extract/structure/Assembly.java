package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.model.Diagnostic;
import dev.banmian.model.SourcedText;
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
