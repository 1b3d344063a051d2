package dev.banmian.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsCuesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "本报记者 王明 | true", "通讯员 李华 | true", "首席评论员 | true", "王明 李华 | false", "文/王明 图/李华 | false", "'' | false"})
  void aReporterRoleNeedsTheCharacterEveryRoleEndsIn(String s, boolean may) {
    assertEquals(may, NewsCues.mayHoldReporterRole(s), s);
    if (!may) {
      assertEquals(false, NewsCues.isBylineRoleOnly(s), s);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"王 | true", "李 | true", "邹 | true", "薛 | true", "欧 | true", "的 | false",
      "翔 | false", "了 | false", "， | false", "A | false"})
  void knowsSurnames(char c, boolean surname) {
    assertEquals(surname, NewsCues.isSurname(c), String.valueOf(c));
    assertEquals(surname, NewsCues.surnameRank(c) >= 0, String.valueOf(c));
  }

  @Test
  void ranksTheCommonestSurnamesFirst() {
    assertEquals(0, NewsCues.surnameRank('王'));
    assertTrue(NewsCues.surnameRank('张') < NewsCues.surnameRank('邹'));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "全省乡村道路提升行动持续推进 | true",
      "某地整治“文山会海” | true",
      "乡村书屋书香浓（文化行） | true",
      "新春走基层·特别报道 | true",
      "今年以来，某县持续推进农村道路建设 | false",
      "紧紧握住手中的茶杯……通 | false",
      "路修好了。 | false"})
  void aHeadingLineHoldsNoPunctuationButQuotesBracketsAndDots(String line, boolean heading) {
    assertEquals(heading, NewsCues.isHeadingLine(line));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "某县城关镇，道路两侧绿树成荫。 王明摄（人 | true",
      "俊摄（人民 | true",
      "王明供图（新华 | true",
      "王明摄（新华社发） | false",
      "王明摄 | false",
      "李华摄（人民 某某遗址 | false",
      "村里建起了展馆（纪念 | false"})
  void aCreditsBracketedAgencyCanBeCutAtTheLineEnd(String line, boolean cut) {
    assertEquals(cut, NewsCues.endsWithCutCreditAgency(line));
  }

  @org.junit.jupiter.api.Test
  void aHeadingLineWiderThanTheOneAboveIsAnotherDeckUnlessItIsAShortSecondPart() {
    assertTrue(NewsCues.opensWiderDeck(14, 16.5));   // 某省整治“文山会海” / 清理3000多项基层检查考核
    assertEquals(false, NewsCues.opensWiderDeck(10, 6));     // a wrapped headline's last line
    assertEquals(false, NewsCues.opensWiderDeck(14, 14.5));  // digits set narrower make lines uneven
    assertEquals(false, NewsCues.opensWiderDeck(3, 7));      // 春风暖 / 万家“灯火”明: a two-part headline
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "乡间小路变通途（走 | true", "某地整治“文山 | true", "《某某条例》（草 | true", "乡间小路变通途（走基层） | false",
      "某地整治“文山会海” | false", "基层） | false", "山村建起图 | false", "'' | false"})
  void aHeadingCutInsideABracketOrQuotationLeavesItOpen(String s, boolean open) {
    assertEquals(open, NewsCues.leavesOpen(s), s);
  }

  @org.junit.jupiter.api.Test
  void aTextCutInsideAQuotationLeavesItOpenAndItsRestClosesIt() {
    assertTrue(NewsCues.leavesQuotationOpen("全省“清凉行"));
    assertEquals(false, NewsCues.leavesQuotationOpen("全省“清凉行动”启动"));
    assertTrue(NewsCues.closesQuotationOpenedBefore("动”正式启动"));
    assertEquals(false, NewsCues.closesQuotationOpenedBefore("某县“送温暖”活动启动"));
  }

  @org.junit.jupiter.api.Test
  void aDeckThatReportsAFigureUnderADeckWithoutOneBacksTheHeadline() {
    assertTrue(NewsCues.backsHeadlineWithFigure("某省古桥保护修缮行动持续推进", "已修缮古桥120座"));
    assertEquals(false, NewsCues.backsHeadlineWithFigure("过去一块地才2亩多", "这个村，荒坡变成果园"));
    assertEquals(false, NewsCues.backsHeadlineWithFigure("某县推进农村道路建设", "村村通上柏油路"));
    assertEquals(false, NewsCues.backsHeadlineWithFigure("全县建成2个示范区", "新修道路120公里"));
    assertEquals(false, NewsCues.backsHeadlineWithFigure("某省今年新建农村公路", "3000公里"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "东江日报　 2024 年 5 月 8 日　星期三　第 3 版　要闻 | true",
      "第十二版 生态 东江日报 | true",
      "2025 年 2 月 5 日 | true",
      "星期三 | true",
      "第 04 版 | true",
      "第6版 | true",
      "光明日报 2024年10月9日 星期三 第05版 理论·实践 | true",
      "A3版 要闻 | true",
      "南方都市报 2023年5月1日 农历三月十二 | true",
      "东江日报 | false",
      "要闻 | false",
      "东江日报 要闻 | false",
      "2024年全市春季植树活动动员会议召开 | false",
      "本报北京2月5日电 | false",
      "今年2月5日，记者来到村里。 | false",
      "星期日的集市格外热闹 | false",
  })
  void pageHeaders(String line, boolean header) {
    assertEquals(header, NewsCues.isPageHeader(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "记 者 手 记 | true",
      "夏 粮 收 购 季 | true",
      "看　老　街　新　貌 | true",
      "看 老 街 新 貌 　 品 家 乡 味 道 | true",
      "新 春 走 基 层  特 别 报 道 | true",
      "春 耕 进 行 时 ・ 特 别 报 道 | true",
      "看 老 街 · 新 貌 | true",
      "春耕进行时 · 特别报道 | false",
      "春 · 特 别 报 道 | false",
      "江南春早 | false",
      "富 裕 美 丽 太 原 新 篇 章 作 出 更 大 | false",
      "作 出 更 大 贡 献 。 | false",
      "面对面 零距离 | false",
      "王 明 | false",
  })
  void letterSpacedLabels(String line, boolean label) {
    assertEquals(label, NewsCues.isLetterSpacedLabel(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "春风暖 | 人心齐 | 0",
      "小站暖心 | 守护“回家路” | 1",
      "花灯迎客 | 手艺焕新（文化行） | 0",
      "文明成风 | 短评 | 2",
      "春风暖 | 春风暖 | -1",
      "某县召开秋季农田水利建设 | 动员大会 | -1",
      "春风暖， | 人心齐 | -1",
      "春 | 人心齐 | -1",
  })
  void twoTextsAreTwoPartsOfOneHeadingWhenShortAndOfAboutOneLength(String first, String second, int gap) {
    assertEquals(gap, NewsCues.headingPartsGap(first, second), first + " / " + second);
    assertEquals(gap == 0 || gap == 1, NewsCues.areHeadingParts(first, second), first + " / " + second);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "春风暖 | true",
      "万家“灯火”明 | true",
      "暖 意 融 融 | true",
      "花灯 | true",
      "春 | false",
      "某县召开秋季农田水利 | false",
      "春风暖， | false",
      "2025年 | false",
  })
  void aHeadingPartIsAShortRunOfHanCharactersAndQuotationMarks(String text, boolean part) {
    assertEquals(part, NewsCues.isHeadingPart(text), text);
  }

  @Test
  void unevenPartsMustEachBeLongerThanALabel() {
    assertFalse(NewsCues.areHeadingParts("文明成风", "每日谈"));
    assertFalse(NewsCues.areHeadingParts("好客", "迎新春"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "春风暖 人心齐 | true",
      "春风暖        人心齐 | true",
      "小站暖心    守护“回家路” | true",
      "赏 花 灯      猜 灯 谜 | true",
      "春风暖人心齐 | false",
      "电梯更新实惠多    王明 | false",
      "本报记者 张明 | false",
      "山 乡 巨 变 | false",
      "春风暖 人心齐 万家欢 | false",
      "灯、 猜 灯 谜， 既 热 闹， | false",
  })
  void aLineHoldsTheTwoPartsOfOneHeadingSetApart(String line, boolean parts) {
    assertEquals(parts, NewsCues.isTwoPartHeadingLine(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "俊摄（新华社发） | true",
      "婷摄 | true",
      "晓红供图 | true",
      "俊摄（人民 | true",
      "摄影爱好者 | false",
      "俊摄（人民视觉）记者 | false",
      "正在拍摄 | false",
  })
  void creditTails(String line, boolean tail) {
    assertEquals(tail, NewsCues.isCreditTail(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "李明摄 | true",
      "贵阳云岩区委宣传部供图 | true",
      "职福利摄（人民视觉） | true",
      "孙 超 李 响摄影报道 | true",
      "记者在现场拍摄 | false",
      "正在航摄 | false",
      "获嘉县中和镇，道路两侧树木葱茏。职福利摄 | false",
      "摄 | false",
      "一位来自外地的老摄影爱好者也赶来供图 | false",
  })
  void creditLines(String line, boolean credit) {
    assertEquals(credit, NewsCues.isCreditLine(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "漳河大鼓韵味足（文化中国行） | true",
      "年轻人为啥爱上逛集市（人民时评） | true",
      "电梯更新实惠多 (新春走基层) | true",
      "第一部分（一） | false",
      "（文化中国行） | false",
      "会议强调（记者 王明） | false",
  })
  void columnTags(String line, boolean tagged) {
    assertEquals(tagged, NewsCues.endsWithColumnTag(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "乡村书屋书香浓（文化行） | 乡村书屋书香浓",
      "手艺焕新 (今日谈) | 手艺焕新",
      "会议强调（记者 王明） | 会议强调（记者王明）",
      "古镇（南浔）灯会（文化行） | 古镇（南浔）灯会",
      "古镇花灯迎客来 | 古镇花灯迎客来",
  })
  void headlinesWithoutTheirColumnTag(String line, String head) {
    assertEquals(head, NewsCues.withoutColumnTag(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "（文化行） | 文化行",
      "(今日谈) | 今日谈",
      "（ 新春走基层·特别报道 ） | ''",
      "（新春走基层·特写） | 新春走基层·特写",
      "（本报记者王明） | ''",
      "（记者 李华） | ''",
      "乡村书屋书香浓（文化行） | ''",
      "（传承）。 | ''",
  })
  void columnTagsAlone(String line, String tag) {
    assertEquals(tag, NewsCues.columnTagAlone(line).orElse(""), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "（新华社发） | true",
      "（人民视觉） | true",
      "(资料图片) | true",
      "（ 视觉中国 ） | true",
      "（本报记者 王明） | false",
      "（通讯员李华） | false",
      "（图） | false",
      "新华社发 | false",
      "（新华社发）王明摄 | false",
  })
  void creditAgenciesAlone(String line, boolean agency) {
    assertEquals(agency, NewsCues.isCreditAgencyAlone(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "文/王明　图/李华 | true",
      "文/王明 | true",
      "图／欧阳小华 | true",
      "图文/李华 | true",
      "文/王明 图/李华摄 | true",
      "本报记者 王明 | false",
      "图为村民在田间劳作。 | false",
      "文/ | false",
      "1/2 | false",
  })
  void slashCreditLines(String line, boolean credits) {
    assertEquals(credits, NewsCues.isSlashCreditLine(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "摄 | true",
      "摄影报道 | true",
      "摄（新华社发） | true",
      "婷摄 | false",
      "摄影爱好者 | false",
  })
  void creditEndings(String line, boolean ending) {
    assertEquals(ending, NewsCues.isCreditEnding(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "提 | true",
      "“老 | true",
      "观） | true",
      "托” | true",
      "婷摄 | false",
      "题。 | false",
      "“ | false",
  })
  void verticalTextLines(String line, boolean vertical) {
    assertEquals(vertical, NewsCues.isVerticalTextLine(line), line);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "（本报记者 王明） | true",
      "  (作者系某大学教授)  | true",
      "（记者 王明） 某县新建桥梁一座。 | false",
      "某县新建桥梁一座（图） | false",
  })
  void parenthesisedNotes(String text, boolean whole) {
    assertEquals(whole, NewsCues.isParenthesised(text), text);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "新学期，各地安排课间活动—— | true",
      "“巧手绣娘”王芳—— | true",
      "——解读全市经济工作会议精神 | false",
      "湖畔湿地 候鸟翩飞 | false",
      "此外，某区首创“山水摆渡人—— | false",
      "《远方的家——  | false",
      "“绣郎”的新年（图）—— | true",
  })
  void leadDashes(String line, boolean lead) {
    assertEquals(lead, NewsCues.endsWithLeadDash(line), line);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "王明 | true",
      "刘诗瑶 | true",
      "王　明 | true",
      "欧阳小华 | true",
      "司马南 | true",
      "阿依古丽·买买提 | true",
      // a label or a headline of a name's length, a role, a credit, a name with its role
      "高端访谈 | false",
      "高 端 访 谈 | false",
      "江南春早 | false",
      "王小明摄 | false",
      "通讯员 | false",
      "记者王明 | false",
      "今天 | false",
  })
  void personNames(String name, boolean person) {
    assertEquals(person, NewsCues.isPersonName(name), name);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      // a series of reports from several places: province, then city or county
      "云南昆明—— | true",
      "黑龙江漠河—— | true",
      "内蒙古呼和浩特—— | true",
      "浙江 安吉—— | true",
      "广西百色市田东县—— | true",
      // a subhead that says what a section does, a kicker that says more than where, a place with no lead dash
      "突出重点抓落实—— | false",
      "新学期，多地安排课间活动—— | false",
      "浙江安吉推进竹林碳汇改革—— | false",
      "云南昆明 | false",
      // a province alone is no place kicker of a report from one place in it; nor is a name that only starts alike
      "云南—— | false",
      "山东人—— | false",
      "河北省—— | false",
  })
  void placeKickers(String line, boolean place) {
    assertEquals(place, NewsCues.isPlaceKicker(line), line);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "，沿线群众出行更方便。 | true",
      "）等地相继开展试点。 | true",
      "”张某说。 | true",
      "而在城市的另一端， | true",
      "也是一个社会难题。 | true",
      "以及配套的服务设施 | true",
      "并且在全省推广 | true",
      "暨安全生产工作会议召开 | true",
      "的发展空间更大了。 | true",
      "了一场小雨。 | true",
      "上的专题讲座。 | true",
      "中的难点问题 | true",
      "上海的春天来了。 | false",
      "里弄的改造已经完成。 | false",
      "过去，伴航很考验驾驶技术。 | false",
      "得益于政策支持，企业发展很快。 | false",
      "着力推进乡村振兴。 | false",
      "地处黄河岸边的某县 | false",
      "的确，这是一个难题。 | false",
      "春节期间，社区干净整洁。 | false",
      "“新装的电梯又快又稳。” | false",
      "对此，专家表示 | false",
      "升，各项制度不断完善 | true",
  })
  void startsMidSentence(String text, boolean expected) {
    assertEquals(expected, NewsCues.startsMidSentence(text, WORDS::contains));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "，沿线群众出行更方便。 | true",
      "）等地相继开展试点。 | true",
      "升，各项制度不断完善 | true",
      "站、车站和码头 | true",
      "路；二是建队伍 | true",
      "  绍：今年将新建学校 | true",
      "对，就是这个道理。 | false",
      "好，我们马上去办。 | false",
      "对此，专家表示 | false",
      "入冬以来，村里格外热闹。 | false",
      "而在城市的另一端， | false",
      "“新修的路又平又宽。” | false",
      "升 | false",
      "'' | false",
  })
  void opensWithClauseEnd(String text, boolean expected) {
    assertEquals(expected, NewsCues.opensWithClauseEnd(text == null ? "" : text));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "此外，全市还新建了十个公园。 | true",
      "对此，专家表示 | true",
      "与此同时，各地加快推进 | true",
      "  然而，困难依然存在。 | true",
      "这一幕让在场的人都很感动。 | true",
      "其中，有三个项目已经开工。 | true",
      "上述措施将于下月起施行。 | true",
      "这个春节，某县的年味格外浓。 | false",
      "这几天，村里格外热闹。 | false",
      "同学们在操场上做游戏。 | false",
      "因地制宜发展特色产业 | false",
      "'' | false",
  })
  void opensWithBackReference(String text, boolean expected) {
    assertEquals(expected, NewsCues.opensWithBackReference(text == null ? "" : text));
  }

  /** Leading whitespace is whitespace as {@link Chars#isSpace} counts it: a no-break space too. */
  @Test
  void aBackReferenceAfterANoBreakSpaceStillOpensTheText() {
    assertTrue(NewsCues.opensWithBackReference("\u00A0此外，全市还新建了十个公园。"));
  }

  /** Dictionary words starting with a structural particle, as the segmenter's dictionary holds them. */
  private static final Set<String> WORDS = Set.of("过去", "得益", "得益于", "着力", "地处", "的确", "了解");

  @Test
  void aParticleStartsMidSentenceWithoutADictionary() {
    assertTrue(NewsCues.startsMidSentence("过去三年", w -> false));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "某省春季植树活动暨 | true",
      "某县的 | true",
      "某市整治“ | true",
      "农村公路建设， | true",
      "某县农村公路建设取得成效 | false",
      "某市推进老旧小区改造（民生） | false",
  })
  void endsPhraseOpen(String line, boolean expected) {
    assertEquals(expected, NewsCues.endsPhraseOpen(line));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "整治河道，修复湿地，扩大林草面积 | true",
      "关爱“一小”，办好“暑期课堂” | true",
      "坚持因材施教,切实提高教学质量 | true",
      "抓住春耕时节，抢种抢收 | true",
      "全年新建成乡村公园46个，共120个 | false",
      "近年来，某县大力推进农村公路建设 | false",
      "疏通了渠、塘、井，明确边界 | false",
      "整治河道，修复湿地。 | false",
      "整治河道，修复湿地， | false",
      "某县农村公路建设取得成效 | false",
      "一条路，富一方 | true",
      "新建公园31个，抢救古树200 | false",
      "新建公园31个，抢救古树200株 | true",
      "整治河道，修复湿地，增加绿化，美化村庄，提升环境 | false",
  })
  void isParallelHeading(String line, boolean expected) {
    assertEquals(expected, NewsCues.isParallelHeading(line));
  }
}
