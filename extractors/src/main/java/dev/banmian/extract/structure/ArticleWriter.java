package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Block;
import dev.banmian.extract.meta.BylineMatch;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.extract.meta.DatelineParser;
import dev.banmian.model.Article;
import dev.banmian.model.Byline;
import dev.banmian.model.Contributor;
import dev.banmian.model.Dateline;
import dev.banmian.model.SourcedText;
import dev.banmian.segment.Segmenter;
import dev.banmian.text.Chars;
import dev.banmian.text.NewsCues;
import dev.banmian.text.Span;
import dev.banmian.text.TracedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The last assembly pass: writes one article from a body run and its headings — section, kicker, headline,
 * subheadline, byline (heading, lead-in, closing line or the end of the last paragraph), dateline, subheads and
 * paragraphs, each traced to the page. A field offered twice comes from the headline's heading; the other offer is
 * kept as noise, never dropped.
 *
 * <p>Immutable and thread-safe.
 */
final class ArticleWriter {
  private final BylineParser bylines;
  private final DatelineParser datelines;
  private final Segmenter segmenter;

  ArticleWriter(BylineParser bylines, DatelineParser datelines, Segmenter segmenter) {
    this.bylines = bylines;
    this.datelines = datelines;
    this.segmenter = segmenter;
  }

  /**
   * Whether body block {@code next} goes on the paragraph {@code before} of the same article, which stops inside its
   * sentence: {@code next} opens mid-sentence ({@link NewsCues#startsMidSentence}), a dictionary word runs across the
   * seam ({@code 今年再建古} / {@code 树公园十个}), or a number's unit opens it ({@code 全年接待游客30} / {@code 万人次…}).
   * Something printed between the two pieces kept them apart in layout (a caption, another article's column); a block
   * that opens a sentence of its own after an open one is left a paragraph of its own, and a note wholly in brackets
   * ({@code （本报记者王明参与采写）}) closes itself.
   */
  private boolean continuesParagraph(CharSequence before, CharSequence next) {
    String b = Chars.strip(before);
    String n = Chars.strip(next);
    if (b.isEmpty() || n.isEmpty() || ContinuationMerger.closesItself(b)) {
      return false;
    }
    char last = b.charAt(b.length() - 1);
    return NewsCues.startsMidSentence(n, segmenter::isKnownWord) || segmenter.keepsWordAcross(b, n)
        || Chars.isDigit(last) && Chars.isHan(n.charAt(0));
  }

  /**
   * {@return the article of run {@code r}}
   *
   * @param label a column label printed over a photo above the run, or null
   * @param previous the article written before, or null
   */
  Article write(BodyRun r, ClassifiedBlock label, Article previous, Optional<LocalDate> issueDate, Assembly page) {
    ArticleHeading h = r.headlineSub;
    ArticleHeading f = r.forwardSub;
    Optional<SourcedText> section = either(h == null ? List.of() : h.section, f == null ? List.of() : f.section, page);
    Optional<SourcedText> kicker = either(h == null ? List.of() : h.kicker, f == null ? List.of() : f.kicker, page);
    if (section.isEmpty() && kicker.isPresent()) {
      if (previous != null && previous.kicker().isPresent() && previous.section().isPresent()) {
        section = previous.section();
      } else if (label != null) {
        section = Optional.of(page.sourced(label));
      }
    }
    Optional<SourcedText> headline = h != null ? page.text(h.headline)
        : r.displacedHeadline != null ? Optional.of(page.sourced(r.displacedHeadline)) : Optional.empty();
    if (h != null && r.displacedHeadline != null) {
      page.noise(r.displacedHeadline);
    }
    r.spareHeadlines.forEach(page::noise);
    Optional<SourcedText> subheadline = subheadline(h == null ? List.of() : h.subheadline, page);
    if (f != null && !f.subheadline.isEmpty()) {
      if (subheadline.isEmpty()) {
        subheadline = subheadline(f.subheadline, page);
      } else {
        f.subheadline.forEach(page::noise);
      }
    }
    Body body = new Body(page);
    // An explicit lead-in (本报讯（记者 X）) outweighs a bare name guessed from a heading line.
    for (ClassifiedBlock b : new ClassifiedBlock[] {h == null ? null : h.byline, f == null ? null : f.byline}) {
      if (b != null) {
        boolean had = body.byline.isPresent();
        body.byline = offerByline(body.byline, b, r.lead != null, page);
        body.bylineBlock = had || body.byline.isEmpty() ? body.bylineBlock : b;
      }
    }
    body.read(r);
    if (r.trailingByline != null) {
      body.byline = offerByline(body.byline, r.trailingByline, false, page);
    }
    body.takeClosingByline();
    Optional<Dateline> dateline = dateline(body, h, f, issueDate);
    boolean complete = !body.paragraphs.isEmpty()
        && !JUMP_TO_LATER_PAGE.matcher(body.paragraphs.get(body.paragraphs.size() - 1).text()).matches();
    return new Article(section, kicker, headline, subheadline, body.byline, dateline, body.subheads, body.paragraphs, complete);
  }

  /** A last paragraph that jumps to a later page ({@code （下转第四版）}): the article is not complete here. */
  private static final Pattern JUMP_TO_LATER_PAGE = Pattern.compile(".*[（(]?下转.*");

  /**
   * {@return an article of a heading with a byline but no body: the rest printed on another page}
   */
  Article writeBodiless(ArticleHeading s, Assembly page) {
    Optional<Byline> by = offerByline(Optional.empty(), s.byline, false, page);
    return new Article(page.text(s.section), page.text(s.kicker), page.text(s.headline), subheadline(s.subheadline, page),
        by, Optional.empty(), List.of(), List.of(), false);
  }

  /**
   * {@return the byline block {@code b} read as an article's signature: an outlet or a role printed with the names}
   * Empty for a bare name, which a label or a kicker set apart reads as just as well.
   */
  Optional<Byline> signature(ClassifiedBlock b, Assembly page) {
    return byline(b, page.raw).filter(x -> !isBareName(x) && namesSomeone(x));
  }

  /** {@return {@code article} signed by {@code by}} */
  static Article signed(Article article, Byline by) {
    return new Article(article.section(), article.kicker(), article.headline(), article.subheadline(), Optional.of(by),
        article.dateline(), article.subheads(), article.paragraphs(), article.complete());
  }

  /** An article's body under way: its paragraphs and subheads, the lead-in block, and the byline so far. */
  private final class Body {
    final Assembly page;
    final List<SourcedText> paragraphs = new ArrayList<>();
    final List<SourcedText> subheads = new ArrayList<>();
    final List<TracedText> paraTexts = new ArrayList<>();
    Optional<Byline> byline = Optional.empty();
    /** The heading's block that gave {@link #byline}, if one did. */
    ClassifiedBlock bylineBlock;
    TracedText leadBlock;

    Body(Assembly page) {
      this.page = page;
    }

    /** Reads the run's blocks: subheads (a wrapped one joined), paragraphs, and the lead-in byline of the first. */
    void read(BodyRun r) {
      ClassifiedBlock prevSub = null;
      TracedText prevMerged = null;
      for (int i = 0; i < r.blocks.size(); i++) {
        ClassifiedBlock c = r.blocks.get(i);
        TracedText t = c.block().text().strip();
        if (r.isSubhead.get(i)) {
          if (prevSub != null && i > 0 && r.isSubhead.get(i - 1)
              && (prevSub.text().endsWith("——") || c.block().blankLinesBefore() == 0)) {
            subheads.remove(subheads.size() - 1);
            prevMerged = TracedText.builder().append(prevMerged).append(t).build();
          } else {
            prevMerged = t;
          }
          subheads.add(page.sourced(prevMerged));
          prevSub = c;
          continue;
        }
        prevSub = null;
        if (i == 0 && r.lead == null) {
          t = takeRestOfLeadIn(t);
        }
        if (i == 0 && r.lead != null && byline.isEmpty()) {
          // A lead-in byline ("本报讯（记者 X）") becomes the byline; when the heading already gave one,
          // the lead-in stays in the paragraph as printed.
          byline = Optional.of(remap(r.lead.byline(), c.block().rawTraced(), page.raw));
          leadBlock = t;
          t = skipNonSpace(t, nonSpaceCount(c.block().rawJoined(), r.lead.end())).strip();
        }
        if (t.length() > 0) {
          addParagraph(t, i > 0 && !r.isSubhead.get(i - 1), c);
        }
      }
    }

    /**
     * Adds block text {@code t} as a paragraph, or to the last one where it {@linkplain #continuesParagraph continues
     * it} ({@code afterBody}: the block before it in the run is body, not a subhead).
     */
    private void addParagraph(TracedText t, boolean afterBody, ClassifiedBlock c) {
      if (afterBody && !paraTexts.isEmpty() && continuesParagraph(paraTexts.get(paraTexts.size() - 1), t)) {
        TracedText joined = TracedText.builder().append(paraTexts.get(paraTexts.size() - 1)).append(t).build();
        paraTexts.set(paraTexts.size() - 1, joined);
        paragraphs.set(paragraphs.size() - 1, page.sourced(joined));
        page.diagnose("assemble", "paragraph.rejoin", "body at line " + (c.block().firstLine() + 1)
            + " goes on the paragraph before it, which stops inside its sentence", c.block());
        return;
      }
      paraTexts.add(t);
      paragraphs.add(page.sourced(t));
    }

    /**
     * Where the heading's byline is a lead-in that names no one ({@code 本报杭州 3 月 6 日电}, the dateline set on a line
     * of its own) and the first paragraph opens with the bracketed rest of it ({@code （记者 王明） 在…}), the two are one
     * lead-in: the byline takes its reporters from the bracket, which leaves the paragraph. Returns the paragraph as it
     * stays.
     */
    private TracedText takeRestOfLeadIn(TracedText first) {
      if (bylineBlock == null || byline.isEmpty() || !byline.get().contributors().isEmpty() || first.length() == 0
          || first.charAt(0) != '（' && first.charAt(0) != '(') {
        return first;
      }
      TracedText lead = bylineBlock.block().rawTraced();
      TracedText joined = TracedText.builder().append(lead).append(first).build();
      Optional<BylineMatch> m = bylines.findLeadIn(joined.text())
          .filter(x -> x.start() == 0 && x.end() > lead.length() && namesSomeone(x.byline()));
      if (m.isEmpty()) {
        return first;
      }
      byline = Optional.of(remap(m.get().byline(), joined, page.raw));
      return joined.sub(m.get().end(), joined.length()).strip();
    }

    /** With no byline yet, a byline closing the last paragraph ({@code …。（记者 X）}) is the byline. */
    void takeClosingByline() {
      if (byline.isPresent() || paraTexts.isEmpty()) {
        return;
      }
      TracedText last = paraTexts.get(paraTexts.size() - 1);
      Optional<BylineMatch> tr = bylines.findTrailing(last.text());
      if (tr.isPresent() && tr.get().start() > 0) {
        byline = Optional.of(remap(tr.get().byline(), last, page.raw));
        TracedText kept = last.sub(0, tr.get().start()).strip();
        paraTexts.set(paraTexts.size() - 1, kept);
        paragraphs.set(paragraphs.size() - 1, page.sourced(kept));
      }
    }
  }

  /**
   * An agency lead-in printed on its own line over the body (a byline block) is the dateline; else the lead block is
   * searched whole, then the first paragraphs: an agency lead-in ("新华社北京9月8日电") opening one is a dateline too.
   */
  private Optional<Dateline> dateline(Body body, ArticleHeading h, ArticleHeading f, Optional<LocalDate> issueDate) {
    Optional<Dateline> dateline = body.leadBlock != null ? Optional.empty()
        : agencyDateline(h == null ? null : h.byline, issueDate).or(() -> agencyDateline(f == null ? null : f.byline, issueDate));
    for (int i = 0; i < Math.min(2, body.paraTexts.size()) && dateline.isEmpty(); i++) {
      TracedText p = i == 0 && body.leadBlock != null ? body.leadBlock : body.paraTexts.get(i);
      dateline = datelines.parse(p.text(), issueDate).map(d -> remap(d, p));
    }
    return dateline;
  }

  /** The subheadline blocks joined (a deck may wrap), without the leading dash. */
  private static Optional<SourcedText> subheadline(List<ClassifiedBlock> blocks, Assembly page) {
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
    return Optional.of(page.sourced(t.sub(k, t.length())));
  }

  /** The first offer's text if it has one, else the second's; a second offer not taken goes to noise. */
  private static Optional<SourcedText> either(List<ClassifiedBlock> first, List<ClassifiedBlock> second, Assembly page) {
    if (first.isEmpty()) {
      return page.text(second);
    }
    second.forEach(page::noise);
    return page.text(first);
  }

  /**
   * The article's byline after {@code b} is offered: {@code current} if it has one, else {@code b}
   * parsed (refused when it is only a bare name and {@code refuseBareName}). A block that does not
   * become the byline goes to noise.
   */
  private Optional<Byline> offerByline(Optional<Byline> current, ClassifiedBlock b, boolean refuseBareName, Assembly page) {
    Optional<Byline> parsed = current.isPresent() ? Optional.empty()
        : byline(b, page.raw).filter(x -> !isBareName(x) || !refuseBareName && isBareNameOfSomeone(x));
    if (parsed.isEmpty()) {
      page.noise(b);
      return current;
    }
    return parsed;
  }

  /** The agency dateline ({@code 本报某地9月8日电}) of a byline block, traced to the page; empty for any other byline. */
  private Optional<Dateline> agencyDateline(ClassifiedBlock c, Optional<LocalDate> issueDate) {
    if (c == null) {
      return Optional.empty();
    }
    TracedText t = c.block().rawTraced();
    return datelines.parse(t.text(), issueDate).filter(d -> d.agency().isPresent()).map(d -> remap(d, t));
  }

  /**
   * The byline of block {@code c}, its lines joined as they are or, where that parses as none, a space between them (a
   * line's end that parts two names printed a line each, {@link Block#rawTracedSpaced}).
   */
  private Optional<Byline> byline(ClassifiedBlock c, String raw) {
    TracedText rawT = c.block().rawTraced();
    Optional<Byline> joined = bylines.parse(rawT.text()).map(b -> remap(b, rawT, raw));
    if (joined.isPresent() || c.block().lines().size() < 2) {
      return joined;
    }
    TracedText spaced = c.block().rawTracedSpaced();
    return bylines.parse(spaced.text()).map(b -> remap(b, spaced, raw));
  }

  /**
   * Whether a byline with no outlet and no role but {@code 作者} names someone ({@link BylineParser#looksLikeBareName}):
   * a label after the writer's role ({@code 作者 城市观察}) takes the place of a closing byline but is none (a column
   * tag in brackets alone, {@code （乡村行）}, the parser reads as no byline at all).
   */
  private static boolean isBareNameOfSomeone(Byline b) {
    return b.contributors().stream().allMatch(c -> BylineParser.looksLikeBareName(c.name()));
  }

  /**
   * Whether {@code b} names someone: it has contributors, and each has a role printed or a bare name that reads as a
   * person's ({@link BylineParser#looksLikeBareName}); a bracketed note ({@code （上接第一版）}) names no one.
   */
  private static boolean namesSomeone(Byline b) {
    return !b.contributors().isEmpty()
        && b.contributors().stream().allMatch(c -> !c.role().equals("作者") || BylineParser.looksLikeBareName(c.name()));
  }

  /** A byline that is only a name or unit, with no outlet and no role printed (role 作者). */
  private static boolean isBareName(Byline b) {
    return b.outlet().isEmpty() && b.contributors().stream().allMatch(c -> c.role().equals("作者"));
  }

  /**
   * The byline parsed from {@code t}, its offsets traced to the page {@code raw}: its extent, and the ranges its
   * characters come from (several when its lines are not next to each other in the text).
   */
  private static Byline remap(Byline b, TracedText t, String raw) {
    List<Contributor> cs = new ArrayList<>();
    for (Contributor c : b.contributors()) {
      cs.add(new Contributor(c.role(), c.name(), t.sourceSpan(c.span().start(), c.span().end())));
    }
    int end = Math.min(b.span().end(), t.length());
    Span extent = t.sourceSpan(b.span().start(), end);
    List<Span> ranges = t.sub(b.span().start(), end).sourceSpans(raw);
    return new Byline(b.raw(), b.outlet(), cs, extent, ranges.isEmpty() ? List.of(extent) : ranges);
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
}
