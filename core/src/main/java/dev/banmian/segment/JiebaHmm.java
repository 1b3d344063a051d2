package dev.banmian.segment;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * jieba's hidden Markov model for words missing from the dictionary: four states (B, M, E, S: begin,
 * middle, end of a word, single-character word), jieba's start and transition log-probabilities and its
 * per-character emission table ({@code prob_emit.txt}), decoded by Viterbi exactly as jieba-analysis
 * 1.0.2's {@code FinalSeg.viterbi} does, ties included. Immutable.
 */
final class JiebaHmm {
  /** The log-probability jieba gives what its tables lack. */
  static final double MIN_FLOAT = -3.14e100;
  private static final int B = 0;
  private static final int M = 1;
  private static final int E = 2;
  private static final int S = 3;
  private static final int STATES = 4;
  private static final double[] START = {-0.26268660809250016, MIN_FLOAT, MIN_FLOAT, -1.4652633398537678};
  /** {@code TRANS[from][to]}. */
  private static final double[][] TRANS = {
      {MIN_FLOAT, -0.916290731874155, -0.510825623765990, MIN_FLOAT},
      {MIN_FLOAT, -1.2603623820268226, -0.33344856811948514, MIN_FLOAT},
      {-0.5897149736854513, MIN_FLOAT, MIN_FLOAT, -0.8085250474669937},
      {-0.7211965654669841, MIN_FLOAT, MIN_FLOAT, -0.6658631448798212}};
  /** The states each state can follow, in jieba's order (a later one wins a tie). */
  private static final int[][] PREVIOUS = {{E, S}, {M, B}, {B, M}, {S, E}};

  /** {@code emit[state * 65536 + c]}: the log-probability of state emitting {@code c}. */
  private final double[] emit;

  private JiebaHmm(double[] emit) {
    this.emit = emit;
  }

  /** Parses jieba's {@code prob_emit.txt}: a state letter alone on its line, then {@code char TAB logprob} lines. */
  static JiebaHmm parse(String table) {
    double[] emit = new double[STATES << 16];
    Arrays.fill(emit, MIN_FLOAT);
    int state = -1;
    for (String line : table.split("\n")) {
      line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
      if (line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        state = "BMES".indexOf(line.charAt(0));
        if (state < 0) {
          throw new IllegalArgumentException("unknown HMM state '" + line + "'");
        }
      } else if (state < 0) {
        throw new IllegalArgumentException("emission before any state: '" + line + "'");
      } else {
        int end = line.indexOf('\t', tab + 1);
        emit[(state << 16) | line.charAt(0)] = Double.parseDouble(line.substring(tab + 1, end < 0 ? line.length() : end));
      }
    }
    return new JiebaHmm(emit);
  }

  /**
   * Cuts {@code chars[from, to)} (Han characters) into words, giving each to {@code sink}.
   *
   * @param back scratch space of at least {@code 4 * (to - from)} ints
   */
  void cut(char[] chars, int from, int to, int[] back, JiebaEngine.SpanSink sink) {
    int n = to - from;
    double[] v = new double[STATES];
    double[] next = new double[STATES];
    for (int st = 0; st < STATES; st++) {
      v[st] = START[st] + emit[(st << 16) | chars[from]];
    }
    for (int i = 1; i < n; i++) {
      char c = chars[from + i];
      for (int y = 0; y < STATES; y++) {
        double emp = emit[(y << 16) | c];
        int[] prev = PREVIOUS[y];
        int key = prev[0];
        double best = TRANS[key][y] + (emp + v[key]);
        double other = TRANS[prev[1]][y] + (emp + v[prev[1]]);
        if (best <= other) {
          best = other;
          key = prev[1];
        }
        next[y] = best;
        back[i * STATES + y] = key;
      }
      double[] t = v;
      v = next;
      next = t;
    }
    int state = v[E] < v[S] ? S : E;
    int[] path = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      path[i] = state;
      state = back[i * STATES + state];
    }
    emit(path, from, n, sink);
  }

  /** Gives the words a state path marks: B opens, E closes, S stands alone; an unclosed tail is one word. */
  private static void emit(int[] path, int from, int n, JiebaEngine.SpanSink sink) {
    int begin = 0;
    int next = 0;
    for (int i = 0; i < n; i++) {
      switch (path[i]) {
        case B -> begin = i;
        case E -> {
          sink.accept(from + begin, from + i + 1);
          next = i + 1;
        }
        case S -> {
          sink.accept(from + i, from + i + 1);
          next = i + 1;
        }
        default -> { }
      }
    }
    if (next < n) {
      sink.accept(from + next, from + n);
    }
  }

  /** {@return the bytes {@link #write} writes} */
  int serializedSize() {
    return emit.length * 8;
  }

  /** Writes the emission table at the buffer's position. */
  void write(ByteBuffer out) {
    out.asDoubleBuffer().put(emit);
    out.position(out.position() + emit.length * 8);
  }

  /** Reads a model {@link #write} wrote. */
  static JiebaHmm read(ByteBuffer in) {
    double[] emit = new double[STATES << 16];
    in.asDoubleBuffer().get(emit);
    in.position(in.position() + emit.length * 8);
    return new JiebaHmm(emit);
  }
}
