package dev.banmian.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading-order repair of bodies cut into pieces on pages with one paragraph per line. */
class InterruptedBodyRejoinerTest {
  private static final LayoutRepairer REPAIRER = LayoutRepairer.builder().build();

  private static List<String> texts(String raw) {
    return REPAIRER.repair(SourceText.of("t", raw)).blocks().stream().map(Block::string).toList();
  }

  @Test
  void piecesPrintedOutOfOrderAreReadAlongTheirSentences() {
    String a = "走进河边村的老街，记者看到志愿者正在帮老人打扫院子。“你们来陪我聊天我就很高兴了，这些年轻人";
    String headline = "河边村：志愿服务暖人心";
    String c = "以及附近几所中学的学生，都愿意来这里做些力所能及的事情，社区也定期组织各种各样的活动。";
    String b = "还帮我收拾屋子！”王大爷说。社区负责人介绍，目前已有三十多名大学生志愿者报名参加这个服务项目。“我们会继续做下去，帮助更多的老人";
    String raw = a + "\n\n" + headline + "\n\n" + c + "\n\n" + b + "\n";
    List<String> blocks = texts(raw);
    assertEquals(List.of(a + b + c, headline), blocks);
  }

  @Test
  void displacedBlocksAreFlagged() {
    String a = "市里今年新建的十二座口袋公园已经全部开放，附近居民每天傍晚都会到园里散步，不少老人";
    String caption = "图为居民在新建的口袋公园里锻炼身体。";
    String b = "和孩子还在这里学会了打太极拳，大家都说这样的公园建到了老百姓的心坎上。";
    RepairedPage page = REPAIRER.repair(SourceText.of("t", a + "\n\n" + caption + "\n\n" + b + "\n"));
    assertEquals(a + b, page.blocks().get(0).string());
    assertTrue(page.blocks().get(1).displaced());
    assertTrue(page.diagnostics().stream().anyMatch(d -> d.code().equals("layout.rejoin")));
  }

  @Test
  void aWordThatMerelyStartsWithAParticleIsNotAContinuation() {
    String a = "这是一篇文章的第一段，它在一个句子的中间被版面切断了，后面的内容在别处接着";
    String b = "着眼长远发展，当地出台了一系列支持措施，进一步优化营商环境，吸引更多企业落户。";
    LayoutRepairer withDictionary = LayoutRepairer.builder()
        .segmenter(dev.banmian.segment.JiebaSegmenter.builder().build()).build();
    List<String> blocks = withDictionary.repair(SourceText.of("t", a + "\n\n标题\n\n" + b + "\n")).blocks().stream()
        .map(Block::string).toList();
    assertFalse(blocks.contains(a + b));
  }

  @Test
  void aCaptionEndingInACreditIsNotAnOpenSentence() {
    String caption = "村民在田间查看今年新引进的玉米品种的长势，脸上露出了丰收的喜悦。 李明 摄";
    String b = "以及周边几个乡镇的种植大户，都来这里学习经验，交流种植技术和田间管理的心得体会。";
    List<String> blocks = texts(caption + "\n\n" + b + "\n");
    assertEquals(2, blocks.size());
  }

  @Test
  void loopsAreNeverFollowed() {
    int[] link = {-1, 3, -1, -1};
    // tail 1 -> head 3; the piece starting at 3 ends at no linked tail: no loop.
    assertFalse(InterruptedBodyRejoiner.loops(link, 1, 4));
    int[] self = {-1, -1, -1, 1};
    // tail 3 -> head 1; the piece from 1 runs to tail 3 itself: a loop.
    assertTrue(InterruptedBodyRejoiner.loops(self, 3, 4));
    // where a column top may be printed before its column's start, that head moves after its tail: no loop
    assertFalse(InterruptedBodyRejoiner.loops(self, 3, 4, true));
    int[] cycle = {-1, 3, -1, 1};
    // tail 1 -> head 3 and tail 3 -> head 1, each its own head's tail: a cycle through two links stays a loop
    assertTrue(InterruptedBodyRejoiner.loops(cycle, 1, 4, true));
  }

  private static final LayoutRepairer WITH_DICTIONARY = LayoutRepairer.builder()
      .segmenter(dev.banmian.segment.JiebaSegmenter.builder().build()).build();

  @Test
  void aWrappedColumnCutInsideAWordContinuesWhereTheWordEnds() {
    String raw = """
        市图书馆今年春节推出了古籍修复体验
        活动，不少市民带着孩子前来参加，在
        老师的指导下学习修补破损的书页，累

        河湾村的冬季农家乐

        入冬以来，河湾村的农家乐迎来了客流
        高峰，村里新建的温泉和滑雪场吸引了
        周边城市的游客。

        计接待读者三千多人次。图书馆负责人
        表示，今后还将举办更多类似的活动。
        """;
    RepairedPage page = WITH_DICTIONARY.repair(SourceText.of("t", raw));
    assertTrue(page.style().wrapped());
    List<String> blocks = page.blocks().stream().map(Block::string).toList();
    assertEquals(List.of(
        "市图书馆今年春节推出了古籍修复体验活动，不少市民带着孩子前来参加，在老师的指导下学习修补破损的书页，"
            + "累计接待读者三千多人次。图书馆负责人表示，今后还将举办更多类似的活动。",
        "河湾村的冬季农家乐",
        "入冬以来，河湾村的农家乐迎来了客流高峰，村里新建的温泉和滑雪场吸引了周边城市的游客。"), blocks);
    // on a wrapped page the blocks in between are another article in column order, not pieces of this body
    assertFalse(page.blocks().get(1).displaced());
  }

  @Test
  void aShortLastLineOfAColumnThatStartsASentenceAfterAFullStopIsATail() {
    // the column's last line starts a sentence after a full stop: body text though narrower than a paragraph
    String raw = """
        市图书馆今年春节推出了古籍修复体验
        活动，不少市民带着孩子前来参加。

        入冬以来，河湾村的农家乐迎来了客流
        高峰，村里新建的温泉和滑雪场吸引了
        周边城市的游客。

        这项服务很受读者欢迎。春节期间，累

        河湾村的冬季农家乐

        计接待读者三千多人次。图书馆负责人
        表示，今后还将举办更多类似的活动。
        """;
    List<String> blocks = WITH_DICTIONARY.repair(SourceText.of("t", raw)).blocks().stream().map(Block::string).toList();
    assertTrue(blocks.contains("这项服务很受读者欢迎。春节期间，累计接待读者三千多人次。图书馆负责人表示，今后还将举办更多类似的活动。"),
        blocks.toString());
  }

  @Test
  void aWrappedColumnTopPrintedBeforeTheColumnItsSentenceStartsInIsReadAfterIt() {
    String raw = """
        计接待读者三千多人次。图书馆负责人
        表示，今后还将举办更多类似的活动。

        河湾村的冬季农家乐

        市图书馆今年春节推出了古籍修复体验
        活动，不少市民带着孩子前来参加，在
        老师的指导下学习修补破损的书页，累
        """;
    List<String> blocks = WITH_DICTIONARY.repair(SourceText.of("t", raw)).blocks().stream().map(Block::string).toList();
    assertEquals(List.of("河湾村的冬季农家乐",
        "市图书馆今年春节推出了古籍修复体验活动，不少市民带着孩子前来参加，在老师的指导下学习修补破损的书页，"
            + "累计接待读者三千多人次。图书馆负责人表示，今后还将举办更多类似的活动。"), blocks);
  }

  @Test
  void aWrappedColumnCutBetweenWordsIsNotLinkedToAnUnrelatedParagraph() {
    String raw = """
        市图书馆今年春节推出了古籍修复体验
        活动，不少市民带着孩子前来参加，在

        河湾村的冬季农家乐

        入冬以来，河湾村的农家乐迎来了客流
        高峰，村里新建的温泉和滑雪场吸引了
        周边城市的游客。
        """;
    List<String> blocks = WITH_DICTIONARY.repair(SourceText.of("t", raw)).blocks().stream().map(Block::string).toList();
    assertEquals(3, blocks.size());
  }
}
