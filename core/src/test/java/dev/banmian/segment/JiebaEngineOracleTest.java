package dev.banmian.segment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.huaban.analysis.jieba.SegToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * banmian's jieba engine against raw jieba-analysis 1.0.2, its oracle: the same tokens at the same
 * offsets, in the same order, in SEARCH and INDEX mode, on jieba's own test sentences and, when
 * {@code ../shared} is present, on the seed pages, every page text of the development corpus and the
 * SIGHAN 2005 PKU and MSR test sets.
 */
class JiebaEngineOracleTest {
  private static final Path SHARED = Path.of("..", "..", "shared");

  static {
    // raw jieba lower-cases its dictionary in the default locale, which the build sets to Turkish
    // (dotless ı); banmian uses the root locale. The oracle is jieba as it runs everywhere else.
    Locale.setDefault(Locale.ROOT);
  }

  private static final com.huaban.analysis.jieba.JiebaSegmenter RAW = new com.huaban.analysis.jieba.JiebaSegmenter();
  private static final JiebaEngine ENGINE = JiebaEngine.of(JiebaModel.get());

  /** The offsets raw jieba gives, as {@code start-end} strings in its order. */
  static List<String> rawTokens(com.huaban.analysis.jieba.JiebaSegmenter raw, String text, boolean index) {
    List<String> out = new ArrayList<>();
    for (SegToken t : raw.process(text, index ? com.huaban.analysis.jieba.JiebaSegmenter.SegMode.INDEX
        : com.huaban.analysis.jieba.JiebaSegmenter.SegMode.SEARCH)) {
      out.add(t.startOffset + "-" + t.endOffset);
    }
    return out;
  }

  /** The offsets the engine gives, in its order. */
  static List<String> engineTokens(JiebaEngine engine, String text, boolean index) {
    List<String> out = new ArrayList<>();
    engine.segment(text, index, (start, end) -> out.add(start + "-" + end));
    return out;
  }

  static void assertSameTokens(String what, String text) {
    for (boolean index : new boolean[] {false, true}) {
      assertSameTokens(rawTokens(RAW, text, index), engineTokens(ENGINE, text, index), text, what + (index ? " INDEX" : " SEARCH"));
    }
  }

  /** Fails at the first token that differs, naming it and the text around it (the lists can be long). */
  static void assertSameTokens(List<String> expected, List<String> actual, String text, String what) {
    int n = Math.min(expected.size(), actual.size());
    int i = 0;
    while (i < n && expected.get(i).equals(actual.get(i))) {
      i++;
    }
    if (i == n && expected.size() == actual.size()) {
      return;
    }
    String at = i < expected.size() ? expected.get(i) : actual.get(i);
    int offset = Integer.parseInt(at.substring(0, at.indexOf('-')));
    String context = text.substring(Math.max(0, offset - 10), Math.min(text.length(), offset + 10));
    fail(what + ": token " + i + " is " + (i < actual.size() ? actual.get(i) : "missing") + ", jieba gives "
        + (i < expected.size() ? expected.get(i) : "none") + " near '" + context + "'");
  }

  @Test
  void theCompiledModelIsJiebasDictionaryAndTables() throws IOException {
    try (InputStream in = JiebaModel.class.getResourceAsStream(JiebaModel.RESOURCE)) {
      assertFalse(in == null, "the build compiles " + JiebaModel.RESOURCE);
      assertArrayEquals(JiebaModel.fromJiebaJar().toBytes(), in.readAllBytes());
    }
  }

  @Test
  void jiebasOwnTestSentences() throws IOException {
    List<String> sentences;
    try (InputStream in = getClass().getResourceAsStream("jieba-sentences.txt")) {
      sentences = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
    }
    assertEquals(100, sentences.size());
    for (String s : sentences) {
      assertSameTokens(s, s);
    }
    assertSameTokens("the sentences as one text", String.join("\n", sentences));
  }

  @Test
  void newsTextWithEveryKindOfCharacter() {
    assertSameTokens("mixed", "９月８日，ＩＢＭ公司在Ｃ＋＋大会上发布3.14版、2.5G网络与AT&T合作；"
        + "记者　张三 摄\u00a0　《人民日报》（2024年）——“一带一路”倡议…… e-mail: a_b@c.com #话题# 50%+");
  }

  /** Two routes of exactly equal probability: jieba keeps the one whose first word ends first. */
  @Test
  void equalRoutesAsJiebaBreaksTheTie() {
    assertSameTokens("tie", "群众手牵着手，跳起了欢快的舞蹈");
  }

  @ParameterizedTest
  @ValueSource(strings = {"seeds", "dev", "sighan"})
  void sharedCorpora(String dir) throws IOException {
    Path root = SHARED.resolve(dir);
    assumeTrue(Files.isDirectory(root), "../shared/" + dir + " absent");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith("_test.utf8")).sorted().toList();
    }
    assumeTrue(!files.isEmpty());
    for (Path p : files) {
      assertSameTokens(p.toString(), Files.readString(p, StandardCharsets.UTF_8));
    }
  }
}
