package dev.banmian.segment;

import dev.banmian.BanmianException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;

/**
 * jieba's data, immutable and shared by every segmenter in the JVM: the main dictionary as a
 * {@link WordTrie} of log-probabilities, its total frequency and smallest log-probability, and the HMM.
 *
 * <p>The data is jieba-analysis 1.0.2's own ({@code dict.txt}, {@code prob_emit.txt}, MIT licence), read
 * from its jar by the same rules as its {@code WordDictionary}: every line with a word and a frequency adds
 * to the total (repeated words too), a repeated word keeps its last frequency, words are lower-cased (in
 * the root locale, where jieba uses the default one) and each gets {@code ln(freq / total)}. The build
 * compiles it into one binary resource ({@value #RESOURCE}) that loads in milliseconds; without that
 * resource (a build that skipped the step) the text files are parsed instead, with the same result.
 */
final class JiebaModel {
  /** The compiled model's resource name, next to this class. */
  static final String RESOURCE = "jieba-model.bin";
  private static final int MAGIC = 0x4A424D31;

  private final WordTrie words;
  private final double total;
  private final double minLogProb;
  private final JiebaHmm hmm;

  JiebaModel(WordTrie words, double total, double minLogProb, JiebaHmm hmm) {
    this.words = words;
    this.total = total;
    this.minLogProb = minLogProb;
    this.hmm = hmm;
  }

  private static final class Holder {
    static final JiebaModel INSTANCE = load();
  }

  /** {@return the model, loaded on first use} */
  static JiebaModel get() {
    return Holder.INSTANCE;
  }

  WordTrie words() {
    return words;
  }

  /** {@return the main dictionary's total frequency, the denominator of every word's probability} */
  double total() {
    return total;
  }

  /** {@return the log-probability jieba gives a character that is no word} */
  double minLogProb() {
    return minLogProb;
  }

  JiebaHmm hmm() {
    return hmm;
  }

  private static JiebaModel load() {
    try (InputStream in = JiebaModel.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        return read(ByteBuffer.wrap(in.readAllBytes()));
      }
    } catch (IOException e) {
      throw new BanmianException("cannot read the compiled jieba model " + RESOURCE, e);
    }
    return fromJiebaJar();
  }

  /** Parses jieba-analysis's own {@code dict.txt} and {@code prob_emit.txt}. */
  static JiebaModel fromJiebaJar() {
    return parse(jiebaResource("/dict.txt"), jiebaResource("/prob_emit.txt"));
  }

  private static String jiebaResource(String name) {
    try (InputStream in = com.huaban.analysis.jieba.JiebaSegmenter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new BanmianException("jieba-analysis jar has no " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BanmianException("cannot read jieba-analysis's " + name, e);
    }
  }

  /** Builds the model from the text of a jieba main dictionary and emission table. */
  static JiebaModel parse(String dictionary, String emissions) {
    DictionaryLines lines = DictionaryLines.parse(dictionary);
    Integer[] order = new Integer[lines.size];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // by word, the later line first among equal words, so the first of each run is the one jieba keeps
    Arrays.sort(order, Comparator.<Integer, String>comparing(i -> lines.words[i]).thenComparing(Comparator.reverseOrder()));
    String[] words = new String[order.length];
    double[] logProbs = new double[order.length];
    int n = 0;
    double min = Double.MAX_VALUE;
    for (int k = 0; k < order.length; k++) {
      int i = order[k];
      if (n > 0 && words[n - 1].equals(lines.words[i])) {
        continue;
      }
      double logProb = Math.log(lines.freqs[i] / lines.total);
      min = Math.min(logProb, min);
      if (!lines.words[i].isEmpty()) {
        words[n] = lines.words[i];
        logProbs[n++] = logProb;
      }
    }
    WordTrie trie = WordTrie.of(Arrays.copyOf(words, n), Arrays.copyOf(logProbs, n));
    return new JiebaModel(trie, lines.total, min, JiebaHmm.parse(emissions));
  }

  /** The word and frequency of every dictionary line that has both, in file order, and their total. */
  private static final class DictionaryLines {
    String[] words;
    double[] freqs;
    int size;
    double total;

    static DictionaryLines parse(String text) {
      DictionaryLines d = new DictionaryLines();
      d.words = new String[1 << 16];
      d.freqs = new double[1 << 16];
      int start = 0;
      while (start < text.length()) {
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        d.addLine(text, start, end);
        start = end + 1;
      }
      return d;
    }

    /** One line as jieba splits it ({@code [\t ]+}): the first field is the word, the second its frequency. */
    private void addLine(String text, int start, int end) {
      int a = start;
      int b = fieldEnd(text, a, end);
      int c = fieldStart(text, b, end);
      if (c >= end) {
        return;
      }
      int d = fieldEnd(text, c, end);
      double freq = Double.parseDouble(text.substring(c, d));
      total += freq;
      if (size == words.length) {
        words = Arrays.copyOf(words, size * 2);
        freqs = Arrays.copyOf(freqs, size * 2);
      }
      words[size] = text.substring(a, b).trim().toLowerCase(Locale.ROOT);
      freqs[size++] = freq;
    }

    private static int fieldEnd(String text, int i, int end) {
      while (i < end && !isSeparator(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private static int fieldStart(String text, int i, int end) {
      while (i < end && isSeparator(text.charAt(i))) {
        i++;
      }
      return i;
    }

    private static boolean isSeparator(char c) {
      return c == ' ' || c == '\t';
    }
  }

  /** {@return this model as the bytes {@link #read} reads} */
  byte[] toBytes() {
    ByteBuffer out = ByteBuffer.allocate(4 + 16 + words.serializedSize() + hmm.serializedSize());
    out.putInt(MAGIC).putDouble(total).putDouble(minLogProb);
    words.write(out);
    hmm.write(out);
    return out.array();
  }

  /** Reads a model {@link #toBytes} wrote. */
  static JiebaModel read(ByteBuffer in) {
    if (in.remaining() < 4 || in.getInt() != MAGIC) {
      throw new BanmianException("not a compiled jieba model: " + RESOURCE);
    }
    double total = in.getDouble();
    double min = in.getDouble();
    WordTrie trie = WordTrie.read(in);
    return new JiebaModel(trie, total, min, JiebaHmm.read(in));
  }
}
