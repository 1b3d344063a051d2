package dev.banmian.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.model.Byline;
import dev.banmian.model.Contributor;
import java.util.Optional;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class BylineParserTest {
  private static final BylineParser P = BylineParser.standard();

  static String render(Optional<Byline> b) {
    if (b.isEmpty()) {
      return "-";
    }
    return b.get().outlet().orElse("") + "|" + b.get().contributors().stream().map(c -> c.role() + ":" + c.name())
        .collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "□本报记者 宋爽 通讯员 杨静; 本报|记者:宋爽,通讯员:杨静",
      "通讯员 李存秀 本报记者 乔欣; 本报|通讯员:李存秀,记者:乔欣",
      "本报记者　程　龙　潘俊强; 本报|记者:程龙,记者:潘俊强",
      "新甘肃·甘肃日报记者 金鑫; 新甘肃·甘肃日报|记者:金鑫",
      "新甘肃·甘肃日报记者 石丹丹 牛巧丽; 新甘肃·甘肃日报|记者:石丹丹,记者:牛巧丽",
      "大众新闻·大众日报记者 张三、李四; 大众新闻·大众日报|记者:张三,记者:李四",
      "（记者 李晓娟）; |记者:李晓娟",
      "（本报记者 王五 通讯员 赵六）; 本报|记者:王五,通讯员:赵六",
      "(城东组); |作者:城东组",
      "（王明）; |作者:王明",
      "姚子龙; |作者:姚子龙",
      "徐文; |作者:徐文",
      "天组宣; |作者:天组宣",
      "本报讯（记者 衣凯玥）; 本报|记者:衣凯玥",
      "本报讯（特约记者 莫昌伟 田得乾）; 本报|特约记者:莫昌伟,特约记者:田得乾",
      "本报讯（太文）; 本报|作者:太文",
      "本报讯（记 者 胡桂芳）; 本报|记者:胡桂芳",
      "新华社北京9月8日电（记者 张三、李四）; 新华社|记者:张三,记者:李四",
      "新华社北京５月２０日电（记者王某）; 新华社|记者:王某",
      "据新华社北京5月20日电（记者王某）; 新华社|记者:王某",
      "据新华社新西兰北帕默斯顿1月1日电（记者李某）; 新华社|记者:李某",
      "某某社10月9日讯（记者 王某）; 某某社|记者:王某",
      "某某在线11月20日讯(通讯员 赵某); 某某在线|通讯员:赵某",
      "某某网7月5日22时讯（首席记者 黄某）; 某某网|首席记者:黄某",
      "某某新闻客户端3月5日讯（记者 李某）; 某某新闻客户端|记者:李某",
      "以上图片均为李明摄; |摄影:李明",
      "【某某时报驻香港特约记者杨某】; 某某时报|特约记者:杨某",
      "本报驻京记者 王某; 本报|记者:王某",
      "[某某网报道 记者 王某]; 某某网|记者:王某",
      "本报记者张三本报通讯员李四; 本报|记者:张三,通讯员:李四",
      "□本报记者张明本报通讯员郜华; 本报|记者:张明,通讯员:郜华",
      "本报记者陈明亮杜小平; 本报|记者:陈明亮,记者:杜小平",
      "本报记者王明李华; 本报|记者:王明,记者:李华",
      "□本报记者赵成王明峰; 本报|记者:赵成,记者:王明峰",
      // 中国新闻社 leads write the date in Chinese numerals; its photos are credited 中新社发 X 摄
      "中新社北京九月二十七日电; 中新社|",
      "中新社北京九月二十七日电（记者 王某）; 中新社|记者:王某",
      "中新社发 王某某 摄; 中新社|摄影:王某某",
      // a credit's agency cut at the line's end by the extractor (the rest printed elsewhere on the page)
      "薛俊摄（人民; |摄影:薛俊",
      // reporters who also took the photos (文/图 after the names); labels after each name (X/文 Y/图)
      "记者 王明 通讯员 李华 文/图; |记者:王明,通讯员:李华",
      "本报记者 王明/文 李华/图; 本报|记者:王明,摄影:李华",
      "王明/文 李华/图; |文:王明,图:李华",
      "文/本报记者 李华 图/本报记者 张强; 本报|记者:李华,摄影:张强",
      // where a reprinted text comes from: an outlet, no author; any other source is a note
      "（来源：人民日报）; 人民日报|",
      "来源：某某新闻网; 某某新闻网|",
      "（来源：记者采访）; -",
      // CCTV's lead: outlet, 消息, the programme in brackets
      "央视网消息（新闻联播）：; 央视网|",
      // People's Daily leads of the 1980s and 1990s: reporter after 电, closed by 报道 and a colon
      "本报墨西哥城1月28日电记者张金江报道：; 本报|记者:张金江",
      "（香港文汇网记者 马晓芳）; 香港文汇网|记者:马晓芳",
      // ranks and postings before 记者 in city and party papers (主任记者, 高级记者, 特派记者, 资深记者)
      "主任记者 程某平; |主任记者:程某平",
      "高级记者 王明; |高级记者:王明",
      "本报特派记者 王明; 本报|特派记者:王明",
      "本报资深记者 王明 李华; 本报|资深记者:王明,资深记者:李华",
      // a paper's name in title marks before the role (《某某晚报》记者 X), a name with its label after it (X/文)
      "《扬州晚报》记者 王明; 扬州晚报|记者:王明",
      "程某平/文; |文:程某平",
      // a signed commentary's notes on its author are no byline
      "（作者单位：某大学）; -",
      "■ 王虹某; |作者:王虹某",
      "图：王明 汪昊 胡蝶飞; |摄影:王明,摄影:汪昊,摄影:胡蝶飞",
      // new-media bylines separate role and name with a vertical bar (记者｜X, 文|X)
      "记者｜王明; |记者:王明",
      "记者 | 王明 编辑 | 李华; |记者:王明,编辑:李华",
      "文|王明; |文:王明",
      // city papers' own lead-ins without brackets, a slash between role and name
      "南方日报讯 记者/王明 通讯员/李华; 南方日报|记者:王明,通讯员:李华",
      "羊城晚报讯 记者 王明; 羊城晚报|记者:王明",
      "本报讯 记者王明 通讯员李华; 本报|记者:王明,通讯员:李华",
      // editions and broadcasters as outlets; a picture's source; contributing writers
      "人民日报海外版记者 王明; 人民日报海外版|记者:王明",
      "央视记者 王明; 央视|记者:王明",
      "图片来源：新华社; |供图:新华社",
      "特约撰稿人 王明; |特约撰稿人:王明",
      // an agency's photo with its photographer in brackets
      "新华社发（王明 摄）; 新华社|摄影:王明",
      // a caption's sentence before a credit is no outlet; text and pictures by one person
      "图为某某。新华社记者 王明 摄; -",
      "文图/王明; |作者:王明",
      "文·图/王明; |作者:王明",
      "本报记者孙立高明远; 本报|记者:孙立,记者:高明远",
      "本报北京1月1日讯记者崔明、唐华报道：; 本报|记者:崔明,记者:唐华",
      "（见图 李明摄）; |摄影:李明",
      "某饭店厨师在制作葱烧海参。　受访者供图; -",
      "记者王明报道; |记者:王明",
      "本报记者 王明 报道; 本报|记者:王明",
      "某某新闻客户端 记者 李华; 某某新闻客户端|记者:李华",
      "（照片除署名外均为本报记者李明摄）; 本报|摄影:李明",
      "本版图片均为王某摄; |摄影:王某",
      "本报北京10月19日电 （记者金歆）; 本报|记者:金歆",
      "曾令刚 摄; |摄影:曾令刚",
      "雷祿 曹瀚文 摄; |摄影:雷祿,摄影:曹瀚文",
      "新华社记者 卢汉欣摄; 新华社|摄影:卢汉欣",
      "西宁火车站街道党工委供图; |供图:西宁火车站街道党工委",
      "本组图片由省委组织部提供; |供图:省委组织部",
      "见习记者 周七 实习生 吴八; |见习记者:周七,实习生:吴八",
      "首席记者 欧阳明; |首席记者:欧阳明",
      "本报记者 阿依古丽·买买提; 本报|记者:阿依古丽·买买提",
      "记者 王五和赵六; |记者:王五,记者:赵六",
      "新华社发; |供图:新华社",
      "（新华社发）; |供图:新华社",
      "本报记者 张三 摄影报道; 本报|摄影:张三",
      "周小红摄（新华社发）; 新华社|摄影:周小红",
      "文/陶然　图/韩松; |文:陶然,图:韩松",
      "钱　进  摄（人民视觉）; |摄影:钱进",
      "本报记者; 本报|",
      "□本报记者; 本报|",
      "特约记者; |",
      "冯　达　许　诺摄影报道; |摄影:冯达,摄影:许诺",
      "马　林摄; |摄影:马林",
      "文/图 本报记者 赵六; 本报|记者:赵六",
      "□文/本报记者 孙七; 本报|记者:孙七",
      "图：刘一; |摄影:刘一",
      "图/新华社记者 李贺; 新华社|摄影:李贺",
      // national papers', agencies' and new media's common forms (names invented)
      "新华社记者 王明 李华; 新华社|记者:王明,记者:李华",
      "新华社记者王明; 新华社|记者:王明",
      "人民日报记者 王明; 人民日报|记者:王明",
      "光明日报记者 王明 光明日报通讯员 李华; 光明日报|记者:王明,通讯员:李华",
      "经济日报记者 王明; 经济日报|记者:王明",
      "本报见习记者 王明; 本报|见习记者:王明",
      "本报实习生 王明; 本报|实习生:王明",
      "本报融媒体记者 王明; 本报|融媒体记者:王明",
      "本报全媒体记者 王明 通讯员 李华; 本报|全媒体记者:王明,通讯员:李华",
      "中国青年报·中青网记者 王明; 中国青年报·中青网|记者:王明",
      "澎湃新闻记者 王明; 澎湃新闻|记者:王明",
      "本报通讯员 王明 记者 李华; 本报|通讯员:王明,记者:李华",
      "记者 王明 摄; |摄影:王明",
      "本报记者 王明 摄; 本报|摄影:王明",
      "王明 摄影; |摄影:王明",
      "（本报记者 王明 李华）; 本报|记者:王明,记者:李华",
      "(记者 王明); |记者:王明",
      "本报讯（通讯员 王明）; 本报|通讯员:王明",
      "本报讯（记者 王明 实习生 李华）; 本报|记者:王明,实习生:李华",
      "新华社上海3月1日电（记者 王明）; 新华社|记者:王明",
      "中新网北京3月1日电（记者 王明）; 中新网|记者:王明",
      "人民网北京3月1日电（记者 王明）; 人民网|记者:王明",
      "新华社北京3月1日电; 新华社|",
      "本报杭州3月1日电（记者 王明 通讯员 李华）; 本报|记者:王明,通讯员:李华",
      "本报特约通讯员 王明; 本报|特约通讯员:王明",
      "记者 王明 通讯员 李华 报道; |记者:王明,通讯员:李华",
      "新华社记者 王明 摄; 新华社|摄影:王明",
      "王明 李华 摄; |摄影:王明,摄影:李华",
      "王明 供图; |供图:王明",
      "新华社记者 王明 报道; 新华社|记者:王明",
      "本报驻上海记者 王明; 本报|记者:王明",
      "本报记者 欧阳明华; 本报|记者:欧阳明华",
      "本报记者 司马光 诸葛亮; 本报|记者:司马光,记者:诸葛亮",
      "记者　王　明; |记者:王明",
      "本报记者钱　林; 本报|记者:钱林",
      "本报记者钱 林 通讯员 孙 华; 本报|记者:钱林,通讯员:孙华",
      "本报讯（记者 王明 李华 通讯员 赵强 周丽）; 本报|记者:王明,记者:李华,通讯员:赵强,通讯员:周丽",
      "新华社北京3月1日电　（记者 王明）; 新华社|记者:王明",
      "新华社北京3月1日电（新华社记者 王明）; 新华社|记者:王明",
      "人民日报北京3月1日电（记者 王明）; 人民日报|记者:王明",
      "本报记者 王明 实习记者 李华; 本报|记者:王明,实习记者:李华",
      "新华社特约记者 王明; 新华社|特约记者:王明",
      "本报首席记者 王明; 本报|首席记者:王明",
      "中新社记者 王明; 中新社|记者:王明",
      "中新社记者 王明 摄; 中新社|摄影:王明",
      "文化站发; -",
      "文明新风; -",
      "记者从市委组织部获悉; -",
      "党建新论; -",
      "【民生观察】; -",
      "〔评论〕; -",
      "【记者 郑晓燕】; |记者:郑晓燕",
      "学思践悟; -",
      "社区是基层治理的最末端; -",
      "据记者了解，该市今年投入资金; -",
      "会议研究了其他事项。; -",
      "全国精神文明建设; -",
  })
  void parses(String input, String expected) {
    assertEquals(expected.strip(), render(P.parse(input.strip())));
  }

  /** The byline table: forms as papers, agencies and news apps print them, grouped by form in the file. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvFileSource(resources = "/dev/banmian/extract/meta/bylines.csv", delimiter = ';')
  void parsesTheBylineTable(String input, String expected) {
    assertEquals(expected.strip(), render(P.parse(input.strip())));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      // lead-ins
      "本报讯 记者 张建国; 本报|记者:张建国",
      "本报讯（记者 张建国 通讯员 李红）; 本报|记者:张建国,通讯员:李红",
      "本报讯（见习记者 王小明）; 本报|见习记者:王小明",
      "本报讯（实习生 赵一 记者 钱二）; 本报|实习生:赵一,记者:钱二",
      "本报讯（通讯员 孙海）; 本报|通讯员:孙海",
      "本报讯 (记者 张建国); 本报|记者:张建国",
      "本报讯（首席记者 周海）; 本报|首席记者:周海",
      "本报讯（特约通讯员 林木）; 本报|特约通讯员:林木",
      "本报讯（记者 张建国、李红）; 本报|记者:张建国,记者:李红",
      "本报讯（记者 张建国 李红 王强）; 本报|记者:张建国,记者:李红,记者:王强",
      "新华社北京9月8日电（记者 张三 李四）; 新华社|记者:张三,记者:李四",
      "中新社北京9月8日电（记者 张三）; 中新社|记者:张三",
      "新华社上海3月1日电（记者 欧阳海）; 新华社|记者:欧阳海",
      "本报北京3月5日电（记者 王明 刘洋）; 本报|记者:王明,记者:刘洋",
      "本报讯（记 者 王  明）; 本报|记者:王明",
      // line forms
      "人民日报记者 张三; 人民日报|记者:张三",
      "本报评论员 张三; 本报|评论员:张三",
      "□记者 张三; |记者:张三",
      "■本报记者 张三; 本报|记者:张三",
      "●本报记者 张三 李四; 本报|记者:张三,记者:李四",
      "本报记者 张三 李四 王五; 本报|记者:张三,记者:李四,记者:王五",
      "本报记者 张三、李四; 本报|记者:张三,记者:李四",
      "本报记者 张三，李四; 本报|记者:张三,记者:李四",
      "本报记者 张三及李四; 本报|记者:张三,记者:李四",
      "特约通讯员 张三; |特约通讯员:张三",
      "实习记者 李四; |实习记者:李四",
      "通讯员 张三 李四 本报记者 王五; 本报|通讯员:张三,通讯员:李四,记者:王五",
      "本报记者 司马光; 本报|记者:司马光",
      "本报记者 欧阳明 通讯员 司马青; 本报|记者:欧阳明,通讯员:司马青",
      "见习记者 王五; |见习记者:王五",
      "责任编辑 张三; |责任编辑:张三",
      "本报记者　张　三; 本报|记者:张三",
      "（记者 张三 通讯员 李四）; |记者:张三,通讯员:李四",
      "（通讯员 张三）; |通讯员:张三",
      "（本报记者 张三）; 本报|记者:张三",
      "(记者 张三); |记者:张三",
      // photo credits
      "本报记者 张三 摄; 本报|摄影:张三",
      "张三 李四 摄; |摄影:张三,摄影:李四",
      "县委宣传部供图; |供图:县委宣传部",
      "图片由市文明办提供; |供图:市文明办",
      // not bylines
      "记者近日从省教育厅获悉; -",
      "据新华社报道; -",
      "本报记者近日走访了多个社区。; -",
      "通讯员队伍不断壮大; -",
      "习近平总书记强调; -",
      "摄影爱好者纷纷前来; -",
      "新闻摄影比赛; -",
      "600592; -",
      "福建龙溪轴承（集团）股份有限公司联办; -",
      "（上接第一版）; -",
      // a column tag in round brackets names no one: it closes a headline (乡村书屋书香浓 / （书香中国）)
      "（书香中国）; -",
      "（城市观察）; -",
      "（今日评论）; -",
      "第2版; -",
      "太原市新时代文明实践中心试点建设现场观摩推进会召开; -",
      "'' ; -",
  })
  void parsesMoreForms(String input, String expected) {
    assertEquals(expected.strip(), render(P.parse(input.strip())));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "本报讯（记者 衣凯玥）为弘扬伟大抗战精神; 本报讯（记者 衣凯玥）; 为弘扬伟大抗战精神",
      "本报讯（太文）8 月 11 日，山西; 本报讯（太文）; 8 月 11 日，山西",
      "新华社北京9月8日电（记者 张三）记者从会上获悉; 新华社北京9月8日电（记者 张三）; 记者从会上获悉",
      "本报讯 近日，我市; 本报讯; 近日，我市",
  })
  void findsLeadIns(String input, String raw, String rest) {
    BylineMatch m = P.findLeadIn(input).orElseThrow();
    assertEquals(raw, m.byline().raw());
    assertEquals(rest, input.substring(m.end()).strip());
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "……心里更有底了。（记者 李晓娟）; 记者:李晓娟",
      "此前，会议（扩大）召开。; -",
  })
  void findsTrailing(String input, String expected) {
    assertEquals(expected, P.findTrailing(input).map(m -> m.byline().contributors().stream()
        .map(c -> c.role() + ":" + c.name()).collect(Collectors.joining(","))).orElse("-"));
  }

  @Property(tries = 500)
  void neverThrowsAndSpansCoverNames(@ForAll String s) {
    for (Optional<Byline> b : java.util.List.of(P.parse(s), P.findLeadIn(s).map(BylineMatch::byline))) {
      if (b.isPresent()) {
        for (Contributor c : b.get().contributors()) {
          assertTrue(c.span().end() <= s.length());
          assertEquals(c.name(), dev.banmian.text.Chars.stripSpaces(s.substring(c.span().start(), c.span().end())));
        }
      }
    }
  }

  @Property(tries = 300)
  void spansCoverNamesInPaddedBylines(@ForAll("names") String a, @ForAll("names") String b) {
    String s = "本报记者 " + a.charAt(0) + "　" + a.substring(1) + " 通讯员 " + b;
    Byline by = P.parse(s).orElseThrow();
    for (Contributor c : by.contributors()) {
      assertEquals(c.name(), dev.banmian.text.Chars.stripSpaces(s.substring(c.span().start(), c.span().end())));
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> names() {
    return net.jqwik.api.Arbitraries.of("王", "李", "张", "欧阳").flatMap(sn ->
        net.jqwik.api.Arbitraries.strings().withChars("明华静爽伟芳丽军").ofMinLength(1).ofMaxLength(2).map(g -> sn + g));
  }

  @Test
  void aBareNameLooksLikeAPersonOrAUnit() {
    assertTrue(BylineParser.looksLikeBareName("张明"));
    assertTrue(BylineParser.looksLikeBareName("欧阳小华"));
    assertTrue(BylineParser.looksLikeBareName("王 华"));
    assertTrue(BylineParser.looksLikeBareName("城东组"));
    assertFalse(BylineParser.looksLikeBareName("乡村行"));
    assertFalse(BylineParser.looksLikeBareName("光影视觉"));
  }
}
