package dev.banmian.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User words as an overlay: an engine with user words segments as raw jieba-analysis does after loading
 * the same entries into its global dictionary (new words, words that are prefixes of dictionary words,
 * dictionary words given another frequency), while the engine without them is unchanged. Raw jieba's
 * dictionary is process-global, so this class runs in its own JVM (see the core POM).
 */
class JiebaUserWordsOracleTest {
  static {
    Locale.setDefault(Locale.ROOT);
  }

  private static final String[] TEXTS = {
    "新华社北京9月8日电（记者张三、李四）国家统计局今天发布数据，体悟实训基地和乡村振兴示范区建设稳步推进。",
    "本报讯 记者王五报道：长春市长春节讲话，北京大学生前来参观，中华人民共和国公民踊跃参加。",
    "全媒体记者和融媒体中心的通讯员在人工智能产业园采访，新质生产力成为热词。",
  };

  @Test
  void userWordsSegmentAsInRawJiebaWithTheSameEntries(@TempDir Path dir) throws IOException {
    List<UserWord> words = new ArrayList<>();
    int k = 0;
    for (UserWord u : newsDictionary()) {
      long freq = u.frequency().orElse(new long[] {3, 40, 800, 20_000}[k++ % 4]);
      words.add(UserWord.of(u.word(), freq));
    }
    words.add(UserWord.of("体悟实训", 5));
    words.add(UserWord.of("北京", 1));
    words.add(UserWord.of("长春市长", 500_000));
    words.add(UserWord.of("新质", 2000));

    JiebaEngine plain = JiebaEngine.of(JiebaModel.get());
    List<List<String>> before = new ArrayList<>();
    for (String t : TEXTS) {
      before.add(JiebaEngineOracleTest.engineTokens(plain, t, false));
    }
    JiebaEngine withWords = plain.withUserWords(words);

    com.huaban.analysis.jieba.JiebaSegmenter raw = new com.huaban.analysis.jieba.JiebaSegmenter();
    Path dict = dir.resolve("user.dict");
    StringBuilder b = new StringBuilder();
    for (UserWord u : words) {
      b.append(u.word()).append(' ').append(u.frequency().getAsLong()).append('\n');
    }
    Files.writeString(dict, b, StandardCharsets.UTF_8);
    com.huaban.analysis.jieba.WordDictionary.getInstance().loadUserDict(dict);

    for (int i = 0; i < TEXTS.length; i++) {
      for (boolean index : new boolean[] {false, true}) {
        JiebaEngineOracleTest.assertSameTokens(JiebaEngineOracleTest.rawTokens(raw, TEXTS[i], index),
            JiebaEngineOracleTest.engineTokens(withWords, TEXTS[i], index), TEXTS[i], "with user words");
      }
      assertEquals(before.get(i), JiebaEngineOracleTest.engineTokens(plain, TEXTS[i], false), "the plain engine is unchanged");
    }
    assertNotEquals(before.get(0), JiebaEngineOracleTest.engineTokens(withWords, TEXTS[0], false), "the user words matter");
  }

  private static List<UserWord> newsDictionary() throws IOException {
    List<UserWord> out = new ArrayList<>();
    try (InputStream in = JiebaSegmenter.class.getResourceAsStream("news.dict")) {
      LineTables.read(in, (n, line) -> out.add(UserWord.parse(line)));
    }
    return out;
  }
}
