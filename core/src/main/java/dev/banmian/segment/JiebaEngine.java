package dev.banmian.segment;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * jieba-analysis 1.0.2's segmentation algorithm, reproduced over compact immutable data: the same
 * tokens at the same offsets as its {@code JiebaSegmenter.process}, in SEARCH and INDEX mode.
 *
 * <p>The steps are jieba's. Each character is regularised (full-width to half-width, upper to lower
 * case); every maximal run of characters jieba segments (CJK U+4E00–U+9FA5, ASCII letters and digits,
 * {@code + # & . _ -}) is one sentence, and every other character is a token of its own. In a sentence,
 * every dictionary word starting at each position is a candidate (the DAG), the route maximising the sum
 * of log-probabilities wins (the first candidate on a tie), and each run of single characters on the
 * route that is not itself a word is cut again: Han characters by the {@link JiebaHmm HMM}, the rest into
 * decimal numbers, Latin/digit runs and what lies between. INDEX mode also gives the 2- and 3-character
 * dictionary words inside each longer token, before it.
 *
 * <p>An engine is the shared main dictionary plus this engine's own user words (an overlay that no other
 * engine sees): a user word takes part in the DAG like a dictionary word and its log-probability replaces
 * the dictionary's. Immutable and thread-safe.
 */
final class JiebaEngine {
  /** Receives each token's offsets, in jieba's order. */
  interface SpanSink {
    /**
     * One token.
     *
     * @param start start offset in the segmented text
     * @param end end offset, exclusive
     */
    void accept(int start, int end);
  }

  private final JiebaModel model;
  private final WordTrie base;
  /** This engine's user words and their log-probabilities, in the order given. */
  private final Map<String, Double> userWords;
  /** The same words as a trie; empty when there are none. */
  private final WordTrie user;

  private JiebaEngine(JiebaModel model, Map<String, Double> userWords) {
    this.model = model;
    this.base = model.words();
    this.userWords = Collections.unmodifiableMap(userWords);
    String[] keys = userWords.keySet().toArray(new String[0]);
    Arrays.sort(keys);
    double[] logProbs = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      logProbs[i] = userWords.get(keys[i]);
    }
    this.user = WordTrie.of(keys, logProbs);
  }

  /** {@return an engine over the main dictionary alone} */
  static JiebaEngine of(JiebaModel model) {
    return new JiebaEngine(model, new LinkedHashMap<>());
  }

  /**
   * Returns an engine with this one's user words and {@code words} (a later entry replaces an earlier
   * one). A word without a frequency gets the smallest frequency that keeps it whole when this engine
   * segments it, as Python jieba's {@code suggest_freq} does.
   */
  JiebaEngine withUserWords(List<UserWord> words) {
    Map<String, Double> merged = new LinkedHashMap<>(userWords);
    for (UserWord u : words) {
      String word = u.word().toLowerCase(Locale.ROOT);
      double freq = u.frequency().isPresent() ? u.frequency().getAsLong() : suggestFrequency(word);
      merged.remove(word);
      merged.put(word, Math.log(freq / model.total()));
    }
    return new JiebaEngine(model, merged);
  }

  /** The smallest frequency that keeps {@code word} whole: the product of its pieces' probabilities, plus one. */
  private long suggestFrequency(String word) {
    char[] chars = regularize(word);
    double[] logP = {0};
    segment(word, false, (start, end) -> logP[0] += logProbOrMin(chars, start, end));
    return Math.max(1, (long) Math.ceil(Math.exp(logP[0]) * model.total()) + 1);
  }

  /** {@return whether {@code word} (lower-case, half-width) is a word of this engine} */
  boolean containsWord(CharSequence word) {
    char[] chars = word.toString().toCharArray();
    return isWordAt(chars, 0, chars.length);
  }

  /** Segments {@code text}, giving each token's offsets to {@code sink} in jieba's order. */
  void segment(String text, boolean index, SpanSink sink) {
    char[] chars = regularize(text);
    Sentence sentence = new Sentence(chars, index, sink);
    int n = chars.length;
    int i = 0;
    while (i < n) {
      if (!isSegmented(chars[i])) {
        sink.accept(i, i + 1);
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isSegmented(chars[j])) {
        j++;
      }
      sentence.cut(i, j);
      i = j;
    }
  }

  /** jieba's {@code CharacterUtil.regularize} of every character. */
  static char[] regularize(String text) {
    char[] chars = new char[text.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = text.charAt(i);
      if (c == '\u3000') {
        c = ' ';
      } else if (c > '\uFF00' && c < '\uFF5F') {
        c = (char) (c - 0xFEE0);
      } else if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      chars[i] = c;
    }
    return chars;
  }

  /** jieba's {@code CharacterUtil.ccFind}: the characters its sentences are made of. */
  static boolean isSegmented(char c) {
    return isJiebaHan(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '+' || c == '#' || c == '&' || c == '.' || c == '_' || c == '-';
  }

  /** jieba's {@code CharacterUtil.isChineseLetter}: U+4E00–U+9FA5. */
  static boolean isJiebaHan(char c) {
    return c >= '\u4E00' && c <= '\u9FA5';
  }

  private boolean isWordAt(char[] chars, int from, int to) {
    return !Double.isNaN(logProbAt(chars, from, to));
  }

  private double logProbOrMin(char[] chars, int from, int to) {
    double logProb = logProbAt(chars, from, to);
    return Double.isNaN(logProb) ? model.minLogProb() : logProb;
  }

  /** The log-probability of the word {@code chars[from, to)}: a user word's first, NaN when it is no word. */
  private double logProbAt(char[] chars, int from, int to) {
    int u = user.find(chars, from, to);
    if (u != WordTrie.NONE && user.isWord(u)) {
      return user.logProb(u);
    }
    int b = base.find(chars, from, to);
    return b == WordTrie.NONE ? Double.NaN : base.logProb(b);
  }

  /** The state of one {@link #segment} call: the regularised text, the best routes and scratch space. */
  private final class Sentence {
    private final char[] chars;
    private final boolean index;
    private final SpanSink sink;
    private final int[] routeEnd;
    private final double[] routeScore;
    private int[] back = new int[0];

    Sentence(char[] chars, boolean index, SpanSink sink) {
      this.chars = chars;
      this.index = index;
      this.sink = sink;
      this.routeEnd = new int[chars.length];
      this.routeScore = new double[chars.length + 1];
    }

    /** jieba's {@code sentenceProcess} over {@code chars[from, to)}. */
    void cut(int from, int to) {
      route(from, to);
      int singles = -1;
      int x = from;
      while (x < to) {
        int y = routeEnd[x] + 1;
        if (y - x == 1) {
          singles = singles < 0 ? x : singles;
        } else {
          if (singles >= 0) {
            cutSingles(singles, x);
            singles = -1;
          }
          token(x, y);
        }
        x = y;
      }
      if (singles >= 0) {
        cutSingles(singles, to);
      }
    }

    /** jieba's {@code calc}: the best route from each position to {@code to}, walking the DAG. */
    private void route(int from, int to) {
      routeScore[to] = 0.0;
      for (int k = to - 1; k >= from; k--) {
        int bestEnd = -1;
        double best = 0;
        int b = WordTrie.ROOT;
        int u = WordTrie.ROOT;
        for (int x = k; x < to; x++) {
          b = b == WordTrie.NONE ? WordTrie.NONE : base.child(b, chars[x]);
          u = u == WordTrie.NONE ? WordTrie.NONE : user.child(u, chars[x]);
          if (b == WordTrie.NONE && u == WordTrie.NONE) {
            break;
          }
          double logProb = u != WordTrie.NONE && user.isWord(u) ? user.logProb(u)
              : b != WordTrie.NONE ? base.logProb(b) : Double.NaN;
          if (!Double.isNaN(logProb)) {
            double score = logProb + routeScore[x + 1];
            if (bestEnd < 0 || best < score) {
              best = score;
              bestEnd = x;
            }
          }
        }
        if (bestEnd < 0) {
          bestEnd = k;
          best = model.minLogProb() + routeScore[k + 1];
        }
        routeEnd[k] = bestEnd;
        routeScore[k] = best;
      }
    }

    /** A run of single characters on the route: one token if it is a word, else cut by the HMM. */
    private void cutSingles(int from, int to) {
      if (to - from == 1 || isWordAt(chars, from, to)) {
        token(from, to);
        return;
      }
      int run = from;
      while (run < to) {
        boolean han = isJiebaHan(chars[run]);
        int end = run + 1;
        while (end < to && isJiebaHan(chars[end]) == han) {
          end++;
        }
        if (han) {
          if (back.length < 4 * (end - run)) {
            back = new int[4 * (end - run)];
          }
          model.hmm().cut(chars, run, end, back, this::token);
        } else {
          cutOther(run, end);
        }
        run = end;
      }
    }

    /** jieba's {@code processOtherUnknownWords}: decimal numbers and Latin/digit runs, and what lies between. */
    private void cutOther(int from, int to) {
      int last = from;
      int p = from;
      while (p < to) {
        int end = matchAt(p, to);
        if (end < 0) {
          p++;
          continue;
        }
        if (p > last) {
          token(last, p);
        }
        token(p, end);
        last = end;
        p = end;
      }
      if (last < to) {
        token(last, to);
      }
    }

    /** The end of jieba's {@code \d+\.\d+|[a-zA-Z0-9]+} matched at {@code p}, or -1. */
    private int matchAt(int p, int to) {
      int digits = p;
      while (digits < to && isDigit(chars[digits])) {
        digits++;
      }
      if (digits > p && digits + 1 < to && chars[digits] == '.' && isDigit(chars[digits + 1])) {
        int end = digits + 1;
        while (end < to && isDigit(chars[end])) {
          end++;
        }
        return end;
      }
      int end = p;
      while (end < to && (isDigit(chars[end]) || isAsciiLetter(chars[end]))) {
        end++;
      }
      return end > p ? end : -1;
    }

    /** One token of {@code sentenceProcess}; in INDEX mode its dictionary 2- and 3-grams first. */
    private void token(int from, int to) {
      int len = to - from;
      if (index) {
        for (int gram = 2; gram <= 3; gram++) {
          for (int j = 0; len > gram && j + gram <= len; j++) {
            if (isWordAt(chars, from + j, from + j + gram)) {
              sink.accept(from + j, from + j + gram);
            }
          }
        }
      }
      sink.accept(from, to);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
