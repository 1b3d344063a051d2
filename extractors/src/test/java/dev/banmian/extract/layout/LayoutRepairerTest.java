package dev.banmian.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.segment.JiebaSegmenter;
import dev.banmian.text.SourceText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Table tests of single repair rules on small invented pages: each page prints a hard-wrapped column of
 * about 17 em and one piece of damage, and the test names the blocks that must come out.
 */
class LayoutRepairerTest {
  private static final LayoutRepairer REPAIRER = LayoutRepairer.builder().segmenter(JiebaSegmenter.builder().build()).build();

  private static final String COLUMN = """
      某县新闻

      今年以来，某县持续推进农村道路建设，
      新修道路一百多公里，沿线群众出行更
      加方便。县里还建立了养护队伍，每条
      """;

  /** A headline and one paragraph in content-stream order: no blank lines, a column of about 18 em. */
  private static final String CONTENT_STREAM = """
      东山县推进村庄环境整治
      今年以来，东山县把村庄环境整治作为民
      生实事来抓，清理河道淤泥，拓宽村道，
      在路旁种下成片的树木。村民们说，村里
      的河水清了，路也宽了，傍晚出门散步的
      人越来越多。
      """;
  private static final String CONTENT_STREAM_BODY = "今年以来，东山县把村庄环境整治作为民生实事来抓，清理河道淤泥，拓宽村道，"
      + "在路旁种下成片的树木。村民们说，村里的河水清了，路也宽了，傍晚出门散步的人越来越多。";

  private static List<String> blocks(String raw) {
    return REPAIRER.repair(SourceText.of("test", raw)).blocks().stream().map(Block::string).toList();
  }

  /** {@return the last block of {@link #COLUMN} followed by {@code lines}} */
  private static String lastBlock(String lines) {
    List<String> out = blocks(COLUMN + lines);
    return out.get(out.size() - 1);
  }

  /**
   * Text in content-stream order that the extractor broke wherever a run of text ended ({@code pdftotext -raw}): a line
   * that stops short at a comma goes on into the next, though together they overrun the column (the extractor also
   * ran two printed lines into one).
   */
  @Test
  void shortLineStoppingAtACommaGoesOnWhereBlankLinesSayNothing() {
    List<String> out = blocks("""
        东山县推进村庄环境整治
        今年以来，东山县把村庄环境整治作为民
        生实事来抓，
        清理河道淤泥、拓宽村道，在路旁种下成片的树木。
        村民们说，村里的河水清了，路也宽了，
        傍晚出门散步的人越来越多。
        """);
    assertEquals("东山县推进村庄环境整治", out.get(0));
    assertTrue(out.get(1).startsWith("今年以来，东山县把村庄环境整治作为民生实事来抓，清理河道淤泥、拓宽村道，"), out.toString());
  }

  /**
   * Text in content-stream order whose extractor ends a line wherever a run of text ends ({@code pdftotext -raw}: blank
   * lines say nothing, printed lines break at marks): a paragraph's line that stops inside its sentence, however short,
   * goes on into the next body line. A photo credit ends its caption whatever its last character.
   */
  @Test
  void aParagraphsLineStoppingInsideItsSentenceGoesOnWhereTheExtractorPrintsTextRuns() {
    List<String> out = blocks("""
        东山县推进村庄环境整治
        今年以来，东山县把村庄环境整治作为民
        生实事来抓。村民们说：“河水清了，路
        也宽了。
        ”县里把闲置的老屋改造成了图书室，
        村
        集体还出资购置了两千多册图书，供村民
        免费借阅。
        村民们在新建的图书室里读书看报，孩子
        们在一旁写作业。 王明摄
        此外，县里还组织志愿者定期到各村开展
        读书活动，受到群众欢迎。
        """);
    assertEquals("今年以来，东山县把村庄环境整治作为民生实事来抓。村民们说：“河水清了，路也宽了。”县里把闲置的老屋改造成了图书室，"
        + "村集体还出资购置了两千多册图书，供村民免费借阅。", out.get(1), out.toString());
    assertTrue(out.contains("此外，县里还组织志愿者定期到各村开展读书活动，受到群众欢迎。"), out.toString());
  }

  /** A page whose heading lines each stand between blank lines, one heading cut inside a word across a blank line. */
  private static final String HEADING_LINES_APART = """
      山村建起图

      书馆

      添置图书 2000 多册

      本报讯（记者 王明）今年以来，山村小学
      的孩子们有了新去处。村里把闲置的老屋

      改造成图书馆，添置了两千多册图书。
      """;

  @Test
  void headingCutAcrossABlankLineShowsBlankLinesSayNothing() {
    RepairedPage page = REPAIRER.repair(SourceText.of("test", HEADING_LINES_APART));
    assertFalse(page.style().blanksInformative());
    assertTrue(page.diagnostics().stream().anyMatch(d -> d.code().equals("layout.style")));
    assertEquals("山村建起图书馆", page.blocks().get(0).string());
  }

  @Test
  void headingPrintedAsOneBlockKeepsBlankLinesMeaningful() {
    // one heading of two lines printed as one block: the extractor does not set each heading line apart
    RepairedPage page = REPAIRER.repair(SourceText.of("test", "新春走\n基层\n\n" + HEADING_LINES_APART));
    assertTrue(page.style().blanksInformative());
    assertFalse(page.diagnostics().stream().anyMatch(d -> d.code().equals("layout.style")));
  }

  @Test
  void sentenceResumesAfterANamePrintedInsideIt() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修保

        张

        养。村民们说，如今下雨天出门也不怕
        了，农产品运输的成本降低了许多。
        """);
    assertEquals(List.of("某县新闻",
        "今年以来，某县持续推进农村道路建设，新修道路一百多公里，沿线群众出行更加方便。县里还建立了养护队伍，每条"
            + "道路都有专人负责日常巡查和维修保养。村民们说，如今下雨天出门也不怕了，农产品运输的成本降低了许多。",
        "张"), out);
  }

  /**
   * At the top of a column, the few lines above a row (a headline, a lead-in, an overfull line) share no margin,
   * while the lines below do: a paragraph's last line two ems short of that margin ends the paragraph, though the
   * lines above alone would measure it full.
   */
  @Test
  void paragraphEndsShortOfTheMarginTheLinesBelowShow() {
    List<String> out = blocks("""
        东山县推进村庄环境整治

        本报讯（记者李明） “这次回村，
        最大的感受是路变宽了，河变清了，村变美了。”
        东山县河口镇河口村村民王强笑着说道。
        东山县地处平原，河网密布，村庄分散，是
        典型的农业大县。王强在外地打工多年，上次
        回村还是三年前。这次他之所以感受这样深，
        得益于县里的一场农村环境整治大行动。县里
        把整治作为民生实事来抓，清理河道的淤泥，
        拓宽村道，在路旁种下成片的树木和花草。
        """);
    assertEquals(List.of("东山县推进村庄环境整治",
        "本报讯（记者李明） “这次回村，最大的感受是路变宽了，河变清了，村变美了。”东山县河口镇河口村村民王强笑着说道。",
        "东山县地处平原，河网密布，村庄分散，是典型的农业大县。王强在外地打工多年，上次回村还是三年前。这次他之所以感受"
            + "这样深，得益于县里的一场农村环境整治大行动。县里把整治作为民生实事来抓，清理河道的淤泥，拓宽村道，在路旁种下"
            + "成片的树木和花草。"), out);
  }

  /**
   * Where digits meet Han characters, print sets a quarter em that extractors show as a space ({@code 12 个}): the
   * column's full lines that hold numbers measure a full em wider with those gaps, so a paragraph's last line two ems
   * short of the margin ends it, though without them it would measure full.
   */
  @Test
  void theGapsAroundNumbersCountInTheColumnsWidth() {
    List<String> out = blocks("""
        某县推进农村道路建设

        今年，全县 12 个乡镇新修道路 86 公里，沿线
        群众出行方便了许多，道路两旁种了树。
        县里还成立了 15 支养护队伍，共配备了 40 名
        专职养护员，每 10 公里道路设有 12 个养护站
        点，日常巡查和维修保养都有专人负责。
        """);
    assertEquals(List.of("某县推进农村道路建设", "今年，全县12个乡镇新修道路86公里，沿线群众出行方便了许多，道路两旁种了树。",
        "县里还成立了15支养护队伍，共配备了40名专职养护员，每10公里道路设有12个养护站点，日常巡查和维修保养都有专人负责。"), out);
  }

  /**
   * Two punctuation marks in a row are set in less than two ems (标点挤压), so the lines that hold such pairs are no
   * wider than the column though they hold more characters: the margin is measured with the squeeze, and an indented
   * first line two ems short of it wraps onto the next.
   */
  @Test
  void squeezedPunctuationInsideALineDoesNotWidenTheColumn() {
    List<String> out = blocks("""
        某街道老旧小区换新路灯
        春节期间，某街道的东湖新社区张灯结彩
        处处喜气洋洋，年味十足。
        居民王大爷散步回家，走过楼前。“新装的路灯
        又亮又省电，那些昏暗的旧灯终于换掉了。”王
        大爷说，多亏了国家的好政策，老旧小区的居
        民都得到了实惠。
        """);
    assertEquals(List.of("某街道老旧小区换新路灯", "春节期间，某街道的东湖新社区张灯结彩处处喜气洋洋，年味十足。",
        "居民王大爷散步回家，走过楼前。“新装的路灯又亮又省电，那些昏暗的旧灯终于换掉了。”王大爷说，多亏了国家的好政策，"
            + "老旧小区的居民都得到了实惠。"), out);
  }

  /**
   * Text in content-stream order with no blank lines: a subhead printed on the line of the photo caption beside it,
   * the credit's agency in brackets on the next line. The subhead, the caption with its whole credit, and the body
   * come out as blocks of their own.
   */
  @Test
  void subheadSharingALineWithACaptionIsSplitOffAndTheAgencyJoinsTheCredit() {
    List<String> out = blocks(CONTENT_STREAM + """
        清理河道，拓宽村道 村民在新修的路上散步。　李明摄
        （新华社发）
        县里还建立了长效管护机制，每个村都配
        了保洁员，定期巡查河道和道路，发现问
        题及时处理。
        """);
    assertEquals(List.of("东山县推进村庄环境整治", CONTENT_STREAM_BODY, "清理河道，拓宽村道",
        "村民在新修的路上散步。李明摄（新华社发）",
        "县里还建立了长效管护机制，每个村都配了保洁员，定期巡查河道和道路，发现问题及时处理。"), out);
  }

  /** A subhead just short of the column's margin, on its own line over a photo caption, is no caption's first line. */
  @Test
  void headingOverACaptionIsNotItsIndentedFirstLine() {
    List<String> out = blocks(CONTENT_STREAM + """
        清理河道，拓宽村道，种下成片的树
        村民在新修的路上散步，路旁种满了树木
        和花草。　李明摄（新华社发）
        县里还建立了长效管护机制，每个村都配
        了保洁员，定期巡查河道和道路，发现问
        题及时处理。
        """);
    assertEquals(List.of("东山县推进村庄环境整治", CONTENT_STREAM_BODY, "清理河道，拓宽村道，种下成片的树",
        "村民在新修的路上散步，路旁种满了树木和花草。李明摄（新华社发）",
        "县里还建立了长效管护机制，每个村都配了保洁员，定期巡查河道和道路，发现问题及时处理。"), out);
  }

  /**
   * Credits by what each person did ({@code 文/X}, {@code 图/Y}) printed on lines of their own, one blank line apart,
   * under a headline and over a body: one byline block, joined neither to the headline nor to the body.
   */
  @Test
  void slashCreditsOnTheirOwnLinesAreOneBylineApartFromHeadlineAndBody() {
    List<String> out = blocks("""
        某县新闻

        一碗米粉，承载家乡味道
        文/王明

        图/李华

        正月初五，某县的米粉店里坐满
        了食客，店员忙着招呼客人、端
        送米粉。
        """);
    assertEquals(List.of("某县新闻", "一碗米粉，承载家乡味道", "文/王明 图/李华",
        "正月初五，某县的米粉店里坐满了食客，店员忙着招呼客人、端送米粉。"), out);
  }

  @Test
  void aNameAfterABylineMarkIsABylineThatNoOpenBracketReachesInto() {
    // the headline's column tag was cut by the column reading: its bracket stays open
    List<String> out = blocks("""
        某县新闻

        社区食堂开进老小区（新

        ■王明

        今年以来，某县在老旧小区开办社区食
        堂，为老年人提供助餐服务。
        """);
    assertEquals(List.of("某县新闻", "社区食堂开进老小区（新", "■王明", "今年以来，某县在老旧小区开办社区食堂，为老年人提供助餐服务。"),
        out);
  }

  @Test
  void aLineOpeningWithTheLastCharacterOfACutWordGoesOnTheLineAbove() {
    // a column reading ran the next column's last line onto the row: the line above ends a sentence, not its own
    String last = lastBlock("""
        县里还建立了养护队伍，养护能力持续提   全年工作圆满完成。
        升，每条道路都有专人负责
        """);
    assertTrue(last.contains("持续提") && last.endsWith("升，每条道路都有专人负责"), last);
  }

  @Test
  void sentenceResumesBesideAVerticalHeadline() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修，确

        修
        路
        记

        保了群众出行安全，农产品运输的成本
        降低了许多。
        """);
    assertEquals(List.of("某县新闻",
        "今年以来，某县持续推进农村道路建设，新修道路一百多公里，沿线群众出行更加方便。县里还建立了养护队伍，每条"
            + "道路都有专人负责日常巡查和维修，确保了群众出行安全，农产品运输的成本降低了许多。",
        "修路记"), out);
  }

  @Test
  void sentenceResumesPastOneCharacterOfAVerticalHeadlineBetweenFullLines() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修，如今
        修
        下雨天出门也不怕了，农产品运输的成本
        路
        降低了许多，村民们都很满意。
        """);
    assertEquals(List.of("某县新闻",
        "今年以来，某县持续推进农村道路建设，新修道路一百多公里，沿线群众出行更加方便。县里还建立了养护队伍，每条"
            + "道路都有专人负责日常巡查和维修，如今下雨天出门也不怕了，农产品运输的成本降低了许多，村民们都很满意。"),
        out.subList(0, 2));
  }

  /**
   * Content-stream order, no blank lines: a kicker that leads into its headline with a dash, as wide as the column or
   * wider, is a deck of its own, not a body line wrapped at the margin into the headline.
   */
  @Test
  void aKickerEndingInTheLeadDashIsADeckOfItsOwnAtTheColumnsWidth() {
    List<String> out = blocks("""
        新春佳节，多地举办丰富多彩的文化活动——
        非遗进社区，年味更浓了
        本报记者　王明
        """ + CONTENT_STREAM.substring(CONTENT_STREAM.indexOf('\n') + 1));
    assertEquals(List.of("新春佳节，多地举办丰富多彩的文化活动——", "非遗进社区，年味更浓了"), out.subList(0, 2));
  }

  /**
   * A vertical headline beside the column's last lines: the extractor printed its first characters one at a time
   * between body lines, the rest together below them. The headline is one block after the body, whose sentence
   * closes up, also where a line ends at a comma before a character.
   */
  @Test
  void aVerticalHeadlinePrintedBetweenBodyLinesIsGatheredIntoOneBlock() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修，去年，
        修
        全县又投入专项资金，农产品运输的成本
        路
        降低了许多，村民们都很满意。
        通
        民
        心
        """);
    assertEquals(List.of("某县新闻",
        "今年以来，某县持续推进农村道路建设，新修道路一百多公里，沿线群众出行更加方便。县里还建立了养护队伍，每条"
            + "道路都有专人负责日常巡查和维修，去年，全县又投入专项资金，农产品运输的成本降低了许多，村民们都很满意。",
        "修路通民心"), out);
  }

  /**
   * A wide article on a page of narrow columns: its full lines count a few em apart (27 to 29) and are still lines
   * of one column, so its sentence resumes past a character printed inside it as in any column.
   */
  @Test
  void aWideColumnsUnevenFullLinesStillWrapPastACharacterPrintedInside() {
    String narrow = "某地开展冬季送温暖活动，\n为困难群众送去米面油和\n棉被等生活物资。\n".repeat(5);
    List<String> out = blocks("某地新闻\n\n" + narrow + "\n" + """
        这两年，不少城市试点社区长者食堂，一站式解决老人的用餐
        难题。不久前，某市首家开在居民楼里的长者食堂在城东正式启
        用。在这里，由闲置车库改造而成的长者食堂宽敞明亮，设有
        就餐区、休息区和阅读区，还为老人们提供送餐、陪护、理发等服
        升
        务。老人吃得舒心，住得安心，日子有滋有味。
        """);
    assertTrue(out.contains("这两年，不少城市试点社区长者食堂，一站式解决老人的用餐难题。不久前，某市首家开在居民楼里的长者食堂在城东正式启"
        + "用。在这里，由闲置车库改造而成的长者食堂宽敞明亮，设有就餐区、休息区和阅读区，还为老人们提供送餐、陪护、理发等服务。"
        + "老人吃得舒心，住得安心，日子有滋有味。"), out.toString());
  }

  /**
   * Columns printed side by side ({@code pdftotext -layout}): a vertical headline's first character shares the row of
   * a label over the columns, the next ones stand beside the body. Read column by column, the pieces still have body
   * lines between them, and are gathered as on a page read line by line.
   */
  @Test
  void aVerticalHeadlineCutByAColumnReadingIsGatheredOnAPagePrintedSideBySide() {
    String page = """
        某县新闻                                      修

        春节期间，某县各乡镇组织开展了形式多样    路
        的群众文化活动，舞龙舞狮、地方戏曲轮番    通
                                                  民
                                                  心

        某市图书馆今年春节推出了古籍修复体验活    图书馆馆长介绍说，今后还将举办更多类似
        动，不少市民带着孩子前来参加，在老师的    的活动，让市民就近体验优秀传统文化。据
        指导下学习修补破损的书页，收获满满。      了解，图书馆今年共接待读者三万多人次。
        """;
    assertTrue(REPAIRER.repair(SourceText.of("test", page)).style().sideBySide());
    List<String> out = blocks(page);
    assertTrue(out.stream().anyMatch(b -> b.startsWith("修路通")), out.toString());
    assertFalse(out.contains("修"), out.toString());
  }

  /**
   * Columns printed side by side: two vertical headlines set beside the columns, one below and to the right of the
   * other, are read one after the other; printed at two columns, they are two blocks, not one.
   */
  @Test
  void twoVerticalHeadlinesPrintedSideBySideAreTwoBlocks() {
    String page = """
        春节期间，某县各乡镇组织开展了形式多样    图书馆馆长介绍说，今后还将举办更多类似    修
        的群众文化活动，舞龙舞狮、地方戏曲轮番    的活动，让市民就近体验优秀传统文化。据    路
        上演，吸引了不少周边群众前来观看表演。    了解，图书馆今年共接待读者三万多人次。    记
        某市图书馆今年春节推出了古籍修复体验活    村里新修的道路两旁种上了树，群众出行          通
        动，不少市民带着孩子前来参加，在老师的    更方便了，大家都说这条路修到了心坎上。        民
        指导下学习修补破损的书页，收获满满。      据介绍，全县今年还将新修道路一百公里。        心
        """;
    assertTrue(REPAIRER.repair(SourceText.of("test", page)).style().sideBySide());
    List<String> out = blocks(page);
    assertTrue(out.contains("修路记") && out.contains("通民心"), out.toString());
  }

  /** Two vertical headlines stacked in one column, a blank line between them and nothing printed beside: two blocks. */
  @Test
  void verticalHeadlinesWithOnlyABlankLineBetweenAreNotGathered() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修保养。

        修
        路
        记

        通
        民
        心
        """);
    assertEquals(List.of("修路记", "通民心"), out.subList(out.size() - 2, out.size()));
  }

  /**
   * A paragraph's first line, as wide as the column less its indent, stops inside a word; a character of a vertical
   * headline is printed between it and the line that completes the word: the sentence resumes past it.
   */
  @Test
  void aParagraphsFirstLineResumesPastAVerticalHeadlinesCharacterIntoTheWordItStopsInside() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修保养。
        今年全县投入专项资金，完成危桥改
        春
        造二十多座，村民们出行更加安全了。
        """);
    assertEquals(List.of("某县新闻",
        "今年以来，某县持续推进农村道路建设，新修道路一百多公里，沿线群众出行更加方便。县里还建立了养护队伍，每条"
            + "道路都有专人负责日常巡查和维修保养。",
        "今年全县投入专项资金，完成危桥改造二十多座，村民们出行更加安全了。"), out.subList(0, 3));
  }

  /**
   * A two-character name set letter-spaced under a column label, with no role before it, which the extractor printed
   * one character per block: one name. The same characters printed apart after a sentence are not joined.
   */
  @Test
  void aLetterSpacedNameUnderALabelIsOneBlock() {
    String body = """

        新春佳节，街巷里张灯结彩。小孙子穿上了新衣裳，跑前跑后，奶奶笑着说：过大年，热热闹闹才舒服。
        """;
    assertEquals(List.of("今日谈", "钱林"), blocks("今日谈\n钱\n\n林\n" + body).subList(0, 2));
    assertEquals(List.of("某县景区的冬日景观。", "钱", "林"), blocks("某县景区的冬日景观。\n钱\n\n林\n" + body).subList(0, 3));
  }

  @Test
  void aNewParagraphAfterTheShortLinesIsNotTheSentence() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修养护

        王明

        县交通局局长介绍，今年还将新修道路
        五十公里，覆盖全县所有行政村。
        """);
    assertEquals("王明", out.get(2));
    assertEquals("县交通局局长介绍，今年还将新修道路五十公里，覆盖全县所有行政村。", out.get(3));
  }

  @Test
  void aHeadlineWithACommaDoesNotReachOverTheNextDeck() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修。

        一条路，
        富一方

        县交通局局长介绍，今年还将新修道路
        五十公里，覆盖全县所有行政村。
        """);
    assertEquals("县交通局局长介绍，今年还将新修道路五十公里，覆盖全县所有行政村。", out.get(out.size() - 1));
  }

  @Test
  void textAfterAQuotationMarkTheExtractorSplitOffIsOnePrintedLine() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责，老人们都说，
        “路
        好走了，日子也好过了”。如今下雨天
        出门也不怕了。
        """);
    assertEquals(List.of("某县新闻",
        "今年以来，某县持续推进农村道路建设，新修道路一百多公里，沿线群众出行更加方便。县里还建立了养护队伍，每条"
            + "道路都有专人负责，老人们都说，“路好走了，日子也好过了”。如今下雨天出门也不怕了。"), out);
  }

  @Test
  void aKickerOfTwoClausesOverAHeadlineOfTwoClausesIsTwoDecks() {
    // the kicker's figures make it no narrower than the headline by a deck's step; each line holds one comma, and one
    // deck holds one at most
    List<String> out = blocks(COLUMN + """
        所有行政村。

        过去每亩收成 800 斤，如今超过 1200 斤
        这片田，荒坡变成了良田（乡村行）
        本报讯（记者王明）一早，某县的田野
        在晨光中苏醒，旋耕机穿梭田间。
        """);
    assertEquals(List.of("过去每亩收成800斤，如今超过1200斤", "这片田，荒坡变成了良田（乡村行）"), out.subList(2, 4));
  }

  @Test
  void bodyLinesWithACommaEachUnderALeadInAreNoDecks() {
    List<String> out = blocks(COLUMN + """
        所有行政村。

        本报讯（记者王明） 近年来，某县深入推
        进农村道路建设，新修道路一百多公里
        沿线的群众出行方便，运输成本降低了

        许多。
        """);
    assertTrue(out.stream().anyMatch(b -> b.startsWith("本报讯（记者王明） 近年来，某县深入推进农村道路建设，新修道路一百多公里沿线")),
        out.toString());
  }

  @Test
  void aHeadingLineAfterTheShortLastLineOfAWrappedHeadlineOpensAnotherDeck() {
    // a wrapped headline fills its measure on every line but the last; nothing follows its short last line
    List<String> out = blocks(COLUMN + """
        所有行政村。

        某省古桥保护修缮
        行动持续推进
        已修缮古桥120座
        本报某地2月4日电（记者王明）记者
        从某省林业局获悉：目前全省已建成绿
        美古树乡村102个。
        """);
    assertEquals(List.of("某省古桥保护修缮行动持续推进", "已修缮古桥120座"), out.subList(2, 4));
  }

  /**
   * pdftotext default, blank lines between blocks: a headline printed right over its body's first line, no blank line
   * between, is no line of that paragraph, for a wrapped line is never narrower than the line under it.
   */
  @Test
  void aHeadlinePrintedOverItsBodyWithNoBlankLineIsABlockOfItsOwn() {
    List<String> out = blocks("""
        某某日报

        第6版

        某省某县——

        一碗米粉，承载家乡记忆
        “无米粉不过年。”在某省某县，米粉是过
        年时饭桌上必不可少的主食。

        “先来一碗牛肉米粉。”食客王先生从外地
        回来过年，迫不及待地和朋友来品尝家乡
        美味。
        """);
    assertEquals(List.of("某省某县——", "一碗米粉，承载家乡记忆", "“无米粉不过年。”在某省某县，米粉是过年时饭桌上必不可少的主食。"),
        out.subList(2, 5));
  }

  /**
   * A short first line that leaves its phrase open on a conjunction ({@code …和}) wraps into the wider line under it,
   * though that line could start a sentence: no headline deck ends there.
   */
  @Test
  void aShortLineLeftOpenOnAParticleIsNoHeadlineOverTheLineUnderIt() {
    List<String> out = blocks("""
        某某日报

        第6版

        某县推进农村公路和
        乡村旅游融合发展取得明显成效，群众出行
        更加方便，农产品运输的成本也降低了许多
        ，游客也越来越多了。
        """);
    assertEquals("某县推进农村公路和乡村旅游融合发展取得明显成效，群众出行更加方便，农产品运输的成本也降低了许多，游客也越来越多了。",
        out.get(2), out.toString());
  }


  /** An indented first line is as much narrower than the line under it as its indent: it still wraps. */
  @Test
  void aParagraphsFirstLineShortByItsIndentStillWrapsWithNoBlankLine() {
    List<String> out = blocks("""
        某某日报

        第6版

        大家纷纷就社区工作中遇到的实际
        难题向专家提问，得到了耐心细致的解
        答。“这次培训太及时了！”一位学员说。

        “先来一碗牛肉米粉。”食客王先生从外地
        回来过年，迫不及待地和朋友来品尝家乡
        美味。
        """);
    assertEquals("大家纷纷就社区工作中遇到的实际难题向专家提问，得到了耐心细致的解答。“这次培训太及时了！”一位学员说。", out.get(2));
  }

  private static final String HEADER_AND_STACK = """
      某某日报

      第12版

      %s
      本报某地2月4日电（记者王明）记者
      从某省文物局获悉：目前全省已修缮
      古桥120座，完成古桥名录编制。
      """;

  /** A deck that backs the headline above it with a figure is another deck of the stack, though narrower. */
  @Test
  void aDeckThatBacksTheHeadlineWithAFigureIsADeckOfItsOwn() {
    List<String> out = blocks(HEADER_AND_STACK.formatted("某省古桥保护修缮行动持续推进\n已修缮古桥 120 座"));
    assertEquals(List.of("某省古桥保护修缮行动持续推进", "已修缮古桥120座"), out.subList(2, 4));
  }

  /**
   * Two full lines of a body cut off by stray blank lines, the second with a figure: no deck, for a deck that backs a
   * headline is set clearly narrower than it (found by the repair-twice harness).
   */
  @Test
  void aFullBodyLineWithAFigureBetweenBlankLinesWrapsOn() {
    List<String> out = blocks("""
        某某日报

        第6版

        聚焦不同规模企业特点，某县分层

        级建立政企沟通机制，目前已建立县
        领导“一对一”联系37家规模以上企

        业、科级干部包联116家重点企业，
        党员志愿者结对小微企业的三级服务
        体系已经建成。
        """);
    assertTrue(out.stream().anyMatch(b -> b.contains("目前已建立县领导“一对一”联系37家")), out::toString);
  }

  /** A figure alone on the next line is the wrapped headline's last line, not a deck. */
  @Test
  void aFigureAloneUnderAHeadlineIsItsWrappedLastLine() {
    List<String> out = blocks(HEADER_AND_STACK.formatted("某省今年新建农村公路\n3000 公里"));
    assertEquals("某省今年新建农村公路3000公里", out.get(2));
  }

  /**
   * A column label set off by blank lines after a paragraph cut by the column break is not the rest of the sentence,
   * though the sentence's last two characters and its first one make a word ({@code 创新} + {@code 春耕…} forms
   * {@code 新春}): segmented together they still read {@code 创新 / 春耕}.
   */
  @Test
  void aLabelSetOffByBlankLinesTakesNoWordAcrossTheBreak() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修。
        为激活区域内的各类要素，提升企业创新

        春耕时节

        某村田块连片用上旋耕机
        本报讯 一早，某县的田野在晨光中慢慢苏
        醒，农机手们已经开着旋耕机下了地。
        """);
    assertEquals("为激活区域内的各类要素，提升企业创新", out.get(2), out.toString());
    assertEquals("春耕时节", out.get(3), out.toString());
  }

  /**
   * A heading line that happens to fill the column, over a shorter heading line after a blank line, is a headline over
   * its deck, not the rest of a sentence cut by the column break before it.
   */
  @Test
  void aFullWidthHeadingSetOffByBlankLinesIsNoMoreOfTheSentence() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修。
        为激活区域内的各类要素，据了解，全县

        某省某县多措并举拓展乡村道路绿化空间

        街头添新绿

        本报讯 一早，某县的田野在晨光中慢慢苏
        醒，农机手们已经开着旋耕机下了地。
        """);
    assertEquals("为激活区域内的各类要素，据了解，全县", out.get(2), out.toString());
    assertEquals("某省某县多措并举拓展乡村道路绿化空间", out.get(3), out.toString());
  }

  /** A full line with no punctuation between blank lines is more of the sentence when body text, not a deck, follows. */
  @Test
  void aFullLineWithoutPunctuationBetweenBlankLinesContinuesIntoBody() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修。
        为激活区域内的各类要素，据了解，全县

        广大团员青年充分发挥青春能动性和创造

        力，在乡村振兴中建功立业。
        """);
    assertEquals("为激活区域内的各类要素，据了解，全县广大团员青年充分发挥青春能动性和创造力，在乡村振兴中建功立业。", out.get(2),
        out.toString());
  }

  private static final String COLUMN_ABOVE_BREAK = """
      某县新春文化活动丰富多彩
      本报记者 王明

      春节期间，某县各乡镇组织开展了形式多样
      的群众文化活动，舞龙舞狮、地方戏曲轮番
      上演，吸引周边数千名群众纷纷前来观看。

      """;

  @Test
  void aSentenceEndingAtTheMarginGoesOnAcrossAColumnBreakIntoAFullLine() {
    // the column ends on a full line whose sentence ends at the margin; the next column's first line is not indented,
    // so the paragraph goes on there (a paragraph's first line stands two em in)
    List<String> out = blocks(COLUMN_ABOVE_BREAK + """
        县文化馆负责人介绍，今年的活动由各村自
        编自演，节目内容贴近群众生活，深受欢迎。
        下一步，县里还将组织优秀节目到各地巡演。
        """);
    assertEquals(3, out.size(), out.toString());
    assertTrue(out.get(2).contains("纷纷前来观看。县文化馆负责人介绍"), out.toString());
    List<String> indented = blocks(COLUMN_ABOVE_BREAK + """
        县文化馆负责人说，今年的活动由各村
        自编自演，节目内容贴近群众生活，深受欢
        迎。
        """);
    assertEquals(4, indented.size(), indented.toString());
    assertTrue(indented.get(3).startsWith("县文化馆负责人说"), indented.toString());
  }

  @Test
  void aLastLineAsShortAsTheLeadLineAboveItEndsItsParagraph() {
    // the last line stops two em short, as short as the lead-in line over it: the two make no margin of the column,
    // which the full lines under them show, so the indented first line under it opens a paragraph of its own
    List<String> out = blocks("""
        某县拓展道路绿化空间

        本报讯（记者王小明） “今年返乡最深的
        印象是镇上的桥变新变宽了，河水变清变亮了。”
        某省某县某镇某某村的居民李明笑着说道。
        某某县位于某省的北部、某市的西部，是典
        型的山区农业县。李明在外地城市打工多年，上
        次回老家还是 5 年前。这回李明之所以感触这样
        多的原因，得益于某某县的一场道路桥梁整修工
        作大会战。
        """);
    assertEquals(3, out.size(), out.toString());
    assertTrue(out.get(1).endsWith("李明笑着说道。"), out.toString());
    assertTrue(out.get(2).startsWith("某某县位于某省的北部"), out.toString());
  }

  @Test
  void aFirstLineAsShortAsTheArticlesFirstLineIsIndented() {
    // the sentence ends a line one em short, under the margin; the line under it stops two ems short, as short as the
    // article's first line: the two make no margin, the full lines under them show it, so it opens a paragraph
    List<String> out = blocks("""
        某市小区加装电梯

        春节期间，某市某区某某街道的西山花园
        西山小区干净整洁，红红火火，年味十足。
        年近七旬的居民老李买了一些菜，进入电
        梯，回家一点都不费力。新装的电梯又快又稳
        好用的老旧电梯终于全换掉了，老李说道，多
        亏了特别国债支持住宅老旧电梯的更新改造。
        搭上了好政策的“快车”，老旧小区居民
        获得实惠。
        """);
    assertTrue(out.get(1).endsWith("年味十足。"), out.toString());
    assertTrue(out.get(2).startsWith("年近七旬的居民"), out.toString());
  }

  private static final String PARAGRAPH_BEFORE_SUBHEAD = """
      某县推进农田林网建设
      本报记者 王明

      这场建设大会战于去年冬天开启，综合
      疏通了渠、塘、井、坝、闸，明确了农田林
      网的边界，推动了全县农业生产条件的改善
      和提升。
      """;

  @Test
  void aSubheadOfParallelPhrasesBetweenParagraphsIsALineOfItsOwn() {
    // short of the margin, between a sentence end and an indented first line: a subhead, not a first line that wraps
    List<String> out = blocks(PARAGRAPH_BEFORE_SUBHEAD + """
        整治河道，修复湿地，扩大林草面积
        各村在田间道路两旁栽种杨树一万株，
        成材后保守估计价值四百多万元，村集体和
        村民都得了实惠。
        """);
    assertEquals("整治河道，修复湿地，扩大林草面积", out.get(3), out.toString());
    assertTrue(out.get(4).startsWith("各村在田间"), out.toString());
  }

  @Test
  void aSubheadOfParallelPhrasesOverAFullLineOpeningAQuotationIsALineOfItsOwn() {
    // the line under it fills the column, but a paragraph's line that wraps does not open with a quotation mark
    List<String> out = blocks(PARAGRAPH_BEFORE_SUBHEAD + """
        整治河道，修复湿地，扩大林草面积
        “先立规矩后种树，让村集体和村民都得到
        实惠。”县林业局负责人说，全县今年还将
        新建农田林网两万亩。
        """);
    assertEquals("整治河道，修复湿地，扩大林草面积", out.get(3), out.toString());
    assertTrue(out.get(4).startsWith("“先立规矩后种树"), out.toString());
  }

  /**
   * Text in content-stream order, whose blank lines say nothing: a subhead of parallel phrases stopping short of the
   * margin by more than a paragraph's indent is no first line, whatever the line under it.
   */
  @Test
  void aSubheadOfParallelPhrasesShortOfAnyIndentIsALineOfItsOwnOverAFullLine() {
    assertSubheadApart("""
        守住“一江碧水”，建好生态屏障
        各村沿着田间道路栽下了一万多株杨树，
        几年后就能成林，村集体和村民都能从中
        得到实惠。
        """, "守住“一江碧水”，建好生态屏障", "各村沿着田间道路");
  }

  @Test
  void aSubheadOfParallelPhrasesThatTheExtractorSplitIsALineOfItsOwn() {
    // the rest of the printed line, pushed down at its comma, makes the subhead's phrases with the piece above it; the
    // two together reach as far as an indented first line, but the line under them opens a paragraph
    assertSubheadApart("""
        守护“一江碧水”
        ，筑牢生态防护网
        各村沿着道路栽下杨树一万余株，
        几年后就能成林，村集体和村民都能从中
        得到实惠。县里还请来了林业专家，手把
        手教村民修枝、施肥、防治病虫害，让每
        一棵树都长得更好。
        """, "守护“一江碧水”，筑牢生态防护网", "各村沿着道路");
  }

  /** The paragraph and headline of {@link #CONTENT_STREAM}, its column about 18 em, before a subhead or a paragraph. */
  private static final String CONTENT_STREAM_BEFORE_SUBHEAD = """
      东山县推进村庄环境整治
      今年以来，东山县把村庄环境整治作为民
      生实事来抓，清理河道淤泥，拓宽村道，
      在路旁种下成片的树木。
      """;

  /** Asserts that {@code lines} after {@link #CONTENT_STREAM_BEFORE_SUBHEAD} give the subhead alone, then its paragraph. */
  private static void assertSubheadApart(String lines, String subhead, String paragraphStart) {
    List<String> out = blocks(CONTENT_STREAM_BEFORE_SUBHEAD + lines);
    assertEquals(subhead, out.get(2), out.toString());
    assertTrue(out.get(3).startsWith(paragraphStart), out.toString());
  }

  /**
   * Text in content-stream order whose extractor broke a paragraph's first printed line into pieces ({@code pdftotext
   * -raw} ends a line wherever a run of text does): the pieces together are an indented first line, which wraps.
   */
  @Test
  void aFirstLineThatTheExtractorBrokeIntoPiecesWraps() {
    List<String> out = blocks(CONTENT_STREAM_BEFORE_SUBHEAD + """
        村民们说，这几年，
        村里河水变清了
        道路也拓宽了，傍晚出门散步的人越来越
        多，村口的小广场上每天都有人跳舞唱歌，
        不少在外打工的年轻人也回到了村里。
        """);
    assertEquals("村民们说，这几年，村里河水变清了道路也拓宽了，傍晚出门散步的人越来越多，村口的小广场上每天都有人跳舞唱歌，"
        + "不少在外打工的年轻人也回到了村里。", out.get(2), out.toString());
  }

  @Test
  void aFirstLineOfParallelPhrasesOverAFullLineWraps() {
    List<String> out = blocks(PARAGRAPH_BEFORE_SUBHEAD + """
        村里村外的大街小巷，到处都张灯结彩
        喜迎新春的景象让返乡的游子倍感温暖和亲
        切。
        """);
    assertTrue(out.get(3).startsWith("村里村外的大街小巷，到处都张灯结彩喜迎新春"), out.toString());
  }

  @Test
  void aFullLineOfParallelPhrasesWraps() {
    List<String> out = blocks(PARAGRAPH_BEFORE_SUBHEAD + """
        今年全县新修农村道路，改造危旧桥梁二十
        多座，县里还将继续加大投入。
        """);
    assertTrue(out.get(3).startsWith("今年全县新修农村道路，改造危旧桥梁二十多座"), out.toString());
  }

  @Test
  void aFirstLineOfParallelPhrasesUnderABylineWraps() {
    // no sentence ends before it: the article's first line, not a subhead
    List<String> out = blocks("""
        某某日报

        微观
        李某
        办好“乡村书屋”，是许多村民的心愿
        也是乡村振兴的一件实事。
        近两年，不少地方把书屋搬进了村里的文化
        广场，一站式解决村民借书难的问题。不久
        前，某县首家嵌入养老服务的乡村书屋启用
        了。在这里，由闲置房屋改造而成的书屋设
        有阅览区、休闲区和文化活动区，还将提供
        送书上门等服务。
        """);
    assertTrue(out.contains("办好“乡村书屋”，是许多村民的心愿也是乡村振兴的一件实事。"), out.toString());
  }

  @Test
  void aHeadlineFillingTheNextColumnOverItsDeckIsNoMoreOfTheParagraph() {
    // a heading line as wide as the column, over a shorter deck after a blank line, starts the next article
    List<String> out = blocks(COLUMN_ABOVE_BREAK + """
        某县多措并举丰富群众节日精神文化生活

        文化惠民暖人心

        县文化馆负责人介绍，今年的活动由各村自
        编自演，节目内容贴近群众生活，深受欢迎。
        """);
    assertTrue(out.contains("某县多措并举丰富群众节日精神文化生活"), out.toString());
  }

  @Test
  void aVerticalHeadlinesCharacterAfterAColumnBreakIsNoMoreOfTheParagraph() {
    // two headlines printed top to bottom beside the body, read in among its lines: after the column's last line comes
    // the second headline's first character; among single characters the column's width cannot be measured, so that
    // character, as wide as its own line, is no full line the paragraph goes on into
    List<String> out = blocks("""
        微观
        李某
        办好“社区小食堂”
        ，是许多老人家的共同
        期盼，也是基层的大难题。
        近两年，许多地方推行“社区食堂”模
        式，一站式解决老人吃饭难的问题。不久

        前，某市首家嵌入养老服务的社区食堂已经
        启用。在这里，由闲置楼层改造而成的食堂
        设有就餐区、休闲区和文化区，同时开展助
        浴、陪诊、送餐上门、理发修脚等多项服务

        项目。
        “社区食堂”人气旺，饭菜可口，老
        人满意。
        不过，当前的“社区食堂”还处在起步
        阶段，有关运营规则和标准还不完善，面临

        清
        风
        正
        气
        过
        大
        新
        年

        办
        好
        资金不足、人手紧张等现实难题，运营模式
        还要经受住考验，需要在探索中逐步健全。 “饭
        菜
        香
        甜”
        暖
        人
        心

        """);
    assertTrue(out.stream().anyMatch(b -> b.endsWith("需要在探索中逐步健全。")), out.toString());
  }

  /** Two articles printed side by side, as {@code pdftotext -layout} prints them. */
  private static final String TWO_ARTICLES_SIDE_BY_SIDE = """
        春节期间，某县各乡镇组织开展了形式多样      某市图书馆今年春节推出了古籍修复体验活
        的群众文化活动，舞龙舞狮、地方戏曲轮番      动，不少市民带着孩子前来参加，在老师的
        上演，吸引了周边的群众前来观看。            指导下学习修补破损的书页，收获满满。
          县文化馆负责人介绍，今年的活动由各        图书馆负责人表示，今后还将举办更多类似
        村自编自演，节目内容贴近群众的生活，深      的活动，让市民在家门口感受传统文化。
        受欢迎。                                      据了解，图书馆今年共接待读者三万多人
          下一步，县里还将组织优秀节目到各地巡      次，比去年同期增长了两成，其中青少年读
        演，让更多的群众在家门口看到精彩的节目      者占了一半以上，亲子阅读成为新的时尚。
        和演出，感受传统文化的魅力和乡村的巨大      
        变化，共享文化发展成果，过一个好年。
        """;

  @Test
  void columnsPrintedSideBySideAreNotJoinedAtASentenceEndingAtTheMargin() {
    // read side by side, the next column's first line is the top of the page's next column, not the next text block
    // of the same flow: here another article
    List<String> out = blocks(TWO_ARTICLES_SIDE_BY_SIDE);
    assertTrue(out.stream().anyMatch(b -> b.startsWith("某市图书馆")), out.toString());
  }

  @Test
  void theSecondPartOfATwoPartHeadlineReadBesideItsFirstDoesNotOpenTheBodyUnderIt() {
    // the headline row stands right over the left article's column, its parts set apart; read as two texts one after
    // the other, the second part is followed by the body with nothing between, and looks as full as the heading
    // lines around it
    List<String> out = blocks("""
        新修道路超百公里


        山乡道路变宽                          农家日子更甜
         “村里的路变宽了，路边也变美了。”村民王大                            某市图书馆今年春节推出了古籍修复体验活
         妈笑着说。今年以来，某县持续推进农村道路                             动，不少市民带着孩子前来参加，在老师的
         建设，新修道路一百多公里，沿线群众出行更                             指导下学习修补破损的书页，收获满满。
         加方便。县里还建立了养护队伍，每条道路都                             图书馆负责人表示，今后还将举办更多类似
         有专人负责日常巡查和维修保养。                                  的活动，让市民在家门口感受传统文化。
        """);
    assertTrue(out.contains("农家日子更甜"), out.toString());
    assertTrue(out.stream().anyMatch(b -> b.startsWith("“村里的路变宽了")), out.toString());
  }

  @Test
  void headingLinesOfOneWidthAreNoColumnMarginForTheBodyUnderThem() {
    // the headline and the byline share a width (about seven em) that no body line keeps to; measured against it, the
    // short line before the quotation (which pdftotext starts on a new text line) would look full, and the
    // quotation a paragraph of its own
    List<String> out = blocks("""
        某地召开乡村振兴工作推进会议

        本地新闻

        服务好 口碑好

        菜市场改造便民多
        本报记者 王小明

        清晨，记者来到某县城关镇新建的农贸市
        场，摊位整齐，货品丰富，人气十足。
        退休教师李大妈买了些蔬菜和水果，挑好了，
        回家做饭。
        “新建的市场又干净又方便，买菜
        的环境比以前好多了。
        ”李大妈说，市场改造得到了
        专项资金的支持，今年全县共改造农贸市场
        十二个，新增摊位八百多个，方便了周边
        群众的生活。市场管理处负责人介绍，下一
        步还将完善停车场和公共厕所等配套设施。
        """);
    assertTrue(out.stream().anyMatch(b -> b.contains("回家做饭。“新建的市场")), out.toString());
  }

  @Test
  void aColumnsMarginHoldsOverTheShortLinesOfTheHeadingStackBelowIt() {
    // above the short sentence end, full lines share the column's margin (22 em); below it come a closing byline and
    // the next article's heading stack, whose short lines share no width: they measure no column, so the margin holds
    // and the short line and the quotation pdftotext split off it fill one printed line
    List<String> out = blocks("""
        某县文化馆今年春节推出了一系列群众文化活动，
        吸引了不少市民和游客前来参观体验，热闹非凡。
        来自外地的游客王先生和家人一起到县城里游玩，
        在网上查了不少游玩攻略。
        “大家都说这里好，特意
        来看看。我们看了舞龙表演，确实精彩！
        ”王先生
        说。
        （本报记者 李小华）

        文化惠民

        某市——

        二十多项活动丰富群众节日生活
        节日
        """);
    assertTrue(out.contains("来自外地的游客王先生和家人一起到县城里游玩，在网上查了不少游玩攻略。“大家都说这里好，特意来看看。"
        + "我们看了舞龙表演，确实精彩！”王先生说。"), out.toString());
  }

  /**
   * Read side by side, a kicker deck as wide as the column and its headline under it have no blank line between them
   * (the rows between held the next column's text), so the missing blank line ties nothing; two decks that start
   * afresh under a label stay two blocks, as they do where blank lines separate blocks.
   */
  @Test
  void twoHeadlineDecksReadSideBySideStayApartThoughNoBlankLineLiesBetween() {
    List<String> out = blocks("""
        基层故事                                  某市图书馆今年春节推出了古籍修复体验活
        过去一条坑洼土路，如今一条四车道大路      动，不少市民带着孩子前来参加，在老师的
                                                  指导下学习修补破损的书页，收获满满。
        这个县，农村公路通到家门口                图书馆负责人表示，今后还将举办更多类似
        本报讯（记者 王明） 今年以来，某县持续    的活动，让市民就近体验传统的文化。
        推进农村道路建设，新修道路一百多公里，      据了解，图书馆今年共接待读者三万多人
        沿线群众出行更加方便。县里还建立了养护    次，比去年同期增长了两成，其中青少年读
        队伍，每条道路都有专人负责日常巡查，发    者占了一半以上，亲子阅读成为新的时尚。
        现问题及时维修，保证道路安全畅通。
        """);
    assertTrue(out.contains("过去一条坑洼土路，如今一条四车道大路"), out.toString());
    assertTrue(out.contains("这个县，农村公路通到家门口"), out.toString());
  }

  @Test
  void thePageStyleSaysWhetherColumnsWereReadSideBySide() {
    assertTrue(REPAIRER.repair(SourceText.of("test", TWO_ARTICLES_SIDE_BY_SIDE)).style().sideBySide());
    String oneFlow = """
        春节期间，某县各乡镇组织开展了形式多样
        的群众文化活动，舞龙舞狮、地方戏曲轮番
        上演，吸引了周边的群众前来观看。
          县文化馆负责人介绍，今年的活动由各
        村自编自演，节目内容贴近群众的生活，深
        受欢迎。
        """;
    assertFalse(REPAIRER.repair(SourceText.of("test", oneFlow)).style().sideBySide());
  }

  @Test
  void aColumnBreakCutsNoHeadingSetApartByBlankLines() {
    // among the page header's short lines the column's width measured around the heading lines is theirs: against it
    // they look full, and the blank line after them like a column break inside a sentence
    List<String> out = blocks("""
        某某日报

        2025年2月3日

        星期一

        第6版

        假日生活

        新发现遗址点超百处

        某省盐业考古

        取得重要成果

        “盐业深刻影响了某省的城镇格局、饮食菜系、
        语言文化。”某省考古研究院副院长介绍，近年
        来，某省考古研究院、某市文物保护和考古研究
        所等单位，组成了盐业考古联合工作队，开展主
        动性考古勘探和发掘工作。
        """);
    assertTrue(out.containsAll(List.of("某省盐业考古", "取得重要成果")), out::toString);
  }

  @Test
  void aHeadingLineWiderThanTheOneAboveItIsAnotherDeck() {
    List<String> out = blocks(COLUMN + """
        所有行政村。

        某省整治“文山会海”
        清理3000多项基层检查考核
        本报某地2月4日电（记者王明）记者
        从某省获悉：全省清理了工作群。
        """);
    assertEquals(List.of("某省整治“文山会海”", "清理3000多项基层检查考核"), out.subList(2, 4));
  }

  @Test
  void aWrappedHeadlineStaysOneBlock() {
    List<String> out = blocks(COLUMN + """
        所有行政村。

        某省乡村道路提升行动
        持续推进
        本报某地2月4日电（记者王明）记者
        从某省获悉：全省新修道路一百公里。
        """);
    assertEquals("某省乡村道路提升行动持续推进", out.get(2));
  }

  /**
   * A caption whose credit's agency the line's end cut goes on only into a line that closes the bracket: the next
   * line ({@code 视觉）}), or none where the rest is printed elsewhere; the body after the blank line is another block.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "游客在古镇观赏花灯。 王明摄（人民\\n视觉） | 游客在古镇观赏花灯。 王明摄（人民视觉）",
      "游客在古镇观赏花灯。 王明摄（人 | 游客在古镇观赏花灯。 王明摄（人"})
  void aCaptionWhoseCreditsAgencyIsCutGoesOnOnlyIntoTheLineThatClosesIt(String caption, String expected) {
    List<String> out = blocks(COLUMN + "道路都有专人负责管护。\n\n" + caption.replace("\\n", "\n")
        + "\n\n“路好走了，日子也好过了，村民们都\n这么说。\n");
    assertEquals(List.of(expected, "“路好走了，日子也好过了，村民们都这么说。"), out.subList(out.size() - 2, out.size()));
  }

  /**
   * A caption whose credit's ending the extractor carried over to a line of its own, the names letter-spaced on the line
   * above ({@code 赛。　李　明　王　华} / {@code 摄影报道}), in content-stream order: the ending goes on the names' line.
   */
  @Test
  void aCreditsEndingOnTheLineAfterItsNamesGoesOnTheirLine() {
    List<String> out = blocks(CONTENT_STREAM + """
        村民们在新修的村道上参加迎新春长跑比
        赛。　李　明　王　华
        摄影报道
        县里今年还将新修道路五十公里，
        让更多村民受益。
        """);
    assertEquals(List.of("村民们在新修的村道上参加迎新春长跑比赛。李明王华摄影报道", "县里今年还将新修道路五十公里，让更多村民受益。"),
        out.subList(out.size() - 2, out.size()));
  }

  @Test
  void aWrappedParagraphStoppingAtAColonGoesOnIntoTheQuotationItIntroduces() {
    // 高兴地说： (5 em) and the quotation's line (16 em) overflow the 17 em column: the extractor started a new
    // text line at the quotation mark of the next printed line, and a wrapped paragraph never ends at a colon
    List<String> out = blocks(COLUMN + """
        道路都有专人负责管护。村民王大爷
        高兴地说：
        “如今路好走了，赶集只要十分钟，
        日子也越过越好了。”县交通局介绍，
        今年还将新修道路五十公里。
        """);
    assertEquals("今年以来，某县持续推进农村道路建设，新修道路一百多公里，沿线群众出行更加方便。县里还建立了养护队伍，每条"
        + "道路都有专人负责管护。村民王大爷高兴地说：“如今路好走了，赶集只要十分钟，日子也越过越好了。”县交通局介绍，"
        + "今年还将新修道路五十公里。", out.get(out.size() - 1));
  }

  @Test
  void aParagraphWhoseQuotationIsStillOpenGoesOnPastAShortLine() {
    // the extractor ended a text line at each single quotation mark: 群’ stops short inside the open quotation
    List<String> out = blocks(COLUMN + """
        道路都有专人负责。“如今不用‘盯
        群’
        ‘爬楼’了，有更多的时间为群众办实
        事了。”县交通局介绍，今年还将新修
        道路五十公里。
        """);
    assertEquals("今年以来，某县持续推进农村道路建设，新修道路一百多公里，沿线群众出行更加方便。县里还建立了养护队伍，每条"
        + "道路都有专人负责。“如今不用‘盯群’‘爬楼’了，有更多的时间为群众办实事了。”县交通局介绍，今年还将新修道路五十公里。",
        out.get(out.size() - 1));
  }

  @Test
  void aQuotationThatOpensTheNextParagraphIsNotJoinedToAnOpenOne() {
    // a quotation running over several paragraphs opens each of them and closes only at the last
    List<String> out = blocks(COLUMN + """
        道路都有专人负责。他说：“路修好了，
        大家出门方便了。
        “下一步，我们还要把路灯装起来。”
        """);
    assertEquals("“下一步，我们还要把路灯装起来。”", out.get(out.size() - 1));
  }

  @Test
  void squeezedPunctuationAtAQuotationMarkStillFitsThePrintedLine() {
    // 修了3条路。 (5.5 em) and “路好走了，… (13 em) add up to 18.5 em in a 17 em column, but 。“ is set in 1.5 em
    List<String> out = blocks(COLUMN + """
        道路都有专人负责管护，今年村里又新
        修了3条路。
        “路好走了，日子也好过了，
        村民们都这么说。县交通局局长介绍，
        今年还将新修道路五十公里，覆盖全县
        所有行政村。
        """);
    assertEquals(List.of("某县新闻",
        "今年以来，某县持续推进农村道路建设，新修道路一百多公里，沿线群众出行更加方便。县里还建立了养护队伍，每条"
            + "道路都有专人负责管护，今年村里又新修了3条路。“路好走了，日子也好过了，村民们都这么说。县交通局局长介绍，"
            + "今年还将新修道路五十公里，覆盖全县所有行政村。"), out);
  }

  @Test
  void everyMarkSqueezedLetsAPieceBrokenAtAQuotationMarkFitItsPrintedLine() {
    // 修了路，村里人都乐了。 (11 em) and “路好走了，心宽了 (9 em) add up to 20 em, over the 17 em column even with 。“
    // squeezed; a justified line sets each of their four marks in half an em. The extractor broke printed lines at
    // marks (a line opens with ”), so a text line may be part of one
    String last = lastBlock("""
        道路都有专人负责管护，今年村里又新
        修了路，村里人都乐了。
        “路好走了，心宽了
        ”村民们都这么说。县交通局局长介绍，
        今年还将新修道路五十公里，覆盖全县
        所有行政村。
        """);
    assertTrue(last.endsWith("今年村里又新修了路，村里人都乐了。“路好走了，心宽了”村民们都这么说。县交通局局长介绍，"
        + "今年还将新修道路五十公里，覆盖全县所有行政村。"), last);
  }

  @Test
  void aQuotationOpensAPrintedLineWhereTheExtractorKeepsPrintedLinesWhole() {
    // 修了路，人都乐了。 (9 em) and “路好走了，心宽了” (10 em) fit the 17 em column only with every mark squeezed; no
    // text line of the page opens with a mark no printed line starts with, so the extractor keeps printed lines whole
    // and the quotation opens a printed line of its own: a new paragraph
    String last = lastBlock("""
        道路都有专人负责管护，今年村里又新
        修了路，人都乐了。
        “路好走了，心宽了”
        村民们都这么说。县交通局局长介绍，
        今年还将新修道路五十公里，覆盖全县
        所有行政村。
        """);
    assertEquals("“路好走了，心宽了”村民们都这么说。县交通局局长介绍，今年还将新修道路五十公里，覆盖全县所有行政村。", last);
  }

  @Test
  void aQuotationOpeningAnIndentedFirstLineAfterAShortLineStartsAParagraphThoughMarksAreSqueezable() {
    // 了路，真好。 (6 em) and “路好走了，日子好过了，村里 (14 em): with every mark squeezed they would fit the 17 em
    // column, but a line three ems short of the margin or less is a paragraph's indented first line, not a piece of a
    // printed line the extractor broke (it does break at marks here: the lines holding ” and 。 alone)
    String last = lastBlock("""
        道路都有专人负责管护，村里今年新修
        了路，真好。
        “路好走了，日子好过了，村里
        人都这么说。县交通局局长说，今年还
        将新修道路五十公里，让路通到“家门口
        ”
        。
        """);
    assertEquals("“路好走了，日子好过了，村里人都这么说。县交通局局长说，今年还将新修道路五十公里，让路通到“家门口”。", last);
  }

  /** A page end, two headline decks (the first as wide as the column) and the next article's lead. */
  private static final String[] DECKS_AND_LEAD = {
      "上一篇文章的最后一段说到这里，县里的道路建设全文完。",
      "过去一条坑洼土路，如今一条四车道大路",
      "这个县，农村公路通到家门口",
      "本报讯（记者　王明）　今年以来，某县持续\n推进农村道路建设，新修道路一百多公里，\n沿线群众出行更加方便。县里还建立了养护\n"
          + "队伍，每条道路都有专人负责日常巡查，发\n现问题及时维修，保证道路安全畅通。\n"};

  /**
   * In content-stream order a headline that happens to fill the column, under a paragraph whose sentence ends at the
   * margin, stands over its deck, wider than the column: no body line wraps into a wider one, so it is no more of the
   * paragraph.
   */
  @Test
  void aHeadlineFillingTheColumnOverAWiderDeckIsNoMoreOfTheParagraph() {
    List<String> out = blocks(CONTENT_STREAM.replace("人越来越多。", "人越来越多，村里的日子也越过越红火。") + """
        某省持续大力整治“会议上的形式主义”
        清理合并面向基层的300多个会议、文件和工作群
        本报某地2月5日电（记者王明） 新春伊始，
        某县的干部们少开会、多下村，把时间用
        在为群众办实事上。
        """);
    assertEquals(CONTENT_STREAM_BODY.replace("人越来越多。", "人越来越多，村里的日子也越过越红火。"), out.get(1));
    assertTrue(out.get(2).startsWith("某省持续大力整治“会议上的形式主义”"), out.toString());
  }

  @Test
  void twoHeadlineDecksWithACommaEachStayApartWhereTheExtractorPrintsNoBlankLines() {
    // content-stream order (PDFBox): no blank lines at all
    List<String> out = blocks(String.join("\n", DECKS_AND_LEAD));
    assertEquals(DECKS_AND_LEAD[1], out.get(1));
    assertEquals(DECKS_AND_LEAD[2], out.get(2));
  }

  /**
   * In content-stream order a deck that ends with its phrase left open ({@code …基层的}) wraps into the next line: no
   * deck ends on a particle, so the two are one deck, not two.
   */
  @Test
  void aDeckLeftOpenOnAParticleWrapsIntoTheNextLine() {
    String column = "服务器指示灯交替闪烁，工程师们\n在键盘上运指如飞，位于某省某新区\n的数据中心里一片忙碌。今年以来，\n"
        + "县里还建立了养护队伍，每条道路都\n有专人负责日常巡查，发现问题及时\n维修，保证道路安全畅通。\n";
    List<String> out = blocks(column + "某省整治“文\n山会海”\n清理合并面向基层的\n3000 多个会议和文件\n某市开发区落地企业数不断刷新\n"
        + "本报记者　王　明\n" + column);
    assertEquals("某省整治“文山会海”", out.get(1), out.toString());
    assertEquals("清理合并面向基层的3000多个会议和文件", out.get(2), out.toString());
  }


  /**
   * A byline whose names are set apart by wide spaces (which normalising takes out between Han characters) is a line of
   * its own in content-stream order: it runs neither into the label above it nor into the body under it.
   */
  @Test
  void aBylineWithWideSpacesBetweenItsNamesStandsAlone() {
    List<String> out = blocks(String.join("\n", DECKS_AND_LEAD[0], "城市漫步·一线观察", "本报记者　王小明　李大华",
        "大年初三，一场小雨过后，某村的竹林更显", "青翠。驻村干部来到老人家中，送上新春的", "祝福。"));
    assertEquals("本报记者王小明李大华", out.get(2), out.toString());
    assertEquals("大年初三，一场小雨过后，某村的竹林更显青翠。驻村干部来到老人家中，送上新春的祝福。", out.get(3), out.toString());
  }

  @Test
  void twoHeadlineDecksStayApartAcrossABlankLineWhereBlankLinesSeparateBlocks() {
    // pdftotext default: blocks separated by blank lines
    List<String> out = blocks(String.join("\n\n", DECKS_AND_LEAD));
    assertEquals(DECKS_AND_LEAD[1], out.get(1));
    assertEquals(DECKS_AND_LEAD[2], out.get(2));
  }

  @Test
  void aPrintedLineTheExtractorBrokeAfterItsCommasIsPutBackTogether() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查。
        大年初三，
        一场小雨过后，
        某县城关
        镇的街道更显干净。村民们说，如今下
        雨天出门也不怕了，农产品运输的成本
        也降低了许多。县交通局局长介绍，今
        年还将新修道路五十公里，覆盖全县所
        有行政村，让更多群众走上平坦的路。
        """);
    assertEquals("大年初三，一场小雨过后，某县城关镇的街道更显干净。村民们说，如今下雨天出门也不怕了，农产品运输的成本"
        + "也降低了许多。县交通局局长介绍，今年还将新修道路五十公里，覆盖全县所有行政村，让更多群众走上平坦的路。", out.get(2));
  }

  @Test
  void aWordsFirstCharacterAloneOnALineJoinsTheRestOfTheWord() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查，路修好后，
        农
        产品运输的成本降低了许多，村民们的收
        入也跟着涨了。
        """);
    assertEquals(2, out.size(), out.toString());
    assertTrue(out.get(1).endsWith("路修好后，农产品运输的成本降低了许多，村民们的收入也跟着涨了。"), out.get(1));
  }

  @Test
  void aHeadingLineThatStopsInsideAWordWrapsOntoTheNext() {
    // content-stream order (PDFBox): no blank lines
    List<String> out = blocks("""
        上一篇文章的最后一段说到这里，县里的道路建设全文完。
        新学年，多地要求中小学
        生每天锻炼一小时——
        动起来，身体棒
        本报记者　王明
        本报讯　今年以来，某县持续推进农村
        道路建设，新修道路一百多公里，沿线
        群众出行更加方便。县里还建立了养护
        队伍，每条道路都有专人负责日常巡查。
        """);
    assertEquals("新学年，多地要求中小学生每天锻炼一小时——", out.get(1));
    assertEquals("动起来，身体棒", out.get(2));
  }

  @Test
  void aDatelineLeadBrokenBeforeItsTelegraphMarkStillStartsTheBody() {
    // pdftotext default: blank lines between blocks, none inside the lead article's first block
    List<String> out = blocks("""
        经济

        某县推进农村公路建设群众出行更方便
        本报南京 2 月 6 日
        电 （记者王明） 今年以来，某县持
        续推进农村道路建设，新修道路一百多
        公里，沿线群众出行更加方便。县里还
        建立了养护队伍，每条道路都有专人负
        责日常巡查。

        县交通局局长介绍，今年还将新修道路
        五十公里，覆盖全县所有行政村。
        """);
    assertEquals("某县推进农村公路建设群众出行更方便", out.get(1));
    assertTrue(out.get(2).startsWith("本报南京2月6日电"), out.get(2));
  }

  @Test
  void anAgencyStoryAsAPaperPrintsItStartsTheBody() {
    // a paper reprinting an agency's story opens it with 据新华社…电: like the agency's own lead, it starts the body
    List<String> out = blocks("""
        经济

        某县推进农村公路建设
        据新华社南京 2 月 6 日电 （记者王明）
        今年以来，某县持续推进农村道路建设，
        新修道路一百多公里，沿线群众出行更加
        方便。县里还建立了养护队伍，每条道路
        都有专人负责日常巡查。

        县交通局局长介绍，今年还将新修道路
        五十公里，覆盖全县所有行政村。
        """);
    assertEquals("某县推进农村公路建设", out.get(1));
    assertTrue(out.get(2).startsWith("据新华社南京2月6日电"), out.get(2));
  }

  /** Columns eleven characters wide, no first-line indent, no blank lines: a paragraph's first four lines. */
  private static final String NARROW_OPENING = """
      黎红燕与三位搭档身着传
      统服饰，小步前行，吊起
      唱腔。在场的观众将目光
      齐刷刷聚集到他们身上。
      她表演的大鼓作品叫《改
      期》，作品改编自当地发
      """;

  /** The next paragraph of {@link #NARROW_OPENING}'s column. */
  private static final String NARROW_NEXT = """
      早些年，漳河大鼓也面临
      着传承人老龄化、技艺失
      传等困境。为了重新唤起
      乡亲对漳河大鼓的喜爱，
      近年来，漳河大鼓在内容
      和形式上不断创新，受到
      当地群众的欢迎和喜爱。
      """;

  @Test
  void aSentenceEndingOneCharacterShortOfTheMarginEndsTheParagraph() {
    // a sentence end at the margin goes on; one that stops one character short, where 早 would have fitted, ends it
    List<String> out = blocks(NARROW_OPENING + "生的一个真实故事。漳河\n大鼓的曲目都来自生活。\n" + NARROW_NEXT);
    assertEquals(1, out.size(), out.toString());
    List<String> cut = blocks(NARROW_OPENING + "生的故事。漳河大鼓的曲\n目都来自当地群众生活，\n这些都是真实的故事。\n" + NARROW_NEXT);
    assertEquals(2, cut.size(), cut.toString());
    assertTrue(cut.get(1).startsWith("早些年"), cut.toString());
  }

  @Test
  void aCreditsAgencyAloneEndsItsBlock() {
    // a photo credit's agency in brackets, set apart from its credit, is no open sentence the next paragraph goes on
    List<String> out = blocks("""
        某县推进农田林网建设
        本报记者 王明

        这项工程于去年秋天启动，一并疏浚了沟、塘、渠、井、坝，厘清了农田林网的边界线。

        某县东河镇，村道两旁绿树成荫。 李华摄

        （人民视觉）

        今年以来，全县各村共签订林木日常养护责任合同六千多份。
        """);
    assertTrue(out.contains("（人民视觉）"), out.toString());
    assertTrue(out.get(out.size() - 1).startsWith("今年以来"), out.toString());
  }

  @Test
  void letterSpacedCreditPrintedOnePiecePerLineIsOneLine() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修。

        村民在新修的道路旁植树。

        孙

        超

        李

        响摄影报道

        县里今年还将新修道路五十公里。
        """);
    assertEquals(List.of("孙超李响摄影报道", "县里今年还将新修道路五十公里。"), out.subList(3, 5));
    assertEquals("村民在新修的道路旁植树。", out.get(2));
  }

  @Test
  void photoCreditEndsItsBlockAcrossAColumnBreak() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修。

        村民在新修的道路旁植树。
        某县委宣传部供图

        县里今年还将新修道路五十公里，沿线
        """);
    assertEquals(List.of("村民在新修的道路旁植树。", "某县委宣传部供图", "县里今年还将新修道路五十公里，沿线"), out.subList(2, 5));
  }

  @Test
  void bylineRoleAloneNeverJoinsTheHeadlineAboveIt() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修。

        某县农村公路建设取得成效
        本报记者

        县里今年还将新修道路五十公里，沿线
        群众出行将更加方便。
        """);
    assertEquals(List.of("某县农村公路建设取得成效", "本报记者"), out.subList(2, 4));
  }

  /**
   * A byline set in a box comes out one piece per line: the outlet and role, the names, another role and its name, or a
   * photo credit. A column label or a headline of a name's length printed after it is no more of the byline.
   */
  @Test
  void bylinePiecesOnLinesOfTheirOwnJoinButNoLabelAfterThem() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修。

        某县农村公路建设取得成效
        □本报记者

        王小明

        通讯员

        李华

        高 端 访 谈

        江南春早

        县里今年还将新修道路五十公里，沿线
        群众出行将更加方便。
        """);
    assertEquals(List.of("某县农村公路建设取得成效", "□本报记者 王小明 通讯员 李华", "高端访谈", "江南春早"), out.subList(2, 6),
        out.toString());
  }

  @Test
  void aPhotoCreditPrintedUnderItsRoleJoinsIt() {
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修。

        村民在新修的道路旁植树。
        本报记者

        王小明摄

        县里今年还将新修道路五十公里，沿线
        群众出行将更加方便。
        """);
    assertEquals("本报记者 王小明摄", out.get(3), out.toString());
  }

  @Test
  void columnWidthIsMeasuredOnPrintedLinesNotOnTheirQuoteSplitPieces() {
    // pdftotext starts a new text line at a quotation mark: measured on the pieces, the column looks 18 em wide
    // and the short last line of the first paragraph looks full; the printed lines are 19-20 em
    List<String> out = blocks("""
        路灯更新亮堂多
        本报记者 王小明

        春节期间，某市某区某街道的某某社区干净
        整洁，家家户户张灯结彩，处处年味足。
        七十多岁的居民李某某提着年货，走进小区，
        心里很舒坦。
        “新装的路灯又亮又省电，那些
        昏暗的旧灯终于换掉了。
        ”李某某说，多亏了
        专项资金支持小区老旧路灯的更新改造。
        赶上了好政策的“顺风车”，小区居民都获
        得实惠。
        某某社区是建成于二十年前的大型社区，有
        近两千户人家。记者看到，小区每一栋楼

        前原本都装有两盏路灯。可是这几年来，路
        灯因年久失修，三天两头不亮，修修补补也
        无济于事，如今到了非换不可的时候。
        """);
    assertEquals("春节期间，某市某区某街道的某某社区干净整洁，家家户户张灯结彩，处处年味足。", out.get(2));
    // 心里很舒坦。 and the quotation's first piece fill one printed line (6 + 14 em of a 20 em column): one paragraph
    // (measured against the headline's and the byline's shared seven em, the short piece used to look full)
    assertEquals("七十多岁的居民李某某提着年货，走进小区，心里很舒坦。“新装的路灯又亮又省电，那些昏暗的旧灯终于换掉了。”李某某说，"
        + "多亏了专项资金支持小区老旧路灯的更新改造。", out.get(3));
  }

  @Test
  void aPieceOpeningWithAClosingMarkGoesOnWithTheLineItWasSplitFrom() {
    // pdftotext ends a text line at a closing quotation mark and prints the rest of the printed line on its own:
    // counted in pieces, 家门。 + ”大年初一 looks wider than the column, yet the printed line goes on
    List<String> out = blocks("""
        某村的春节

        支大妈家住村东头，儿女都在外地工作，
        今年春节只有老两口在家里过年守岁。
        “李大妈爱听黄梅戏，盼着过年时和家
        人一起听场戏，可腿脚不便出不了家门。
        ”大年初一
        走访时，驻村干部在手机上的民情日记
        里记下这一情况。随后，她与越剧社的
        业余演员约好时间，送戏上门。
        """);
    assertEquals(2, out.size(), out.toString());
    assertTrue(out.get(1).contains("出不了家门。”大年初一走访时，驻村干部"), out.toString());
  }

  @Test
  void aShortQuotePieceWhoseQuotationGoesOnBelowIsTheRestOfThePrintedLineAbove() {
    // pdftotext starts a new text line at the quotation mark: 件。 looks like a paragraph's short last line and
    // “小 like a heading, yet together they fill the column and the quotation closes on the body line below
    List<String> out = blocks("""
        某县菜园子里的新变化

        去年以来，某县把闲置地块改造成小菜园，
        先后整治了房前屋后的闲置空地三百多处，
        办成群众身边的实事一百二十多件次。
        “小
        菜园”成了村里的“好风景”。
        村里的老人每天都来菜园里转一转，拔草浇
        水施肥，种瓜点豆，日子过得比以前更充实
        了。
        """);
    assertEquals(List.of("某县菜园子里的新变化",
        "去年以来，某县把闲置地块改造成小菜园，先后整治了房前屋后的闲置空地三百多处，办成群众身边的实事一百二十多件次。“小菜园”成了村里的“好风景”。",
        "村里的老人每天都来菜园里转一转，拔草浇水施肥，种瓜点豆，日子过得比以前更充实了。"), out);
  }

  @Test
  void aShortPieceAfterASentenceEndIsTheRestOfThePrintedLineWhereTheLineBelowFillsTheColumnAlone() {
    // pdftotext prints 。 and “我 as pieces of the printed line that ends the first sentence; the line below fills the
    // column by itself and runs the word 我们 on, so “我 opens no paragraph
    List<String> out = blocks("""
        某县开展线上党员培训

        清早，某县某村的文化活动室里早早坐满
        了人，村民们围在屏幕前，等专家开讲。
        这次课是某省面向全省农村党员开的第一
        课，也是某省线上学习的“开年课”
        。
        “我
        们把示范课程通过直播送到田间地头，让
        农村党员在家门口就能学到新的本领。”
        某县组织部门的同志介绍说。
        """);
    assertEquals(List.of("某县开展线上党员培训",
        "清早，某县某村的文化活动室里早早坐满了人，村民们围在屏幕前，等专家开讲。这次课是某省面向全省农村党员开的第一课，"
            + "也是某省线上学习的“开年课”。“我们把示范课程通过直播送到田间地头，让农村党员在家门口就能学到新的本领。”"
            + "某县组织部门的同志介绍说。"), out);
  }

  @Test
  void aClosingMarkAloneEndsTheShortPrintedLineAboveIt() {
    // 。 alone ends 却坐着一个年轻的“小伙”, a paragraph's short last line: the quotation on the next line opens a
    // paragraph (counted alone, 。 left room for the whole next line in one printed line)
    List<String> out = blocks("""
        某镇的绣娘们

        某省某镇是远近闻名的刺绣之乡，镇上
        不到三万人，会刺绣的妇女有八千多。
        推开镇上一家刺绣工作室的门，绣架前
        却坐着一个年轻的“小伙”
        。
        “小伙”名叫王某，他低头专注，
        手里的针线上下翻飞，在绸面上来回穿
        梭，一朵牡丹在绣布上渐渐显出模样。
        """);
    assertEquals(3, out.size(), out.toString());
    assertTrue(out.get(1).endsWith("却坐着一个年轻的“小伙”。"), out.toString());
  }

  @Test
  void aLineEndingWithTheParticleDeGoesOnWhateverItsWidth() {
    // a quotation mark split the printed line; the piece left is short, but 的 needs the noun it qualifies
    List<String> out = blocks("""
        某地庙会热闹非凡

        大年初三，走进某市的老城街巷，
        “民间有戏”的
        精彩舞台映入眼帘。京剧、黄梅戏轮番上
        演，表演者婉转的唱腔、绚丽的服饰，将
        人们带进了传统戏曲的迷人世界。
        """);
    assertEquals(2, out.size(), out.toString());
    assertTrue(out.get(1).contains("老城街巷，“民间有戏”的精彩舞台"), out.toString());
  }

  @Test
  void twoHeadingDecksOverABylineAreNotOneWrappedLine() {
    // a kicker over its headline, each a phrase of its own, then the byline: the column is as wide as the decks,
    // so they look like a body sentence wrapped at a column break
    List<String> out = blocks("""
        过去一块地最大两亩，现在最小都有两亩

        这个村，小块田变成大块田用上旋耕机
        本报记者 王小明

        一早，某县某镇的田野在晨光中慢慢苏
        醒过来。刀片旋转，泥土翻飞，种粮大户
        驾驶着旋耕机穿梭田间，一会儿就耕完
        一块地。村里的老人说，过去种地全靠
        人力，如今机器一开，活儿就干完了。
        """);
    assertEquals(List.of("过去一块地最大两亩，现在最小都有两亩", "这个村，小块田变成大块田用上旋耕机", "本报记者 王小明"),
        out.subList(0, 3), out.toString());
  }

  @Test
  void aHeadlineWrappedAfterAJoiningWordStaysOneLine() {
    // content-stream text (no blank lines): the headline fills the column and breaks after 暨 over the byline
    List<String> out = blocks("""
        某省开展打假治敲专项行动暨
        传媒监管电视电话会议召开
        本报记者 王小明
        一早，某县某镇的田野在晨
        光中慢慢苏醒过来。刀片旋
        转，泥土翻飞，种粮大户驾
        驶着旋耕机穿梭田间，一会
        儿就耕完一块地。
        """);
    assertEquals("某省开展打假治敲专项行动暨传媒监管电视电话会议召开", out.get(0), out.toString());
  }

  @Test
  void aCreditWhoseAgencyIsCutAtTheLineEndDoesNotRunIntoTheHeadingAfterIt() {
    // pdftotext printed the rest of the bracket (视觉）) elsewhere; the credit still ends its caption
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查和维修。

        某县城郊的新修公路。

        薛

        俊摄（人民

        某镇遗址

        某镇遗址位于县城东部，四周被老河道环
        绕，遗址总面积六万多平方米。
        """);
    assertTrue(out.contains("薛俊摄（人民"), out.toString());
    assertTrue(out.contains("某镇遗址"), out.toString());
  }

  @Test
  void aCaptionWithItsCreditIsNotRunIntoTheParagraphThatEndsAtTheMarginAboveIt() {
    // content-stream text: no blank lines; the paragraph's last line is full and ends a sentence, so the next line
    // would continue it, but that line opens a sentence that ends in a photo credit: a caption
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查维修保养。
        村民们在新修的道路旁植树造林美化环
        境。　某县委宣传部供图
        县里今年还将新修道路五十公里，沿线
        群众出行将更加方便，农产品运输的成
        本也将降低。
        """);
    assertTrue(out.get(1).endsWith("每条道路都有专人负责日常巡查维修保养。"), out.toString());
    assertTrue(out.get(2).startsWith("村民们在新修的道路旁植树造林美化环境。某县委宣传部供图"), out.toString());
  }

  @Test
  void aParagraphRunsOnAtTheMarginOverACreditSetApartByABlankLine() {
    // the credit stands apart: the photo's caption may be under it, so the sentence over it is no caption by that alone
    List<String> out = blocks(COLUMN + """
        道路都有专人负责日常巡查维修保养。
        村民们在新修的道路旁植树造林美化环
        境。

        某县融媒体中心供图

        新修的道路两旁绿树成荫。
        """);
    assertTrue(out.get(1).endsWith("保养。村民们在新修的道路旁植树造林美化环境。"), out.toString());
  }

  @Test
  void aCreditSplitOverTwoLinesClosesTheCaptionThatANarrowHeadingLineStandsOver() {
    // a two-line headline over a photo caption; the credit's role and name come out on lines of their own
    List<String> out = blocks("""
        今年以来，某县持续推进农
        村道路建设，新修道路一百
        多公里，沿线群众出行更加
        方便。

        一条新路，
        串起美丽风景
        村民们在新修的道路旁植树
        造林，美化环境。
        本报记者

        王明摄

        县里还建立了养护队伍，每
        条道路都有专人负责日常巡
        查维修保养。
        """);
    assertTrue(out.contains("一条新路，串起美丽风景"), out.toString());
    assertTrue(out.contains("村民们在新修的道路旁植树造林，美化环境。"), out.toString());
  }

  @Test
  void bylineLinesOfEveryReporterRoleAreRecognised() {
    for (String line : List.of("本报记者 王明", "□本报记者 宋爽 通讯员 杨静", "融媒体记者 李晓", "本报首席记者 欧阳明",
        "本报摄影记者 张三", "特约评论员 赵六")) {
      assertTrue(LayoutRepairer.looksLikeBylineLine(line), line);
    }
    for (String line : List.of("记者从县交通运输局获悉：今年以来", "本报讯（记者 王明）今天开会。")) {
      assertFalse(LayoutRepairer.looksLikeBylineLine(line), line);
    }
  }

  /** A paragraph, then a column whose last line stops inside a word ({@code 难} / {@code 题}). */
  private static final String COLUMN_CUT_BEFORE_A_WORD_ENDS = """
      新学期开始后，不少学校延长了课间的
      时间，学生们走出教室跳绳、打球，有
      的在操场上做游戏，十分热闹。

      春季学期以来，更多学校开始推广课间
      改革，让学生走出教室，破解课间圈养难
      """;

  @Test
  void aSentenceResumesPastACaptionPrintedInsideItWhereAWordIsKeptWhole() {
    String raw = COLUMN_CUT_BEFORE_A_WORD_ENDS + """

        学生在课间体验舞龙。

        题。

        “每天两小时，切口虽小，但意义重大。
        ”多地教育部门负责人表示，要让孩子们
        多运动、多呼吸新鲜空气。
        """;
    List<String> blocks = blocks(raw);
    assertTrue(blocks.contains("春季学期以来，更多学校开始推广课间改革，让学生走出教室，破解课间圈养难题。"), blocks.toString());
    assertTrue(blocks.contains("学生在课间体验舞龙。"), blocks.toString());
  }

  @Test
  void aBlockThatLeavesItsOwnSentenceOpenIsNoInsert() {
    String raw = COLUMN_CUT_BEFORE_A_WORD_ENDS + """

        以及上学路上的安全问题，各地也在想

        题。
        """;
    List<String> blocks = blocks(raw);
    assertFalse(blocks.stream().anyMatch(b -> b.endsWith("圈养难题。")), blocks.toString());
  }

  @Test
  void aVerticalHeadlineAndAKickerEndTheirBlocksAtTheBlankLineAfterThem() {
    String raw = """
        开航时间一到，船长一声令下，水手解缆，拖
        轮驶往预定海域。航行二十分钟，瞧见一艘货
        轮出现在侧前方。

        建
        设
        国
        际
        一
        流
        智
        慧
        港

        口岸升级设备提高效率——

        吊机更灵巧

        装船快又稳
        """;
    List<String> blocks = blocks(raw);
    // 港 and 口 form a word, but one character per line says nothing of a column: no sentence runs on
    assertTrue(blocks.contains("建设国际一流智慧港"), blocks.toString());
    // a kicker's lead dash before a blank line ends its block: the headline below is a block of its own
    assertTrue(blocks.contains("口岸升级设备提高效率——"), blocks.toString());
  }

  @Test
  void aColumnTagClosesItsHeadline() {
    String raw = """
        第5版

        评论

        城里人为啥爱上赶大集（今日时评）
        李 明

        天还没亮，大集里已人头攒动。来
        赶集的，有很多年轻人。晒赶集照
        片，发赶集视频，成了新时尚。
        """;
    List<String> blocks = blocks(raw);
    assertTrue(blocks.contains("城里人为啥爱上赶大集（今日时评）"), blocks.toString());
  }

  @Test
  void aQuotationBrokenAtItsOpeningMarkIsOneLine() {
    String raw = """
        去年，社区干部累计走访居民两万多
        户，收集意见建议三千余条，解决问
        题一千余个。
        “平安
        日志”已成为提升社区治理效能的有
        力抓手。
        """;
    List<String> blocks = blocks(raw);
    assertTrue(blocks.contains("“平安日志”已成为提升社区治理效能的有力抓手。"), blocks.toString());
  }

  @Test
  void aDashInsideAnOpenQuotationIsNoKickersLeadDash() {
    String raw = """
        某区开展党员教育培训，按不同领域分类
        统计培训需求，形成数据分析报告。
        此外，某区首创“山水摆渡人——
        温暖社区”志愿项目，邀请专业
        人士提供法律咨询、心理疏导等服务。
        """;
    List<String> blocks = blocks(raw);
    assertEquals(List.of("某区开展党员教育培训，按不同领域分类统计培训需求，形成数据分析报告。",
        "此外，某区首创“山水摆渡人——温暖社区”志愿项目，邀请专业人士提供法律咨询、心理疏导等服务。"), blocks);
  }

  @Test
  void aBracketedNumberEndingALineBeforeACommaIsNoColumnTag() {
    String raw = """
        近日，某市文化旅游局局长告诉记者，该市
        组织了“抓机遇、促开放”

        系列专题培训（第七期）
        ，她参加学习后受益匪浅，今后将把培训
        所得转化为履职尽责的实践。
        """;
    List<String> blocks = blocks(raw);
    assertTrue(blocks.contains("系列专题培训（第七期），她参加学习后受益匪浅，今后将把培训所得转化为履职尽责的实践。"), blocks.toString());
  }

  @Test
  void aLineJoinedAcrossABlankLineIsNoHeadlineClosedByItsColumnTag() {
    String raw = """
        学员们来自某省乡村振兴重点帮扶县村党

        组织书记示范培训班（第一期）
        在某市某区观摩学习，学员们纷纷表示收
        获很大。
        """;
    assertEquals(List.of("学员们来自某省乡村振兴重点帮扶县村党组织书记示范培训班（第一期）在某市某区观摩学习，学员们纷纷表示收获很大。"),
        blocks(raw));
  }

  @Test
  void aBlockOpeningWithACommaIsNoInsertASentenceResumesPast() {
    String raw = """
        某街道辖区面积大、河道长，人口老龄化
        严重、行政事业单位多

        ，如何充分发挥基层党组织作用，为辖区
        居民提供更周全的服务？

        家住某小区的低保户老人王某，今年77岁，
        独居，平时靠低保金维持生活。
        """;
    assertEquals(List.of("某街道辖区面积大、河道长，人口老龄化严重、行政事业单位多，如何充分发挥基层党组织作用，为辖区居民提供更周全的服务？",
        "家住某小区的低保户老人王某，今年77岁，独居，平时靠低保金维持生活。"), blocks(raw));
  }

  @Test
  void aCaptionEndingInItsCreditEndsItsBlock() {
    String raw = """
        入冬以来，山区小学把滑雪课搬进了
        课堂。孩子们在老师的带领下，穿上
        滑雪板，在校园旁的雪道上练习。

        孩子们在雪道上练习滑雪。 张强摄

        古镇的花灯大多出自老手艺人之手。
        今年灯会上，老手艺人还在石桥边现
        场扎花灯，吸引了不少游客驻足观看。
        """;
    List<String> blocks = blocks(raw);
    assertTrue(blocks.contains("孩子们在雪道上练习滑雪。 张强摄"), blocks.toString());
  }

  @Test
  void aPaddedTwoCharacterNamePrintedOneCharacterPerLineJoinsItsByline() {
    String raw = """
        古镇灯会吸引八方游客

        本报记者

        王

        华

        正月里，江南古镇的灯会开幕了。上
        千盏花灯挂满古镇的石桥和老街。

        山区学校开设滑雪课
        本报记者 李

        明

        入冬以来，山区小学把滑雪课搬进了
        课堂，孩子们在雪道上练习滑雪。
        """;
    List<String> blocks = blocks(raw);
    assertTrue(blocks.contains("本报记者 王 华"), blocks.toString());
    assertTrue(blocks.stream().anyMatch(b -> b.replace(" ", "").equals("本报记者李明")), blocks.toString());
  }

  /**
   * A two-character name set letter-spaced beside a two-part heading, one character per printed row, comes out around
   * the heading's second part: the name is one block after that part, which stays a block of its own. Three single
   * characters in a row are vertical text, no name.
   */
  @Test
  void aNamePrintedAroundAHeadingPartIsOneBlockAfterThePart() {
    String raw = """
        今 日 谈

        春风入户
        周

        暖意融融

        明

        过年回家，村口的土路修成了水泥路，
        路灯一直亮到家门口，老人们晚上也能
        出来散散步、拉拉家常。
        好日子是干出来的。把群众的小事当
        成大事来办，把每一件实事办到心坎上，
        乡亲们的笑容就是最好的答卷。
        """;
    assertEquals(List.of("今日谈", "春风入户", "暖意融融", "周明"), blocks(raw).subList(0, 4));
    String vertical = raw.replace("明\n", "明\n\n月\n");
    assertFalse(blocks(vertical).contains("周明"), blocks(vertical).toString());
  }

  /**
   * A kicker set off by blank lines, ending in the dash that leads it into its headline, is printed after a column
   * that stops inside its sentence: the kicker is a block of its own, not the rest of that sentence. A line after the
   * column break that ends in a dash but runs on into the next line without a blank one goes on the sentence.
   */
  @Test
  void aKickerSetOffByBlankLinesDoesNotGoOnTheSentenceBeforeIt() {
    String raw = """
        本报某地3月2日电 （记者王明） 清
        晨，某镇的农技服务站里坐满了人。
        种粮大户们拿着笔记本，准备听农技
        员讲解县里新推的“智慧农田”管理

        开学季，多所学校延长学生户外运动时间——

        操场上，笑声多了
        本报记者 李华

        上午第二节课后，某中学的操场上
        响起了广播操的音乐，同学们排着
        整齐的队伍走出教学楼。
        """;
    List<String> blocks = blocks(raw);
    assertTrue(blocks.contains("开学季，多所学校延长学生户外运动时间——"), blocks.toString());
    String runsOn = raw.replace("开学季，多所学校延长学生户外运动时间——\n", "开设的课程。一位种粮大户对记者说——\n“有了它，种地心里更有底。”\n");
    assertTrue(blocks(runsOn).get(0).endsWith("“智慧农田”管理开设的课程。一位种粮大户对记者说——“有了它，种地心里更有底。”"),
        blocks(runsOn).toString());
  }

  /**
   * A closing quotation mark alone on a text line ends the printed line above (no printed line starts with one): with it
   * that line reaches the margin and ends a sentence there, so the paragraph goes on into a next line that is not
   * indented, and ends before one that is.
   */
  @ParameterizedTest
  @CsvSource({
      "上午十点，镇文化站站长李红来到李, true",
      "上午，文化站站长李红来到李, false"})
  void aClosingMarkAloneOnItsLineEndsThePrintedLineAbove(String next, boolean joins) {
    List<String> out = blocks("""
        今年春节，某县某镇组织了一场文艺
        演出，邀请县剧团的演员为村民们表
        演节目，吸引了周边的许多群众前来
        观看，广场上热闹非凡。
        “李奶奶，祝您新年快乐健康！
        ”
        %s
        奶奶家里，送上了春联和福字，还
        陪她聊了很久的家常。
          演出结束后，演员们来到敬老
        院为老人们表演节目，送上了新春的
        祝福。
        """.formatted(next));
    String quote = "“李奶奶，祝您新年快乐健康！”";
    String rest = next + "奶奶家里，送上了春联和福字，还陪她聊了很久的家常。";
    assertEquals(joins ? List.of(quote + rest) : List.of(quote, rest), out.subList(1, out.size() - 1));
  }

  /**
   * A paragraph's indented first line that the extractor broke after a comma (justification widened the space there)
   * shows its indent only as a whole: the sentence ending at the margin above ends the paragraph.
   */
  @Test
  void anIndentedFirstLineBrokenAfterACommaShowsItsIndentAsAWhole() {
    List<String> out = blocks("""
        正月初一，老街戏台前早早坐满
        了观众，锣鼓一响，台下一片叫好
        声，演员们的表演引来阵阵掌声。
        每逢节假日，
        评剧、越剧、
        黄梅戏轮番登台，为节日添喜庆
        的气氛，也让不少游客大饱了眼福
        和耳福，不少人拿出手机拍下了
        精彩的瞬间。
        """);
    assertEquals(List.of("正月初一，老街戏台前早早坐满了观众，锣鼓一响，台下一片叫好声，演员们的表演引来阵阵掌声。",
        "每逢节假日，评剧、越剧、黄梅戏轮番登台，为节日添喜庆的气氛，也让不少游客大饱了眼福和耳福，"
            + "不少人拿出手机拍下了精彩的瞬间。"), out);
  }
}
