package dev.banmian.segment;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * An immutable prefix tree of words, each with a log-probability, as a double-array trie.
 *
 * <p>Every node is a slot of three parallel arrays. The child of node {@code s} labelled {@code c} is the
 * slot {@code t = base[s] + c} if {@code check[t] == s}; so a step down the tree is two array reads, with
 * no search and no object. Slot {@link #ROOT} is the root. Slot {@code t} ends a word iff
 * {@code logProb[t]} is not NaN.
 */
final class WordTrie {
  /** The root node. */
  static final int ROOT = 0;
  /** The result of {@link #child} and {@link #find} when there is no such node. */
  static final int NONE = -1;
  private static final int FREE = -1;
  private static final int ROOT_PARENT = -2;

  private final int[] base;
  private final int[] check;
  private final double[] logProb;

  private WordTrie(int[] base, int[] check, double[] logProb) {
    this.base = base;
    this.check = check;
    this.logProb = logProb;
  }

  /**
   * Builds a trie of {@code words}, which must be sorted ({@link String#compareTo}) and distinct.
   *
   * @param logProbs the log-probability of each word, in the same order
   * @throws IllegalArgumentException if the words are not sorted and distinct, or the counts differ
   */
  static WordTrie of(String[] words, double[] logProbs) {
    if (words.length != logProbs.length) {
      throw new IllegalArgumentException("words and log-probabilities differ in number");
    }
    Tree tree = Tree.of(words, logProbs);
    return new Placer(tree).place();
  }

  /** {@return the child of {@code node} labelled {@code c}, or {@link #NONE}} */
  int child(int node, char c) {
    int t = base[node] + c;
    return t >= 0 && t < check.length && check[t] == node ? t : NONE;
  }

  /** {@return whether {@code node} ends a word} */
  boolean isWord(int node) {
    return !Double.isNaN(logProb[node]);
  }

  /** {@return the log-probability of the word ending at {@code node}, NaN if none does} */
  double logProb(int node) {
    return logProb[node];
  }

  /** {@return the node reached by {@code chars[from, to)}, or {@link #NONE}} */
  int find(char[] chars, int from, int to) {
    int node = ROOT;
    for (int i = from; i < to && node != NONE; i++) {
      node = child(node, chars[i]);
    }
    return node;
  }

  /** {@return the bytes {@link #write} writes} */
  int serializedSize() {
    return 4 + check.length * (4 + 4 + 8);
  }

  /** Writes this trie at the buffer's position. */
  void write(ByteBuffer out) {
    out.putInt(check.length);
    out.asIntBuffer().put(base);
    out.position(out.position() + base.length * 4);
    out.asIntBuffer().put(check);
    out.position(out.position() + check.length * 4);
    out.asDoubleBuffer().put(logProb);
    out.position(out.position() + logProb.length * 8);
  }

  /** Reads a trie {@link #write} wrote, from the buffer's position. */
  static WordTrie read(ByteBuffer in) {
    int n = in.getInt();
    int[] base = new int[n];
    int[] check = new int[n];
    double[] logProb = new double[n];
    in.asIntBuffer().get(base);
    in.position(in.position() + n * 4);
    in.asIntBuffer().get(check);
    in.position(in.position() + n * 4);
    in.asDoubleBuffer().get(logProb);
    in.position(in.position() + n * 8);
    return new WordTrie(base, check, logProb);
  }

  /**
   * The words as a tree laid out breadth first: the children of node {@code k} are the nodes
   * {@code first[k] .. first[k + 1] - 1}, sorted by label. Each node is the range of sorted words that
   * share its prefix.
   */
  private static final class Tree {
    char[] label = new char[1024];
    int[] first = new int[1025];
    double[] logProb = new double[1024];
    private int[] lo = new int[1024];
    private int[] hi = new int[1024];
    private int[] depth = new int[1024];
    int count;

    static Tree of(String[] words, double[] values) {
      Tree t = new Tree();
      t.add('\0', 0, words.length, 0);
      for (int k = 0; k < t.count; k++) {
        t.first[k] = t.count;
        int from = t.lo[k];
        int d = t.depth[k];
        if (from < t.hi[k] && words[from].length() == d) {
          t.logProb[k] = values[from];
          from++;
          if (from < t.hi[k] && words[from].length() == d) {
            throw new IllegalArgumentException("duplicate word '" + words[from] + "'");
          }
        }
        t.addChildren(words, from, t.hi[k], d);
      }
      t.first[t.count] = t.count;
      return t;
    }

    private void addChildren(String[] words, int from, int to, int d) {
      int i = from;
      while (i < to) {
        char c = words[i].charAt(d);
        int j = i + 1;
        while (j < to && words[j].charAt(d) == c) {
          j++;
        }
        if (j < to && words[j].charAt(d) < c) {
          throw new IllegalArgumentException("words are not sorted near '" + words[j] + "'");
        }
        add(c, i, j, d + 1);
        i = j;
      }
    }

    private void add(char c, int from, int to, int d) {
      if (count == label.length) {
        int n = count * 2;
        label = Arrays.copyOf(label, n);
        first = Arrays.copyOf(first, n + 1);
        logProb = Arrays.copyOf(logProb, n);
        lo = Arrays.copyOf(lo, n);
        hi = Arrays.copyOf(hi, n);
        depth = Arrays.copyOf(depth, n);
      }
      label[count] = c;
      logProb[count] = Double.NaN;
      lo[count] = from;
      hi[count] = to;
      depth[count] = d;
      count++;
    }
  }

  /**
   * Places a tree's nodes into the double array, breadth first: each node's children go to the first
   * base at which all their slots are free. Free slots are a doubly linked list, so the search visits
   * free slots only.
   */
  private static final class Placer {
    private final Tree tree;
    private int[] base;
    private int[] check;
    private double[] logProb;
    private int[] nextFree;
    private int[] prevFree;
    /** The first free slot; the list ends at -1. */
    private int head = -1;
    private int used;

    Placer(Tree tree) {
      this.tree = tree;
      grow(Math.max(1024, tree.count + tree.count / 4));
    }

    WordTrie place() {
      int[] slot = new int[tree.count];
      take(ROOT);
      check[ROOT] = ROOT_PARENT;
      logProb[ROOT] = tree.logProb[0];
      for (int k = 0; k < tree.count; k++) {
        int s = slot[k];
        int from = tree.first[k];
        int to = tree.first[k + 1];
        if (from == to) {
          continue;
        }
        int b = findBase(from, to);
        base[s] = b;
        for (int child = from; child < to; child++) {
          int t = b + tree.label[child];
          take(t);
          check[t] = s;
          logProb[t] = tree.logProb[child];
          slot[child] = t;
        }
      }
      return new WordTrie(Arrays.copyOf(base, used), Arrays.copyOf(check, used), Arrays.copyOf(logProb, used));
    }

    /** The first base at which every child's slot is free and positive. */
    private int findBase(int from, int to) {
      char firstLabel = tree.label[from];
      char lastLabel = tree.label[to - 1];
      for (int f = head; ; f = nextFree[f]) {
        if (f < 0) {
          f = check.length;
          grow(check.length * 2);
        }
        int b = f - firstLabel;
        if (f <= ROOT) {
          continue;
        }
        if (b + lastLabel >= check.length) {
          grow(Math.max(check.length * 2, b + lastLabel + 1));
        }
        if (allFree(b, from, to)) {
          return b;
        }
      }
    }

    private boolean allFree(int b, int from, int to) {
      for (int child = from + 1; child < to; child++) {
        if (check[b + tree.label[child]] != FREE) {
          return false;
        }
      }
      return true;
    }

    private void take(int t) {
      int p = prevFree[t];
      int n = nextFree[t];
      if (p >= 0) {
        nextFree[p] = n;
      } else {
        head = n;
      }
      if (n >= 0) {
        prevFree[n] = p;
      }
      used = Math.max(used, t + 1);
    }

    private void grow(int size) {
      int old = check == null ? 0 : check.length;
      if (size <= old) {
        return;
      }
      base = base == null ? new int[size] : Arrays.copyOf(base, size);
      check = check == null ? new int[size] : Arrays.copyOf(check, size);
      logProb = logProb == null ? new double[size] : Arrays.copyOf(logProb, size);
      nextFree = nextFree == null ? new int[size] : Arrays.copyOf(nextFree, size);
      prevFree = prevFree == null ? new int[size] : Arrays.copyOf(prevFree, size);
      Arrays.fill(check, old, size, FREE);
      Arrays.fill(logProb, old, size, Double.NaN);
      int tail = head;
      while (tail >= 0 && nextFree[tail] >= 0) {
        tail = nextFree[tail];
      }
      for (int i = old; i < size; i++) {
        prevFree[i] = i == old ? tail : i - 1;
        nextFree[i] = i + 1 < size ? i + 1 : -1;
      }
      if (tail >= 0) {
        nextFree[tail] = old;
      } else {
        head = old;
      }
    }
  }
}
