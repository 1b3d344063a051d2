package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.extract.meta.BylineParser;
import dev.banmian.extract.meta.DatelineParser;
import dev.banmian.model.Article;
import dev.banmian.model.SourcedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ArticleWriterTest {
  private final ArticleWriter writer = new ArticleWriter(BylineParser.standard(), DatelineParser.standard(),
      dev.banmian.segment.JiebaSegmenter.builder().build());

  static Stream<Arguments> articles() {
    return Stream.of(
        Arguments.of("a lead-in byline leaves the paragraph and becomes the byline; its dateline is read",
            List.of("HEADLINE| 新桥通车", "BODY| 本报北京3月2日电（记者王明） 某县新建桥梁一座。"),
            List.of("headline=新桥通车", "byline=记者:王明", "dateline=3-2 北京", "p=某县新建桥梁一座。"), List.of()),
        Arguments.of("a dateline set alone over the body takes its bracketed reporters from the first paragraph",
            List.of("HEADLINE| 新桥通车", "BYLINE 本报杭州3月2日电", "BODY| （记者王明） 某县新建桥梁一座。"),
            List.of("headline=新桥通车", "byline=记者:王明", "dateline=3-2 杭州", "p=某县新建桥梁一座。"), List.of()),
        Arguments.of("a paragraph opening with a bracket that names no one stays whole under a dateline set alone",
            List.of("HEADLINE| 新桥通车", "BYLINE 本报杭州3月2日电", "BODY| （上接第一版） 某县新建桥梁一座。"),
            List.of("headline=新桥通车", "byline=", "dateline=3-2 杭州", "p=（上接第一版） 某县新建桥梁一座。"), List.of()),
        Arguments.of("a byline closing the last paragraph is the byline",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座。（记者 王明）"),
            List.of("headline=新桥通车", "byline=记者:王明", "p=某县新建桥梁一座。"), List.of()),
        Arguments.of("a byline line under the headline wins over a bare name closing the body",
            List.of("HEADLINE| 新桥通车", "BYLINE 本报记者 王明", "BODY| 某县新建桥梁一座。", "BYLINE （李华）"),
            List.of("headline=新桥通车", "byline=记者:王明", "p=某县新建桥梁一座。"), List.of("（李华）")),
        Arguments.of("subheads stay apart from the paragraphs; a subhead wrapped over two lines is one",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座。", "HEADLINE| 一桥连两岸", "HEADLINE 通途惠民生",
                "BODY| 大桥全长八百米。"),
            List.of("headline=新桥通车", "sub=一桥连两岸通途惠民生", "p=某县新建桥梁一座。", "p=大桥全长八百米。"), List.of()),
        Arguments.of("a block that opens mid-sentence goes on the open paragraph before it",
            List.of("HEADLINE| 新桥通车", "BODY| 村里修了新路，有", "BODY| 的路段还装上了路灯。"),
            List.of("headline=新桥通车", "p=村里修了新路，有的路段还装上了路灯。"), List.of()),
        Arguments.of("a word running across the seam joins the two pieces of a paragraph",
            List.of("HEADLINE| 新桥通车", "BODY| 今年某省再建古", "BODY| 树公园十个。"),
            List.of("headline=新桥通车", "p=今年某省再建古树公园十个。"), List.of()),
        Arguments.of("a number's unit opening the next piece joins it to the paragraph",
            List.of("HEADLINE| 新桥通车", "BODY| 某景区去年接待游客。全年接待游客30", "BODY| 万人次，创下新高。"),
            List.of("headline=新桥通车", "p=某景区去年接待游客。全年接待游客30万人次，创下新高。"), List.of()),
        Arguments.of("a piece that opens a sentence of its own stays a paragraph after an open one",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座，全长", "BODY| “路修好了，生意也好了。”村民说。"),
            List.of("headline=新桥通车", "p=某县新建桥梁一座，全长", "p=“路修好了，生意也好了。”村民说。"), List.of()),
        Arguments.of("a piece after a paragraph that ends its sentence stays a paragraph",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座。", "BODY| 而且大桥全长八百米。"),
            List.of("headline=新桥通车", "p=某县新建桥梁一座。", "p=而且大桥全长八百米。"), List.of()),
        Arguments.of("a piece after a note wholly in brackets stays a paragraph",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座。", "BODY| （本报记者李华参与采写）", "BODY| 而且大桥全长八百米。"),
            List.of("headline=新桥通车", "p=某县新建桥梁一座。", "p=（本报记者李华参与采写）", "p=而且大桥全长八百米。"), List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("articles")
  void writesTheArticleOfARun(String name, List<String> specs, List<String> expected, List<String> noise) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    TestPage.Cut cut = page.cut();
    Assembly a = page.assembly();
    new HeadlineMatcher(HeadlineMatcher.Weights.STANDARD).match(cut.units(), cut.headings(), cut.runs(), a);
    Article article = writer.write(cut.runs().get(0), null, null, Optional.of(LocalDate.of(2025, 3, 3)), a);
    assertEquals(expected, describe(article));
    assertEquals(noise, a.noise.stream().map(SourcedText::text).toList());
  }

  /**
   * A run appended to another takes its displaced headline along: the headline where the run before has none, else
   * page noise (found by the long reliability run: a run joined to another article lost its displaced heading).
   */
  @ParameterizedTest(name = "displaced headlines of runs {0}")
  @MethodSource("mergedRuns")
  void keepsTheDisplacedHeadlinesOfRunsItTakes(String name, boolean firstHasOne, boolean prepend, List<String> expected,
      List<String> noise) {
    TestPage page = new TestPage("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座。", "HEADLINE| 古镇花灯", "BODY| 大桥全长八百米。");
    List<ClassifiedBlock> b = page.blocks;
    BodyRun first = new BodyRun(null, 1);
    first.add(b.get(1), false);
    first.displacedHeadline = firstHasOne ? b.get(0) : null;
    BodyRun second = new BodyRun(null, 3);
    second.add(b.get(3), false);
    second.displacedHeadline = b.get(2);
    if (prepend) {
      second.prependAll(first);
    } else {
      first.addAll(second);
    }
    Assembly a = page.assembly();
    Article article = writer.write(prepend ? second : first, null, null, Optional.empty(), a);
    assertEquals(expected, describe(article));
    assertEquals(noise, a.noise.stream().map(SourcedText::text).toList());
  }

  static Stream<Arguments> mergedRuns() {
    List<String> paragraphs = List.of("p=某县新建桥梁一座。", "p=大桥全长八百米。");
    List<String> withFirst = new ArrayList<>(List.of("headline=新桥通车"));
    withFirst.addAll(paragraphs);
    List<String> withSecond = new ArrayList<>(List.of("headline=古镇花灯"));
    withSecond.addAll(paragraphs);
    return Stream.of(
        Arguments.of("appended: the run's own stays its headline, the other is noise", true, false, withFirst,
            List.of("古镇花灯")),
        Arguments.of("appended to a run with none: it heads the article", false, false, withSecond, List.of()),
        Arguments.of("prepended: the run's own stays its headline, the other is noise", true, true, withSecond,
            List.of("新桥通车")));
  }

  private static List<String> describe(Article a) {
    List<String> out = new ArrayList<>();
    a.headline().ifPresent(t -> out.add("headline=" + t.text()));
    a.byline().ifPresent(b -> out.add("byline=" + String.join(",", b.contributors().stream().map(c -> c.role() + ":" + c.name()).toList())));
    a.dateline().ifPresent(d -> out.add("dateline=" + d.month().orElse(0) + "-" + d.day().orElse(0) + " " + d.place().orElse("")));
    a.subheads().forEach(s -> out.add("sub=" + s.text()));
    a.paragraphs().forEach(p -> out.add("p=" + p.text()));
    return out;
  }
}
