package dev.banmian.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.model.Article;
import dev.banmian.model.Caption;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;
import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import dev.banmian.text.Chars;
import dev.banmian.text.SourceText;
import dev.banmian.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Every character of a page ends up in exactly one place of the extracted page: an article field
 * (section, kicker, headline, subheadline, byline), a subhead, a paragraph, a caption (text, credit,
 * title, label) or noise. Nothing dropped, nothing duplicated, except that a section label may be
 * shared by several items (gold convention: "section labels are the only lines shared by more than
 * one item"). Datelines are excluded: they point into their paragraph. Typographic markers that fields strip by design (the dash before a
 * subheadline, the box before a byline: {@code —-□■●◎▲★}) may be left uncovered, never doubled.
 */
class PageAccountingProperties {
  private static final PageExtractor EXTRACTOR = PageExtractor.builder().build();
  private static final List<String> SEED_LINES = new ArrayList<>();

  static {
    for (SeedPage p : Seeds.pages()) {
      for (String l : p.text().split("\n")) {
        if (!l.isBlank()) {
          SEED_LINES.add(l.strip());
        }
      }
    }
  }

  @Test
  void everySeedCharacterIsAccountedForOnce() {
    for (SeedPage p : Seeds.pages()) {
      check(p.text());
    }
  }

  /**
   * Reproducer: a window of a three-column fixture where a byline whose role and names were printed apart, joined
   * into one block, is left over as a stray signature; the joined block has no place of its own in reading order.
   */
  @Test
  void aJoinedStrayBylineIsPlacedByItsFirstLine() {
    check(resource("pages/joined-byline-window-layout.txt"));
  }

  /** The test pages that are not seeds: pdftotext fixtures and the other-layout pages. */
  private static final List<String> OTHER_PAGES = List.of("layout/pdftotext/page-2col.txt", "layout/pdftotext/page-2col-layout.txt",
      "layout/pdftotext/page-3col.txt", "layout/pdftotext/page-3col-layout.txt", "pages/one-paragraph-per-line.txt",
      "pages/wrapped-bracketed-labels.txt", "pages/vertical-headline.txt", "pages/vertical-headline-after-body.txt",
      "pages/wrapped-headline-open-quote.txt", "pages/column-tag-headline.txt",
      "pages/continuation-and-photo-group.txt", "pages/width-change-inside-article.txt",
      "pages/every-line-blank.txt", "pages/byline-across-columns-layout.txt", "pages/label-inside-heading-stack.txt");

  private static String resource(String name) {
    try (java.io.InputStream in = PageAccountingProperties.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The development corpus's page texts (every extractor's), when {@code ../shared/dev} is there; else none. */
  private static final List<String> DEV_PAGES = PageInvariants.devPageTexts();

  /**
   * Every page text of the development corpus, as each extractor printed it (columns side by side in
   * {@code pdftotext -layout}, content-stream order in PDFBox). Skipped when {@code ../shared/dev} is absent.
   */
  @Test
  void everyCharacterOfTheDevCorpusPagesIsAccountedForOnce() {
    org.junit.jupiter.api.Assumptions.assumeFalse(DEV_PAGES.isEmpty(), "../shared/dev absent");
    DEV_PAGES.forEach(PageAccountingProperties::check);
  }

  @Test
  void everyCharacterOfTheOtherTestPagesIsAccountedForOnce() {
    for (String name : OTHER_PAGES) {
      check(resource(name));
    }
  }

  /**
   * Reproducers from the random-input campaign: a seed page whose first character is a no-break space, and zero-width
   * marks and byte-order marks before lines (whitespace to one stage, text to another).
   */
  @Test
  void everyCharacterIsAccountedForOnceWithUnusualSpacesBeforeLines() {
    String seed = dev.banmian.seeds.Seeds.pages().get(0).text();
    check("\u00A0" + seed.stripLeading());
    check("\u200B本报讯（记者 王明）今天开会。\n\n会议强调，要抓落实。\n");
    check("\uFEFF本报讯（记者 王明）今天开会。\n\u200B会议强调，要抓落实。\n");
    check("\u2029本报讯（记者 王明）今天开会。\n");
  }

  /** Pages of seed lines in random order, re-wrapped, with headline-like, byline and caption lines mixed in. */
  @Provide
  Arbitrary<String> pages() {
    return Arbitraries.longs().map(seed -> {
      Random r = new Random(seed);
      StringBuilder b = new StringBuilder();
      int items = 1 + r.nextInt(8);
      for (int i = 0; i < items; i++) {
        String line = SEED_LINES.get(r.nextInt(SEED_LINES.size()));
        int width = r.nextBoolean() ? 1000 : 10 + r.nextInt(20);
        for (int k = 0; k < line.length(); k += width) {
          b.append(line, k, Math.min(line.length(), k + width)).append('\n');
          if (r.nextInt(3) == 0) {
            b.append('\n');
          }
        }
        b.append(r.nextBoolean() ? "\n" : "");
      }
      return b.toString();
    });
  }

  /**
   * Windows of real pages (so headline clusters, bylines, captions and credits keep their
   * neighbours), with blank lines added or removed and some lines indented.
   */
  @Provide
  Arbitrary<String> pageWindows() {
    List<String[]> pages = new ArrayList<>();
    for (SeedPage p : Seeds.pages()) {
      pages.add(p.text().split("\n", -1));
    }
    for (String name : OTHER_PAGES) {
      pages.add(resource(name).split("\n", -1));
    }
    for (String dev : DEV_PAGES) {
      pages.add(dev.split("\n", -1));
    }
    return Arbitraries.longs().map(seed -> {
      Random r = new Random(seed);
      String[] lines = pages.get(r.nextInt(pages.size()));
      int from = r.nextInt(lines.length);
      int to = Math.min(lines.length, from + 1 + r.nextInt(120));
      int blanks = r.nextInt(4);
      StringBuilder b = new StringBuilder();
      for (int i = from; i < to; i++) {
        String l = lines[i];
        if (l.isBlank() && blanks == 1) {
          continue;
        }
        if (r.nextInt(15) == 0) {
          b.append("  ");
        }
        b.append(l).append('\n');
        if (blanks == 2 && r.nextInt(8) == 0 || blanks == 3) {
          b.append('\n');
        }
      }
      return b.toString();
    });
  }

  @Property(tries = 300)
  void everyCharacterOfAPageWindowIsAccountedForOnce(@ForAll("pageWindows") String raw) {
    check(raw);
  }

  @Property(tries = 300)

  void everyCharacterOfAGeneratedPageIsAccountedForOnce(@ForAll("pages") String raw) {
    check(raw);
  }

  /**
   * Found by {@link #everyCharacterOfAGeneratedPageIsAccountedForOnce}: a heading with no body folded as the kicker of
   * the headline under it, the label it also held was dropped when the headline had a label of its own.
   */
  @Example
  void aHeadingFoldedAsAKickerKeepsItsLabelAccountedFor() {
    check("""
        ——全市“体悟实训·走千家入万
        户课堂”培训纪实
        制抓巩固，学以致用抓发展，巩固拓展学
        海南藏族自治州充分调动各级各类宣讲队伍力量，走村入户开展分层次、分批次的宣讲活动，全面深入推进党的二十大精神在基层走深走实、落地见效。 黄组轩 摄
        部的模范带头作用，引领带动更
        多
        进一步提升基层党员干部主动服
        务群众
        共上海市委关于深入贯彻落实“人
        墨西哥小伙Juan Carlos至今记得，2023年10月那个阳光明媚的日子，他一身汉服，与身着秀禾服的中国妻子在乌兰察布市集宁区婚姻登记综合保障中心的喜堂里，完成了一场令他终生难忘的中式婚礼。
        要理念，谱写新时代人民城市新篇
        """);
  }

  private static void check(String raw) {
    Page page = EXTRACTOR.extract(SourceText.of("p", raw), Optional.empty());
    PageInvariants.assertEveryCharacterOnce(raw, page);
    PageInvariants.assertFieldsTracedToTheirText(raw, page);
  }
}
