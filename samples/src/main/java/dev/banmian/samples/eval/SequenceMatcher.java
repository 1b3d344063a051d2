package dev.banmian.samples.eval;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A faithful port of Python's {@code difflib.SequenceMatcher(None, a, b, autojunk).ratio()} over
 * code points, so the Java evaluator reproduces {@code score.py} to the last digit: same longest-match
 * tie-breaking, same recursion order, same popular-element pruning when {@code autojunk} is on.
 */
final class SequenceMatcher {
  private SequenceMatcher() {}

  static double ratio(String sa, String sb, boolean autojunk) {
    int[] a = sa.codePoints().toArray();
    int[] b = sb.codePoints().toArray();
    int la = a.length;
    int lb = b.length;
    if (la + lb == 0) {
      return 1.0;
    }
    Map<Integer, List<Integer>> b2j = new HashMap<>();
    for (int j = 0; j < lb; j++) {
      b2j.computeIfAbsent(b[j], k -> new ArrayList<>()).add(j);
    }
    if (autojunk && lb >= 200) {
      int ntest = lb / 100 + 1;
      b2j.entrySet().removeIf(e -> e.getValue().size() > ntest);
    }
    int matches = 0;
    Deque<int[]> queue = new ArrayDeque<>();
    queue.push(new int[] {0, la, 0, lb});
    while (!queue.isEmpty()) {
      int[] q = queue.pop();
      int alo = q[0];
      int ahi = q[1];
      int blo = q[2];
      int bhi = q[3];
      int[] m = longest(a, b, b2j, alo, ahi, blo, bhi);
      int i = m[0];
      int j = m[1];
      int k = m[2];
      if (k > 0) {
        matches += k;
        if (alo < i && blo < j) {
          queue.push(new int[] {alo, i, blo, j});
        }
        if (i + k < ahi && j + k < bhi) {
          queue.push(new int[] {i + k, ahi, j + k, bhi});
        }
      }
    }
    return 2.0 * matches / (la + lb);
  }

  private static int[] longest(int[] a, int[] b, Map<Integer, List<Integer>> b2j, int alo, int ahi, int blo, int bhi) {
    int besti = alo;
    int bestj = blo;
    int bestsize = 0;
    Map<Integer, Integer> j2len = new HashMap<>();
    for (int i = alo; i < ahi; i++) {
      Map<Integer, Integer> newj2len = new HashMap<>();
      List<Integer> js = b2j.get(a[i]);
      if (js != null) {
        for (int j : js) {
          if (j < blo) {
            continue;
          }
          if (j >= bhi) {
            break;
          }
          int k = j2len.getOrDefault(j - 1, 0) + 1;
          newj2len.put(j, k);
          if (k > bestsize) {
            besti = i - k + 1;
            bestj = j - k + 1;
            bestsize = k;
          }
        }
      }
      j2len = newj2len;
    }
    // isjunk is None, so difflib's "not isbjunk" holds for every element: a match extends over equal
    // neighbours, including elements pruned as popular by autojunk.
    while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1]) {
      besti--;
      bestj--;
      bestsize++;
    }
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize]) {
      bestsize++;
    }
    return new int[] {besti, bestj, bestsize};
  }
}
