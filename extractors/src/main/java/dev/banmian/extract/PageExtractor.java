package dev.banmian.extract;

import dev.banmian.extract.layout.GeometricLayout;
import dev.banmian.extract.layout.LayoutRepairer;
import dev.banmian.extract.layout.RepairedPage;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.extract.meta.DatelineParser;
import dev.banmian.extract.structure.ArticleAssembler;
import dev.banmian.extract.structure.BlockClassifier;
import dev.banmian.extract.structure.ClassifiedBlock;
import dev.banmian.geometry.PageGeometry;
import dev.banmian.model.Page;
import dev.banmian.segment.JiebaSegmenter;
import dev.banmian.segment.Segmenter;
import dev.banmian.text.SourceText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whole-page extraction: a pipeline of three stages, each replaceable.
 *
 * <pre>
 * SourceText ──LayoutRepairer──► RepairedPage ──BlockClassifier──► classified blocks ──ArticleAssembler──► Page
 * </pre>
 *
 * <pre>{@code
 * PageExtractor extractor = PageExtractor.builder().build();        // share it: it is thread-safe
 * Page page = extractor.extract(SourceText.of("p1.txt", text), Optional.of(LocalDate.of(2025, 9, 9)));
 * }</pre>
 *
 * <p>The stages' types make the composition check itself: each stage consumes exactly what the
 * previous one produces, so a pipeline that compiles is complete. Instances are immutable and
 * thread-safe; building one with the default segmenter loads jieba's dictionary once per JVM.
 */
public final class PageExtractor {
  private final LayoutRepairer layout;
  private final GeometricLayout geometric = new GeometricLayout();
  private final BlockClassifier classifier;
  private final ArticleAssembler assembler;

  private PageExtractor(LayoutRepairer layout, BlockClassifier classifier, ArticleAssembler assembler) {
    this.layout = layout;
    this.classifier = classifier;
    this.assembler = assembler;
  }

  /** {@return a builder preset with the standard stages} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Extracts the articles, captions and noise of a page. Never throws on any page text.
   *
   * @param page the page text
   * @param issueDate the issue date, used to resolve datelines
   * @return the page's articles, captions and noise
   */
  public Page extract(SourceText page, Optional<LocalDate> issueDate) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(issueDate, "issueDate");
    RepairedPage repaired = layout.repair(page);
    List<ClassifiedBlock> classified = classifier.classify(repaired);
    return assembler.assemble(repaired, classified, issueDate);
  }

  /**
   * Extracts the articles, captions and noise of a page that comes with geometry (a PDF page): blocks
   * and paragraphs are read from where the lines were printed, and the type sizes, weights and picture
   * boxes are evidence for the block kinds. Never throws on any page text.
   *
   * <pre>{@code
   * PdfPage p = PdfPageReader.standard().read(Path.of("page.pdf")).get(0);
   * Page page = extractor.extract(p.text(), p.geometry(), Optional.empty());
   * }</pre>
   *
   * @param page the page text, in reading order
   * @param geometry where the page text's lines were printed
   * @param issueDate the issue date, used to resolve datelines
   * @return the page's articles, captions and noise
   */
  public Page extract(SourceText page, PageGeometry geometry, Optional<LocalDate> issueDate) {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(geometry, "geometry");
    Objects.requireNonNull(issueDate, "issueDate");
    RepairedPage repaired = geometric.repair(page, geometry);
    List<ClassifiedBlock> classified = classifier.classify(repaired);
    return assembler.assemble(repaired, classified, issueDate);
  }

  /** {@return the layout stage, for callers who want only the repaired blocks} */
  public LayoutRepairer layoutRepairer() {
    return layout;
  }

  /** Configures a {@link PageExtractor}; any stage left unset gets the standard one. */
  public static final class Builder {
    private Segmenter segmenter;
    private LayoutRepairer layout;
    private BlockClassifier classifier;
    private ArticleAssembler assembler;

    private Builder() {}

    /**
     * Sets the segmenter the standard layout stage uses (default: jieba with the news dictionary).
     *
     * @param segmenter the segmenter
     * @return this builder
     */
    public Builder segmenter(Segmenter segmenter) {
      this.segmenter = Objects.requireNonNull(segmenter, "segmenter");
      return this;
    }

    /**
     * Replaces the layout-repair stage.
     *
     * @param layout the layout stage
     * @return this builder
     */
    public Builder layoutRepairer(LayoutRepairer layout) {
      this.layout = Objects.requireNonNull(layout, "layout");
      return this;
    }

    /**
     * Replaces the block-classification stage.
     *
     * @param classifier the classification stage
     * @return this builder
     */
    public Builder blockClassifier(BlockClassifier classifier) {
      this.classifier = Objects.requireNonNull(classifier, "classifier");
      return this;
    }

    /**
     * Replaces the article-assembly stage.
     *
     * @param assembler the assembly stage
     * @return this builder
     */
    public Builder articleAssembler(ArticleAssembler assembler) {
      this.assembler = Objects.requireNonNull(assembler, "assembler");
      return this;
    }

    /**
     * Returns the extractor.
     *
     * @return the extractor
     * @throws dev.banmian.BanmianException if the default segmenter's dictionary cannot be loaded
     */
    public PageExtractor build() {
      BylineParser bylines = BylineParser.standard();
      Segmenter s = segmenter != null || layout != null && assembler != null ? segmenter
          : JiebaSegmenter.builder().newsDictionary().build();
      LayoutRepairer l = layout != null ? layout : LayoutRepairer.builder().segmenter(s).build();
      BlockClassifier c = classifier != null ? classifier
          : s != null ? new BlockClassifier(bylines, s) : new BlockClassifier(bylines);
      ArticleAssembler a = assembler != null ? assembler : new ArticleAssembler(bylines, DatelineParser.standard(), s);
      return new PageExtractor(l, c, a);
    }
  }
}
