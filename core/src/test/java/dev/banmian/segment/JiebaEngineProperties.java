package dev.banmian.segment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The engine against raw jieba-analysis on generated strings: dictionary words run together (where the
 * best route has near ties and the HMM cuts the leftovers), every character class jieba treats apart
 * (full-width forms, upper case, digits and decimal points, connectors, ideographic space, surrogates,
 * controls), and arbitrary UTF-16. Offsets and order must be jieba's, in SEARCH and INDEX mode.
 */
class JiebaEngineProperties {
  static {
    Locale.setDefault(Locale.ROOT); // see JiebaEngineOracleTest
  }

  private static final com.huaban.analysis.jieba.JiebaSegmenter RAW = new com.huaban.analysis.jieba.JiebaSegmenter();
  private static final JiebaEngine ENGINE = JiebaEngine.of(JiebaModel.get());
  private static final List<String> WORDS = dictionaryWords();

  /** Every 97th word of jieba's dictionary: about 3,600 words of every length. */
  private static List<String> dictionaryWords() {
    List<String> out = new ArrayList<>();
    try (InputStream in = com.huaban.analysis.jieba.JiebaSegmenter.class.getResourceAsStream("/dict.txt")) {
      List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
      for (int i = 0; i < lines.size(); i += 97) {
        out.add(lines.get(i).split(" ")[0]);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> piece = Arbitraries.oneOf(
        Arbitraries.of(WORDS),
        Arbitraries.of(WORDS).map(w -> w.substring(0, Math.max(1, w.length() - 1))),
        Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMinLength(1).ofMaxLength(4),
        Arbitraries.strings().withChars("0123456789.．-_+#&aZbQ ＡＢｃ１２３，。、：“”（）《》　\t\n\u00a0\ud83d\ude00\ud800")
            .ofMinLength(1).ofMaxLength(5));
    Arbitrary<String> runs = piece.list().ofMaxSize(25).map(l -> String.join("", l));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, runs),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(40)));
  }

  @Property(tries = 2000)
  void searchModeTokensAreJiebas(@ForAll("texts") String text) {
    JiebaEngineOracleTest.assertSameTokens(JiebaEngineOracleTest.rawTokens(RAW, text, false),
        JiebaEngineOracleTest.engineTokens(ENGINE, text, false), text, "SEARCH");
  }

  @Property(tries = 1000)
  void indexModeTokensAreJiebas(@ForAll("texts") String text) {
    JiebaEngineOracleTest.assertSameTokens(JiebaEngineOracleTest.rawTokens(RAW, text, true),
        JiebaEngineOracleTest.engineTokens(ENGINE, text, true), text, "INDEX");
  }
}
