package dev.banmian.samples;

import dev.banmian.extract.PageExtractor;
import dev.banmian.lucene.BanmianAnalyzer;
import dev.banmian.model.Article;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;
import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import dev.banmian.text.SourceText;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code search}: extracts pages, indexes their articles in an in-memory Lucene index with banmian's analyzer
 * (fields headline, section, byline names, dateline, body) and prints the best hits of each query with the
 * matching words of the body marked {@code 【】}.
 */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = BanmianCli.Version.class,
    description = "Index the articles of pages (default: the bundled seeds) in memory and search them.")
final class SearchCommand implements Callable<Integer> {
  /** Queries run when none is given: words about local news, each query one or two words. */
  static final List<String> DEFAULT_QUERIES = List.of("基层 治理", "文明 实践", "社区 青年");

  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "QUERY", description = "Queries, analysed as the body is (default: ${DEFAULT-VALUE}).")
  List<String> queries = new ArrayList<>();

  @Option(names = "--page", paramLabel = "FILE", description = "A UTF-8 page text to index (repeatable; default: the seeds).")
  List<Path> pages = new ArrayList<>();

  @Option(names = "--hits", defaultValue = "3", paramLabel = "N", description = "Hits per query (default: ${DEFAULT-VALUE}).")
  int hits;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (hits < 1) {
      spec.commandLine().getErr().println("banmian: --hits must be at least 1");
      return 2;
    }
    Map<String, Page> extracted = extract();
    try (Analyzer analyzer = BanmianAnalyzer.builder().build(); Directory dir = new ByteBuffersDirectory()) {
      int articles = index(extracted, analyzer, dir);
      out.printf("indexed %d articles of %d pages%n", articles, extracted.size());
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("【", "】", "…", false)).build();
        for (String q : queries.isEmpty() ? DEFAULT_QUERIES : queries) {
          search(q, analyzer, searcher, highlighter, out);
        }
      }
    }
    out.flush();
    return 0;
  }

  private Map<String, Page> extract() {
    PageExtractor extractor = PageExtractor.builder().build();
    Map<String, Page> out = new LinkedHashMap<>();
    if (pages.isEmpty()) {
      for (SeedPage p : Seeds.pages()) {
        out.put(p.fileName(), extractor.extract(p.source(), Optional.empty()));
      }
      return out;
    }
    for (Path p : pages) {
      try {
        String text = java.nio.file.Files.readString(p, java.nio.charset.StandardCharsets.UTF_8);
        out.put(p.getFileName().toString(), extractor.extract(SourceText.of(p.toString(), text), Optional.empty()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + p, e);
      }
    }
    return out;
  }

  private static int index(Map<String, Page> pages, Analyzer analyzer, Directory dir) throws IOException {
    int n = 0;
    try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
      for (Map.Entry<String, Page> e : pages.entrySet()) {
        for (Article a : e.getValue().articles()) {
          writer.addDocument(document(e.getKey(), a));
          n++;
        }
      }
    }
    return n;
  }

  private static Document document(String page, Article a) {
    Document d = new Document();
    d.add(new StringField("page", page, Field.Store.YES));
    a.headline().ifPresent(h -> d.add(new TextField("headline", h.text(), Field.Store.YES)));
    a.section().ifPresent(s -> d.add(new StringField("section", s.text(), Field.Store.YES)));
    a.byline().ifPresent(b -> b.contributors().forEach(c -> d.add(new StringField("byline", c.name(), Field.Store.YES))));
    a.dateline().ifPresent(dl -> d.add(new StringField("dateline",
        dl.resolved().map(Object::toString).orElse(dl.raw()), Field.Store.YES)));
    d.add(new TextField("body", a.paragraphs().stream().map(SourcedText::text).collect(Collectors.joining("\n")),
        Field.Store.YES));
    return d;
  }

  private void search(String text, Analyzer analyzer, IndexSearcher searcher, UnifiedHighlighter highlighter,
      PrintWriter out) throws IOException {
    QueryBuilder builder = new QueryBuilder(analyzer);
    BooleanQuery.Builder q = new BooleanQuery.Builder();
    Query headline = builder.createBooleanQuery("headline", text);
    Query body = builder.createBooleanQuery("body", text);
    if (headline != null) {
      q.add(new BoostQuery(headline, 2f), BooleanClause.Occur.SHOULD);
    }
    if (body != null) {
      q.add(body, BooleanClause.Occur.SHOULD);
    }
    Query query = q.build();
    TopDocs top = searcher.search(query, hits);
    out.printf("%nquery '%s': %d hits%n", text, top.totalHits.value);
    String[] snippets = highlighter.highlight("body", query, top);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = searcher.storedFields().document(sd.doc);
      out.printf("  %.2f  %s  %s%s%s%n", sd.score, d.get("page"), Optional.ofNullable(d.get("headline")).orElse("(no headline)"),
          d.getValues("byline").length > 0 ? "  by " + String.join("、", d.getValues("byline")) : "",
          d.get("dateline") != null ? "  [" + d.get("dateline") + "]" : "");
      if (snippets[i] != null) {
        out.println("        " + snippets[i].replace('\n', ' '));
      }
    }
  }
}
