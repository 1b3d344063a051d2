package dev.banmian.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

class KeywordExtractorTest {
  private static final Segmenter SEGMENTER = JiebaSegmenter.builder().build();
  private static final String TEXT = "图书馆在镇文化广场开放。图书馆首批上架图书三千余册，涵盖农业技术和儿童读物。"
      + "居民可以在图书馆免费借阅图书，镇里还将与县图书馆实现通借通还。";

  private static List<String> words(List<Keyword> ks) {
    return ks.stream().map(Keyword::word).toList();
  }

  @Test
  void tfIdfRanksTheRepeatedTopicWordFirst() {
    List<Keyword> ks = TfIdfKeywordExtractor.builder().segmenter(SEGMENTER).build().extract(TEXT, 5);
    assertEquals(5, ks.size());
    assertEquals("图书馆", ks.get(0).word());
    for (int i = 1; i < ks.size(); i++) {
      assertTrue(ks.get(i - 1).weight() >= ks.get(i).weight(), "sorted by weight");
    }
  }

  @Test
  void textRankRanksTheRepeatedTopicWordFirstWithWeightOne() {
    List<Keyword> ks = TextRankKeywordExtractor.builder().segmenter(SEGMENTER).build().extract(TEXT, 5);
    assertEquals("图书馆", ks.get(0).word());
    assertEquals(1.0, ks.get(0).weight(), 1e-9);
  }

  @Test
  void stopWordsAndSingleCharactersAreNeverKeywords() {
    KeywordExtractor ex = TfIdfKeywordExtractor.builder().segmenter(SEGMENTER).build();
    List<String> ws = words(ex.extract("我们进行了工作，我们开展了工作。的的的。", 10));
    assertFalse(ws.contains("我们"));
    assertFalse(ws.contains("工作"));
    assertTrue(ws.stream().allMatch(w -> w.codePointCount(0, w.length()) >= 2));
    List<String> custom = words(TfIdfKeywordExtractor.builder().segmenter(SEGMENTER)
        .stopWords(StopWords.standard().with(List.of("图书馆"))).build().extract(TEXT, 10));
    assertFalse(custom.contains("图书馆"));
  }

  @Test
  void aUsersIdfTableDecides() {
    String table = "\uFEFF图书 0.1\n# comment\n\n借阅 20\n";
    KeywordExtractor ex = TfIdfKeywordExtractor.builder().segmenter(SEGMENTER)
        .idfTable(new ByteArrayInputStream(table.getBytes(StandardCharsets.UTF_8))).build();
    assertEquals("借阅", ex.extract("借阅图书，图书借阅，图书图书。", 1).get(0).word());
  }

  @Test
  void aMalformedIdfLineIsReportedWithItsNumber() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TfIdfKeywordExtractor.builder()
        .idfTable(new ByteArrayInputStream("好 1.0\n坏行\n".getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void limitsAndEmptyText() {
    KeywordExtractor ex = TextRankKeywordExtractor.builder().segmenter(SEGMENTER).build();
    assertEquals(List.of(), ex.extract("", 5));
    assertEquals(List.of(), ex.extract(TEXT, 0));
    assertThrows(IllegalArgumentException.class, () -> ex.extract(TEXT, -1));
    assertThrows(IllegalArgumentException.class, () -> TextRankKeywordExtractor.builder().window(1));
  }

  @Test
  void sharedInstancesGiveTheSameResultsOnEightThreads() throws Exception {
    KeywordExtractor ex = TfIdfKeywordExtractor.builder().segmenter(SEGMENTER).build();
    List<String> texts = List.of(TEXT, "春耕备耕有序推进，农机合作社检修拖拉机和播种机。", "老旧小区加装电梯，居民出行更方便。");
    List<List<Keyword>> expected = texts.stream().map(t -> ex.extract(t, 5)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> fs = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        int k = i % texts.size();
        fs.add(pool.submit(() -> ex.extract(texts.get(k), 5).equals(expected.get(k))));
      }
      for (Future<Boolean> f : fs) {
        assertTrue(f.get());
      }
    } finally {
      pool.shutdown();
    }
  }
}
