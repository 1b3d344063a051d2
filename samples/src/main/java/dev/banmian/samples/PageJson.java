package dev.banmian.samples;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.banmian.model.Article;
import dev.banmian.model.Byline;
import dev.banmian.model.Caption;
import dev.banmian.model.Contributor;
import dev.banmian.model.Dateline;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;
import dev.banmian.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Page} as JSON in the gold schema of {@code CONVENTIONS.md}, with extra keys for
 * provenance ({@code spans}: raw-text offsets of every field) that the scorer ignores.
 */
public final class PageJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private PageJson() {}

  /** Returns the page as pretty-printed JSON. */
  public static String write(Page page, String sourceName) {
    return write(page, sourceName, false);
  }

  /**
   * Returns the page as pretty-printed JSON; with {@code withDiagnostics}, adds a
   * {@code diagnostics} array: every decision of every stage with its evidence and raw span.
   */
  public static String write(Page page, String sourceName, boolean withDiagnostics) {
    return serialise(page, sourceName, withDiagnostics, true);
  }

  /** Returns the page as JSON on one line (one record of JSON Lines), as {@link #write(Page, String, boolean)} otherwise. */
  public static String writeLine(Page page, String sourceName, boolean withDiagnostics) {
    return serialise(page, sourceName, withDiagnostics, false);
  }

  private static String serialise(Page page, String sourceName, boolean withDiagnostics, boolean pretty) {
    try {
      ObjectNode root = tree(page, sourceName);
      if (withDiagnostics) {
        ArrayNode ds = root.putArray("diagnostics");
        page.diagnostics().forEach(d -> {
          ObjectNode o = ds.addObject();
          o.put("stage", d.stage());
          o.put("code", d.code());
          o.put("message", d.message());
          o.set("span", span(d.span()));
        });
      }
      return pretty ? JSON.writeValueAsString(root) : JSON.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise page", e);
    }
  }

  static ObjectNode tree(Page page, String sourceName) {
    ObjectNode root = JSON.createObjectNode();
    root.put("source", sourceName);
    ArrayNode arts = root.putArray("articles");
    for (Article a : page.articles()) {
      ObjectNode o = arts.addObject();
      text(o, "section", a.section());
      text(o, "kicker", a.kicker());
      text(o, "headline", a.headline());
      text(o, "subheadline", a.subheadline());
      if (a.byline().isPresent()) {
        o.set("byline", byline(a.byline().get()));
      } else {
        o.putNull("byline");
      }
      o.set("dateline", dateline(a.dateline()));
      ArrayNode sh = o.putArray("subheads");
      a.subheads().forEach(s -> sh.add(s.text()));
      ArrayNode ps = o.putArray("paragraphs");
      a.paragraphs().forEach(p -> ps.add(p.text()));
      o.put("complete", a.complete());
      ObjectNode spans = o.putObject("spans");
      a.headline().ifPresent(h -> spans.set("headline", spans(h.spans())));
      ArrayNode pspans = spans.putArray("paragraphs");
      a.paragraphs().forEach(p -> pspans.add(spans(p.spans())));
    }
    ArrayNode caps = root.putArray("captions");
    for (Caption c : page.captions()) {
      ObjectNode o = caps.addObject();
      o.put("text", c.text().text());
      text(o, "credit", c.credit());
      text(o, "title", c.title());
      text(o, "section", c.section());
      o.set("spans", spans(c.text().spans()));
    }
    ArrayNode noise = root.putArray("noise");
    page.noise().forEach(n -> noise.add(n.text()));
    return root;
  }

  private static void text(ObjectNode o, String key, Optional<SourcedText> t) {
    if (t.isPresent()) {
      o.put(key, t.get().text());
    } else {
      o.putNull(key);
    }
  }

  private static ObjectNode byline(Byline b) {
    ObjectNode o = JSON.createObjectNode();
    o.put("raw", b.raw());
    if (b.outlet().isPresent()) {
      o.put("outlet", b.outlet().get());
    } else {
      o.putNull("outlet");
    }
    ArrayNode cs = o.putArray("contributors");
    for (Contributor c : b.contributors()) {
      ObjectNode x = cs.addObject();
      x.put("role", c.role());
      x.put("name", c.name());
      x.set("span", span(c.span()));
    }
    o.set("span", span(b.span()));
    return o;
  }

  private static ObjectNode dateline(Optional<Dateline> d) {
    ObjectNode o = JSON.createObjectNode();
    if (d.isEmpty()) {
      o.putNull("raw");
      o.putNull("month");
      o.putNull("day");
      o.putNull("relative");
      return o;
    }
    Dateline x = d.get();
    o.put("raw", x.raw());
    if (x.month().isPresent()) {
      o.put("month", x.month().getAsInt());
    } else {
      o.putNull("month");
    }
    if (x.day().isPresent()) {
      o.put("day", x.day().getAsInt());
    } else {
      o.putNull("day");
    }
    if (x.relative().isPresent()) {
      o.put("relative", x.relative().get());
    } else {
      o.putNull("relative");
    }
    x.year().ifPresent(y -> o.put("year", y));
    x.place().ifPresent(p -> o.put("place", p));
    x.agency().ifPresent(p -> o.put("agency", p));
    x.resolved().ifPresent(r -> o.put("resolved", r.toString()));
    o.set("span", span(x.span()));
    return o;
  }

  private static ArrayNode spans(List<Span> spans) {
    ArrayNode a = JSON.createArrayNode();
    spans.forEach(s -> a.add(span(s)));
    return a;
  }

  private static ArrayNode span(Span s) {
    ArrayNode a = JSON.createArrayNode();
    a.add(s.start());
    a.add(s.end());
    return a;
  }

  /** Returns the page as Markdown for reading. */
  public static String markdown(Page page) {
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
