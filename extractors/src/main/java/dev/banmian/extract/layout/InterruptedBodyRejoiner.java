package dev.banmian.extract.layout;

import dev.banmian.model.Diagnostic;
import dev.banmian.text.Chars;
import dev.banmian.text.NewsCues;
import dev.banmian.text.TracedText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * Restores the reading order of bodies that the layout cut into pieces: a block that stops inside a
 * sentence (a <em>tail</em>) continues in a block that starts inside one (a <em>head</em>) somewhere else
 * on the page, possibly earlier, with other articles' headlines, captions or whole body pieces printed in
 * between.
 *
 * <p>On a page with one paragraph per line a head starts with a particle, a conjunction or a closing
 * quotation mark. On a hard-wrapped page (pdftotext's column order) the row joins have already joined
 * every continuation the layout shows; a column break cuts a sentence anywhere, so there a head is a block
 * that keeps a dictionary word whole across its join with a tail ({@code 累} / {@code 计接待…}), every link
 * needs that evidence, and the blocks printed in between follow the rejoined body unflagged: they are
 * another article's column, not pieces printed inside this body. There a head may also come first: an
 * extractor reading columns in flow order can print a column's top before the column its sentence starts in,
 * so a head printed before its own tail, with nothing linked between them, is read right after that tail.
 *
 * <p>Tails and heads are linked by the assignment that explains the whole page best, not by the
 * first match: every head takes at most one tail, following the links never loops back to the
 * piece it started from, and each link is scored from general evidence — an open quotation in the
 * tail closed by an unmatched {@code ”} in the head, a head that starts with a particle or
 * conjunction, a dictionary word formed across the join, and distance. The page is then re-read
 * piece by piece along the links; the blocks that were printed in between keep their order and
 * follow the rejoined body, flagged {@link Block#displaced()}.
 *
 * <p>Package-private; one instance per repair call is not needed, the class is stateless.
 */
final class InterruptedBodyRejoiner {
  /** Above this many tails or heads the assignment is greedy instead of exhaustive. */
  private static final int EXHAUSTIVE_LIMIT = 7;

  private static final double MIN_WIDTH = 25;
  private final BiPredicate<String, String> wordAcross;
  private final Predicate<String> knownWord;
  private final boolean wrapped;

  /**
   * @param wordAcross whether the end of the first string and the start of the second form a
   *     dictionary word
   * @param knownWord whether a string is a dictionary word (so {@code 着眼} does not start with
   *     the particle {@code 着})
   */
  InterruptedBodyRejoiner(BiPredicate<String, String> wordAcross, Predicate<String> knownWord) {
    this(wordAcross, knownWord, false);
  }

  /**
   * @param wrapped true for a page whose lines are hard-wrapped at the column width: a column break cuts
   *     sentences anywhere, so a piece that starts with an ordinary word is a head too when a word spans its
   *     join with some tail, and every link needs evidence of its own
   */
  InterruptedBodyRejoiner(BiPredicate<String, String> wordAcross, Predicate<String> knownWord, boolean wrapped) {
    this.wordAcross = wordAcross;
    this.knownWord = knownWord;
    this.wrapped = wrapped;
  }

  /** Pages longer than this many blocks are repaired in windows of this size (linear time). */
  private static final int WINDOW = 240;

  /** Returns the blocks in repaired reading order; adds a diagnostic per rejoin. */
  List<Block> rejoin(List<Block> blocks, List<Diagnostic> diagnostics) {
    if (blocks.size() <= WINDOW) {
      return rejoinWindow(blocks, diagnostics);
    }
    List<Block> out = new ArrayList<>(blocks.size());
    for (int from = 0; from < blocks.size(); from += WINDOW) {
      out.addAll(rejoinWindow(blocks.subList(from, Math.min(blocks.size(), from + WINDOW)), diagnostics));
    }
    return out;
  }

  private List<Block> rejoinWindow(List<Block> blocks, List<Diagnostic> diagnostics) {
    int n = blocks.size();
    List<Integer> tails = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Block b = blocks.get(i);
      if (isTail(b)) {
        tails.add(i);
      }
    }
    // the dictionary test across a join, once per tail and block: head detection and scoring both ask it
    Map<Long, Boolean> across = new HashMap<>();
    for (int i = 0; i < n; i++) {
      if (wrapped ? continuesSomeTail(blocks, tails, i, across) : isHead(blocks.get(i))) {
        heads.add(i);
      }
    }
    if (tails.isEmpty() || heads.isEmpty()) {
      return blocks;
    }
    // Per-block evidence once; each pair then only adds the dictionary test across the join.
    boolean[] open = new boolean[tails.size()];
    for (int t = 0; t < tails.size(); t++) {
      open[t] = openQuote(text(blocks, tails.get(t)));
    }
    boolean[] closes = new boolean[heads.size()];
    boolean[] particle = new boolean[heads.size()];
    for (int h = 0; h < heads.size(); h++) {
      String head = text(blocks, heads.get(h));
      closes[h] = unmatchedCloser(head);
      particle[h] = startsWithParticle(head);
    }
    double[][] score = new double[tails.size()][heads.size()];
    for (int t = 0; t < tails.size(); t++) {
      for (int h = 0; h < heads.size(); h++) {
        score[t][h] = score(blocks, tails.get(t), heads.get(h), open[t], closes[h], particle[h], across);
      }
    }
    int[] link = new int[n];
    Arrays.fill(link, -1);
    if (tails.size() <= EXHAUSTIVE_LIMIT && heads.size() <= EXHAUSTIVE_LIMIT) {
      Search s = new Search(tails, heads, score, n, wrapped);
      s.run(0, 0);
      for (int t = 0; t < tails.size(); t++) {
        if (s.best[t] >= 0) {
          link[tails.get(t)] = heads.get(s.best[t]);
        }
      }
    } else {
      greedy(tails, heads, score, link, wrapped);
    }
    if (Arrays.stream(link).allMatch(l -> l < 0)) {
      return blocks;
    }
    return reorder(blocks, link, !wrapped, diagnostics);
  }


  /**
   * Whether the block stops inside a sentence that goes on elsewhere: no sentence end, colon or photo credit at its end,
   * and body text (as wide as a body paragraph, or leaving a quotation open, or a sentence ends inside it, so another
   * starts there: {@code …深受村民好评。入冬以来，累}, a column's last line after a paragraph's start), not a heading.
   */
  private static boolean isTail(Block b) {
    String s = b.string().strip();
    boolean longOrOpen = Chars.width(s) >= MIN_WIDTH || Chars.width(s) >= 8 && (openQuote(s) || LayoutRepairer.lastSentenceEnd(s) >= 0);
    return longOrOpen && !Chars.endsSentence(s) && !s.endsWith("：") && !s.endsWith(":")
        && !InlineCredit.endsWithCredit(s);
  }

  /**
   * On a wrapped page, whether block {@code i} continues the sentence of some tail: a word spans the join. A short
   * block must also end the sentence and follow its tail directly (the last line of a paragraph that the extractor
   * set apart, {@code 力。}); short blocks elsewhere are headings and labels.
   */
  private boolean continuesSomeTail(List<Block> blocks, List<Integer> tails, int i, Map<Long, Boolean> across) {
    String s = text(blocks, i);
    boolean shortBlock = Chars.width(s) < MIN_WIDTH;
    if (shortBlock && !Chars.endsSentence(s)) {
      return false;
    }
    for (int t : tails) {
      if (t != i && (!shortBlock || t == i - 1) && wordAcross(blocks, t, i, across)) {
        return true;
      }
    }
    return false;
  }

  private boolean isHead(Block b) {
    String s = b.string().strip();
    return Chars.width(s) >= MIN_WIDTH && (startsWithParticle(s) || unmatchedCloser(s));
  }

  /** The text starts in the middle of a sentence ({@link NewsCues#startsMidSentence}, by the dictionary). */
  private boolean startsWithParticle(String s) {
    return NewsCues.startsMidSentence(s, knownWord);
  }

  /** True when {@code s} closes a quotation it did not open: the quote began before it. */
  static boolean unmatchedCloser(String s) {
    return NewsCues.closesQuotationOpenedBefore(s);
  }

  /** True when {@code s} leaves a quotation open at its end. */
  static boolean openQuote(String s) {
    return NewsCues.leavesQuotationOpen(s);
  }

  private static String text(List<Block> blocks, int i) {
    return blocks.get(i).string().strip();
  }

  private boolean wordAcross(List<Block> blocks, int tail, int head, Map<Long, Boolean> across) {
    return across.computeIfAbsent((long) tail << 32 | head, k -> wordAcross.test(text(blocks, tail), text(blocks, head)));
  }

  private double score(List<Block> blocks, int tail, int head, boolean open, boolean closes, boolean particle,
      Map<Long, Boolean> across) {
    if (tail == head) {
      return Double.NEGATIVE_INFINITY;
    }
    double s = wrapped ? 0 : 0.5;
    if (open && closes) {
      s += 1.0;
    } else if (open != closes) {
      s -= 0.4;
    }
    if (particle) {
      s += 0.5;
    }
    if (wordAcross(blocks, tail, head, across)) {
      s += 0.5;
    } else if (wrapped) {
      return Double.NEGATIVE_INFINITY;
    }
    int distance = Math.abs(head - tail);
    s -= 0.02 * Math.min(distance, 20);
    if (head < tail) {
      s -= 0.1;
    }
    return s;
  }


  private static void greedy(List<Integer> tails, List<Integer> heads, double[][] score, int[] link,
      boolean columnTopMayPrecede) {
    List<int[]> pairs = new ArrayList<>();
    for (int t = 0; t < tails.size(); t++) {
      for (int h = 0; h < heads.size(); h++) {
        if (score[t][h] > 0) {
          pairs.add(new int[] {t, h});
        }
      }
    }
    pairs.sort((a, b) -> Double.compare(score[b[0]][b[1]], score[a[0]][a[1]]));
    boolean[] headUsed = new boolean[heads.size()];
    for (int[] p : pairs) {
      int t = tails.get(p[0]);
      if (link[t] >= 0 || headUsed[p[1]]) {
        continue;
      }
      link[t] = heads.get(p[1]);
      if (loops(link, t, link.length, columnTopMayPrecede)) {
        link[t] = -1;
        continue;
      }
      headUsed[p[1]] = true;
    }
  }

  /**
   * Whether following the links from tail {@code start} comes back to it. A piece starting at a
   * head runs forward until the first linked tail (it continues there) or the next linked head
   * (where another piece starts, so the chain ends).
   */
  static boolean loops(int[] link, int start, int n) {
    return loops(link, start, n, false);
  }

  /**
   * As {@link #loops(int[], int, int)}; with {@code columnTopMayPrecede}, a head printed before its own tail whose piece
   * runs straight into that tail is no loop: that head is a column top the extractor printed before the column its
   * sentence starts in, and {@link #reorder} reads it after its tail.
   */
  static boolean loops(int[] link, int start, int n, boolean columnTopMayPrecede) {
    boolean[] isLinkedHead = linkedHeads(link);
    int steps = 0;
    int t = start;
    while (link[t] >= 0 && steps++ <= n) {
      int h = link[t];
      int next = -1;
      for (int i = h; i < n; i++) {
        if (i > h && isLinkedHead[i]) {
          break;
        }
        if (link[i] >= 0) {
          next = i;
          break;
        }
      }
      if (next < 0) {
        return false;
      }
      if (next == start) {
        return !(columnTopMayPrecede && t == start && h < start);
      }
      t = next;
    }
    return steps > n;
  }

  /** Exhaustive search for the loop-free assignment of tails to heads with the highest score. */
  private static final class Search {
    final List<Integer> tails;
    final List<Integer> heads;
    final double[][] score;
    final int n;
    final int[] cur;
    final boolean[] headUsed;
    int[] best;
    double bestScore = 0;

    final boolean columnTopMayPrecede;

    Search(List<Integer> tails, List<Integer> heads, double[][] score, int n, boolean columnTopMayPrecede) {
      this.columnTopMayPrecede = columnTopMayPrecede;
      this.tails = tails;
      this.heads = heads;
      this.score = score;
      this.n = n;
      this.cur = new int[tails.size()];
      this.headUsed = new boolean[heads.size()];
      Arrays.fill(cur, -1);
      this.best = cur.clone();
    }

    void run(int t, double total) {
      if (t == tails.size()) {
        if (total > bestScore + 1e-9 && loopFree()) {
          bestScore = total;
          best = cur.clone();
        }
        return;
      }
      run(t + 1, total);
      for (int h = 0; h < heads.size(); h++) {
        if (headUsed[h] || score[t][h] <= 0) {
          continue;
        }
        headUsed[h] = true;
        cur[t] = h;
        run(t + 1, total + score[t][h]);
        cur[t] = -1;
        headUsed[h] = false;
      }
    }

    boolean loopFree() {
      int[] link = new int[n];
      Arrays.fill(link, -1);
      for (int t = 0; t < tails.size(); t++) {
        if (cur[t] >= 0) {
          link[tails.get(t)] = heads.get(cur[t]);
        }
      }
      for (int t = 0; t < tails.size(); t++) {
        if (cur[t] >= 0 && loops(link, tails.get(t), n, columnTopMayPrecede)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The blocks in reading order: each body tail joined with the head {@code link} gives it, the pieces printed between
   * a tail and its head (headlines, captions) after the rejoined block, marked displaced when {@code markDisplaced}.
   */
  private static List<Block> reorder(List<Block> blocks, int[] link, boolean markDisplaced, List<Diagnostic> diagnostics) {
    int n = blocks.size();
    int[] order = columnTopsAfterTheirTails(link);
    if (order != null) {
      blocks = permuted(blocks, order);
      link = permutedLinks(link, order);
    }
    boolean[] linkedHead = new boolean[n];
    int[] tailOf = new int[n];
    Arrays.fill(tailOf, -1);
    for (int t = 0; t < n; t++) {
      if (link[t] >= 0) {
        linkedHead[link[t]] = true;
        tailOf[link[t]] = t;
      }
    }
    List<int[]> pieces = pieces(link, linkedHead);
    boolean[] placed = new boolean[pieces.size()];
    int[] outPosition = new int[n];
    Arrays.fill(outPosition, -1);
    List<Block> out = new ArrayList<>(n);
    for (int p : pieceOrder(pieces, link, linkedHead)) {
      int[] piece = pieces.get(p);
      if (placed[p]) {
        continue;
      }
      placed[p] = true;
      for (int i = piece[0]; i < piece[1]; i++) {
        int tailIndex = tailOf[i];
        if (tailIndex < 0 || outPosition[tailIndex] < 0) {
          outPosition[i] = out.size();
          out.add(blocks.get(i));
          continue;
        }
        int at = outPosition[tailIndex];
        out.set(at, merge(out.get(at), blocks.get(i), diagnostics));
        outPosition[i] = at;
        placeBetween(blocks, pieces, placed, linkedHead, Math.min(tailIndex, i), Math.max(tailIndex, i), markDisplaced, out);
      }
    }
    return out;
  }

  /**
   * The order that puts each head printed before its own tail, with no other linked block between them (a column top
   * that an extractor printed before the column its sentence starts in), right after that tail; null where there is
   * none.
   */
  private static int[] columnTopsAfterTheirTails(int[] link) {
    int n = link.length;
    boolean[] linkedHead = linkedHeads(link);
    int[] movedAfter = new int[n];
    Arrays.fill(movedAfter, -1);
    boolean any = false;
    for (int t = 0; t < n; t++) {
      int h = link[t];
      if (h >= 0 && h < t && link[h] < 0 && nothingLinkedBetween(link, linkedHead, h, t)) {
        movedAfter[h] = t;
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    int[] order = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (movedAfter[i] >= 0) {
        continue;
      }
      order[k++] = i;
      if (link[i] >= 0 && movedAfter[link[i]] == i) {
        order[k++] = link[i];
      }
    }
    return order;
  }

  /** The blocks in the given order of their indices. */
  private static List<Block> permuted(List<Block> blocks, int[] order) {
    List<Block> out = new ArrayList<>(order.length);
    for (int i : order) {
      out.add(blocks.get(i));
    }
    return out;
  }

  /** The links of blocks put in the given order of their indices, as indices of that order. */
  private static int[] permutedLinks(int[] link, int[] order) {
    int n = order.length;
    int[] newIndex = new int[n];
    for (int k = 0; k < n; k++) {
      newIndex[order[k]] = k;
    }
    int[] out = new int[n];
    for (int k = 0; k < n; k++) {
      out[k] = link[order[k]] < 0 ? -1 : newIndex[link[order[k]]];
    }
    return out;
  }

  /** {@return for each block, whether some tail links to it} */
  private static boolean[] linkedHeads(int[] link) {
    boolean[] linkedHead = new boolean[link.length];
    for (int l : link) {
      if (l >= 0) {
        linkedHead[l] = true;
      }
    }
    return linkedHead;
  }

  private static boolean nothingLinkedBetween(int[] link, boolean[] linkedHead, int h, int t) {
    for (int i = h + 1; i < t; i++) {
      if (link[i] >= 0 || linkedHead[i]) {
        return false;
      }
    }
    return true;
  }

  /** The runs of blocks {@code [from, to)} that move as one: a linked head starts one, a linked tail ends one. */
  private static List<int[]> pieces(int[] link, boolean[] linkedHead) {
    int n = link.length;
    List<int[]> pieces = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < n; i++) {
      if (linkedHead[i] && i > start) {
        pieces.add(new int[] {start, i});
        start = i;
      }
      if (link[i] >= 0) {
        pieces.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    if (start < n) {
      pieces.add(new int[] {start, n});
    }
    return pieces;
  }

  /**
   * The pieces in reading order: each piece that no tail links to, followed by the chain of pieces its tails link to;
   * then any piece left (a chain that loops back).
   */
  private static List<Integer> pieceOrder(List<int[]> pieces, int[] link, boolean[] linkedHead) {
    int[] pieceOf = new int[link.length];
    for (int p = 0; p < pieces.size(); p++) {
      for (int i = pieces.get(p)[0]; i < pieces.get(p)[1]; i++) {
        pieceOf[i] = p;
      }
    }
    boolean[] emitted = new boolean[pieces.size()];
    List<Integer> order = new ArrayList<>();
    for (int p = 0; p < pieces.size(); p++) {
      if (emitted[p] || linkedHead[pieces.get(p)[0]]) {
        continue;
      }
      int q = p;
      while (q >= 0 && !emitted[q]) {
        emitted[q] = true;
        order.add(q);
        int last = pieces.get(q)[1] - 1;
        q = link[last] >= 0 ? pieceOf[link[last]] : -1;
      }
    }
    for (int p = 0; p < pieces.size(); p++) {
      if (!emitted[p]) {
        order.add(p);
      }
    }
    return order;
  }

  /**
   * Adds after the rejoined block the pieces printed between its tail {@code from} and its head {@code to} that are
   * not placed yet and open with no linked head, each block marked displaced when {@code markDisplaced}.
   */
  private static void placeBetween(List<Block> blocks, List<int[]> pieces, boolean[] placed, boolean[] linkedHead, int from,
      int to, boolean markDisplaced, List<Block> out) {
    for (int q = 0; q < pieces.size(); q++) {
      int[] between = pieces.get(q);
      if (!placed[q] && !linkedHead[between[0]] && between[0] > from && between[1] <= to) {
        placed[q] = true;
        for (int j = between[0]; j < between[1]; j++) {
          out.add(blocks.get(j).displaced() || !markDisplaced ? blocks.get(j) : withDisplaced(blocks.get(j)));
        }
      }
    }
  }

  private static Block withDisplaced(Block b) {
    List<String> ev = new ArrayList<>(b.evidence());
    ev.add("printed inside an interrupted body; moved after it");
    return new Block(b.text(), b.lines(), b.blankLinesBefore(), b.columnWidth(), true, ev);
  }

  private static Block merge(Block tail, Block head, List<Diagnostic> diagnostics) {
    TracedText.Builder t = TracedText.builder().append(tail.text());
    t.append(head.text());
    List<dev.banmian.text.Line> lines = new ArrayList<>(tail.lines());
    lines.addAll(head.lines());
    List<String> ev = new ArrayList<>(tail.evidence());
    int tailLine = tail.lines().get(tail.lines().size() - 1).number() + 1;
    int headLine = head.firstLine() + 1;
    ev.add("interrupted body: the sentence of line " + tailLine + " continues at line " + headLine);
    ev.addAll(head.evidence());
    diagnostics.add(new Diagnostic("layout", "layout.rejoin", "sentence of line " + tailLine + " continues at line " + headLine
        + " (open sentence, continuation start)", head.lines().get(0).span()));
    return new Block(t.build(), lines, tail.blankLinesBefore(), tail.columnWidth(), tail.displaced(), ev);
  }
}
