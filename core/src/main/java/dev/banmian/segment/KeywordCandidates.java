package dev.banmian.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Candidate keywords of a text: word tokens of two or more characters that are not stop words. */
final class KeywordCandidates {
  private KeywordCandidates() {}

  /**
   * Returns the candidate words of {@code text} in order.
   *
   * @param allowedTags part-of-speech tags (of jieba's dictionary) a known word must have; empty
   *     for any; words outside the dictionary (names, new terms) are always allowed
   */
  static List<String> of(Segmenter segmenter, StopWords stopWords, CharSequence text, Set<String> allowedTags) {
    List<String> out = new ArrayList<>();
    JiebaDictionary dict = allowedTags.isEmpty() ? null : JiebaDictionary.get();
    for (Token t : segmenter.segment(text)) {
      if (t.type() != TokenType.WORD && t.type() != TokenType.LATIN) {
        continue;
      }
      String w = t.text();
      if (w.codePointCount(0, w.length()) < 2 || stopWords.contains(w)) {
        continue;
      }
      if (dict != null) {
        JiebaDictionary.Entry e = dict.entry(w);
        if (e != null && !allowedTags.contains(e.tag())) {
          continue;
        }
      }
      out.add(w);
    }
    return out;
  }

  static void checkLimit(int limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("limit must not be negative: " + limit);
    }
  }

  /** The top {@code limit} of {@code words} by {@code weight}, ties in order of first occurrence. */
  static List<Keyword> top(List<String> firstSeen, java.util.Map<String, Double> weight, int limit) {
    List<String> ws = new ArrayList<>(firstSeen);
    // A stable sort keeps first-occurrence order among equal weights.
    ws.sort((a, b) -> Double.compare(weight.get(b), weight.get(a)));
    List<Keyword> out = new ArrayList<>();
    for (String w : ws) {
      if (out.size() >= limit) {
        break;
      }
      out.add(new Keyword(w, weight.get(w)));
    }
    return out;
  }
}
