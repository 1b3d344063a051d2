package dev.banmian.samples;

import dev.banmian.model.Article;
import dev.banmian.model.Caption;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;

/** Renders a {@link Page} as Markdown for reading ({@code extract --format markdown}). */
final class PageMarkdown {
  private PageMarkdown() {}

  /** Returns the page as Markdown for reading. */
  static String render(Page page) {
    StringBuilder b = new StringBuilder();
    for (Article a : page.articles()) {
      a.section().ifPresent(s -> b.append("*").append(s.text()).append("*\n\n"));
      a.kicker().ifPresent(s -> b.append(s.text()).append("\n\n"));
      b.append("## ").append(a.headline().map(SourcedText::text).orElse("(no headline)")).append("\n\n");
      a.subheadline().ifPresent(s -> b.append("### ——").append(s.text()).append("\n\n"));
      a.byline().ifPresent(by -> b.append("> ").append(by.raw()).append("\n\n"));
      a.dateline().ifPresent(d -> b.append("> dateline: ").append(d.raw()).append("\n\n"));
      a.paragraphs().forEach(p -> b.append(p.text()).append("\n\n"));
      if (!a.subheads().isEmpty()) {
        b.append("Subheads: ").append(String.join(" / ", a.subheads().stream().map(SourcedText::text).toList())).append("\n\n");
      }
      if (!a.complete()) {
        b.append("*(continued elsewhere)*\n\n");
      }
    }
    for (Caption c : page.captions()) {
      b.append("> 📷 ").append(c.title().map(t -> "**" + t.text() + "** ").orElse("")).append(c.text().text())
          .append(c.credit().map(cr -> " — " + cr.text()).orElse("")).append("\n\n");
    }
    if (!page.noise().isEmpty()) {
      b.append("---\nNoise: ").append(String.join(" | ", page.noise().stream().map(SourcedText::text).toList())).append("\n");
    }
    return b.toString();
  }
}
