package dev.banmian.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NewsCuesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "人民日报　 2025 年 3 月 2 日　星期日　第 6 版　人文 | true",
      "第十二版 生态 人民日报 | true",
      "2025 年 2 月 5 日 | true",
      "星期三 | true",
      "第 04 版 | true",
      "第6版 | true",
      "光明日报 2024年10月9日 星期三 第05版 理论·实践 | true",
      "A3版 要闻 | true",
      "南方都市报 2023年5月1日 农历三月十二 | true",
      "人民日报 | false",
      "要闻 | false",
      "人民日报 要闻 | false",
      "2025年全国“打假治敲”专项行动暨传媒监管电视电话会议召开 | false",
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
      "春 耕 进 行 时 | true",
      "品　非　遗　美　食 | true",
      "品 非 遗 美 食 　 晒 家 乡 风 味 | true",
      "新 春 走 基 层  特 别 报 道 | true",
      "关爱加油 | false",
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
      "新学期，多地明确中小学生综合体育活动时间—— | true",
      "“姑苏绣郎”张雪—— | true",
      "——解读二十届中央纪委四次全会工作报告 | false",
      "江苏盐业考古 取得重要成果 | false",
  })
  void leadDashes(String line, boolean lead) {
    assertEquals(lead, NewsCues.endsWithLeadDash(line), line);
  }
}
