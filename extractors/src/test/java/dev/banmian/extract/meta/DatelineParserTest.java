package dev.banmian.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.model.Dateline;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.CsvSource;

class DatelineParserTest {
  private static final DatelineParser P = DatelineParser.standard();

  static String render(Optional<Dateline> d) {
    if (d.isEmpty()) {
      return "-";
    }
    Dateline x = d.get();
    return x.raw() + "|" + (x.month().isPresent() ? x.month().getAsInt() : "") + "|" + (x.day().isPresent() ? x.day().getAsInt() : "")
        + "|" + x.relative().orElse("") + "|" + x.resolved().map(LocalDate::toString).orElse("");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "9 月 8 日下午，省委理论学习中心组召开; 2025-09-09; 9 月 8 日下午|9|8||2025-09-08",
      "9月8日，市政府党组书记; 2025-09-09; 9月8日|9|8||2025-09-08",
      "8月 10日，青海西宁; 2020-08-12; 8月 10日|8|10||2020-08-10",
      "8 月 11日，“最牵挂的你; 2020-08-12; 8 月 11日|8|11||2020-08-11",
      "4月14日上午9时，在社区; 2024-04-15; 4月14日上午9时|4|14||2024-04-14",
      "８月１１日，会议; 2020-08-12; ８月１１日|8|11||2020-08-11",
      "九月八日，会议; 2025-09-09; 九月八日|9|8||2025-09-08",
      "二〇二五年九月八日，会议; 2026-01-03; 二〇二五年九月八日|9|8||2025-09-08",
      "2025年12月28日，会议; 2026-01-03; 2025年12月28日|12|28||2025-12-28",
      "12月28日，会议; 2026-01-03; 12月28日|12|28||2025-12-28",
      "8日，会议; 2026-01-03; 8日||8||2025-12-08",
      "3日晚，会议; 2026-01-03; 3日晚||3||2026-01-03",
      "近日，我市残联; 2025-09-09; 近日|||近日|2025-09-08",
      "为弘扬伟大抗战精神，日前，团市委; 2025-09-09; 日前|||日前|2025-09-08",
      "昨天上午，会议; 2025-09-09; 昨天上午|||昨天|2025-09-08",
      "当天下午3时，活动在广场举行; 2025-09-09; 当天下午3时|||当天|2025-09-09",
      "记者18日从市统计局获悉，前三季度; 2025-10-20; 18日||18||2025-10-18",
      "市委18日召开常委会议; 2025-10-20; 18日||18||2025-10-18",
      "从18日起，全市实行; 2025-10-20; -",
      "今天，会议召开; 2025-09-09; 今天|||今天|2025-09-09",
      "近年来，西宁市残联持续发挥; 2025-09-09; -",
      "今年以来，治多县委组织部; 2025-09-09; -",
      "五年来，我省认真贯彻; 2025-09-09; -",
      "去年以来，该市; 2025-09-09; -",
      "今年上半年，全省; 2025-09-09; -",
      "2023年10月那个阳光明媚的日子; 2025-09-09; -",
      "4月初，共青团; 2025-09-09; -",
      "9月8日至10日，展会; 2025-09-09; 9月8日|9|8||2025-09-08",
      "2月15号，会议; 2025-06-04; 2月15号|2|15||2025-02-15",
      "前天，会议; 2025-06-04; 前天|||前天|2025-06-02",
      "今晨，会议; 2025-06-04; 今晨|||今晨|2025-06-04",
      "昨晚，会议; 2025-06-04; 昨晚|||昨晚|2025-06-03",
      "上月15日，会议; 2025-06-04; 上月15日||15||2025-05-15",
      // the day a relative word means, named in brackets (昨日（3日）); a day number before 当天/当晚 is the day
      "昨日（3日），某市召开会议; 2025-06-04; 昨日（3日）||3|昨日|2025-06-03",
      "今天(4日)，某市; 2025-06-04; 今天(4日)||4|今天|2025-06-04",
      "2日当天，某市; 2025-06-04; 2日||2||2025-06-02",
      "5日当晚，某市; 2025-06-04; 5日||5||2025-05-05",
      // next week's day is after the issue because the text says so
      "下周一，某市将启动; 2025-06-04; 下周一|||下周一|2025-06-09",
      // an approximate clock time belongs to the dateline as printed (许, 左右)
      "6月3日晚8时许，某市; 2025-06-04; 6月3日晚8时许|6|3||2025-06-03",
      "3日上午10点左右，某市; 2025-06-04; 3日上午10点左右||3||2025-06-03",
      "下周三上午，某市将举行; 2025-06-04; 下周三上午|||下周三上午|2025-06-11",
      "下周三起，某市实行; 2025-06-04; -",
      "本月2日，会议; 2025-06-04; 本月2日||2||2025-06-02",
      "去年7月4日，会议; 2025-06-04; 去年7月4日|7|4||2024-07-04",
      "前年7月4日，会议; 2025-06-04; 前年7月4日|7|4||2023-07-04",
      "上周三，会议; 2025-06-04; 上周三|||上周三|2025-05-28",
      "周五，会议; 2025-06-04; 周五|||周五|2025-05-30",
      "星期三，会议; 2025-06-04; 星期三|||星期三|2025-06-04",
      "最近，会议; 2025-06-04; 最近|||最近|2025-06-03",
      "2019-04-19，会议; 2025-06-04; 2019-04-19|4|19||2019-04-19",
      "2019.4.19，会议; 2025-06-04; 2019.4.19|4|19||2019-04-19",
      "15年3月2日，会议; 2025-06-04; 15年3月2日|3|2||2015-03-02",
      "98年3月2日，会议; 2025-06-04; 98年3月2日|3|2||1998-03-02",
      "10月20日至23日，会议; 2025-06-04; 10月20日|10|20||2024-10-20",
      // times of day, ranges, years, relative days and weekdays as leads print them; spans of time declined
      "3月1日上午，全省; 2025-03-02; 3月1日上午|3|1||2025-03-01",
      "3月1日晚间，全省; 2025-03-02; 3月1日晚间|3|1||2025-03-01",
      "3月1日凌晨，全省; 2025-03-02; 3月1日凌晨|3|1||2025-03-01",
      "3月1日傍晚，全省; 2025-03-02; 3月1日傍晚|3|1||2025-03-01",
      "3月1日中午，全省; 2025-03-02; 3月1日中午|3|1||2025-03-01",
      "3月1日10时30分，全省; 2025-03-02; 3月1日10时30分|3|1||2025-03-01",
      "2月28日至3月1日，全省; 2025-03-02; 2月28日|2|28||2025-02-28",
      "今年3月1日，全省; 2025-03-02; 今年3月1日|3|1||2025-03-01",
      "2025年3月1日上午，全省; 2025-03-02; 2025年3月1日上午|3|1||2025-03-01",
      "2025.3.1，全省; 2025-03-02; 2025.3.1|3|1||2025-03-01",
      "1日上午，全省; 2025-03-02; 1日上午||1||2025-03-01",
      "昨天上午，全省; 2025-03-02; 昨天上午|||昨天|2025-03-01",
      "今天上午，全省; 2025-03-02; 今天上午|||今天|2025-03-02",
      "日前召开的全省会议上; 2025-03-02; 日前|||日前|2025-03-01",
      "不久前，全省; 2025-03-02; 不久前|||不久前|2025-03-01",
      "周一，全省; 2025-03-05; 周一|||周一|2025-03-03",
      "本周三，全省; 2025-03-07; 本周三|||本周三|2025-03-05",
      "上周五，全省; 2025-03-05; 上周五|||上周五|2025-02-28",
      "去年12月，全省; 2025-03-02; -",
      "近年来，全省; 2025-03-02; -",
      "连日来，全省; 2025-03-02; -",
      "春节期间，全省; 2025-03-02; -",
      "元旦期间，全省; 2025-03-02; -",
      "3月上旬，全省; 2025-03-02; -",
      "3月1日起，全省; 2025-03-02; -",
      "次日，全省; 2025-03-02; -",
      "9月8日以来，会议; 2025-09-09; -",
      "5号线，开通; 2025-09-09; -",
      "截至9月8日，全市; 2025-09-09; -",
      "2019年，中共中央办公厅; 2025-09-09; -",
      "每月8日，社区; 2025-09-09; -",
  })
  void parses(String lead, String issue, String expected) {
    assertEquals(expected, render(P.parse(lead, Optional.of(LocalDate.parse(issue)))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "9月8日晚，文艺晚会; 2025-09-09; 9月8日晚|9|8||2025-09-08",
      "9月8日上午，会议召开; 2025-09-09; 9月8日上午|9|8||2025-09-08",
      "2025年9月8日，会议; 2025-09-09; 2025年9月8日|9|8||2025-09-08",
      "2024年12月31日，会议; 2025-09-09; 2024年12月31日|12|31||2024-12-31",
      "十月十九日，会议; 2025-10-20; 十月十九日|10|19||2025-10-19",
      "十二月三十一日，会议; 2026-01-03; 十二月三十一日|12|31||2025-12-31",
      "３月５日，会议; 2025-03-06; ３月５日|3|5||2025-03-05",
      "1月3日，会议; 2026-01-03; 1月3日|1|3||2026-01-03",
      "1月4日，会议; 2026-01-03; 1月4日|1|4||2025-01-04",
      "31日，会议; 2026-03-02; 31日||31||2026-01-31",
      "近期，全市; 2025-09-09; 近期|||近期|2025-09-08",
      "前不久，全市; 2025-09-09; 前不久|||前不久|2025-09-08",
      "昨日，全市; 2025-09-09; 昨日|||昨日|2025-09-08",
      "今日，全市; 2025-09-09; 今日|||今日|2025-09-09",
      "当天，与会人员; 2025-09-09; 当天|||当天|2025-09-09",
      "本报讯 9月8日，会议; 2025-09-09; 9月8日|9|8||2025-09-08",
      "本报讯（记者 张三）近日，我市; 2025-09-09; 近日|||近日|2025-09-08",
      "9月以来，全市; 2025-09-09; -",
      "近几年，全市; 2025-09-09; -",
      "多年来，他; 2025-09-09; -",
      "今年，全市; 2025-09-09; -",
      "在农村、在机关、在事业单位; 2025-09-09; -",
      "青春孕育无限希望，青年创造美好明天。; 2025-09-09; -",
      "'' ; 2025-09-09; -",
      "大年初一，村里的稻场上人声鼎沸; 2025-02-02; 大年初一|||大年初一|",
      "正月初五，路边还有厚厚的积雪; 2025-02-06; 正月初五|||正月初五|",
      "正月十五晚上，古镇灯会开幕; 2025-02-13; 正月十五晚上|||正月十五|",
      "腊月二十三，家家户户祭灶; 2025-01-23; 腊月二十三|||腊月二十三|",
      "农历八月十五，月饼飘香; 2025-10-07; 农历八月十五|||农历八月十五|",
      "除夕夜，万家灯火; 2025-01-29; 除夕夜|||除夕|",
      "正月初五以来，客流不断; 2025-02-06; -",
      "3月初，共青团; 2025-09-09; -",
  })
  void parsesMoreForms(String lead, String issue, String expected) {
    assertEquals(expected, render(P.parse(lead.strip(), Optional.of(LocalDate.parse(issue.strip())))));
  }

  /** The dateline table: forms as papers and agencies print them, grouped by form in the file, one lead per row. */
  @ParameterizedTest(name = "[{index}] {0}")
  @CsvFileSource(resources = "/dev/banmian/extract/meta/datelines.csv", delimiter = ';')
  void parsesTheDatelineTable(String lead, String issue, String expected) {
    assertEquals(expected.strip(), render(P.parse(lead.strip(), Optional.of(LocalDate.parse(issue.strip())))));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "9月8日，会议召开; 9; 8; ''",
      "近日，会议召开; ; ; 近日",
      "8日，会议召开; ; 8; ''",
  })
  void withoutAnIssueDateNothingIsResolved(String lead, Integer month, Integer day, String relative) {
    Dateline d = P.parse(lead, Optional.empty()).orElseThrow();
    assertTrue(d.resolved().isEmpty());
    assertEquals(month == null ? "" : String.valueOf(month), d.month().isPresent() ? String.valueOf(d.month().getAsInt()) : "");
    assertEquals(day == null ? "" : String.valueOf(day), d.day().isPresent() ? String.valueOf(d.day().getAsInt()) : "");
    assertEquals(relative == null ? "" : relative, d.relative().orElse(""));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = ';', value = {
      "新华社北京9月8日电（记者 张三）; 北京; 新华社; 9; 8",
      "中新社上海10月1日电; 上海; 中新社; 10; 1",
      "新华社乌鲁木齐3月5日电; 乌鲁木齐; 新华社; 3; 5",
      "本报北京10月19日电 （记者金歆）; 北京; 本报; 10; 19",
      "新华社华盛顿12月31日电; 华盛顿; 新华社; 12; 31",
  })
  void agencyDatelines(String lead, String place, String agency, int month, int day) {
    Dateline d = P.parse(lead, Optional.empty()).orElseThrow();
    assertEquals(place, d.place().orElseThrow());
    assertEquals(agency, d.agency().orElseThrow());
    assertEquals(month, d.month().getAsInt());
    assertEquals(day, d.day().getAsInt());
    assertTrue(d.resolved().isEmpty());
  }

  @Property(tries = 1000)
  void neverThrowsAndSpanCoversRaw(@ForAll String s) {
    P.parse(s, Optional.of(LocalDate.of(2025, 2, 28))).ifPresent(d -> {
      assertTrue(d.span().end() <= s.length());
      assertEquals(d.raw(), s.substring(d.span().start(), d.span().end()));
    });
  }

  /** Lead forms with a month and day filled in: none of them says its date is after the issue. */
  private static final List<String> PAST_FORMS = List.of("%d月%d日，", "%d月%d日上午，", "记者%2$d日从市里获悉",
      "%2$d日晚，", "去年%d月%d日，", "%d月%d号，", "2019年%d月%d日，", "%2$d日至%2$d日，", "昨天，", "前天，", "近日，", "周五，",
      "上周三，", "星期二晚，", "今晨，");

  @Property(tries = 1000)
  void aResolvedDateIsNeverAfterTheIssueUnlessTheTextSaysSo(@ForAll("pastForms") String form,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 31) int day,
      @ForAll @IntRange(min = 0, max = 3000) int issueOffset) {
    LocalDate issue = LocalDate.of(2020, 1, 1).plusDays(issueOffset);
    String lead = String.format(form, month, day) + "某市召开会议。";
    P.parse(lead, Optional.of(issue)).flatMap(Dateline::resolved)
        .ifPresent(d -> assertTrue(!d.isAfter(issue), lead + " on " + issue + " resolved to " + d));
  }

  @Provide
  Arbitrary<String> pastForms() {
    return Arbitraries.of(PAST_FORMS);
  }
}
