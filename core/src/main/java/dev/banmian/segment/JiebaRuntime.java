package dev.banmian.segment;

import com.huaban.analysis.jieba.CharacterUtil;
import com.huaban.analysis.jieba.JiebaSegmenter.SegMode;
import com.huaban.analysis.jieba.SegToken;
import com.huaban.analysis.jieba.WordDictionary;
import dev.banmian.BanmianException;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one holder of jieba-analysis's process-global state: its dictionary singleton and HMM model.
 *
 * <p>jieba-analysis 1.0.2 keeps one dictionary per JVM, prints to {@code System.out} while loading,
 * and is unsafe when a user dictionary is loaded while another thread segments. This holder loads
 * the main dictionary once (lazily, on first use), routes jieba's printing to SLF4J, and guards
 * every segmentation with a read lock and every user-dictionary load with the write lock.
 * User dictionaries are identified by a digest of their content, so loading the same entries twice
 * is a no-op. What is process-global stays process-global: a word added through one
 * {@link JiebaSegmenter} is seen by every other.
 */
final class JiebaRuntime {
  private static final Logger LOG = LoggerFactory.getLogger(JiebaRuntime.class);
  private static final JiebaRuntime INSTANCE = new JiebaRuntime();

  private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
  private final Set<String> loadedDigests = new HashSet<>();
  private volatile com.huaban.analysis.jieba.JiebaSegmenter engine;
  private double total;

  private JiebaRuntime() {}

  static JiebaRuntime get() {
    return INSTANCE;
  }

  /** Loads the main dictionary if it is not loaded yet. */
  void ensureLoaded() {
    if (engine != null) {
      return;
    }
    lock.writeLock().lock();
    try {
      if (engine == null) {
        long t0 = System.nanoTime();
        com.huaban.analysis.jieba.JiebaSegmenter e = quietly("main dictionary", com.huaban.analysis.jieba.JiebaSegmenter::new);
        total = readTotal();
        engine = e;
        LOG.debug("jieba dictionary loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
      }
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** Receives the tokens of {@link #segment} as they are produced, in jieba's order. */
  interface TokenSink {
    /**
     * One token.
     *
     * @param start start offset in the segmented text
     * @param end end offset (exclusive)
     * @param jiebaWord jieba's text for it (lower-cased, half-width), or null for a character jieba
     *     passes through as it is
     */
    void accept(int start, int end, String jiebaWord);
  }

  /**
   * Segments {@code text} the way jieba-analysis 1.0.2's {@code JiebaSegmenter.process} does, giving
   * each token to {@code sink} as soon as it is made. The loop is jieba's own: characters are
   * regularised ({@link CharacterUtil#regularize}); each maximal run that {@link CharacterUtil#ccFind}
   * accepts is one sentence for {@code sentenceProcess} (dictionary DAG, best path, HMM for unknown
   * words), and every other character is a token of its own. In index mode the 2- and 3-character
   * dictionary words inside a longer word come before it, as in jieba.
   *
   * <p>Driving {@code sentenceProcess} here instead of calling {@code process} is a measured choice:
   * {@code process} returns a list of {@code SegToken}s that has left the CPU caches by the time an
   * adapter reads it back, which cost about 10 % of jieba's own time on newspaper text. The offsets
   * are identical (checked against {@code process} by {@code JiebaSegmenterTest}).
   */
  void segment(String text, boolean index, TokenSink sink) {
    ensureLoaded();
    int n = text.length();
    char[] regular = new char[n];
    for (int i = 0; i < n; i++) {
      regular[i] = CharacterUtil.regularize(text.charAt(i));
    }
    lock.readLock().lock();
    try {
      WordDictionary dict = WordDictionary.getInstance();
      int i = 0;
      while (i < n) {
        if (!CharacterUtil.ccFind(regular[i])) {
          sink.accept(i, i + 1, null);
          i++;
          continue;
        }
        int j = i + 1;
        while (j < n && CharacterUtil.ccFind(regular[j])) {
          j++;
        }
        int offset = i;
        for (String word : engine.sentenceProcess(new String(regular, i, j - i))) {
          int len = word.length();
          if (index) {
            for (int gram = 2; gram <= 3; gram++) {
              if (len > gram) {
                for (int k = 0; k + gram <= len; k++) {
                  String g = word.substring(k, k + gram);
                  if (dict.containsWord(g)) {
                    sink.accept(offset + k, offset + k + gram, g);
                  }
                }
              }
            }
          }
          sink.accept(offset, offset + len, word);
          offset += len;
        }
        i = j;
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  boolean containsWord(String word) {
    ensureLoaded();
    lock.readLock().lock();
    try {
      return WordDictionary.getInstance().containsWord(word.toLowerCase(Locale.ROOT));
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Adds user words to the global dictionary, once per distinct content. */
  void addUserWords(List<UserWord> words, String name) {
    ensureLoaded();
    String digest = digest(words);
    lock.writeLock().lock();
    try {
      if (!loadedDigests.add(digest)) {
        LOG.debug("user dictionary {} already loaded", name);
        return;
      }
      Path tmp = Files.createTempFile("banmian-userdict", ".dict");
      try {
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          for (UserWord u : words) {
            long freq = u.frequency().isPresent() ? u.frequency().getAsLong() : suggestFrequency(u.word());
            w.write(u.word().toLowerCase(Locale.ROOT) + " " + freq + "\n");
          }
        }
        quietly("user dictionary " + name, () -> {
          WordDictionary.getInstance().loadUserDict(tmp, StandardCharsets.UTF_8);
          return null;
        });
        LOG.debug("loaded {} user words from {}", words.size(), name);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      loadedDigests.remove(digest);
      throw new BanmianException("cannot load user dictionary " + name + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      loadedDigests.remove(digest);
      throw e;
    } finally {
      lock.writeLock().unlock();
    }
  }

  /** The smallest frequency that keeps {@code word} whole: the product of its pieces' probabilities, plus one. */
  private long suggestFrequency(String word) {
    WordDictionary dict = WordDictionary.getInstance();
    double logP = 0;
    for (SegToken t : engine.process(word, SegMode.SEARCH)) {
      Double f = dict.getFreq(t.word);
      logP += f == null ? Math.log(1 / total) : f;
    }
    return Math.max(1, (long) Math.ceil(Math.exp(logP) * total) + 1);
  }

  /** Derives the main dictionary's total frequency from its first entry. */
  private double readTotal() {
    try (InputStream in = com.huaban.analysis.jieba.JiebaSegmenter.class.getResourceAsStream("/dict.txt")) {
      if (in == null) {
        throw new BanmianException("jieba-analysis jar has no /dict.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] first = r.readLine().strip().split("[\\t ]+");
      double logP = WordDictionary.getInstance().getFreq(first[0]);
      return Double.parseDouble(first[1]) / Math.exp(logP);
    } catch (IOException | RuntimeException e) {
      throw new BanmianException("cannot read jieba's main dictionary header", e);
    }
  }

  private static String digest(List<UserWord> words) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (UserWord u : words) {
        md.update((u.word() + "\t" + u.frequency() + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  interface Action<T> {
    T run() throws IOException;
  }

  /**
   * Runs {@code action} with jieba's {@code System.out}/{@code System.err} printing from this thread
   * routed to the log; other threads' printing passes through untouched. Anything jieba prints to
   * {@code System.err} is treated as a failure, because that is how it reports load errors.
   */
  private static synchronized <T> T quietly(String what, Action<T> action) {
    Thread me = Thread.currentThread();
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    ByteArrayOutputStream capturedErr = new ByteArrayOutputStream();
    System.setOut(new PrintStream(new ThreadRouter(me, captured, out), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new ThreadRouter(me, capturedErr, err), true, StandardCharsets.UTF_8));
    T result;
    try {
      result = action.run();
    } catch (IOException e) {
      throw new BanmianException("cannot load jieba " + what + ": " + e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      throw new BanmianException("cannot load jieba " + what + ": " + e, e);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    String printed = captured.toString(StandardCharsets.UTF_8).strip();
    if (!printed.isEmpty()) {
      LOG.debug("jieba: {}", printed);
    }
    String errors = capturedErr.toString(StandardCharsets.UTF_8).strip();
    if (!errors.isEmpty()) {
      throw new BanmianException("cannot load jieba " + what + ": " + errors);
    }
    return result;
  }

  /** Sends the bytes written by one thread to a buffer and everything else to the original stream. */
  private static final class ThreadRouter extends OutputStream {
    private final Thread owner;
    private final OutputStream captured;
    private final OutputStream passthrough;

    ThreadRouter(Thread owner, OutputStream captured, OutputStream passthrough) {
      this.owner = owner;
      this.captured = captured;
      this.passthrough = passthrough;
    }

    @Override
    public void write(int b) throws IOException {
      (Thread.currentThread() == owner ? captured : passthrough).write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      (Thread.currentThread() == owner ? captured : passthrough).write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      passthrough.flush();
    }
  }
}
