package dev.banmian.extract.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ContinuationMergerTest {
  private final ContinuationMerger merger = new ContinuationMerger(w -> false);

  static Stream<Arguments> pages() {
    return Stream.of(
        Arguments.of("a run that starts inside a sentence continues the run that stops inside one",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座，方便", "HEADLINE| 老街巷换新颜",
                "BODY| 本报讯（记者王明） 某区改造老旧街巷三十条。", "BYLINE （记者 李华）", "BODY| 了两岸群众出行。"),
            List.of("某县新建桥梁一座，方便了两岸群众出行。", "本报讯（记者王明） 某区改造老旧街巷三十条。")),
        Arguments.of("a note wholly in brackets closes its run, so a run that starts inside a sentence passes it by",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座，方便", "HEADLINE| 老街巷换新颜",
                "BODY| 本报讯（记者王明） 某区改造老旧街巷三十条。", "BODY （本报记者李华参与采写）", "BYLINE （记者 张强）",
                "BODY| 了两岸群众出行。"),
            List.of("某县新建桥梁一座，方便了两岸群众出行。", "本报讯（记者王明） 某区改造老旧街巷三十条。（本报记者李华参与采写）")),
        Arguments.of("a body cut off by its column width goes on the run that took in the column right before it",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座，方便", "HEADLINE| 老街巷换新颜",
                "BODY| 本报讯（记者王明） 某区改造老旧街巷三十条。", "BYLINE （记者 李华）",
                "BODY| 了两岸群众出行，\n大桥全长八百\n米，宽二十米。",
                "BODY| 大桥建成后，两岸村庄来往只要\n五分钟，村民们都很高兴，纷纷\n称赞。"),
            List.of("某县新建桥梁一座，方便了两岸群众出行，大桥全长八百米，宽二十米。大桥建成后，两岸村庄来往只要五分钟，村民们都很高兴，纷纷称赞。",
                "本报讯（记者王明） 某区改造老旧街巷三十条。")),
        Arguments.of("a body with nothing of its own opens the body right after it that only the column width cut from it",
            List.of("BODY| 春节前夕，城里张灯结彩，\n处处喜气洋洋。", "BODY| 某县新建大桥一座，大桥全长\n八百米，宽二十米，连通两岸\n村庄。",
                "HEADLINE| 某县新建大桥"),
            List.of("春节前夕，城里张灯结彩，处处喜气洋洋。某县新建大桥一座，大桥全长八百米，宽二十米，连通两岸村庄。")),
        Arguments.of("a body with nothing of its own right after another body continues it",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座。", "BODY| 大桥全长八百米。"),
            List.of("某县新建桥梁一座。大桥全长八百米。")),
        Arguments.of("a stray column goes to the article whose words it shares",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座，大桥连通两岸村庄。", "HEADLINE| 老街巷换新颜",
                "BODY| 本报讯（记者王明） 某区改造老旧街巷三十条，街巷路面全部翻新。", "BYLINE （记者 李华）",
                "BODY| 大桥建成后，两岸村庄来往只要五分钟。"),
            List.of("某县新建桥梁一座，大桥连通两岸村庄。大桥建成后，两岸村庄来往只要五分钟。",
                "本报讯（记者王明） 某区改造老旧街巷三十条，街巷路面全部翻新。")),
        Arguments.of("a stray column that shares no words stays an article of its own",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建桥梁一座。", "HEADLINE| 老街巷换新颜",
                "BODY| 本报讯（记者王明） 某区改造老旧街巷三十条。", "BYLINE （记者 李华）",
                "BODY| 春节期间天气晴好。"),
            List.of("某县新建桥梁一座。", "本报讯（记者王明） 某区改造老旧街巷三十条。", "春节期间天气晴好。")),
        Arguments.of("a column printed after another article's end, on a fresh sentence, goes to the article whose words it"
                + " shares",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建大桥一座，大桥连通两岸村庄。", "HEADLINE| 老街巷换新颜",
                "BODY| 本报讯（记者王明） 某区改造老旧街巷三十条。", "BODY| 街巷路面全部翻新，居民出行更方便。",
                "BODY| 大桥建成后，两岸村庄来往只要五分钟。"),
            List.of("某县新建大桥一座，大桥连通两岸村庄。大桥建成后，两岸村庄来往只要五分钟。",
                "本报讯（记者王明） 某区改造老旧街巷三十条。街巷路面全部翻新，居民出行更方便。")),
        Arguments.of("a column moved to an article printed after it opens that article's body",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建大桥一座，大桥连通两岸村庄。", "BODY| 老街巷里张灯结彩，街巷路面全部翻新。",
                "HEADLINE| 老街巷换新颜", "BYLINE 本报记者 李华", "BODY| 某区改造老街巷三十条，老街巷居民出行更方便。"),
            List.of("某县新建大桥一座，大桥连通两岸村庄。", "老街巷里张灯结彩，街巷路面全部翻新。某区改造老街巷三十条，老街巷居民出行更方便。")),
        Arguments.of("a column that shares its words with its own article stays",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建大桥一座，大桥连通两岸村庄。", "HEADLINE| 老街巷换新颜",
                "BODY| 本报讯（记者王明） 某区改造老旧街巷三十条。", "BODY| 街巷路面全部翻新，居民出行更方便。",
                "BODY| 春节期间，老街巷里张灯结彩。"),
            List.of("某县新建大桥一座，大桥连通两岸村庄。",
                "本报讯（记者王明） 某区改造老旧街巷三十条。街巷路面全部翻新，居民出行更方便。春节期间，老街巷里张灯结彩。")),
        Arguments.of("a column that goes on with a sentence of its own run stays",
            List.of("HEADLINE| 新桥通车", "BODY| 某县新建大桥一座，大桥连通两岸村庄。", "HEADLINE| 老街巷换新颜",
                "BODY| 本报讯（记者王明） 某区改造老旧街巷三十条，", "BODY| 大桥建成后，两岸村庄来往只要五分钟。"),
            List.of("某县新建大桥一座，大桥连通两岸村庄。", "本报讯（记者王明） 某区改造老旧街巷三十条，大桥建成后，两岸村庄来往只要五分钟。")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void mergesContinuations(String name, List<String> specs, List<String> expected) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    assertEquals(expected, mergedAfterMatching(page).stream().map(BodyRun::text).toList());
  }

  /** The page's runs after the merges before matching, matching, and the merges after it. */
  private List<BodyRun> mergedAfterMatching(TestPage page) {
    TestPage.Cut cut = page.cut();
    merger.mergeBrokenSentences(cut.runs());
    new HeadlineMatcher(HeadlineMatcher.Weights.STANDARD).match(cut.units(), cut.headings(), cut.runs(), page.assembly());
    merger.mergeAfterMatching(cut.runs(), page.readingIndex(), new dev.banmian.extract.layout.PageStyle(true, 20, 0.3, true), page.assembly());
    return cut.runs();
  }

  private static final List<String> RICE_CAKE_ARTICLE = List.of("KICKER| 浙江某镇——", "HEADLINE| 一块米糕，蒸出年味", "BYLINE 本报记者 李华",
      "BODY| 清晨，老街的作坊里飘出米糕的香气，师傅把米浆倒进蒸笼。");

  private static final List<String> BRIDGE_ARTICLE = List.of("HEADLINE| 新桥通车", "BODY| 本报讯（记者王明） 某县新建桥梁一座，大桥连通两岸村庄。");

  static Stream<Arguments> labelledPieces() {
    List<String> before = new java.util.ArrayList<>(List.of("SECTION| 寻年味", "BODY| 过年蒸一块米糕，图个年年高的好彩头。"));
    before.addAll(BRIDGE_ARTICLE);
    before.addAll(RICE_CAKE_ARTICLE);
    List<String> after = new java.util.ArrayList<>(BRIDGE_ARTICLE);
    after.addAll(RICE_CAKE_ARTICLE);
    after.addAll(List.of("SECTION| 寻年味", "BODY| 过年蒸一块米糕，图个年年高的好彩头。"));
    List<String> labelledBoth = new java.util.ArrayList<>(before);
    labelledBoth.add(labelledBoth.indexOf("KICKER| 浙江某镇——"), "SECTION| 寻年味");
    return Stream.of(
        Arguments.of("where that article has labels of its own, the piece's labels head the article read right after the piece",
            labelledBoth, List.of("本报讯（记者王明） 某县新建桥梁一座，大桥连通两岸村庄。 labels 寻年味",
                "过年蒸一块米糕，图个年年高的好彩头。清晨，老街的作坊里飘出米糕的香气，师傅把米浆倒进蒸笼。 labels -")),
        Arguments.of("a piece under section labels alone, read before the article whose words it shares, opens that article"
                + " and brings its labels",
            before, List.of("本报讯（记者王明） 某县新建桥梁一座，大桥连通两岸村庄。 labels -",
                "过年蒸一块米糕，图个年年高的好彩头。清晨，老街的作坊里飘出米糕的香气，师傅把米浆倒进蒸笼。 labels 寻年味")),
        Arguments.of("read after that article, the piece under its labels stays an article of its own",
            after, List.of("本报讯（记者王明） 某县新建桥梁一座，大桥连通两岸村庄。 labels -",
                "清晨，老街的作坊里飘出米糕的香气，师傅把米浆倒进蒸笼。 labels -", "过年蒸一块米糕，图个年年高的好彩头。 labels 寻年味")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("labelledPieces")
  void givesALabelledPieceToTheArticleItOpens(String name, List<String> specs, List<String> expected) {
    assertEquals(expected, labelledAdopted(specs).stream().map(r -> r.text() + " labels "
        + (r.forwardSub == null ? "-" : HeadlineMatcher.joined(r.forwardSub.section))).toList());
  }

  private static final List<String> RICE_WINE_START = List.of("KICKER| 某县——", "HEADLINE| 一碗米酒，酿出乡愁滋味",
      "BODY| “无米酒不过年”。在某县，米酒是春节餐桌上少不了的饮品。");

  private static final List<String> RICE_WINE_END = List.of("SECTION| 寻年味",
      "BODY| “先来一壶热米酒。”陈先生回乡过年，一到家就约上朋友来尝尝家乡的米酒。", "BYLINE （本报记者 周立）");

  static Stream<Arguments> closedPieces() {
    List<String> alone = new java.util.ArrayList<>(RICE_WINE_START);
    alone.addAll(RICE_WINE_END);
    alone.addAll(BRIDGE_ARTICLE);
    List<String> named = new java.util.ArrayList<>(alone);
    named.add(named.indexOf(RICE_WINE_END.get(0)), "BYLINE 本报记者 李华");
    List<String> two = new java.util.ArrayList<>(RICE_WINE_START);
    two.addAll(List.of("CAPTION| 村民在自家院里酿米酒。", "HEADLINE| 米酒飘香", "BODY| 某镇家家户户酿米酒，热米酒香飘满街。"));
    two.addAll(RICE_WINE_END);
    return Stream.of(
        Arguments.of("a piece under labels alone that a byline closes ends the one article before it that names no one",
            alone, List.of("“无米酒不过年”。在某县，米酒是春节餐桌上少不了的饮品。“先来一壶热米酒。”陈先生回乡过年，一到家就约上朋友来尝尝家乡的米酒。"
                + " by （本报记者 周立）", "本报讯（记者王明） 某县新建桥梁一座，大桥连通两岸村庄。 by -")),
        Arguments.of("an article before it that names someone already ends there",
            named, List.of("“无米酒不过年”。在某县，米酒是春节餐桌上少不了的饮品。 by -",
                "“先来一壶热米酒。”陈先生回乡过年，一到家就约上朋友来尝尝家乡的米酒。 by （本报记者 周立）",
                "本报讯（记者王明） 某县新建桥梁一座，大桥连通两岸村庄。 by -")),
        Arguments.of("where two articles before it name no one and share its words, neither takes it",
            two, List.of("“无米酒不过年”。在某县，米酒是春节餐桌上少不了的饮品。 by -", "某镇家家户户酿米酒，热米酒香飘满街。 by -",
                "“先来一壶热米酒。”陈先生回乡过年，一到家就约上朋友来尝尝家乡的米酒。 by （本报记者 周立）")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("closedPieces")
  void givesALabelledPieceClosedByABylineToTheArticleItEnds(String name, List<String> specs, List<String> expected) {
    assertEquals(expected, labelledAdopted(specs).stream()
        .map(r -> r.text() + " by " + (r.trailingByline == null ? "-" : r.trailingByline.text())).toList());
  }

  /** The article that ends with the piece keeps the kicker over it; the piece's labels stand aside as noise, not lost. */
  @org.junit.jupiter.api.Test
  void anArticleEndedByALabelledPieceKeepsItsOwnHeading() {
    TestPage page = new TestPage("KICKER| 某港更新装备提升效能——", "BODY| 某港口每天都有上百条货船靠港，智能拖轮忙个不停。",
        "SECTION| 寻年味", "BODY| 智能拖轮靠泊又快又稳，货船进港更方便。", "BYLINE （本报记者 王明）");
    List<BodyRun> runs = mergedAfterMatching(page);
    Assembly assembly = page.assembly();
    merger.adoptLabelledOrphans(runs, assembly);
    assertEquals(1, runs.size(), runs.toString());
    assertEquals("某港更新装备提升效能——", HeadlineMatcher.joined(runs.get(0).forwardSub.kicker));
    assertEquals("（本报记者 王明）", runs.get(0).trailingByline.text());
    assertEquals(List.of("寻年味"), assembly.noise.stream().map(dev.banmian.model.SourcedText::text).toList());
  }

  /** {@return the runs of the page {@code specs} once merged and matched, and labelled pieces adopted} */
  private List<BodyRun> labelledAdopted(List<String> specs) {
    TestPage page = new TestPage(specs.toArray(String[]::new));
    List<BodyRun> runs = mergedAfterMatching(page);
    merger.adoptLabelledOrphans(runs, page.assembly());
    return runs;
  }
}
