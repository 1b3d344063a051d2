package dev.banmian.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.banmian.model.Article;
import dev.banmian.model.Byline;
import dev.banmian.model.Caption;
import dev.banmian.model.Contributor;
import dev.banmian.model.Dateline;
import dev.banmian.model.Diagnostic;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;
import dev.banmian.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The page JSON of banmian: writes a {@link Page} as the JSON the command line prints, and reads it back.
 *
 * <p>The JSON keeps the keys of the gold files the scorer reads ({@code source}, {@code articles} with
 * {@code section}, {@code kicker}, {@code headline}, {@code subheadline}, {@code byline}, {@code dateline},
 * {@code subheads}, {@code paragraphs}; {@code captions} with {@code text}, {@code credit}, {@code title},
 * {@code section}; {@code noise}) and adds provenance: the source offsets ({@code [start, end)} in UTF-16 units
 * of the raw page text) of every extracted field under {@code spans}, and {@link #SCHEMA_VERSION}. The JSON
 * Schema of the output is the resource {@link #SCHEMA_RESOURCE}. {@link #read} turns a written page back into
 * an equal {@link Page} (the source name becomes its {@link Page#sourceId()}).
 *
 * <p>All methods are static and thread-safe.
 */
public final class PageJson {
  /** The version of the page JSON written, in its {@code schemaVersion} key; readers refuse other versions. */
  public static final int SCHEMA_VERSION = 1;
  /** Class-path location of the JSON Schema (draft 2020-12) of the page JSON. */
  public static final String SCHEMA_RESOURCE = "/dev/banmian/json/page.schema.json";

  /** Builds the written tree; writing needs no {@link ObjectMapper}, whose start-up the command line would pay. */
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final JsonFactory FACTORY = new JsonFactory();

  /** The mapper of {@link #read}, made on first use. */
  private static final class Reading {
    static final ObjectMapper JSON = new ObjectMapper();
  }

  private PageJson() {}

  /**
   * Returns the JSON Schema of the page JSON, from {@link #SCHEMA_RESOURCE}.
   *
   * @return a new stream of the schema; the caller closes it
   */
  public static InputStream schema() {
    return Objects.requireNonNull(PageJson.class.getResourceAsStream(SCHEMA_RESOURCE), SCHEMA_RESOURCE);
  }

  /**
   * Returns the page as pretty-printed JSON, without diagnostics.
   *
   * @param page the extracted page
   * @param sourceName the name written as {@code source} (the page's file name)
   * @return the JSON
   */
  public static String write(Page page, String sourceName) {
    return write(page, sourceName, false);
  }

  /**
   * Returns the page as pretty-printed JSON; with {@code withDiagnostics}, adds a {@code diagnostics} array:
   * every decision of every stage with its evidence and source span.
   *
   * @param page the extracted page
   * @param sourceName the name written as {@code source} (the page's file name)
   * @param withDiagnostics whether to write the page's diagnostics
   * @return the JSON
   * @throws NullPointerException if {@code page} or {@code sourceName} is null
   */
  public static String write(Page page, String sourceName, boolean withDiagnostics) {
    return serialise(true, tree(page, sourceName, withDiagnostics));
  }

  /**
   * Returns the page as JSON on one line (one record of JSON Lines), as {@link #write(Page, String, boolean)} otherwise.
   *
   * @param page the extracted page
   * @param sourceName the name written as {@code source} (the page's file name)
   * @param withDiagnostics whether to write the page's diagnostics
   * @return the JSON, without line breaks
   */
  public static String writeLine(Page page, String sourceName, boolean withDiagnostics) {
    return serialise(false, tree(page, sourceName, withDiagnostics));
  }

  private static String serialise(boolean pretty, ObjectNode root) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      if (pretty) {
        g.setPrettyPrinter(new DefaultPrettyPrinter());
      }
      writeNode(g, root);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialise a page", e);
    }
    return out.toString();
  }

  /** Writes {@code n} as the mapper would, with no mapper: containers and null here, every other value by itself. */
  private static void writeNode(JsonGenerator g, JsonNode n) throws IOException {
    if (n.isObject()) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> e : n.properties()) {
        g.writeFieldName(e.getKey());
        writeNode(g, e.getValue());
      }
      g.writeEndObject();
    } else if (n.isArray()) {
      g.writeStartArray();
      for (JsonNode item : n) {
        writeNode(g, item);
      }
      g.writeEndArray();
    } else if (n.isNull()) {
      g.writeNull();
    } else {
      ((JsonSerializable) n).serialize(g, null);
    }
  }

  /**
   * Returns the page as a JSON tree, to embed in a larger document.
   *
   * @param page the extracted page
   * @param sourceName the name written as {@code source} (the page's file name)
   * @param withDiagnostics whether to write the page's diagnostics
   * @return a new tree
   * @throws NullPointerException if {@code page} or {@code sourceName} is null
   */
  public static ObjectNode tree(Page page, String sourceName, boolean withDiagnostics) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(sourceName, "sourceName");
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("source", sourceName);
    ArrayNode articles = root.putArray("articles");
    page.articles().forEach(a -> articles.add(article(a)));
    ArrayNode captions = root.putArray("captions");
    page.captions().forEach(c -> captions.add(caption(c)));
    ArrayNode noise = root.putArray("noise");
    page.noise().forEach(n -> noise.add(n.text()));
    root.putObject("spans").set("noise", spanLists(page.noise()));
    if (withDiagnostics) {
      ArrayNode ds = root.putArray("diagnostics");
      for (Diagnostic d : page.diagnostics()) {
        ObjectNode o = ds.addObject();
        o.put("stage", d.stage());
        o.put("code", d.code());
        o.put("message", d.message());
        o.set("span", span(d.span()));
      }
    }
    return root;
  }

  private static ObjectNode article(Article a) {
    ObjectNode o = NODES.objectNode();
    text(o, "section", a.section());
    text(o, "kicker", a.kicker());
    text(o, "headline", a.headline());
    text(o, "subheadline", a.subheadline());
    o.set("byline", a.byline().<JsonNode>map(PageJson::byline).orElse(NODES.nullNode()));
    o.set("dateline", dateline(a.dateline()));
    ArrayNode subheads = o.putArray("subheads");
    a.subheads().forEach(s -> subheads.add(s.text()));
    ArrayNode paragraphs = o.putArray("paragraphs");
    a.paragraphs().forEach(p -> paragraphs.add(p.text()));
    o.put("complete", a.complete());
    ObjectNode spans = o.putObject("spans");
    a.section().ifPresent(t -> spans.set("section", spans(t)));
    a.kicker().ifPresent(t -> spans.set("kicker", spans(t)));
    a.headline().ifPresent(t -> spans.set("headline", spans(t)));
    a.subheadline().ifPresent(t -> spans.set("subheadline", spans(t)));
    spans.set("subheads", spanLists(a.subheads()));
    spans.set("paragraphs", spanLists(a.paragraphs()));
    return o;
  }

  private static ObjectNode caption(Caption c) {
    ObjectNode o = NODES.objectNode();
    o.put("text", c.text().text());
    text(o, "credit", c.credit());
    text(o, "title", c.title());
    text(o, "section", c.section());
    c.creditParsed().ifPresent(b -> o.set("creditByline", byline(b)));
    ObjectNode spans = o.putObject("spans");
    spans.set("text", spans(c.text()));
    c.credit().ifPresent(t -> spans.set("credit", spans(t)));
    c.title().ifPresent(t -> spans.set("title", spans(t)));
    c.section().ifPresent(t -> spans.set("section", spans(t)));
    return o;
  }

  private static void text(ObjectNode o, String key, Optional<SourcedText> t) {
    if (t.isPresent()) {
      o.put(key, t.get().text());
    } else {
      o.putNull(key);
    }
  }

  private static ObjectNode byline(Byline b) {
    ObjectNode o = NODES.objectNode();
    o.put("raw", b.raw());
    o.set("outlet", b.outlet().<JsonNode>map(NODES::textNode).orElse(NODES.nullNode()));
    ArrayNode cs = o.putArray("contributors");
    for (Contributor c : b.contributors()) {
      ObjectNode x = cs.addObject();
      x.put("role", c.role());
      x.put("name", c.name());
      x.set("span", span(c.span()));
    }
    o.set("span", span(b.span()));
    ArrayNode ranges = o.putArray("spans");
    b.spans().forEach(r -> ranges.add(span(r)));
    return o;
  }

  /** A dateline; an absent one is an object of nulls, as the gold files write it. */
  private static ObjectNode dateline(Optional<Dateline> d) {
    ObjectNode o = NODES.objectNode();
    if (d.isEmpty()) {
      o.putNull("raw");
      o.putNull("month");
      o.putNull("day");
      o.putNull("relative");
      return o;
    }
    Dateline x = d.get();
    o.put("raw", x.raw());
    number(o, "month", x.month());
    number(o, "day", x.day());
    o.set("relative", x.relative().<JsonNode>map(NODES::textNode).orElse(NODES.nullNode()));
    x.year().ifPresent(y -> o.put("year", y));
    x.place().ifPresent(p -> o.put("place", p));
    x.agency().ifPresent(p -> o.put("agency", p));
    x.resolved().ifPresent(r -> o.put("resolved", r.toString()));
    o.set("span", span(x.span()));
    return o;
  }

  private static void number(ObjectNode o, String key, OptionalInt n) {
    if (n.isPresent()) {
      o.put(key, n.getAsInt());
    } else {
      o.putNull(key);
    }
  }

  private static ArrayNode spanLists(List<SourcedText> texts) {
    ArrayNode a = NODES.arrayNode();
    texts.forEach(t -> a.add(spans(t)));
    return a;
  }

  private static ArrayNode spans(SourcedText t) {
    ArrayNode a = NODES.arrayNode();
    t.spans().forEach(s -> a.add(span(s)));
    return a;
  }

  private static ArrayNode span(Span s) {
    return NODES.arrayNode().add(s.start()).add(s.end());
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads a page written by {@link #write}: the same articles, captions, noise and (when written) diagnostics,
   * with their source spans.
   *
   * @param json a page JSON written by this class (pretty or on one line)
   * @return the page; its {@link Page#sourceId()} is the JSON's {@code source}
   * @throws IllegalArgumentException if {@code json} is not JSON, not a page of {@link #SCHEMA_VERSION}, or lacks
   *     a key the page needs (the message names the key)
   * @throws NullPointerException if {@code json} is null
   */
  public static Page read(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode root;
    try {
      root = Reading.JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a page: the JSON is not an object");
    }
    int version = required(root, "schemaVersion").asInt(-1);
    if (version != SCHEMA_VERSION) {
      throw new IllegalArgumentException("page JSON of schema version " + required(root, "schemaVersion")
          + "; this reader reads version " + SCHEMA_VERSION);
    }
    JsonNode spans = required(root, "spans");
    List<Article> articles = list(required(root, "articles"), PageJson::readArticle);
    List<Caption> captions = list(required(root, "captions"), PageJson::readCaption);
    List<SourcedText> noise = sourced(required(root, "noise"), required(spans, "noise"));
    List<Diagnostic> diagnostics = root.has("diagnostics") ? list(root.get("diagnostics"), d -> new Diagnostic(
        string(d, "stage"), string(d, "code"), string(d, "message"), readSpan(required(d, "span")))) : List.of();
    return new Page(string(root, "source"), articles, captions, noise, diagnostics);
  }

  private static Article readArticle(JsonNode a) {
    JsonNode spans = required(a, "spans");
    return new Article(optionalText(a, spans, "section"), optionalText(a, spans, "kicker"), optionalText(a, spans, "headline"),
        optionalText(a, spans, "subheadline"), readByline(required(a, "byline")), readDateline(required(a, "dateline")),
        sourced(required(a, "subheads"), required(spans, "subheads")),
        sourced(required(a, "paragraphs"), required(spans, "paragraphs")), required(a, "complete").asBoolean());
  }

  private static Caption readCaption(JsonNode c) {
    JsonNode spans = required(c, "spans");
    SourcedText text = new SourcedText(string(c, "text"), readSpans(required(spans, "text")));
    Optional<Byline> parsed = c.has("creditByline") ? readByline(c.get("creditByline")) : Optional.empty();
    return new Caption(text, optionalText(c, spans, "credit"), parsed, optionalText(c, spans, "title"),
        optionalText(c, spans, "section"));
  }

  private static Optional<Byline> readByline(JsonNode b) {
    if (b.isNull()) {
      return Optional.empty();
    }
    List<Contributor> contributors = list(required(b, "contributors"),
        c -> new Contributor(string(c, "role"), string(c, "name"), readSpan(required(c, "span"))));
    Span extent = readSpan(required(b, "span"));
    List<Span> ranges = b.has("spans") ? readSpans(b.get("spans")) : List.of(extent);
    return Optional.of(new Byline(string(b, "raw"), optionalString(b, "outlet"), contributors, extent, ranges));
  }

  private static Optional<Dateline> readDateline(JsonNode d) {
    if (required(d, "raw").isNull()) {
      return Optional.empty();
    }
    Optional<LocalDate> resolved;
    try {
      resolved = optionalString(d, "resolved").map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("dateline 'resolved' is not a date: " + d.get("resolved"), e);
    }
    return Optional.of(new Dateline(string(d, "raw"), optionalInt(d, "year"), optionalInt(d, "month"), optionalInt(d, "day"),
        optionalString(d, "relative"), optionalString(d, "place"), optionalString(d, "agency"), resolved,
        readSpan(required(d, "span"))));
  }

  private static List<SourcedText> sourced(JsonNode texts, JsonNode spanLists) {
    if (!texts.isArray() || !spanLists.isArray() || texts.size() != spanLists.size()) {
      throw new IllegalArgumentException("texts and their spans differ in shape: " + texts + " / " + spanLists);
    }
    List<SourcedText> out = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      out.add(new SourcedText(texts.get(i).asText(), readSpans(spanLists.get(i))));
    }
    return out;
  }

  private static Optional<SourcedText> optionalText(JsonNode o, JsonNode spans, String key) {
    Optional<String> text = optionalString(o, key);
    return text.map(t -> new SourcedText(t, readSpans(required(spans, key))));
  }

  private static List<Span> readSpans(JsonNode a) {
    return list(a, PageJson::readSpan);
  }

  private static Span readSpan(JsonNode s) {
    if (!s.isArray() || s.size() != 2 || !s.get(0).canConvertToInt() || !s.get(1).canConvertToInt()) {
      throw new IllegalArgumentException("a span is [start, end], not " + s);
    }
    return new Span(s.get(0).asInt(), s.get(1).asInt());
  }

  private static <T> List<T> list(JsonNode a, Function<JsonNode, T> item) {
    if (!a.isArray()) {
      throw new IllegalArgumentException("expected an array, not " + a);
    }
    List<T> out = new ArrayList<>(a.size());
    a.forEach(x -> out.add(item.apply(x)));
    return out;
  }

  private static JsonNode required(JsonNode o, String key) {
    JsonNode v = o.get(key);
    if (v == null) {
      throw new IllegalArgumentException("not a page: key '" + key + "' missing in " + abbreviate(o));
    }
    return v;
  }

  private static String string(JsonNode o, String key) {
    JsonNode v = required(o, key);
    if (!v.isTextual()) {
      throw new IllegalArgumentException("key '" + key + "' is not a string: " + v);
    }
    return v.asText();
  }

  private static Optional<String> optionalString(JsonNode o, String key) {
    JsonNode v = o.get(key);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(string(o, key));
  }

  private static OptionalInt optionalInt(JsonNode o, String key) {
    JsonNode v = o.get(key);
    return v == null || v.isNull() ? OptionalInt.empty() : OptionalInt.of(v.asInt());
  }

  private static String abbreviate(JsonNode o) {
    String s = o.toString();
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
