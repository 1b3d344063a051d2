package dev.banmian.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.banmian.text.Chars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Word-level P/R/F1 and OOV recall on the SIGHAN 2005 bakeoff test sets, with the bakeoff's
 * definition (a word is correct iff its character span over the non-whitespace stream equals a gold
 * word's span). Skipped when {@code ../shared/sighan} is absent.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SighanEvaluationTest {
  private static final Path DIR = Path.of("..", "..", "shared", "sighan");

  static {
    // Raw jieba lower-cases its dictionary in the default locale, which the build sets to Turkish: there
    // it keys 'IC卡' as 'ıc卡' (dotless ı) and never matches it. The baseline is jieba as it runs elsewhere.
    Locale.setDefault(Locale.ROOT);
  }

  record Score(double p, double r, double f1, double oovRecall) {}

  /** Raw jieba-analysis, offsets only, as the baseline measured in the same run. */
  static final Segmenter RAW_JIEBA = text -> {
    com.huaban.analysis.jieba.JiebaSegmenter raw = new com.huaban.analysis.jieba.JiebaSegmenter();
    String s = text.toString();
    return raw.process(s, com.huaban.analysis.jieba.JiebaSegmenter.SegMode.SEARCH).stream()
        .map(t -> new Token(s.substring(t.startOffset, t.endOffset), new dev.banmian.text.Span(t.startOffset, t.endOffset),
            TokenTypes.of(s.substring(t.startOffset, t.endOffset))))
        .toList();
  };

  static Score score(Segmenter seg, Path test, Path gold, Path training) throws IOException {
    Set<String> train = new HashSet<>(Files.readAllLines(training, StandardCharsets.UTF_8).stream().map(String::strip).toList());
    Set<Long> goldSpans = new HashSet<>();
    Set<Long> oovSpans = new HashSet<>();
    int pos = 0;
    for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
      for (String w : line.strip().split("[\\s\\u3000]+")) {
        if (w.isEmpty()) {
          continue;
        }
        long key = ((long) pos << 32) | (pos + w.length());
        goldSpans.add(key);
        if (!train.contains(w)) {
          oovSpans.add(key);
        }
        pos += w.length();
      }
    }
    int predicted = 0;
    int correct = 0;
    int oovCorrect = 0;
    pos = 0;
    for (String line : Files.readAllLines(test, StandardCharsets.UTF_8)) {
      for (Token t : seg.segment(line.strip())) {
        if (t.type() == TokenType.WHITESPACE) {
          continue;
        }
        String w = Chars.stripSpaces(t.text());
        if (w.isEmpty()) {
          continue;
        }
        long key = ((long) pos << 32) | (pos + w.length());
        predicted++;
        if (goldSpans.contains(key)) {
          correct++;
          if (oovSpans.contains(key)) {
            oovCorrect++;
          }
        }
        pos += w.length();
      }
    }
    double p = (double) correct / predicted;
    double r = (double) correct / goldSpans.size();
    return new Score(p, r, 2 * p * r / (p + r), (double) oovCorrect / oovSpans.size());
  }

  @Order(1)
  @ParameterizedTest
  @CsvSource({"pku, 0.815", "msr, 0.823"})
  void f1EqualsRawJiebaSearch(String corpus, double rawJiebaF1) throws IOException {
    assumeTrue(Files.isDirectory(DIR), "../shared/sighan absent");
    Path test = DIR.resolve(corpus + "_test.utf8");
    Path gold = DIR.resolve(corpus + "_test_gold.utf8");
    Path training = DIR.resolve(corpus + "_training_words.utf8");
    Score plain = score(JiebaSegmenter.builder().build(), test, gold, training);
    Score raw = score(RAW_JIEBA, test, gold, training);
    System.out.printf(Locale.ROOT, "SIGHAN %s raw jieba-analysis 1.0.2 SEARCH (same run): F1=%.4f%n", corpus, raw.f1());
    System.out.printf(Locale.ROOT, "SIGHAN %s jieba SEARCH via banmian: P=%.3f R=%.3f F1=%.3f OOV-R=%.3f%n",
        corpus, plain.p(), plain.r(), plain.f1(), plain.oovRecall());
    assertEquals(raw.f1(), plain.f1(), corpus + ": the same tokens as raw jieba-analysis, so the same F1");
    // the published figure is given to three decimals
    assertTrue(Math.round(plain.f1() * 1000) >= Math.round(rawJiebaF1 * 1000), corpus + " F1 " + plain.f1() + " below " + rawJiebaF1);
  }

  @Order(2)
  @ParameterizedTest
  @CsvSource({"pku", "msr"})
  void reportWithNewsDictionary(String corpus) throws IOException {
    assumeTrue(Files.isDirectory(DIR), "../shared/sighan absent");
    Score news = score(JiebaSegmenter.builder().newsDictionary().build(), DIR.resolve(corpus + "_test.utf8"),
        DIR.resolve(corpus + "_test_gold.utf8"), DIR.resolve(corpus + "_training_words.utf8"));
    System.out.printf(Locale.ROOT, "SIGHAN %s with news dictionary: P=%.3f R=%.3f F1=%.3f OOV-R=%.3f%n",
        corpus, news.p(), news.r(), news.f1(), news.oovRecall());
    assertTrue(news.f1() > 0.75, "news dictionary must not wreck general segmentation: " + news.f1());
  }
}
