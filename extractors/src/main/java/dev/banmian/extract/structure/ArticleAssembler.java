package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.extract.layout.RepairedPage;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.extract.meta.DatelineParser;
import dev.banmian.model.Article;
import dev.banmian.model.Byline;
import dev.banmian.model.Page;
import dev.banmian.segment.Segmenter;
import dev.banmian.text.NewsCues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Groups classified blocks into articles, captions and noise, in reading order.
 *
 * <p>Assembly is a sequence of passes, each its own class: captions are paired with their credits and titles
 * ({@link CaptionGrouper}); the rest is cut into <em>body runs</em> (consecutive body paragraphs and their subheads; a
 * new run starts at a lead such as {@code 本报讯（…）}, after a trailing byline, or where the column width changes) and
 * <em>heading clusters</em> ({@link UnitSegmenter}); each cluster is cut into one heading per article
 * ({@link ClusterSplitter}); runs broken inside a sentence are joined ({@link ContinuationMerger}); headlines are
 * assigned to bodies by the assignment that explains the whole page, content overlap plus adjacency
 * ({@link HeadlineMatcher}); runs with nothing of an article's own join the article they continue; a heading printed
 * after its own body takes the end of the run before it ({@link TrailingHeadingSplitter}), and one left bodiless in a
 * cluster whose other heading took the whole run under it takes its share of that run ({@link StackedHeadingSplitter});
 * and each article is written ({@link ArticleWriter}). A byline set apart with nothing else, matched to no body, signs the nearest unsigned
 * article before it. A body with no headline and a headline with a byline but no body (continued on another page) are
 * valid articles.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ArticleAssembler {
  private final CaptionGrouper captions;
  private final UnitSegmenter segmentation;
  private final ClusterSplitter clusters;
  private final ContinuationMerger continuations;
  private final HeadlineMatcher headlines = new HeadlineMatcher(HeadlineMatcher.Weights.STANDARD);
  private final ArticleWriter writer;
  private final TrailingHeadingSplitter trailingHeadings = new TrailingHeadingSplitter();
  private final StackedHeadingSplitter stackedHeadings = new StackedHeadingSplitter();
  private final CutHeadlineJoiner cutHeadlines = new CutHeadlineJoiner();
  private final SplitBylineJoiner splitBylines = new SplitBylineJoiner();

  /**
   * Creates an assembler using the given parsers for bylines and datelines, with no dictionary evidence.
   *
   * @param bylines the byline parser
   * @param datelines the dateline parser
   */
  public ArticleAssembler(BylineParser bylines, DatelineParser datelines) {
    this(bylines, datelines, text -> List.of());
  }

  /**
   * Creates an assembler using the given parsers, and {@code segmenter}'s dictionary to tell a headline
   * wrapped inside a word ({@code 全市推进职} / {@code 业技能培训}) from a kicker over its headline.
   *
   * @param bylines the byline parser
   * @param datelines the dateline parser
   * @param segmenter the segmenter whose dictionary is evidence
   */
  public ArticleAssembler(BylineParser bylines, DatelineParser datelines, Segmenter segmenter) {
    Objects.requireNonNull(bylines, "bylines");
    Objects.requireNonNull(datelines, "datelines");
    Objects.requireNonNull(segmenter, "segmenter");
    this.captions = new CaptionGrouper(bylines, segmenter);
    this.segmentation = new UnitSegmenter(bylines, segmenter::isKnownWord);
    this.clusters = new ClusterSplitter(segmenter);
    this.continuations = new ContinuationMerger(segmenter::isKnownWord);
    this.writer = new ArticleWriter(bylines, datelines, segmenter);
  }

  /**
   * Assembles the page.
   *
   * @param page the repaired page
   * @param blocks its blocks, classified, in the same order
   * @param issueDate the issue date for resolving datelines, if known
   * @return the page with articles in reading order, captions and noise
   */
  public Page assemble(RepairedPage page, List<ClassifiedBlock> blocks, Optional<LocalDate> issueDate) {
    Assembly a = new Assembly(page.source().raw(), page.diagnostics());
    for (ClassifiedBlock c : blocks) {
      a.diagnose("classify", "kind." + c.kind().name().toLowerCase(Locale.ROOT), c.kind() + " ("
          + Decimals.twoPlaces(c.confidence()) + "): " + String.join("; ", c.features()), c.block());
    }
    for (Block n : page.noise()) {
      a.noise.add(a.sourced(n.text()));
    }
    CaptionGrouper.Grouped grouped = captions.group(blocks, a);
    List<Unit> units = segmentation.segment(grouped.flow(), a);
    List<ArticleHeading> subs = clusters.headings(units, page.style());
    cutHeadlines.join(subs);
    splitBylines.join(subs);
    List<BodyRun> runs = new ArrayList<>();
    for (Unit u : units) {
      if (u instanceof BodyRun r) {
        runs.add(r);
      }
    }
    continuations.mergeBrokenSentences(runs);
    headlines.match(units, subs, runs, a);
    splitBylines.joinRests(runs, subs, a);
    Map<ClassifiedBlock, Integer> readingIndex = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      readingIndex.put(blocks.get(i), i);
    }
    continuations.mergeAfterMatching(runs, readingIndex, page.style(), a);
    trailingHeadings.split(runs, subs, readingIndex);
    stackedHeadings.split(runs, subs, units, a);
    continuations.adoptLabelledOrphans(runs, a);
    List<Article> articles = articles(runs, subs, grouped.label(), readingIndex, issueDate, a);
    return new Page(page.source().id(), articles, grouped.captions(), a.noiseLines(), a.diagnostics);
  }

  /** An article and where its first block stands in reading order. */
  private record Placed(int at, Article article) {
  }

  /**
   * The page's articles in reading order: one per run, and one per unmatched heading with a headline and a byline (its
   * body printed on another page); any other unmatched heading is noise.
   */
  private List<Article> articles(List<BodyRun> runs, List<ArticleHeading> subs, ClassifiedBlock label,
      Map<ClassifiedBlock, Integer> readingIndex, Optional<LocalDate> issueDate, Assembly a) {
    List<Placed> ordered = new ArrayList<>();
    Article previous = null;
    ClassifiedBlock pendingLabel = label;
    for (BodyRun r : runs) {
      // A column label above a photo also heads the articles printed after it (not those before).
      int at = readingIndex.get(r.blocks.get(0));
      boolean underLabel = pendingLabel != null && at > readingIndex.get(pendingLabel);
      Article article = writer.write(r, underLabel ? pendingLabel : null, previous, issueDate, a);
      ordered.add(new Placed(at, article));
      previous = article;
      if (underLabel && article.section().isPresent()) {
        pendingLabel = null;
      }
    }
    List<ArticleHeading> strays = new ArrayList<>();
    for (ArticleHeading s : subs) {
      s.aside.forEach(a::noise);
      if (s.matched != null) {
        continue;
      }
      if (s.hasHeadline() && s.byline != null) {
        ordered.add(new Placed(readingIndex.get(s.headline.get(0)), writer.writeBodiless(s, a)));
      } else if (isStraySignature(s)) {
        strays.add(s);
      } else {
        s.all().forEach(a::noise);
      }
    }
    ordered.sort(Comparator.comparingInt(Placed::at));
    for (ArticleHeading s : strays) {
      sign(ordered, s.byline, readingAt(s.byline, readingIndex), a);
    }
    return ordered.stream().map(Placed::article).toList();
  }

  /**
   * The place of block {@code c} in reading order; a block joined from parts (a byline whose names were printed apart)
   * takes the place of the part that holds its first line.
   */
  private static int readingAt(ClassifiedBlock c, Map<ClassifiedBlock, Integer> readingIndex) {
    Integer at = readingIndex.get(c);
    if (at != null) {
      return at;
    }
    int line = c.block().firstLine();
    return readingIndex.entrySet().stream().filter(e -> e.getKey().block().firstLine() == line)
        .mapToInt(Map.Entry::getValue).min().orElse(Integer.MAX_VALUE);
  }

  /** A heading of nothing but a byline that names someone, matched to no body: an article's signature set apart. */
  private static boolean isStraySignature(ArticleHeading s) {
    return s.byline != null && !s.hasHeadline() && s.kicker.isEmpty() && s.section.isEmpty() && s.subheadline.isEmpty()
        && !NewsCues.isBylineRoleOnly(s.byline.text());
  }

  /**
   * Gives the stray byline {@code byline}, read at {@code at}, to the nearest article before it that has a body and no
   * byline: one article signs once, and a signature printed apart (at the foot of the page, after another article) is
   * the unsigned one's. Only a signature with an outlet or a role counts (a bare name reads no different from a label
   * set apart); noise where it is none or every article before it is signed.
   */
  private void sign(List<Placed> ordered, ClassifiedBlock byline, int at, Assembly a) {
    Optional<Byline> by = writer.signature(byline, a);
    for (int i = ordered.size() - 1; i >= 0 && by.isPresent(); i--) {
      Placed p = ordered.get(i);
      if (p.at() < at && p.article().byline().isEmpty() && !p.article().paragraphs().isEmpty()) {
        ordered.set(i, new Placed(p.at(), ArticleWriter.signed(p.article(), by.get())));
        return;
      }
    }
    a.noise(byline);
  }
}
