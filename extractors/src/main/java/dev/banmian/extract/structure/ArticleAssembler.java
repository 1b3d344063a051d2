package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.extract.layout.InlineCredit;
import dev.banmian.extract.layout.PageStyle;
import dev.banmian.extract.layout.RepairedPage;
import dev.banmian.extract.meta.BylineMatch;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.extract.meta.DatelineParser;
import dev.banmian.model.Article;
import dev.banmian.model.Byline;
import dev.banmian.model.Caption;
import dev.banmian.model.Contributor;
import dev.banmian.model.Dateline;
import dev.banmian.model.Diagnostic;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;
import dev.banmian.segment.Segmenter;
import dev.banmian.text.Chars;
import dev.banmian.text.Line;
import dev.banmian.text.NewsCues;
import dev.banmian.text.Span;
import dev.banmian.text.TracedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Groups classified blocks into articles, captions and noise, in reading order.
 *
 * <p>The page is cut into <em>body runs</em> (consecutive body paragraphs and their subheads; a new
 * run starts at a lead such as {@code 本报讯（…）}, after a trailing byline, or where the column width
 * changes) and <em>heading clusters</em> (section, kicker, headline, subheadline, byline lines).
 * Headlines are then assigned to bodies by the assignment that explains the whole page: a score of
 * content overlap (how many of the headline's character pairs occur in the body) plus adjacency
 * (a cluster just before a body, or just after it on pages that print headlines after their
 * bodies), taken greedily from the best pair down, one headline per body. A body with no headline
 * and a headline with a byline but no body (continued on another page) are valid articles.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ArticleAssembler {
  /** How many units (body runs or heading clusters) apart a headline and its body may be. */
  private static final int MATCH_WINDOW = 40;
  private static final double MATCH_THRESHOLD = 0.3;

  private final BylineParser bylines;
  private final DatelineParser datelines;
  private final Segmenter segmenter;

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
    this.bylines = Objects.requireNonNull(bylines, "bylines");
    this.datelines = Objects.requireNonNull(datelines, "datelines");
    this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
  }

  /** From this size relative to the body type on, a heading is set as a headline, too large for a subhead. */
  static final double HEADLINE_SIZE = 1.5;

  /** A heading cluster's share for one article. */
  private static final class Sub {
    final List<ClassifiedBlock> section = new ArrayList<>();
    final List<ClassifiedBlock> kicker = new ArrayList<>();
    final List<ClassifiedBlock> headline = new ArrayList<>();
    final List<ClassifiedBlock> subheadline = new ArrayList<>();
    ClassifiedBlock byline;
    /** Whether the headline is the two parts of a two-part heading: complete, no third line joins it. */
    boolean twoPartHeadline;
    int position;
    int clusterIndex;
    boolean lastOfCluster;
    boolean firstOfCluster;
    Run matched;

    boolean hasHeadline() {
      return !headline.isEmpty();
    }

    List<ClassifiedBlock> all() {
      List<ClassifiedBlock> a = new ArrayList<>(section);
      a.addAll(kicker);
      a.addAll(headline);
      a.addAll(subheadline);
      if (byline != null) {
        a.add(byline);
      }
      return a;
    }
  }

  /** A run of body blocks with its subheads. */
  private static final class Run {
    final List<ClassifiedBlock> blocks = new ArrayList<>();
    final List<Boolean> isSubhead = new ArrayList<>();
    ClassifiedBlock trailingByline;
    ClassifiedBlock displacedHeadline;
    /** The lead-in byline opening the run's first block (本报讯（记者 X）), or null. */
    BylineMatch lead;
    int position;
    int unitIndex;
    Sub headlineSub;
    Sub forwardSub;

    String text() {
      StringBuilder b = new StringBuilder();
      for (ClassifiedBlock c : blocks) {
        b.append(c.text());
      }
      return b.toString();
    }

    ClassifiedBlock firstBody() {
      for (int i = 0; i < blocks.size(); i++) {
        if (!isSubhead.get(i)) {
          return blocks.get(i);
        }
      }
      return null;
    }

    boolean forwardSubHasNoByline() {
      return forwardSub == null || forwardSub.byline == null;
    }

    ClassifiedBlock lastBody() {
      for (int i = blocks.size() - 1; i >= 0; i--) {
        if (!isSubhead.get(i)) {
          return blocks.get(i);
        }
      }
      return null;
    }
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
    String raw = page.source().raw();
    List<Diagnostic> diags = new ArrayList<>(page.diagnostics());
    for (ClassifiedBlock c : blocks) {
      diags.add(new Diagnostic("classify", "kind." + c.kind().name().toLowerCase(java.util.Locale.ROOT),
          c.kind() + " (" + String.format(java.util.Locale.ROOT, "%.2f", c.confidence()) + "): " + String.join("; ", c.features()),
          span(c.block(), raw)));
    }
    List<SourcedText> noise = new ArrayList<>();
    for (Block n : page.noise()) {
      noise.add(sourced(n.text(), raw));
    }

    // 1. Captions, with their credit, title and the label above them.
    List<Caption> captions = new ArrayList<>();
    Set<Integer> used = new HashSet<>();
    ClassifiedBlock pendingLabel = null;
    List<ClassifiedBlock> flow = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      ClassifiedBlock c = blocks.get(i);
      if (c.kind() != BlockKind.CAPTION || used.contains(i)) {
        continue;
      }
      used.add(i);
      Optional<SourcedText> credit = Optional.empty();
      TracedText text = c.block().text().strip();
      int first = i;
      while (isUnfinishedCaption(text) && i + 1 < blocks.size() && blocks.get(i + 1).kind() == BlockKind.CAPTION) {
        // a caption's sentence runs on into the next caption block: the typesetter carried it over to the next column
        i++;
        used.add(i);
        text = text.concat(blocks.get(i).block().text().strip());
      }
      Matcher m = InlineCredit.split(text.text()).orElse(null);
      if (m != null) {
        credit = Optional.of(sourced(text.sub(m.start("credit"), m.end("credit")).strip(), raw));
        text = text.sub(0, m.end("caption")).strip();
      } else if (i + 1 < blocks.size() && blocks.get(i + 1).kind() == BlockKind.CREDIT) {
        used.add(i + 1);
        credit = Optional.of(sourced(blocks.get(i + 1).block().text().strip(), raw));
      } else if (first > 0 && blocks.get(first - 1).kind() == BlockKind.CREDIT && !used.contains(first - 1)) {
        // Some layouts print the credit above the caption.
        used.add(first - 1);
        credit = Optional.of(sourced(blocks.get(first - 1).block().text().strip(), raw));
      }
      Optional<SourcedText> title = Optional.empty();
      int above = first - 1;
      if (above >= 0 && blocks.get(above).kind() == BlockKind.CAPTION_TITLE && !used.contains(above)) {
        used.add(above);
        title = Optional.of(sourced(blocks.get(above).block().text().strip(), raw));
        above--;
      }
      Optional<SourcedText> section = Optional.empty();
      if (above >= 0 && blocks.get(above).kind() == BlockKind.SECTION && !used.contains(above)) {
        used.add(above);
        section = Optional.of(sourced(blocks.get(above).block().text().strip(), raw));
        pendingLabel = blocks.get(above);
      }
      Optional<Byline> parsed = credit.flatMap(cr -> bylines.parse(cr.text()));
      captions.add(new Caption(sourced(text, raw), credit, parsed, title, section));
    }
    List<Integer> flowIndex = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      if (used.contains(i)) {
        continue;
      }
      ClassifiedBlock c = blocks.get(i);
      if (c.kind() == BlockKind.NOISE || c.kind() == BlockKind.CREDIT || c.kind() == BlockKind.CAPTION_TITLE) {
        noise.add(sourced(c.block().text().strip(), raw));
        continue;
      }
      flow.add(c);
      flowIndex.add(i);
    }

    // 2. Body runs and heading clusters.
    List<Object> units = new ArrayList<>();
    List<List<ClassifiedBlock>> clusters = new ArrayList<>();
    Run run = null;
    List<ClassifiedBlock> cluster = null;
    boolean framesMarked = newFrameMarksAreRare(flow);
    for (int i = 0; i < flow.size(); i++) {
      ClassifiedBlock c = flow.get(i);
      boolean body = c.kind() == BlockKind.BODY;
      if (body) {
        BylineMatch lead = bylines.findLeadIn(c.block().rawJoined()).orElse(null);
        boolean newFrame = framesMarked && opensFrame(c.block());
        if (run == null || lead != null || newFrame || widthChange(run, c)) {
          run = new Run();
          run.lead = lead;
          run.position = c.block().firstLine();
          units.add(run);
          cluster = null;
        }
        run.blocks.add(c);
        run.isSubhead.add(false);
        continue;
      }
      if (c.kind() == BlockKind.BYLINE && run != null && cluster == null && run.trailingByline == null
          && BlockClassifier.isParenthesised(c.text()) && run.forwardSubHasNoByline()) {
        run.trailingByline = c;
        run = null;
        continue;
      }
      // A bracketed note right after a body ("（作者系…）", "（据新华社电）") ends that article.
      if (run != null && cluster == null && BlockClassifier.isHeading(c.kind()) && BlockClassifier.isParenthesised(c.text())
          && !BlockClassifier.isBracketedLabel(Chars.stripSpaces(c.text()))) {
        run.blocks.add(c);
        run.isSubhead.add(false);
        run = null;
        continue;
      }
      // Heading-like block: a subhead inside the current run, a displaced headline, or a cluster.
      if (run != null && cluster == null && (c.kind() == BlockKind.HEADLINE || isDashKicker(c)
          || c.kind() == BlockKind.SECTION && c.text().length() > 3)) {
        int j = i;
        while (j < flow.size() && (flow.get(j).kind() == BlockKind.HEADLINE || flow.get(j).kind() == BlockKind.SECTION
            || isDashKicker(flow.get(j)))) {
          j++;
        }
        ClassifiedBlock after = j < flow.size() ? flow.get(j) : null;
        boolean nextIsBody = after != null && after.kind() == BlockKind.BODY
            && bylines.findLeadIn(after.block().rawJoined()).isEmpty();
        ClassifiedBlock prevBody = run.lastBody();
        boolean interrupts = prevBody != null && !Chars.endsSentence(prevBody.text())
            && after != null && BlockClassifier.startsMidSentence(after.text());
        if (c.block().displaced() || interrupts) {
          if (run.displacedHeadline == null) {
            run.displacedHeadline = c;
          } else {
            noise.add(sourced(c.block().text().strip(), raw));
          }
          continue;
        }
        // An article has one byline: a heading after a body that opened with its byline, followed
        // by text that closes with a byline of its own, starts the next article.
        boolean ownBylineAhead = run.lead != null && parenthesisedBylineAfterBody(flow, j);
        // A bracketed column label (【评论】) heads an article, never a subhead.
        boolean labelled = false;
        for (int k = i; k < j; k++) {
          labelled |= flow.get(k).kind() == BlockKind.SECTION && BlockClassifier.isBracketedLabel(Chars.stripSpaces(flow.get(k).text()));
        }
        // A heading set much larger than the body type, or one that ends with a column tag (…（今日评论）), is an
        // article's headline, never a subhead.
        boolean large = false;
        for (int k = i; k < j; k++) {
          large |= flow.get(k).block().placement().map(p -> p.relativeSize() >= HEADLINE_SIZE).orElse(false)
              || flow.get(k).kind() == BlockKind.HEADLINE && NewsCues.endsWithColumnTag(flow.get(k).text());
        }
        if (nextIsBody && j - i <= 3 && !ownBylineAhead && !labelled && !large) {
          for (int k = i; k < j; k++) {
            run.blocks.add(flow.get(k));
            run.isSubhead.add(true);
          }
          i = j - 1;
          continue;
        }
      }
      if (cluster == null) {
        cluster = new ArrayList<>();
        clusters.add(cluster);
        units.add(cluster);
        run = null;
      }
      cluster.add(c);
    }

    // 3. Heading clusters into per-article subs.
    List<Sub> subs = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      if (!(units.get(u) instanceof List<?>)) {
        ((Run) units.get(u)).unitIndex = u;
        continue;
      }
      @SuppressWarnings("unchecked")
      List<ClassifiedBlock> cl = (List<ClassifiedBlock>) units.get(u);
      List<Sub> local = splitCluster(cl, page.style(), u + 1 < units.size() && units.get(u + 1) instanceof Run);
      for (Sub s : local) {
        s.clusterIndex = u;
      }
      if (!local.isEmpty()) {
        local.get(0).firstOfCluster = true;
        local.get(local.size() - 1).lastOfCluster = true;
      }
      subs.addAll(local);
    }
    List<Run> runs = new ArrayList<>();
    for (Object o : units) {
      if (o instanceof Run r) {
        runs.add(r);
      }
    }
    mergeContinuations(runs);

    // 4. Forward attachment of headline-less subs (byline, section, kicker) to the next body.
    for (Sub s : subs) {
      Run next = runAt(units, s.clusterIndex + 1);
      if (!s.hasHeadline() && s.lastOfCluster && next != null && runs.contains(next) && next.forwardSub == null) {
        next.forwardSub = s;
        s.matched = next;
      }
    }

    // 5. Headline assignment by content and adjacency.
    // Each body's character pairs are computed once; a headline is compared with the bodies within
    // MATCH_WINDOW units of it in reading order, which keeps long inputs linear.
    List<Set<Integer>> runPairs = new ArrayList<>(runs.size());
    for (Run r : runs) {
      runPairs.add(hanPairs(Chars.stripSpaces(r.text())));
    }
    List<double[]> pairs = new ArrayList<>();
    for (int si = 0; si < subs.size(); si++) {
      Sub s = subs.get(si);
      if (!s.hasHeadline()) {
        continue;
      }
      String head = NewsCues.withoutColumnTag(joined(s.headline));
      for (int ri = 0; ri < runs.size(); ri++) {
        Run r = runs.get(ri);
        if (Math.abs(r.unitIndex - s.clusterIndex) > MATCH_WINDOW) {
          continue;
        }
        double score = containment(head, runPairs.get(ri));
        if (s.lastOfCluster && r.unitIndex == s.clusterIndex + 1) {
          score += 0.3 + (s.byline != null ? 0.3 : 0);
        }
        if (s.firstOfCluster && r.unitIndex == s.clusterIndex - 1 && r.trailingByline == null || r.trailingByline != null && s.firstOfCluster && r.unitIndex == s.clusterIndex - 1) {
          score += 0.15;
        }
        if (r.forwardSub != null && r.forwardSub.byline != null && s.byline != null) {
          score -= 0.5;
        }
        if (score >= MATCH_THRESHOLD) {
          pairs.add(new double[] {score, si, ri});
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(b[0], a[0]));
    for (double[] p : pairs) {
      Sub s = subs.get((int) p[1]);
      Run r = runs.get((int) p[2]);
      if (s.matched != null || r.headlineSub != null) {
        continue;
      }
      s.matched = r;
      r.headlineSub = s;
      diags.add(new Diagnostic("assemble", "match.headline", "headline '" + joined(s.headline) + "' matched to body at line "
          + (r.position + 1) + String.format(java.util.Locale.ROOT, " (score %.2f)", p[0]), span(s.headline.get(0).block(), raw)));
    }

    foldKickers(subs);

    // 5b. A body with nothing of an article's own (no headline, no heading cluster, no byline)
    // that directly follows another body, with no heading between, continues it: the column
    // width changed inside one article (text flowing round a photo), not between two.
    // Reading order is the order of the repaired blocks, not raw line numbers (columns, rejoins).
    Map<ClassifiedBlock, Integer> readingIndex = new IdentityHashMap<>();
    for (int i = 0; i < blocks.size(); i++) {
      readingIndex.put(blocks.get(i), i);
    }
    List<Run> kept = new ArrayList<>(runs.size());
    int previousUnit = Integer.MIN_VALUE;
    for (Run r : runs) {
      Run p = kept.isEmpty() ? null : kept.get(kept.size() - 1);
      // Adjacent as units and on the page: nothing (not even a caption or a credit) printed between.
      boolean adjacent = p != null && r.unitIndex == previousUnit + 1
          && readingIndex.get(r.blocks.get(0)) == readingIndex.get(p.blocks.get(p.blocks.size() - 1)) + 1;
      previousUnit = r.unitIndex;
      if (adjacent && r.headlineSub == null && r.forwardSub == null && r.lead == null && r.trailingByline == null
          && r.displacedHeadline == null && p.trailingByline == null) {
        p.blocks.addAll(r.blocks);
        p.isSubhead.addAll(r.isSubhead);
        diags.add(new Diagnostic("assemble", "merge.continuation", "body at line " + (r.position + 1)
            + " has no headline or byline of its own and follows the body at line " + (p.position + 1) + ": one article",
            span(r.blocks.get(0).block(), raw)));
        continue;
      }
      kept.add(r);
    }
    runs.clear();
    runs.addAll(kept);
    adoptOrphans(runs, diags, raw);

    // 6. Articles.
    List<Object[]> ordered = new ArrayList<>();
    Article previous = null;
    for (Run r : runs) {
      // A column label above a photo also heads the articles printed after it (not those before).
      int at = readingIndex.get(r.blocks.get(0));
      boolean underLabel = pendingLabel != null && at > readingIndex.get(pendingLabel);
      Article a = article(r, underLabel ? pendingLabel : null, previous, raw, issueDate, noise);
      ordered.add(new Object[] {at, a});
      previous = a;
      if (underLabel && a.section().isPresent()) {
        pendingLabel = null;
      }
    }
    for (Sub s : subs) {
      if (s.matched != null) {
        continue;
      }
      if (s.hasHeadline() && s.byline != null) {
        Optional<Byline> by = offerByline(Optional.empty(), s.byline, false, raw, noise);
        Article a = new Article(text(s.section, raw), text(s.kicker, raw), text(s.headline, raw), subheadline(s.subheadline, raw),
            by, Optional.empty(), List.of(), List.of(), false);
        ordered.add(new Object[] {readingIndex.get(s.headline.get(0)), a});
      } else {
        for (ClassifiedBlock c : s.all()) {
          noise.add(sourced(c.block().text().strip(), raw));
        }
      }
    }
    ordered.sort((a, b) -> Integer.compare((Integer) a[0], (Integer) b[0]));
    List<Article> articles = new ArrayList<>();
    for (Object[] o : ordered) {
      articles.add((Article) o[1]);
    }
    return new Page(page.source().id(), articles, captions, noise, diags);
  }

  private Article article(Run r, ClassifiedBlock pendingLabel, Article previous, String raw, Optional<LocalDate> issueDate,
      List<SourcedText> noise) {
    Sub h = r.headlineSub;
    Sub f = r.forwardSub;
    // A field offered by both the headline's cluster and the cluster before the body comes from the
    // headline's; the other offer is kept as noise, never dropped.
    Optional<SourcedText> section = either(h == null ? List.of() : h.section, f == null ? List.of() : f.section, raw, noise);
    Optional<SourcedText> kicker = either(h == null ? List.of() : h.kicker, f == null ? List.of() : f.kicker, raw, noise);
    if (section.isEmpty() && kicker.isPresent()) {
      if (previous != null && previous.kicker().isPresent() && previous.section().isPresent()) {
        section = previous.section();
      } else if (pendingLabel != null) {
        section = Optional.of(sourced(pendingLabel.block().text().strip(), raw));
      }
    }
    Optional<SourcedText> headline = h != null ? text(h.headline, raw)
        : r.displacedHeadline != null ? Optional.of(sourced(r.displacedHeadline.block().text().strip(), raw)) : Optional.empty();
    if (h != null && r.displacedHeadline != null) {
      noise.add(sourced(r.displacedHeadline.block().text().strip(), raw));
    }
    Optional<SourcedText> subheadline = subheadline(h == null ? List.of() : h.subheadline, raw);
    if (f != null && !f.subheadline.isEmpty()) {
      if (subheadline.isEmpty()) {
        subheadline = subheadline(f.subheadline, raw);
      } else {
        f.subheadline.forEach(c -> noise.add(sourced(c.block().text().strip(), raw)));
      }
    }
    Optional<Byline> byline = Optional.empty();
    // An explicit lead-in (本报讯（记者 X）) outweighs a bare name guessed from a heading line.
    for (ClassifiedBlock b : new ClassifiedBlock[] {h == null ? null : h.byline, f == null ? null : f.byline}) {
      if (b != null) {
        byline = offerByline(byline, b, r.lead != null, raw, noise);
      }
    }
    List<SourcedText> paragraphs = new ArrayList<>();
    List<SourcedText> subheads = new ArrayList<>();
    List<TracedText> paraTexts = new ArrayList<>();
    ClassifiedBlock prevSub = null;
    TracedText prevMerged = null;
    TracedText leadBlock = null;
    for (int i = 0; i < r.blocks.size(); i++) {
      ClassifiedBlock c = r.blocks.get(i);
      TracedText t = c.block().text().strip();
      if (r.isSubhead.get(i)) {
        if (prevSub != null && i > 0 && r.isSubhead.get(i - 1)
            && (prevSub.text().endsWith("——") || c.block().blankLinesBefore() == 0)) {
          subheads.remove(subheads.size() - 1);
          TracedText merged = TracedText.builder().append(prevMerged).append(t).build();
          prevMerged = merged;
          subheads.add(sourced(merged, raw));
        } else {
          prevMerged = t;
          subheads.add(sourced(t, raw));
        }
        prevSub = c;
        continue;
      }
      prevSub = null;
      if (i == 0 && r.lead != null && byline.isEmpty()) {
        // A lead-in byline ("本报讯（记者 X）") becomes the byline; when the heading already gave one,
        // the lead-in stays in the paragraph as printed.
        byline = Optional.of(remap(r.lead.byline(), rawTraced(c.block())));
        leadBlock = t;
        t = skipNonSpace(t, nonSpaceCount(c.block().rawJoined(), r.lead.end())).strip();
      }
      if (t.length() > 0) {
        paraTexts.add(t);
        paragraphs.add(sourced(t, raw));
      }
    }
    if (r.trailingByline != null) {
      byline = offerByline(byline, r.trailingByline, false, raw, noise);
    }
    if (byline.isEmpty() && !paraTexts.isEmpty()) {
      TracedText last = paraTexts.get(paraTexts.size() - 1);
      Optional<BylineMatch> tr = bylines.findTrailing(last.text());
      if (tr.isPresent() && tr.get().start() > 0) {
        byline = Optional.of(remap(tr.get().byline(), last));
        TracedText kept = last.sub(0, tr.get().start()).strip();
        paraTexts.set(paraTexts.size() - 1, kept);
        paragraphs.set(paragraphs.size() - 1, sourced(kept, raw));
      }
    }
    // An agency lead-in printed on its own line over the body (a byline block) is the dateline; else the lead block
    // is searched whole: an agency lead-in ("新华社北京9月8日电") opening it is a dateline too.
    Optional<Dateline> dateline = leadBlock != null ? Optional.empty()
        : agencyDateline(h == null ? null : h.byline, issueDate).or(() -> agencyDateline(f == null ? null : f.byline, issueDate));
    for (int i = 0; i < Math.min(2, paraTexts.size()) && dateline.isEmpty(); i++) {
      TracedText p = i == 0 && leadBlock != null ? leadBlock : paraTexts.get(i);
      dateline = datelines.parse(p.text(), issueDate).map(d -> remap(d, p));
    }
    boolean complete = !paragraphs.isEmpty() && !paragraphs.get(paragraphs.size() - 1).text().matches(".*[（(]?下转.*");
    return new Article(section, kicker, headline, subheadline, byline, dateline, subheads, paragraphs, complete);
  }

  // ---------------------------------------------------------------- helpers

  /** Whether caption text stops short of a caption's end: no sentence end and no photo credit after one. */
  private static boolean isUnfinishedCaption(TracedText text) {
    return !Chars.endsSentence(text.text()) && !InlineCredit.endsWithCredit(text.text());
  }

  private List<Sub> splitCluster(List<ClassifiedBlock> cl, PageStyle style, boolean bodyFollows) {
    List<Sub> out = new ArrayList<>();
    Sub cur = null;
    ClassifiedBlock prev = null;
    for (int i = 0; i < cl.size(); i++) {
      ClassifiedBlock c = cl.get(i);
      BlockKind k = c.kind();
      if (cur == null) {
        cur = newSub(out, c);
      }
      if (tagsHeadline(cur, prev, c)) {
        cur.headline.add(c);
        prev = c;
        continue;
      }
      ClassifiedBlock next = i + 1 < cl.size() ? cl.get(i + 1) : null;
      ClassifiedBlock beforePrev = i >= 2 ? cl.get(i - 2) : null;
      boolean pairs = prev != null && mismatch(prev, c) <= (next == null ? Integer.MAX_VALUE : mismatch(c, next))
          && !endsWrappedHeading(beforePrev, prev);
      List<ClassifiedBlock> parts = !pairs ? null : isParallelPart(cur.headline, true, prev, c) ? cur.headline
          : isParallelPart(cur.kicker, false, prev, c) ? cur.kicker : isParallelPart(cur.section, false, prev, c) ? cur.section : null;
      if (parts == null && opensTwoPartHeadline(prev, c, next, i + 2 < cl.size() ? cl.get(i + 2) : null)) {
        // the first part, short alone, read as a column label: it opens the headline
        if (cur.hasHeadline() || cur.byline != null || !cur.kicker.isEmpty()) {
          cur = newSub(out, c);
        }
        cur.headline.add(c);
        prev = c;
        continue;
      }
      if (parts != null) {
        parts.add(c);
        cur.twoPartHeadline |= parts == cur.headline;
        prev = c;
        continue;
      }
      switch (k) {
        case SECTION -> {
          boolean overArticle = next == null ? bodyFollows : next.kind() == BlockKind.BYLINE;
          if (leadsInto(cur, prev) && overArticle && !BlockClassifier.isLetterSpaced(c) && !isFragment(c)) {
            // a kicker that ends in the lead dash (某地——) leads into the headline right under it, over the byline or
            // the body; a letter-spaced block there is a column label
            cur.headline.add(c);
          } else if (prev != null && prev.kind() == BlockKind.BYLINE && cur.section.isEmpty()) {
            if (endsWithPlace(c.text())) {
              cur.kicker.add(c);
            } else {
              cur.section.add(c);
            }
          } else if (cur.hasHeadline() || cur.byline != null || !cur.section.isEmpty() || !cur.kicker.isEmpty()) {
            cur = newSub(out, c);
            cur.section.add(c);
          } else {
            cur.section.add(c);
          }
        }
        case KICKER -> {
          if (cur.hasHeadline() || cur.byline != null) {
            cur = newSub(out, c);
          }
          cur.kicker.add(c);
        }
        case HEADLINE -> {
          // a vertical headline (one character per line) is a whole headline: no deck of another one
          boolean vertical = c.block().isVertical()
              || prev != null && prev.kind() == BlockKind.HEADLINE && prev.block().isVertical();
          if (cur.byline != null || !cur.subheadline.isEmpty() || cur.hasHeadline() && (vertical || cur.twoPartHeadline)) {
            cur = newSub(out, c);
            cur.headline.add(c);
          } else if (cur.hasHeadline()) {
            if (prev != null && prev.kind() == BlockKind.HEADLINE && c.block().blankLinesBefore() == 0) {
              if (isSecondDeck(cur, prev, c, style)) {
                cur.kicker.addAll(cur.headline);
                cur.headline.clear();
              }
              cur.headline.add(c);
            } else {
              cur = newSub(out, c);
              cur.headline.add(c);
            }
          } else {
            cur.headline.add(c);
          }
        }
        case SUBHEADLINE -> cur.subheadline.add(c);
        case BYLINE -> {
          if (cur.byline != null) {
            cur = newSub(out, c);
          }
          cur.byline = c;
        }
        default -> cur.section.add(c);
      }
      prev = c;
    }
    if (bodyFollows) {
      stackTwoPartHeadlineUnderKicker(out);
    }
    for (Sub sub : out) {
      if (!sub.hasHeadline() && sub.kicker.isEmpty() && sub.byline != null && sub.section.size() == 2
          && areParallel(sub.section.get(0), sub.section.get(1))) {
        // two short parallel parts over nothing but a byline: a two-part headline, not a column label (or a slogan)
        sub.headline.addAll(sub.section);
        sub.section.clear();
      }
    }
    return out;
  }

  private static long hanCount(String s) {
    return s.codePoints().filter(Chars::isHan).count();
  }

  /** Whether a heading block is one character alone: a piece of a vertical or broken heading, no headline by itself. */
  private static boolean isFragment(ClassifiedBlock c) {
    return hanCount(c.text()) < 2;
  }

  /**
   * Whether the block after {@code prev} is the headline that {@code prev} leads into: {@code prev} is the last kicker
   * of {@code cur}, which has no headline or byline yet, and ends in the lead dash ({@code 某地——}).
   */
  private static boolean leadsInto(Sub cur, ClassifiedBlock prev) {
    return prev != null && !cur.hasHeadline() && cur.byline == null && !cur.kicker.isEmpty()
        && cur.kicker.get(cur.kicker.size() - 1) == prev && NewsCues.endsWithLeadDash(prev.text());
  }

  /**
   * Makes the last heading of a cluster that sits right over a body, two short parallel parts read as a label
   * ({@code 春风暖} / {@code 人心齐}), the headline of the heading above it, whose headline becomes its kicker: a
   * kicker over a two-part main headline (引题 over a 对仗 主题). The heading above has a headline and nothing after it.
   */
  private static void stackTwoPartHeadlineUnderKicker(List<Sub> subs) {
    if (subs.size() < 2) {
      return;
    }
    Sub pair = subs.get(subs.size() - 1);
    Sub above = subs.get(subs.size() - 2);
    boolean pairOnly = !pair.hasHeadline() && pair.kicker.isEmpty() && pair.byline == null && pair.subheadline.isEmpty()
        && pair.section.size() == 2 && areParallel(pair.section.get(0), pair.section.get(1));
    boolean headlineOnly = above.hasHeadline() && above.kicker.isEmpty() && above.byline == null && above.subheadline.isEmpty();
    if (pairOnly && headlineOnly) {
      above.kicker.addAll(above.headline);
      above.headline.clear();
      above.headline.addAll(pair.section);
      above.twoPartHeadline = true;
      subs.remove(subs.size() - 1);
    }
  }

  /**
   * Whether headline line {@code c}, printed right under headline line {@code prev}, is the main headline under
   * a kicker (引题 over 主题, the common two-deck headline) rather than the second line of one wrapped headline.
   * Where the page's blank lines carry information, two heading lines with none between are one text block, so
   * one headline; where they carry none (text in content-stream order), a wrapped headline shows itself by
   * breaking inside a word ({@code 全市推进职} / {@code 业技能培训}) or a phrase, or as a third line.
   */
  private boolean isSecondDeck(Sub cur, ClassifiedBlock prev, ClassifiedBlock c, PageStyle style) {
    if (style.blanksInformative() || style.blankAfterEveryLine() || !cur.kicker.isEmpty() || cur.headline.size() != 1) {
      return false;
    }
    String above = Chars.stripSpaces(prev.text());
    String below = Chars.stripSpaces(c.text());
    return !above.isEmpty() && !below.isEmpty() && "的和与及、“‘（《".indexOf(above.charAt(above.length() - 1)) < 0
        && !leavesOpen(above) && !BlockClassifier.startsMidSentence(below) && !Chars.isCloser(below.charAt(0))
        && !segmenter.formsWordAcross(above, below);
  }

  /**
   * Makes a heading that found no body of its own, printed right above a headline that did in the same heading
   * cluster, that headline's kicker (引题 over 主题, set apart by white space an extractor prints as a blank line).
   * The heading has no byline or subheadline of its own, and the headline has no kicker yet.
   */
  private static void foldKickers(List<Sub> subs) {
    for (int i = 0; i + 1 < subs.size(); i++) {
      Sub a = subs.get(i);
      Sub b = subs.get(i + 1);
      if (a.matched == null && a.hasHeadline() && a.byline == null && a.subheadline.isEmpty() && a.clusterIndex == b.clusterIndex
          && b.matched != null && b.hasHeadline() && b.kicker.isEmpty()) {
        b.kicker.addAll(a.kicker);
        b.kicker.addAll(a.headline);
        a.headline.clear();
        a.kicker.clear();
        if (b.section.isEmpty()) {
          b.section.addAll(a.section);
          a.section.clear();
        }
        // a label the headline already has stays with the emptied heading, which goes to noise unmatched
      }
    }
  }

  /** The longest part of a two-part heading, in characters. */
  private static final int LONGEST_PARALLEL_PART = 8;

  /**
   * Whether heading block {@code c} is the second part of a two-part heading whose first part, {@code prev}, is the
   * last of {@code parts}: two short clauses of about one length, set one under the other (对仗, {@code 冰雪游正旺} /
   * {@code 山村人气足}, {@code 花灯迎客} / {@code 手艺焕新（文化行）}), which an extractor prints as two blocks. No
   * third part; the second part of the first one's kind, or read as a column label (a short part alone looks like
   * one), or, in a {@code headline}, a headline under a first part read as a label. Each part is
   * {@linkplain #isOneClause one clause}.
   */
  private static boolean isParallelPart(List<ClassifiedBlock> parts, boolean headline, ClassifiedBlock prev, ClassifiedBlock c) {
    if (parts.size() != 1 || prev == null || parts.get(0) != prev) {
      return false;
    }
    boolean kinds = c.kind() == prev.kind() || c.kind() == BlockKind.SECTION
        || headline && prev.kind() == BlockKind.SECTION && c.kind() == BlockKind.HEADLINE;
    return kinds && areParallel(prev, c);
  }

  /**
   * Whether block {@code c} is the column tag of the headline just above it, printed on a line of its own
   * ({@code 乡村书屋书香浓} / {@code （书香中国）}): a tag in brackets alone, not a bare name (a bracketed author), under a
   * headline line of {@code cur}, which has no byline yet.
   */
  private static boolean tagsHeadline(Sub cur, ClassifiedBlock prev, ClassifiedBlock c) {
    if (prev == null || prev.kind() != BlockKind.HEADLINE || cur.byline != null || cur.headline.isEmpty()
        || cur.headline.get(cur.headline.size() - 1) != prev) {
      return false;
    }
    return NewsCues.columnTagAlone(c.text()).filter(tag -> !BylineParser.looksLikeBareName(tag)).isPresent();
  }

  /**
   * Whether block {@code c}, read as a column label, is the first part of a two-part headline: the next block is
   * parallel to it, more closely than {@code c} is to the block before, and is a headline, or also reads as a label
   * and the byline follows ({@code 每日谈} / {@code 街巷整洁} / {@code 文明成风} / {@code ■李明}). Two letter-spaced
   * labels are a two-part label, not a headline.
   */
  private static boolean opensTwoPartHeadline(ClassifiedBlock prev, ClassifiedBlock c, ClassifiedBlock next, ClassifiedBlock after) {
    if (c.kind() != BlockKind.SECTION || next == null || !areParallel(c, next) || BlockClassifier.isLetterSpaced(c)
        || prev != null && (mismatch(c, next) >= mismatch(prev, c) || endsWrappedHeading(prev, c))) {
      return false;
    }
    return next.kind() == BlockKind.HEADLINE || next.kind() == BlockKind.SECTION && after != null && after.kind() == BlockKind.BYLINE;
  }

  /**
   * Whether short heading block {@code part} is the last line of a wrapped heading, not the first part of a two-part
   * one: it sits right under ({@code before}, no blank line between) a heading line longer than any part
   * ({@code 某市软件园入驻企业} / {@code 数持续增长}).
   */
  private static boolean endsWrappedHeading(ClassifiedBlock before, ClassifiedBlock part) {
    if (before == null || part.block().blankLinesBefore() > 0 || before.kind() == BlockKind.BODY || before.kind() == BlockKind.BYLINE) {
      return false;
    }
    return hanCount(before.text()) > LONGEST_PARALLEL_PART;
  }

  /**
   * Whether a heading block is one clause: a block printed with a space inside ({@code 春风暖 人心齐}) is a two-part
   * heading already, not a part of one. A letter-spaced block ({@code 民 生 记 事}) counts as one clause.
   */
  private static boolean isOneClause(ClassifiedBlock c) {
    return BlockClassifier.isLetterSpaced(c)
        || c.block().lines().stream().map(l -> Chars.strip(l.text())).noneMatch(Chars::hasSpace);
  }

  /**
   * The shortest part, in Han characters, of a two-part heading whose parts differ in length by one ({@code 小站暖心}
   * / {@code 守护“回家路”}); shorter unequal pairs are a heading and a label ({@code 文明成风} / {@code 短评}).
   */
  private static final int SHORTEST_UNEVEN_PART = 4;

  /**
   * Whether two heading blocks read as the two parts of one heading ({@link #partLengths}): of one length, or one
   * character apart when the shorter has at least {@value #SHORTEST_UNEVEN_PART}.
   */
  private static boolean areParallel(ClassifiedBlock first, ClassifiedBlock second) {
    PartLengths n = partLengths(first, second);
    return n != null && (n.gap() == 0 || n.gap() == 1 && n.shorter() >= SHORTEST_UNEVEN_PART);
  }

  /**
   * How many Han characters two heading blocks differ by as the two parts of one heading, or
   * {@link Integer#MAX_VALUE} when they cannot be two parts ({@link #partLengths}). Of three short heading blocks in a
   * row, the closer two are the parts ({@code 每日谈} / {@code 街巷整洁} / {@code 文明成风}).
   */
  private static int mismatch(ClassifiedBlock first, ClassifiedBlock second) {
    PartLengths n = partLengths(first, second);
    return n == null ? Integer.MAX_VALUE : n.gap();
  }

  /** The Han lengths of the two parts of a two-part heading. */
  private record PartLengths(int first, int second) {
    int gap() {
      return Math.abs(first - second);
    }

    int shorter() {
      return Math.min(first, second);
    }
  }

  /**
   * The lengths of two heading blocks as the parts of one heading, in Han characters (quotation marks aside, the
   * second's column tag in brackets aside), or null when they cannot be two parts: a part not one clause, one
   * letter-spaced (a boxed label) and the other not, shorter than 2 or longer than {@value #LONGEST_PARALLEL_PART},
   * or both the same.
   */
  private static PartLengths partLengths(ClassifiedBlock first, ClassifiedBlock second) {
    String a = Chars.stripSpaces(first.text());
    int m = parallelLength(a);
    int n = parallelLength(NewsCues.withoutColumnTag(second.text()));
    boolean parts = m >= 2 && n >= 2 && Math.max(m, n) <= LONGEST_PARALLEL_PART && !a.equals(Chars.stripSpaces(second.text()))
        && isOneClause(first) && isOneClause(second) && BlockClassifier.isLetterSpaced(first) == BlockClassifier.isLetterSpaced(second);
    return parts ? new PartLengths(m, n) : null;
  }

  /** The number of Han characters of a heading part, or -1 when it holds anything but Han and quotation marks. */
  private static int parallelLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Chars.isHan(c)) {
        n++;
      } else if (!Chars.isQuote(c)) {
        return -1;
      }
    }
    return n;
  }

  /** Whether {@code s} opens more quotation marks or brackets than it closes ({@code 某市整治“指尖}): it goes on. */
  private static boolean leavesOpen(String s) {
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      depth += Chars.isOpener(s.charAt(i)) ? 1 : Chars.isCloser(s.charAt(i)) ? -1 : 0;
    }
    return depth > 0;
  }

  /**
   * A heading line ending in the lead dash ({@code 突出重点抓落实——}): over a headline it is a kicker, inside a
   * body run it opens a subhead that wraps onto the next lines.
   */
  private static boolean isDashKicker(ClassifiedBlock c) {
    return c.kind() == BlockKind.KICKER && NewsCues.endsWithLeadDash(c.text());
  }

  /**
   * Whether a byline with no outlet and no role names someone ({@link BylineParser#looksLikeBareName}): a column tag
   * or a photo agency printed in brackets after a body ({@code （乡村行）}) takes the place of a closing byline but
   * is none.
   */
  private static boolean isBareNameOfSomeone(Byline b) {
    return b.contributors().stream().allMatch(c -> BylineParser.looksLikeBareName(c.name()));
  }

  /** A byline that is only a name or unit, with no outlet and no role printed (role 作者). */
  private static boolean isBareName(Byline b) {
    return b.outlet().isEmpty() && b.contributors().stream().allMatch(c -> c.role().equals("作者"));
  }

  /** Whether the body blocks from {@code from} on are closed by a bracketed byline line. */
  private static boolean parenthesisedBylineAfterBody(List<ClassifiedBlock> flow, int from) {
    int k = from;
    while (k < flow.size() && flow.get(k).kind() == BlockKind.BODY) {
      k++;
    }
    return k > from && k < flow.size() && flow.get(k).kind() == BlockKind.BYLINE
        && BlockClassifier.isParenthesised(flow.get(k).text());
  }

  private static Sub newSub(List<Sub> out, ClassifiedBlock c) {
    Sub s = new Sub();
    s.position = c.block().firstLine();
    out.add(s);
    return s;
  }

  private static boolean endsWithPlace(String s) {
    return s.matches(".*[区县市省州镇乡村旗盟]$");
  }

  private static Run runAt(List<Object> units, int idx) {
    return idx >= 0 && idx < units.size() && units.get(idx) instanceof Run r ? r : null;
  }

  /** Least share of an orphan body piece's character pairs that the article adopting it must share. */
  private static final double ORPHAN_LEAST_SHARE = 0.1;

  /** How many times the second-best article's share the adopting article's share must be. */
  private static final double ORPHAN_MARGIN = 2.0;

  /**
   * Gives each body piece with nothing of an article's own (no headline, byline, lead or closing byline) to the
   * article within {@link #MATCH_WINDOW} units whose body shares the most of its Han character pairs, where that
   * article clearly stands out ({@link #ORPHAN_LEAST_SHARE}, {@link #ORPHAN_MARGIN}): a column of an article that
   * the page printed apart from the rest of it, its link lost (a column that ends on a full stop continues
   * nowhere in particular). A piece printed before the article's body opens it, unless that body opens with its
   * own lead; otherwise it follows.
   */
  private static void adoptOrphans(List<Run> runs, List<Diagnostic> diags, String raw) {
    List<Set<Integer>> pairs = new ArrayList<>(runs.size());
    for (Run r : runs) {
      pairs.add(hanPairs(Chars.stripSpaces(r.text())));
    }
    for (int i = 0; i < runs.size(); i++) {
      Run r = runs.get(i);
      if (!isOrphan(r) || pairs.get(i).isEmpty()) {
        continue;
      }
      int best = -1;
      double bestShare = 0;
      double second = 0;
      for (int j = 0; j < runs.size(); j++) {
        Run t = runs.get(j);
        if (j == i || isOrphan(t) || Math.abs(t.unitIndex - r.unitIndex) > MATCH_WINDOW) {
          continue;
        }
        double share = shared(pairs.get(i), pairs.get(j));
        if (share > bestShare) {
          second = bestShare;
          bestShare = share;
          best = j;
        } else if (share > second) {
          second = share;
        }
      }
      if (best < 0 || bestShare < ORPHAN_LEAST_SHARE || bestShare < ORPHAN_MARGIN * second) {
        continue;
      }
      Run t = runs.get(best);
      if (r.position < t.position && t.lead == null) {
        t.blocks.addAll(0, r.blocks);
        t.isSubhead.addAll(0, r.isSubhead);
      } else {
        t.blocks.addAll(r.blocks);
        t.isSubhead.addAll(r.isSubhead);
      }
      pairs.get(best).addAll(pairs.get(i));
      diags.add(new Diagnostic("assemble", "merge.orphan", String.format(Locale.ROOT,
          "body at line %d has nothing of an article's own; it shares %.2f of its character pairs with the body at"
              + " line %d (next best %.2f): one article", r.position + 1, bestShare, t.position + 1, second),
          span(r.blocks.get(0).block(), raw)));
      runs.remove(i);
      pairs.remove(i);
      i--;
    }
  }

  private static boolean isOrphan(Run r) {
    return r.headlineSub == null && r.forwardSub == null && r.lead == null && r.trailingByline == null
        && r.displacedHeadline == null;
  }

  /** The share of {@code piece}'s pairs that {@code body} holds too. */
  private static double shared(Set<Integer> piece, Set<Integer> body) {
    int n = 0;
    for (int p : piece) {
      if (body.contains(p)) {
        n++;
      }
    }
    return (double) n / piece.size();
  }

  /** A run that starts inside a sentence continues the nearest earlier run that stops inside one. */
  private static void mergeContinuations(List<Run> runs) {
    for (int i = 1; i < runs.size(); i++) {
      Run r = runs.get(i);
      ClassifiedBlock first = r.firstBody();
      if (first == null || !BlockClassifier.startsMidSentence(first.text()) || r.headlineSub != null) {
        continue;
      }
      for (int j = i - 1; j >= 0; j--) {
        Run p = runs.get(j);
        ClassifiedBlock last = p.lastBody();
        if (last != null && !Chars.endsSentence(last.text())) {
          if (p.trailingByline != null && r.trailingByline != null
              || p.displacedHeadline != null && r.displacedHeadline != null) {
            break;
          }
          p.blocks.addAll(r.blocks);
          p.isSubhead.addAll(r.isSubhead);
          if (p.trailingByline == null) {
            p.trailingByline = r.trailingByline;
          }
          if (p.displacedHeadline == null) {
            p.displacedHeadline = r.displacedHeadline;
          }
          runs.remove(i);
          i--;
          break;
        }
      }
    }
  }

  /**
   * Whether the block's first line starts with whitespace: PDF extractors emit that where a new
   * text frame begins (another article's body), unless the page indents every paragraph that way.
   */
  private static boolean opensFrame(Block b) {
    String first = b.lines().get(0).text();
    return !first.isEmpty() && Chars.isSpace(first.charAt(0));
  }

  /** Leading whitespace marks frames only where few body blocks have it (not paragraph indents). */
  private static boolean newFrameMarksAreRare(List<ClassifiedBlock> flow) {
    int bodies = 0;
    int marked = 0;
    for (ClassifiedBlock c : flow) {
      if (c.kind() == BlockKind.BODY) {
        bodies++;
        if (opensFrame(c.block())) {
          marked++;
        }
      }
    }
    return marked > 0 && marked <= Math.max(2, bodies / 10);
  }

  private boolean widthChange(Run run, ClassifiedBlock c) {
    ClassifiedBlock last = run.lastBody();
    if (last == null) {
      return false;
    }
    double a = ownWidth(last.block());
    double b = ownWidth(c.block());
    return a > 0 && b > 0 && Math.abs(a - b) >= 2.5 && a < 30 && b < 30;
  }

  /** The median width of a block's lines except the last, for blocks of three lines or more; else 0. */
  private static double ownWidth(Block b) {
    if (b.lines().size() < 3) {
      return b.lines().size() == 2 ? b.columnWidth() : 0;
    }
    double[] w = new double[b.lines().size() - 1];
    for (int i = 0; i < w.length; i++) {
      w[i] = Chars.width(b.lines().get(i).text().strip());
    }
    java.util.Arrays.sort(w);
    return w[w.length / 2];
  }

  /** Fewest Han character pairs a headline's containment is measured against. */
  private static final int FEWEST_PAIRS = 3;

  /**
   * The share of the headline's Han character pairs that occur in the body's pairs, out of at least
   * {@value #FEWEST_PAIRS}: a headline of one or two pairs is weak evidence ({@code 更“出彩”} has one, which any
   * article about colour and display shares).
   */
  private static double containment(String headline, Set<Integer> bodyPairs) {
    int total = 0;
    int found = 0;
    for (int i = 0; i + 1 < headline.length(); i++) {
      char a = headline.charAt(i);
      char b = headline.charAt(i + 1);
      if (!Chars.isHan(a) || !Chars.isHan(b)) {
        continue;
      }
      total++;
      if (bodyPairs.contains(a << 16 | b)) {
        found++;
      }
    }
    return (double) found / Math.max(total, FEWEST_PAIRS);
  }

  /** The pairs of adjacent Han characters of {@code s}, each packed into an int. */
  private static Set<Integer> hanPairs(String s) {
    Set<Integer> out = new HashSet<>();
    for (int i = 0; i + 1 < s.length(); i++) {
      char a = s.charAt(i);
      char b = s.charAt(i + 1);
      if (Chars.isHan(a) && Chars.isHan(b)) {
        out.add(a << 16 | b);
      }
    }
    return out;
  }


  private static String joined(List<ClassifiedBlock> bs) {
    StringBuilder b = new StringBuilder();
    for (ClassifiedBlock c : bs) {
      b.append(c.text().strip());
    }
    return b.toString();
  }

  private static Optional<SourcedText> text(List<ClassifiedBlock> bs, String raw) {
    if (bs.isEmpty()) {
      return Optional.empty();
    }
    TracedText.Builder b = TracedText.builder();
    for (ClassifiedBlock c : bs) {
      b.append(c.block().text().strip());
    }
    return Optional.of(sourced(b.build(), raw));
  }

  /** The subheadline blocks joined (a deck may wrap), without the leading dash. */
  private static Optional<SourcedText> subheadline(List<ClassifiedBlock> blocks, String raw) {
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    TracedText.Builder b = TracedText.builder();
    for (ClassifiedBlock c : blocks) {
      b.append(c.block().text().strip());
    }
    TracedText t = b.build();
    int k = 0;
    while (k < t.length() && (t.charAt(k) == '—' || t.charAt(k) == '-' || Chars.isSpace(t.charAt(k)))) {
      k++;
    }
    return Optional.of(sourced(t.sub(k, t.length()), raw));
  }

  /** The first offer's text if it has one, else the second's; a second offer not taken goes to noise. */
  private static Optional<SourcedText> either(List<ClassifiedBlock> first, List<ClassifiedBlock> second, String raw,
      List<SourcedText> noise) {
    if (first.isEmpty()) {
      return text(second, raw);
    }
    for (ClassifiedBlock c : second) {
      noise.add(sourced(c.block().text().strip(), raw));
    }
    return text(first, raw);
  }

  /**
   * The article's byline after {@code b} is offered: {@code current} if it has one, else {@code b}
   * parsed (refused when it is only a bare name and {@code refuseBareName}). A block that does not
   * become the byline goes to noise.
   */
  private Optional<Byline> offerByline(Optional<Byline> current, ClassifiedBlock b, boolean refuseBareName, String raw,
      List<SourcedText> noise) {
    Optional<Byline> parsed = current.isPresent() ? Optional.empty()
        : byline(b, raw).filter(x -> !isBareName(x) || !refuseBareName && isBareNameOfSomeone(x));
    if (parsed.isEmpty()) {
      noise.add(sourced(b.block().text().strip(), raw));
      return current;
    }
    return parsed;
  }

  /** The agency dateline ({@code 本报某地9月8日电}) of a byline block, traced to the page; empty for any other byline. */
  private Optional<Dateline> agencyDateline(ClassifiedBlock c, Optional<LocalDate> issueDate) {
    if (c == null) {
      return Optional.empty();
    }
    TracedText t = rawTraced(c.block());
    return datelines.parse(t.text(), issueDate).filter(d -> d.agency().isPresent()).map(d -> remap(d, t));
  }

  private Optional<Byline> byline(ClassifiedBlock c, String raw) {
    TracedText rawT = rawTraced(c.block());
    return bylines.parse(rawT.text()).map(b -> remap(b, rawT));
  }

  /** The block's raw lines, stripped and concatenated, traced to their raw offsets. */
  private static TracedText rawTraced(Block b) {
    TracedText.Builder t = TracedText.builder();
    for (Line l : b.lines()) {
      String s = l.text();
      int st = 0;
      int en = s.length();
      while (st < en && Chars.isSpace(s.charAt(st))) {
        st++;
      }
      while (en > st && Chars.isSpace(s.charAt(en - 1))) {
        en--;
      }
      t.append(s.substring(st, en), l.span().start() + st);
    }
    return t.build();
  }

  private static Byline remap(Byline b, TracedText t) {
    List<Contributor> cs = new ArrayList<>();
    for (Contributor c : b.contributors()) {
      cs.add(new Contributor(c.role(), c.name(), t.sourceSpan(c.span().start(), c.span().end())));
    }
    return new Byline(b.raw(), b.outlet(), cs, t.sourceSpan(b.span().start(), Math.min(b.span().end(), t.length())));
  }

  private static Dateline remap(Dateline d, TracedText t) {
    return new Dateline(d.raw(), d.year(), d.month(), d.day(), d.relative(), d.place(), d.agency(), d.resolved(),
        t.sourceSpan(d.span().start(), Math.min(d.span().end(), t.length())));
  }

  private static int nonSpaceCount(String s, int end) {
    int n = 0;
    for (int i = 0; i < Math.min(end, s.length()); i++) {
      if (!Chars.isSpace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static TracedText skipNonSpace(TracedText t, int count) {
    int i = 0;
    int n = 0;
    while (i < t.length() && n < count) {
      if (!Chars.isSpace(t.charAt(i))) {
        n++;
      }
      i++;
    }
    return t.sub(i, t.length());
  }

  private static Optional<SourcedText> firstPresent(Optional<SourcedText> a, Optional<SourcedText> b) {
    return a.isPresent() ? a : b;
  }

  private static SourcedText sourced(TracedText t, String raw) {
    return new SourcedText(t.text(), t.sourceSpans(raw));
  }

  private static Span span(Block b, String raw) {
    return b.text().length() == 0 ? b.lines().get(0).span() : b.text().envelope();
  }
}
