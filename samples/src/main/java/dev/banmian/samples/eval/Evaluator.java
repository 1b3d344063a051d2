package dev.banmian.samples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores a folder of page JSON against gold with exactly the definitions of
 * {@code shared/eval/score.py}: greedy article alignment by headline and body similarity, then
 * per-field precision, recall, F1 and accuracies, and the overall mean. A test checks it against
 * the Python script on the seeds.
 *
 * <p>Stateless and thread-safe.
 */
public final class Evaluator {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> PRF_KEYS = List.of("articles", "headline", "byline", "byline_names", "paragraphs", "subheads", "captions", "noise");
  static final List<String> ACC_KEYS = List.of("section", "kicker", "subheadline", "outlet", "dateline", "credit");

  private Evaluator() {}

  /** Precision/recall/F1 counts. */
  public static final class Prf {
    int tp;
    int np;
    int ng;

    void add(List<?> gold, List<?> pred) {
      ng += gold.size();
      np += pred.size();
      List<Object> rest = new ArrayList<>(pred);
      for (Object x : gold) {
        int k = indexOf(rest, x);
        if (k >= 0) {
          rest.remove(k);
          tp++;
        }
      }
    }

    /**
     * Returns precision.
     *
     * @return the precision
     */
    public double p() {
      return np > 0 ? (double) tp / np : (ng == 0 ? 1.0 : 0.0);
    }

    /**
     * Returns recall.
     *
     * @return the recall
     */
    public double r() {
      return ng > 0 ? (double) tp / ng : (np == 0 ? 1.0 : 0.0);
    }

    /**
     * Returns F1 from the rounded-as-Python precision and recall.
     *
     * @return the F1
     */
    public double f1() {
      double p = p();
      double r = r();
      return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }

    /**
     * Returns gold count, prediction count and true positives.
     *
     * @return {gold, predicted, true positives}
     */
    public int[] counts() {
      return new int[] {ng, np, tp};
    }
  }

  private static int indexOf(List<Object> list, Object x) {
    for (int i = 0; i < list.size(); i++) {
      if (Objects.equals(list.get(i), x)) {
        return i;
      }
    }
    return -1;
  }

  /** Accuracy counts. */
  static final class Acc {
    int ok;
    int n;

    void add(boolean good) {
      n++;
      ok += good ? 1 : 0;
    }

    double value() {
      return n > 0 ? round((double) ok / n, 4) : 1.0;
    }
  }

  /** The scores of one evaluation. */
  public record Result(Map<String, Prf> prf, Map<String, Double> acc, double bodySimilarity, Map<String, int[]> pages,
      Map<String, Double> pageBody, double overall) {

    /**
     * Returns the report exactly as {@code score.py} prints it.
     *
     * @return the report
     */
    public String report() {
      StringBuilder b = new StringBuilder();
      for (String k : PRF_KEYS) {
        Prf r = prf.get(k);
        b.append(String.format("%-14s P=%s R=%s F1=%s  (gold %d, pred %d, tp %d)%n", k, f3(round(r.p(), 4)), f3(round(r.r(), 4)),
            f3(round(r.f1(), 4)), r.ng, r.np, r.tp));
      }
      for (String k : ACC_KEYS) {
        b.append(String.format("%-16s %s%n", k + "_acc", f3(acc.get(k))));
      }
      b.append(String.format("%-16s %s%n", "body_similarity", f3(bodySimilarity)));
      for (Map.Entry<String, int[]> e : pages.entrySet()) {
        int[] p = e.getValue();
        b.append(String.format("  %s: gold %d pred %d aligned %d body %s%n", e.getKey(), p[0], p[1], p[2], f3(pageBody.get(e.getKey()))));
      }
      b.append("overall ").append(fmt(overall, 4)).append(System.lineSeparator());
      return b.toString();
    }

    /**
     * Returns the F1 of one field, rounded to four places as {@code score.py} does.
     *
     * @param key the field's name, as score.py prints it
     * @return the F1
     */
    public double f1(String key) {
      return round(prf.get(key).f1(), 4);
    }
  }

  /**
   * Scores every {@code *.json} of {@code goldDir} against the same-named file of {@code predDir}
   * (a missing prediction counts as an empty page).
   *
   * @param goldDir the gold page JSON folder
   * @param predDir the predicted page JSON folder
   * @return the scores
   * @throws UncheckedIOException if a file cannot be read or parsed
   */
  public static Result score(Path goldDir, Path predDir) {
    Map<String, Prf> m = new LinkedHashMap<>();
    for (String k : PRF_KEYS) {
      m.put(k, new Prf());
    }
    Map<String, Acc> a = new LinkedHashMap<>();
    for (String k : ACC_KEYS) {
      a.put(k, new Acc());
    }
    List<Double> bodySims = new ArrayList<>();
    Map<String, int[]> pages = new LinkedHashMap<>();
    Map<String, Double> pageBody = new LinkedHashMap<>();
    List<String> names;
    try (Stream<Path> s = Files.list(goldDir)) {
      names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list gold folder " + goldDir, e);
    }
    for (String name : names) {
      JsonNode gold = read(goldDir.resolve(name));
      Path pp = predDir.resolve(name);
      JsonNode pred = Files.exists(pp) ? read(pp) : JSON.createObjectNode();
      List<JsonNode> ga = list(gold.get("articles"));
      List<JsonNode> pa = list(pred.get("articles"));
      Map<Integer, Integer> al = align(ga, pa);
      List<Double> pageSims = new ArrayList<>();
      m.get("articles").tp += al.size();
      m.get("articles").ng += ga.size();
      m.get("articles").np += pa.size();
      for (JsonNode g : ga) {
        if (norm(str(g, "headline")) != null && !norm(str(g, "headline")).isEmpty()) {
          m.get("headline").ng++;
        }
      }
      for (JsonNode p : pa) {
        if (norm(str(p, "headline")) != null && !norm(str(p, "headline")).isEmpty()) {
          m.get("headline").np++;
        }
      }
      for (int i = 0; i < ga.size(); i++) {
        JsonNode g = ga.get(i);
        Integer j = al.get(i);
        JsonNode p = j == null ? null : pa.get(j);
        String gb = body(g);
        if (p == null) {
          if (!gb.isEmpty()) {
            bodySims.add(0.0);
            pageSims.add(0.0);
          }
          m.get("byline").ng += contributors(g).size();
          m.get("byline_names").ng += contributors(g).size();
          m.get("paragraphs").ng += list(g.get("paragraphs")).size();
          m.get("subheads").ng += list(g.get("subheads")).size();
          for (String k : List.of("section", "kicker", "subheadline", "outlet", "dateline")) {
            a.get(k).add(false);
          }
          continue;
        }
        String gh = norm(str(g, "headline"));
        if (gh != null && !gh.isEmpty() && gh.equals(norm(str(p, "headline")))) {
          m.get("headline").tp++;
        }
        for (String k : List.of("section", "kicker", "subheadline")) {
          a.get(k).add(Objects.equals(norm(str(g, k)), norm(str(p, k))));
        }
        a.get("outlet").add(Objects.equals(norm(str(g.get("byline"), "outlet")), norm(str(p.get("byline"), "outlet"))));
        a.get("dateline").add(dl(g).equals(dl(p)));
        m.get("byline").add(contributors(g), contributors(p));
        m.get("byline_names").add(contributors(g).stream().map(x -> x.get(1)).toList(), contributors(p).stream().map(x -> x.get(1)).toList());
        List<String> gp = normList(g.get("paragraphs"));
        List<String> ppars = normList(p.get("paragraphs"));
        String pb = body(p);
        if (isFalse(g.get("paragraphsComplete"))) {
          ppars = ppars.subList(0, Math.min(ppars.size(), gp.size()));
          pb = pb.codePointCount(0, pb.length()) > gb.codePointCount(0, gb.length())
              ? pb.substring(0, pb.offsetByCodePoints(0, gb.codePointCount(0, gb.length()))) : pb;
        }
        m.get("paragraphs").add(gp, ppars);
        m.get("subheads").add(normList(g.get("subheads")), normList(p.get("subheads")));
        if (!gb.isEmpty()) {
          double s = SequenceMatcher.ratio(gb, pb, false);
          bodySims.add(s);
          pageSims.add(s);
        }
      }
      Set<Integer> matched = new HashSet<>(al.values());
      for (int j = 0; j < pa.size(); j++) {
        if (!matched.contains(j)) {
          JsonNode p = pa.get(j);
          m.get("byline").np += contributors(p).size();
          m.get("byline_names").np += contributors(p).size();
          m.get("paragraphs").np += list(p.get("paragraphs")).size();
          m.get("subheads").np += list(p.get("subheads")).size();
        }
      }
      Map<String, String> gc = captions(gold);
      Map<String, String> pc = captions(pred);
      m.get("captions").add(new ArrayList<>(gc.keySet()), new ArrayList<>(pc.keySet()));
      for (Map.Entry<String, String> e : gc.entrySet()) {
        if (pc.containsKey(e.getKey())) {
          a.get("credit").add(Objects.equals(e.getValue(), pc.get(e.getKey())));
        }
      }
      m.get("noise").add(normList(gold.get("noise")), normList(pred.get("noise")));
      pages.put(name, new int[] {ga.size(), pa.size(), al.size()});
      pageBody.put(name, pageSims.isEmpty() ? 1.0 : round(mean(pageSims), 4));
    }
    Map<String, Double> acc = new LinkedHashMap<>();
    for (String k : ACC_KEYS) {
      acc.put(k, a.get(k).value());
    }
    double bodySim = bodySims.isEmpty() ? 1.0 : round(mean(bodySims), 4);
    double[] parts = {round(m.get("articles").f1(), 4), round(m.get("headline").f1(), 4), round(m.get("byline").f1(), 4),
        acc.get("dateline"), round(m.get("paragraphs").f1(), 4), bodySim, round(m.get("captions").f1(), 4)};
    double sum = 0;
    for (double d : parts) {
      sum += d;
    }
    return new Result(m, acc, bodySim, pages, pageBody, round(sum / parts.length, 4));
  }

  private static double mean(List<Double> xs) {
    double s = 0;
    for (double x : xs) {
      s += x;
    }
    return s / xs.size();
  }

  private static boolean isFalse(JsonNode n) {
    return n != null && n.isBoolean() && !n.asBoolean();
  }

  private static JsonNode read(Path p) {
    try {
      return JSON.readTree(Files.readString(p));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  private static List<JsonNode> list(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(out::add);
    }
    return out;
  }

  private static String str(JsonNode n, String key) {
    if (n == null || !n.isObject()) {
      return null;
    }
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Python's {@code re.sub(r"\s+", "", s)}: removes every character {@code str.isspace()} accepts. */
  static String norm(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!(Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR || c == '\u0085'
          || c == '\u2028' || c == '\u2029')) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static List<String> normList(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (JsonNode x : list(n)) {
      out.add(x.isNull() ? null : norm(x.asText()));
    }
    return out;
  }

  private static String body(JsonNode a) {
    StringBuilder b = new StringBuilder();
    for (JsonNode p : list(a.get("paragraphs"))) {
      String s = p.isNull() ? null : norm(p.asText());
      b.append(s == null ? "" : s);
    }
    return b.toString();
  }

  private static List<Object> dl(JsonNode a) {
    JsonNode d = a.get("dateline");
    List<Object> out = new ArrayList<>();
    out.add(intOrNull(d, "month"));
    out.add(intOrNull(d, "day"));
    out.add(norm(str(d, "relative")));
    return out;
  }

  private static Object intOrNull(JsonNode d, String k) {
    if (d == null || !d.isObject() || d.get(k) == null || d.get(k).isNull()) {
      return null;
    }
    JsonNode v = d.get(k);
    return v.isNumber() ? (Object) v.numberValue().doubleValue() : v.asText();
  }

  private static List<List<String>> contributors(JsonNode a) {
    List<List<String>> out = new ArrayList<>();
    JsonNode b = a.get("byline");
    if (b == null || !b.isObject()) {
      return out;
    }
    for (JsonNode c : list(b.get("contributors"))) {
      List<String> pair = new ArrayList<>(2);
      pair.add(norm(str(c, "role")));
      pair.add(norm(str(c, "name")));
      out.add(pair);
    }
    return out;
  }

  private static Map<String, String> captions(JsonNode page) {
    Map<String, String> out = new LinkedHashMap<>();
    for (JsonNode c : list(page.get("captions"))) {
      out.put(norm(str(c, "text")), norm(str(c, "credit")));
    }
    return out;
  }

  private static Set<String> grams(String s) {
    Set<String> out = new HashSet<>();
    int[] cps = s.codePoints().toArray();
    for (int i = 0; i + 3 <= cps.length; i++) {
      out.add(new String(cps, i, 3));
    }
    return out;
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 0.0;
    }
    Set<String> inter = new HashSet<>(a);
    inter.retainAll(b);
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    return (double) inter.size() / union.size();
  }

  private static double sim(JsonNode g, JsonNode p) {
    String gh = norm(str(g, "headline"));
    String ph = norm(str(p, "headline"));
    boolean ghT = gh != null && !gh.isEmpty();
    boolean phT = ph != null && !ph.isEmpty();
    double hs = ghT && gh.equals(ph) ? 1.0 : (ghT && phT ? SequenceMatcher.ratio(gh, ph, true) : 0.0);
    String gb = body(g);
    String pb = body(p);
    if (isFalse(g.get("paragraphsComplete"))) {
      int n = gb.codePointCount(0, gb.length());
      if (pb.codePointCount(0, pb.length()) > n) {
        pb = pb.substring(0, pb.offsetByCodePoints(0, n));
      }
    }
    int lg = gb.codePointCount(0, gb.length());
    int lp = pb.codePointCount(0, pb.length());
    double bs = Math.min(lg, lp) < 30 ? SequenceMatcher.ratio(gb, pb, false) : jaccard(grams(gb), grams(pb));
    if (gb.isEmpty() && pb.isEmpty()) {
      return hs;
    }
    if (!ghT) {
      return bs;
    }
    return 0.4 * hs + 0.6 * bs;
  }

  private static Map<Integer, Integer> align(List<JsonNode> gold, List<JsonNode> pred) {
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < pred.size(); j++) {
        double s = sim(gold.get(i), pred.get(j));
        if (s >= 0.5) {
          pairs.add(new double[] {s, i, j});
        }
      }
    }
    // Python sorts (s, i, j) tuples in reverse: by score, then i, then j, all descending.
    pairs.sort((x, y) -> {
      for (int k = 0; k < 3; k++) {
        int c = Double.compare(y[k], x[k]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    Set<Integer> gi = new HashSet<>();
    Set<Integer> pj = new HashSet<>();
    Map<Integer, Integer> out = new HashMap<>();
    for (double[] p : pairs) {
      int i = (int) p[1];
      int j = (int) p[2];
      if (gi.contains(i) || pj.contains(j)) {
        continue;
      }
      gi.add(i);
      pj.add(j);
      out.put(i, j);
    }
    return out;
  }

  /** Python's {@code round(x, n)}: half-even on the exact binary value. */
  static double round(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).doubleValue();
  }

  /** Python's {@code f"{x:.3f}"}. */
  static String f3(double x) {
    return fmt(x, 3);
  }

  static String fmt(double x, int places) {
    return new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
  }
}
