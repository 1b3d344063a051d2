package dev.banmian.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.model.Article;
import dev.banmian.model.Contributor;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;
import dev.banmian.text.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Pages in layouts the seeds do not show, written for these tests (invented text, no seed
 * content): they pin down general rules that the seeds alone would not catch.
 */
class OtherLayoutsTest {
  private static final PageExtractor EXTRACTOR = PageExtractor.builder().build();

  private static Page extract(String name) throws IOException {
    return EXTRACTOR.extract(SourceText.of(name, resource(name)), Optional.of(LocalDate.of(2025, 10, 20)));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = OtherLayoutsTest.class.getResourceAsStream("pages/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String text(Optional<SourcedText> t) {
    return t.map(SourcedText::text).orElse(null);
  }

  /**
   * Every heading line printed as a text block of its own, a blank line after each (as {@code mutool} prints large
   * type), while body blocks break anywhere: a headline cut inside a word across a blank line shows the page's style,
   * so its blank lines separate no decks and the headline, its deck and the tag-closed headline come out whole.
   */
  @Test
  void headingLinesPrintedAsBlocksOfTheirOwn() throws IOException {
    Page page = extract("heading-lines-apart.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    Article first = page.articles().get(0);
    assertEquals("山村建起图书馆", text(first.headline()));
    assertEquals("添置图书2000多册", text(first.subheadline()));
    assertEquals(2, first.paragraphs().size());
    assertEquals("乡间小路变通途（走基层）", text(page.articles().get(1).headline()));
    assertEquals(List.of(), page.noise());
  }

  /**
   * One paragraph per line, with so many headings, captions and bylines that the median line is
   * short: still not a hard-wrapped page, so the page header, the headline and the deck stay apart.
   */
  @Test
  void onePageParagraphPerLineWithManyShortLines() throws IOException {
    Page page = extract("one-paragraph-per-line.txt");
    assertEquals(3, page.articles().size(), page.articles().toString());

    Article first = page.articles().get(0);
    assertTrue(text(first.headline()).endsWith("东部沿海地区制造业转型提速"), text(first.headline()));
    assertEquals("来自一线企业的调查", text(first.subheadline()));
    assertEquals(3, first.paragraphs().size());
    assertEquals(List.of("张明远"), first.byline().orElseThrow().contributors().stream().map(Contributor::name).toList());
    // The agency-style lead-in is the dateline even though it was taken out of the paragraph as the byline.
    assertEquals("本报北京10月19日电", first.dateline().orElseThrow().raw());
    assertEquals(LocalDate.of(2025, 10, 19), first.dateline().orElseThrow().resolved().orElseThrow());

    Article second = page.articles().get(1);
    assertEquals("新华社", second.dateline().orElseThrow().agency().orElseThrow());
    assertEquals(List.of("李清", "王海燕"), second.byline().orElseThrow().contributors().stream().map(Contributor::name).toList());

    // A heading after a body that opened with its own byline, over text closed by a bracketed
    // byline, is the next article, not a subhead; and the bracketed byline is not a photo credit.
    Article third = page.articles().get(2);
    assertEquals("秋收时节农机忙", text(third.headline()));
    assertEquals(2, third.paragraphs().size());
    assertEquals("孙立新", third.byline().orElseThrow().contributors().get(0).name());
    assertTrue(second.subheads().isEmpty());

    assertEquals(1, page.captions().size());
    assertEquals("新华社记者 陈刚摄", text(page.captions().get(0).credit()));
    assertEquals(2, page.noise().size(), page.noise().toString());
  }

  /**
   * Hard-wrapped at 17 characters with full-width paragraph indents (made by
   * {@code src/test/fixtures-src/make_wrapped_pages.py}): column labels in 【】 are sections, not
   * bracketed bare credits, and a label in mid-page starts an article rather than a subhead; an
   * author's note in brackets closes its article.
   */
  @Test
  void wrappedPageWithBracketedLabels() throws IOException {
    Page page = extract("wrapped-bracketed-labels.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    Article first = page.articles().get(0);
    assertEquals("【民生观察】", text(first.section()));
    assertEquals("老旧社区焕新颜居民生活更舒心", text(first.headline()));
    assertEquals(List.of("郑晓燕", "何磊"), first.byline().orElseThrow().contributors().stream().map(Contributor::name).toList());
    assertEquals(4, first.paragraphs().size());
    assertTrue(first.subheads().isEmpty());

    Article second = page.articles().get(1);
    assertEquals("【评论】", text(second.section()));
    assertEquals("让“微更新”释放大能量", text(second.headline()));
    assertEquals("（作者系市委党校讲师）", second.paragraphs().get(second.paragraphs().size() - 1).text());

    assertEquals(1, page.captions().size());
    assertEquals("（图片由城南街道提供）", text(page.captions().get(0).credit()));
    assertEquals(List.of(), page.noise());
  }

  /**
   * A vertical headline comes out one character per line; it is read as one headline and matched
   * to the body it belongs to, on a page that prints headlines after their bodies.
   */
  /**
   * A byline printed apart from its article, alone at the foot of the page after it, signs the nearest article before
   * it that has none; the article above that one keeps its own.
   */
  @Test
  void signatureSetApartSignsTheUnsignedArticle() throws IOException {
    Page page = extract("signature-set-apart.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    assertEquals(List.of("李明"), page.articles().get(0).byline().orElseThrow().contributors().stream().map(Contributor::name).toList());
    Article second = page.articles().get(1);
    assertEquals("西河村的春节账本", text(second.headline()));
    assertEquals(List.of("王明", "赵华"), second.byline().orElseThrow().contributors().stream().map(Contributor::name).toList());
    assertEquals(List.of("第3版", "要闻"), page.noise().stream().map(SourcedText::text).toList());
  }

  @Test
  void verticalHeadline() throws IOException {
    Page page = extract("vertical-headline.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    assertEquals("书香伴夜读", text(page.articles().get(0).headline()));
    assertEquals(2, page.articles().get(0).paragraphs().size());
    assertEquals("全民健身运动会开幕", text(page.articles().get(1).headline()));
    assertEquals(List.of(), page.noise());
  }

  /**
   * A page that opens with the continuation of an article from another page, marked
   * {@code （上接第一版）} (page furniture, like {@code （下转第N版）}), a group of numbered photo
   * captions over one credit, and a credit printed above its caption.
   */
  /**
   * Text in content-stream order (no blank lines): a vertical headline printed after its article's body is that
   * article's headline, not the kicker of the next article's heading printed right after it.
   */
  @Test
  void verticalHeadlineAfterItsBodyIsNoDeckOfTheNextHeading() throws IOException {
    Page page = extract("vertical-headline-after-body.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    Article first = page.articles().get(0);
    assertEquals("某部门负责人调研农村公路建设", text(first.headline()));
    assertEquals(null, text(first.kicker()));
    Article second = page.articles().get(1);
    assertEquals("秋收时节人勤农机忙", text(second.kicker()));
    assertEquals("某县三万亩水稻开镰收割", text(second.headline()));
    assertEquals("王海燕", second.byline().orElseThrow().contributors().get(0).name());
  }

  /**
   * A kicker over a body whose columns change width, the headline printed after the body (vertical, with the closing
   * byline before it): one article, the headline the whole body's, not only its last column's.
   */
  @Test
  void aHeadlinePrintedAfterABodyUnderAKickerHeadsTheWholeBody() throws IOException {
    Page page = extract("kicker-over-body-headline-after.txt");
    assertEquals(1, page.articles().size(), page.articles().toString());
    Article a = page.articles().get(0);
    assertEquals("拖轮更智能", text(a.headline()));
    assertTrue(text(a.kicker()).startsWith("某港口升级设备提高效率"), text(a.kicker()));
    assertEquals(3, a.paragraphs().size(), a.paragraphs().toString());
    assertEquals("王明", a.byline().orElseThrow().contributors().get(0).name());
  }

  /**
   * A headline wrapped inside a quotation ({@code 某市整治“指尖} / {@code 上的形式主义”成效明显}) is one headline, not a
   * kicker over a second deck, even in content-stream text where two heading lines are usually two decks.
   */
  @Test
  void headlineWrappedInsideAQuotationIsOneHeadline() throws IOException {
    Page page = extract("wrapped-headline-open-quote.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    Article second = page.articles().get(1);
    assertEquals("某市整治“指尖上的形式主义”成效明显", text(second.headline()).replaceAll("\\s", ""));
    assertEquals(null, text(second.kicker()));
  }

  /**
   * A heading that ends with a column tag in brackets ({@code …（文化中国行）}) between two bodies heads the second
   * article, even with no byline of its own: it is not a subhead of the first.
   */
  @Test
  void headingWithAColumnTagStartsAnArticle() throws IOException {
    Page page = extract("column-tag-headline.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    assertEquals("乡村书屋书香浓（文化中国行）", text(page.articles().get(1).headline()));
    assertTrue(page.articles().get(0).subheads().isEmpty(), page.articles().get(0).subheads().toString());
  }

  @Test
  void continuationMarkAndNumberedPhotoCaptions() throws IOException {
    Page page = extract("continuation-and-photo-group.txt");
    assertTrue(page.noise().stream().anyMatch(n -> n.text().equals("（上接第一版）")), page.noise().toString());
    Article continued = page.articles().get(0);
    assertTrue(continued.headline().isEmpty());
    assertTrue(continued.paragraphs().get(0).text().startsWith("和服务保障"));

    Article story = page.articles().get(1);
    assertEquals("返乡青年说：", text(story.kicker()));
    assertEquals("大学毕业回村当“新农人”", text(story.headline()));
    assertEquals(3, story.paragraphs().size());

    assertEquals(List.of("图①：李思源在大棚里查看蔬菜长势。", "图②：合作社社员分拣打包蔬菜。", "游客在景区观赏红叶。"),
        page.captions().stream().map(c -> c.text().text()).toList());
    assertEquals("本报记者马晓峰摄", text(page.captions().get(1).credit()).replace(" ", ""));
    // A credit printed above its caption (an agency-distributed photo) pairs with the sentence under it.
    assertEquals("（新华社发）", text(page.captions().get(2).credit()));
    assertEquals(List.of("（上接第一版）"), page.noise().stream().map(SourcedText::text).toList());
  }

  /**
   * One article whose column narrows from 17 to 11 characters half-way (text flowing round a
   * photo; made by {@code src/test/fixtures-src/make_wrapped_pages.py}): the narrow part has no
   * headline or byline of its own, so it continues the article instead of becoming a second one.
   * A closing quote pushed to a line of its own joins the line above.
   */
  @Test
  void columnWidthChangeInsideOneArticle() throws IOException {
    Page page = extract("width-change-inside-article.txt");
    assertEquals(1, page.articles().size(), page.articles().toString());
    Article a = page.articles().get(0);
    assertEquals("河畔湿地公园正式开园", text(a.headline()));
    assertEquals(4, a.paragraphs().size());
    assertTrue(a.paragraphs().get(2).text().endsWith("好去处了。”"), a.paragraphs().get(2).text());
    assertEquals(List.of(), page.noise());
    assertEquals(1, page.captions().size());
  }

  /**
   * A blank line after every line, so blank lines say nothing about paragraphs; paragraphs come
   * from the indents and short last lines. One headline with a line byline, one with a lead-in.
   */
  @Test
  void blankLineAfterEveryLine() throws IOException {
    Page page = extract("every-line-blank.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    Article first = page.articles().get(0);
    assertEquals("社区食堂开进老街巷", text(first.headline()));
    assertEquals("黄丽", first.byline().orElseThrow().contributors().get(0).name());
    assertEquals(3, first.paragraphs().size());
    assertEquals(LocalDate.of(2025, 9, 20), first.dateline().orElseThrow().resolved().orElseThrow());
    Article second = page.articles().get(1);
    assertEquals("义务植树添新绿", text(second.headline()));
    assertEquals("马强", second.byline().orElseThrow().contributors().get(0).name());
    assertEquals(2, second.paragraphs().size());
    assertEquals(List.of(), page.noise());
  }

  /**
   * A commentary headline closed by its column tag, the author's padded name under it, then its body; a short heading
   * of the next article shares a word with that body ({@code 更“年轻”}: one pair, 年轻) but no more: the headline
   * keeps its body.
   */
  @Test
  void commentaryHeadlineWithColumnTagKeepsItsAuthorAndBody() throws IOException {
    Page page = extract("commentary-column-tag.txt");
    Article first = page.articles().get(0);
    assertEquals("城里人为啥爱上赶大集（今日时评）", text(first.headline()), page.articles().toString());
    assertEquals("李明", first.byline().map(b -> b.contributors().get(0).name()).orElse(null));
    assertTrue(!first.paragraphs().isEmpty() && first.paragraphs().get(0).text().startsWith("天刚蒙蒙亮"),
        page.articles().toString());
  }

  /**
   * The first column of an article printed at the top of the page, above another article, its own headline printed
   * further down beside its second column (headlines set to the right of their bodies): with nothing of an
   * article's own, the column joins the article whose body it shares its words with, not the one printed after it.
   */
  @Test
  void aColumnPrintedApartJoinsTheArticleItTalksAbout() throws IOException {
    Page page = extract("column-printed-apart.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    Article lanterns = page.articles().stream().filter(a -> "古镇灯会吸引八方游客".equals(text(a.headline()))).findFirst()
        .orElseThrow();
    assertEquals(2, lanterns.paragraphs().size(), lanterns.paragraphs().toString());
    assertTrue(lanterns.paragraphs().get(0).text().startsWith("正月里"), lanterns.paragraphs().toString());
    assertTrue(page.diagnostics().stream().anyMatch(d -> d.code().equals("merge.orphan")));
  }

  /** A two-part headline (two clauses of one length, 对仗) printed as two blocks is one headline. */
  @Test
  void aTwoPartHeadlineIsOneHeadline() throws IOException {
    Page page = extract("two-part-headline.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    assertEquals("冰雪游正旺山村人气足", text(page.articles().get(0).headline()), page.articles().toString());
    assertEquals("古镇花灯迎客来非遗手艺焕新彩", text(page.articles().get(1).headline()), page.articles().toString());
  }

  /**
   * A two-part headline whose first part, short alone, reads as a column label: the parts may differ by one character
   * (quotation marks and a column tag aside), a letter-spaced label above stays the label, and of three short heading
   * blocks the closer two in length are the parts.
   */
  @Test
  void aTwoPartHeadlineUnderALabelIsOneHeadline() throws IOException {
    Page page = extract("two-part-headline-label.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    Article post = page.articles().get(0);
    assertEquals("小站暖心守护“回家路”（新春走基层）", text(post.headline()), page.articles().toString());
    assertEquals("民生记事", text(post.section()), page.articles().toString());
    Article streets = page.articles().get(1);
    assertEquals("街巷整洁文明成风", text(streets.headline()), page.articles().toString());
    assertEquals("每日谈", text(streets.section()), page.articles().toString());
  }

  /**
   * A letter-spaced column label over a two-part headline right over the body, with the commentator's two-character
   * name set beside the parts one character per line, so the extractor prints it between them and after them: the
   * two short parallel parts are the headline, not two more labels, though no byline comes between them and the body.
   */
  @Test
  void aTwoPartHeadlineUnderALetterSpacedLabelRightOverTheBody() throws IOException {
    Page page = extract("two-part-headline-beside-name.txt");
    assertEquals(1, page.articles().size(), page.articles().toString());
    Article a = page.articles().get(0);
    assertEquals("春风入户暖意融融", text(a.headline()), a.toString());
    assertEquals("今日谈", text(a.section()), a.toString());
  }

  /**
   * A page header with its section name among the date and the paper's name, then a letter-spaced column label, a
   * kicker, and a two-part headline right over the body: the label after the header is the article's section (the
   * header has its own), the two short parallel parts are the headline and the line above them its kicker.
   */
  @Test
  void aKickerOverATwoPartHeadlineUnderTheHeader() throws IOException {
    Page page = extract("kicker-over-two-part-headline.txt");
    assertEquals(1, page.articles().size(), page.articles().toString());
    Article a = page.articles().get(0);
    assertEquals("乡村振兴", text(a.section()), a.toString());
    assertEquals("东山县推进村庄环境整治", text(a.kicker()), a.toString());
    assertEquals("小河变清村路变宽", text(a.headline()), a.toString());
    assertTrue(page.noise().stream().anyMatch(n -> n.text().equals("综合")), page.noise().toString());
  }

  /**
   * A kicker ending in the lead dash leads into the heading right under it, over the byline: that heading is the
   * headline, though short enough alone to read as a column label.
   */
  @Test
  void aLeadDashKickerLeadsIntoTheHeadlineUnderIt() throws IOException {
    Page page = extract("lead-dash-kicker.txt");
    assertEquals(1, page.articles().size(), page.articles().toString());
    Article a = page.articles().get(0);
    assertEquals("东山县举办迎春活动——", text(a.kicker()), a.toString());
    assertEquals("年味浓起来", text(a.headline()), a.toString());
    assertEquals("李明", a.byline().map(b -> b.contributors().get(0).name()).orElse(null), a.toString());
  }

  /**
   * A headline printed after its body with its column tag on a line of its own and the byline below: the tag belongs
   * to the headline, the byline to the article, and nothing of the heading is noise.
   */
  @Test
  void aColumnTagOnItsOwnLineBelongsToTheHeadline() throws IOException {
    Page page = extract("column-tag-own-line.txt");
    assertEquals(1, page.articles().size(), page.articles().toString());
    Article a = page.articles().get(0);
    assertEquals("乡村书屋书香浓（书香中国）", text(a.headline()), a.toString());
    assertEquals("王华", a.byline().map(b -> b.contributors().get(0).name()).orElse(null), a.toString());
    assertTrue(page.noise().stream().noneMatch(n -> n.text().contains("书香中国")), page.noise().toString());
  }

  /** A kicker set apart from its headline by white space (a blank line in the text) is the headline's kicker. */
  @Test
  void aKickerSetApartFromItsHeadlineIsItsKicker() throws IOException {
    Page page = extract("kicker-set-apart.txt");
    assertEquals(1, page.articles().size(), page.articles().toString());
    Article a = page.articles().get(0);
    assertEquals("古窑考古取得重要成果", text(a.headline()), page.articles().toString());
    assertEquals("城郊新发现古窑址三处", text(a.kicker()), page.articles().toString());
  }

  /** An agency lead-in printed on its own line over the body is the article's byline and its dateline. */
  @Test
  void anAgencyLeadOnItsOwnLineIsTheDateline() throws IOException {
    Page page = extract("agency-lead-own-line.txt");
    assertEquals(1, page.articles().size(), page.articles().toString());
    Article a = page.articles().get(0);
    assertEquals("王华", a.byline().map(b -> b.contributors().get(0).name()).orElse(null), a.toString());
    assertTrue(a.dateline().isPresent(), a.toString());
    assertEquals(2, a.dateline().orElseThrow().month().getAsInt());
    assertEquals(5, a.dateline().orElseThrow().day().getAsInt());
    assertEquals("长春", a.dateline().orElseThrow().place().orElse(null));
    assertEquals(LocalDate.of(2025, 2, 5), a.dateline().orElseThrow().resolved().orElse(null));
  }

  /**
   * A column tag in brackets printed after a body closes the article like a closing byline but names nobody: no
   * byline, the tag kept as noise; a bracketed name after the next body is that article's byline.
   */
  @Test
  void aBracketedTagAfterABodyIsNoByline() throws IOException {
    Page page = extract("bracketed-tag-after-body.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    assertTrue(page.articles().get(0).byline().isEmpty(), page.articles().toString());
    assertTrue(page.noise().stream().anyMatch(t -> t.text().equals("（乡村行）")), page.noise().toString());
    assertEquals("张明", page.articles().get(1).byline().map(b -> b.contributors().get(0).name()).orElse(null));
  }

  /**
   * A lead-in byline that wraps onto the next row of columns set side by side ({@code pdftotext -layout}) comes from
   * two ranges of the page; its extent also covers the other column's text between them, which the byline's ranges
   * leave to that column's paragraph (#18).
   */
  @Test
  void aBylineAcrossRowsOfColumnsComesFromItsOwnRangesOnly() throws IOException {
    String raw = resource("byline-across-columns-layout.txt");
    Page page = EXTRACTOR.extract(SourceText.of("p", raw), Optional.empty());
    assertEquals(1, page.articles().size(), page.articles().toString());
    dev.banmian.model.Byline b = page.articles().get(0).byline().orElseThrow();
    assertEquals(List.of("本报杭州 3 月 6 日", "电 （记者王明）"),
        b.spans().stream().map(s -> raw.substring(s.start(), s.end())).toList());
    assertTrue(raw.substring(b.span().start(), b.span().end()).contains("服务中心正式启用"), b.toString());
  }

  /**
   * A byline printed a piece per line, the role, a padded name and another name ({@code 本报记者} / {@code 钱   林} /
   * {@code 孙立新}): joined without a space the names run together, so the lines are read apart. The byline names both,
   * each traced to its own characters, and the headline keeps none of it.
   */
  @Test
  void aBylinePrintedAPiecePerLineNamesEachOfItsPeople() {
    String raw = """
        某日报

        湖区治理见成效
        本报记者
        钱   林
        孙立新

        　　今年以来，某县持续推进湖区生态治理，水质明显好转，候鸟数量逐年增加。
        """;
    Page page = EXTRACTOR.extract(SourceText.of("p", raw), Optional.empty());
    assertEquals(1, page.articles().size(), page.articles().toString());
    Article a = page.articles().get(0);
    assertEquals("湖区治理见成效", text(a.headline()));
    List<Contributor> names = a.byline().orElseThrow().contributors();
    assertEquals(List.of("钱林", "孙立新"), names.stream().map(Contributor::name).toList());
    assertEquals(List.of("钱   林", "孙立新"), names.stream().map(c -> raw.substring(c.span().start(), c.span().end())).toList());
  }

  /**
   * A label set inside a heading stack, between a kicker that leads into its headline and that headline: set apart
   * by blank lines it is a logo (noise) and opens no heading of its own; run on without a blank line it is the
   * headline's first line.
   */
  @Test
  void aLabelBetweenAKickerAndItsHeadlineOpensNoHeading() throws IOException {
    Page page = extract("label-inside-heading-stack.txt");
    assertEquals(2, page.articles().size(), page.articles().toString());
    Article noodles = page.articles().get(0);
    assertEquals("浙江湖州——", text(noodles.kicker()));
    assertEquals("一碗面条，传承百年手艺", text(noodles.headline()));
    assertTrue(noodles.paragraphs().get(0).text().startsWith("正月初五"), noodles.toString());
    assertTrue(page.noise().stream().anyMatch(t -> t.text().equals("好客湖州")), page.noise().toString());
    assertEquals("智能工厂添新装备（新春走基层）", text(page.articles().get(1).headline()));
  }
}
