package dev.banmian.lucene;

import dev.banmian.segment.JiebaSegmenter;
import dev.banmian.segment.StopWords;
import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.tests.analysis.BaseTokenStreamTestCase;

/**
 * The analyzer under Lucene's own analyzer test framework: exact terms, offsets, types and position increments
 * on news text, and {@code checkRandomData} — random and huge strings, offsets within the input, attribute and
 * reset/end/close state handling, consistency across threads — in both modes.
 */
public class BanmianAnalyzerTest extends BaseTokenStreamTestCase {
  private static Analyzer search;
  private static Analyzer index;

  private static Analyzer search() {
    if (search == null) {
      search = BanmianAnalyzer.builder().build();
    }
    return search;
  }

  private static Analyzer index() {
    if (index == null) {
      index = BanmianAnalyzer.builder().mode(JiebaSegmenter.Mode.INDEX).build();
    }
    return index;
  }

  /** Frees the analyzers before Lucene's checks of static fields. */
  @org.junit.AfterClass
  public static void closeAnalyzers() {
    if (search != null) {
      search.close();
    }
    if (index != null) {
      index.close();
    }
    search = null;
    index = null;
  }

  public void testSegmentsNewsTextIntoWords() throws IOException {
    assertAnalyzesTo(search(), "习近平总书记考察青海",
        new String[] {"习近平", "总书记", "考察", "青海"},
        new int[] {0, 3, 6, 8}, new int[] {3, 6, 8, 10},
        new String[] {BanmianTokenizer.WORD, BanmianTokenizer.WORD, BanmianTokenizer.WORD, BanmianTokenizer.WORD},
        new int[] {1, 1, 1, 1});
  }

  public void testFoldsWidthAndCaseButKeepsOffsetsOnTheOriginal() throws IOException {
    assertAnalyzesTo(search(), "ＩＢＭ公司",
        new String[] {"ibm", "公司"}, new int[] {0, 3}, new int[] {3, 5},
        new String[] {BanmianTokenizer.LATIN, BanmianTokenizer.WORD}, new int[] {1, 1});
  }

  public void testNumbersAndPunctuation() throws IOException {
    assertAnalyzesTo(search(), "发展成果，2025年增长3.5%。",
        new String[] {"发展", "成果", "2025", "年", "增长", "3.5"},
        new int[] {0, 2, 5, 9, 10, 12}, new int[] {2, 4, 9, 10, 12, 15},
        new String[] {BanmianTokenizer.WORD, BanmianTokenizer.WORD, BanmianTokenizer.NUM, BanmianTokenizer.WORD,
            BanmianTokenizer.WORD, BanmianTokenizer.NUM},
        new int[] {1, 1, 1, 1, 1, 1});
  }

  public void testStopWordsLeavePositionGaps() throws IOException {
    assertAnalyzesTo(search(), "我们的发展", new String[] {"发展"}, new int[] {3}, new int[] {5}, null, new int[] {3});
    Analyzer keepAll = BanmianAnalyzer.builder().stopWords(StopWords.none()).build();
    assertAnalyzesTo(keepAll, "我们的发展", new String[] {"我们", "的", "发展"});
    keepAll.close();
  }

  public void testIndexModeAddsSubWords() throws IOException {
    assertAnalyzesTo(index(), "习近平总书记",
        new String[] {"习近平", "总书记", "书记"}, new int[] {0, 3, 4}, new int[] {3, 6, 6}, null, new int[] {1, 1, 1});
  }

  public void testRandomStringsSearchMode() throws IOException {
    checkRandomData(random(), search(), 1000 * RANDOM_MULTIPLIER);
  }

  public void testRandomStringsIndexMode() throws IOException {
    checkRandomData(random(), index(), 1000 * RANDOM_MULTIPLIER);
  }

  public void testRandomHugeStrings() throws IOException {
    checkRandomData(random(), search(), 50 * RANDOM_MULTIPLIER, 8192);
    checkRandomData(random(), index(), 50 * RANDOM_MULTIPLIER, 8192);
  }
}
