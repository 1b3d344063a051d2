package dev.banmian.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineCreditTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "村民们在新修的广场上跳起了舞。 李明 摄|李明 摄",
      "游客在古镇观赏花灯。王小明摄（新华社发）|王小明摄（新华社发）",
      "孩子们展示自己的剪纸作品。某县文化馆供图|某县文化馆供图",
      "老人们在社区食堂用餐。受访单位提供|受访单位提供",
      // a clause after a closing quotation mark, cut by a comma, is the sentence going on: no credit ends in one
      "某区办起“邻里帮”活动，请社区医生提供|-",
      "大家都说“好”；社区提供|-",
      "村里修好了路，方便了群众出行|-"})
  void splitsOffTheCreditOfACaptionLine(String line, String credit) {
    Optional<Matcher> m = InlineCredit.split(line);
    assertEquals(Optional.ofNullable(credit), m.map(x -> x.group("credit")));
    assertEquals(credit != null, InlineCredit.endsWithCredit(line));
  }
}
