package dev.banmian.samples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.banmian.samples.eval.LineProjection.Boundary;
import dev.banmian.samples.eval.LineProjection.Role;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Decision-level evaluation: gold and predicted page JSON are both projected onto the page text
 * ({@link LineProjection}), and the extractor's decisions are compared line by line:
 *
 * <ul>
 *   <li><b>roles</b>: the role of every non-blank line (headline, byline, body, caption, noise …);
 *   <li><b>joins/breaks</b>: for two neighbouring lines of one gold body flow, whether they are one
 *       paragraph or two;
 *   <li><b>links</b>: for a body line whose gold continuation is not the next line (a column break
 *       across a headline, a body printed after another article), whether the prediction continues it
 *       with the same line.
 * </ul>
 *
 * <p>Stateless; {@link #evaluate} is thread-safe.
 */
public final class DecisionReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Decision counts of one page (or of a whole set). */
  public static final class Counts {
    int roles;
    int rolesRight;
    int joins;
    int joinsRight;
    int breaks;
    int breaksRight;
    int links;
    int linksRight;
    final Map<String, Integer> confusions = new TreeMap<>();
    final List<String> errors = new ArrayList<>();

    void add(Counts o) {
      roles += o.roles;
      rolesRight += o.rolesRight;
      joins += o.joins;
      joinsRight += o.joinsRight;
      breaks += o.breaks;
      breaksRight += o.breaksRight;
      links += o.links;
      linksRight += o.linksRight;
      o.confusions.forEach((k, v) -> confusions.merge(k, v, Integer::sum));
    }

    /**
     * Returns the accuracy over role, join/break and link decisions together.
     *
     * @return the accuracy, 0 to 1
     */
    public double accuracy() {
      int n = roles + joins + breaks + links;
      return n == 0 ? 1.0 : (double) (rolesRight + joinsRight + breaksRight + linksRight) / n;
    }

    /**
     * Returns the role accuracy.
     *
     * @return the accuracy, 0 to 1
     */
    public double roleAccuracy() {
      return ratio(rolesRight, roles);
    }

    /**
     * Returns the accuracy over join and paragraph-break decisions.
     *
     * @return the accuracy, 0 to 1
     */
    public double boundaryAccuracy() {
      return ratio(joinsRight + breaksRight, joins + breaks);
    }

    /**
     * Returns the continuation-link accuracy.
     *
     * @return the accuracy, 0 to 1
     */
    public double linkAccuracy() {
      return ratio(linksRight, links);
    }

    private static double ratio(int right, int n) {
      return n == 0 ? 1.0 : (double) right / n;
    }
  }

  /** The decision counts of a set, overall and per page. */
  public record Result(Counts total, Map<String, Counts> pages) {
    /**
     * Returns the printed report; {@code show} wrong decisions are listed for each of the worst pages.
     *
     * @param worst how many of the worst pages to list
     * @param show how many wrong decisions to show per page
     * @return the report
     */
    public String report(int worst, int show) {
      StringBuilder b = new StringBuilder();
      Counts t = total;
      b.append(String.format(Locale.ROOT, "decisions over %d pages%n", pages.size()));
      b.append(String.format(Locale.ROOT, "roles          %.3f  (%d/%d lines)%n", t.roleAccuracy(), t.rolesRight, t.roles));
      b.append(String.format(Locale.ROOT, "joins/breaks   %.3f  (joins %d/%d, breaks %d/%d)%n", t.boundaryAccuracy(),
          t.joinsRight, t.joins, t.breaksRight, t.breaks));
      b.append(String.format(Locale.ROOT, "links          %.3f  (%d/%d)%n", t.linkAccuracy(), t.linksRight, t.links));
      b.append("role confusions (gold -> predicted: lines)\n");
      t.confusions.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(12)
          .forEach(e -> b.append(String.format(Locale.ROOT, "  %-26s %d%n", e.getKey(), e.getValue())));
      b.append("worst pages (roles, joins/breaks, links)\n");
      pages.entrySet().stream().sorted(Comparator.comparingDouble(e -> e.getValue().accuracy())).limit(worst).forEach(e -> {
        Counts c = e.getValue();
        b.append(String.format(Locale.ROOT, "  %s: %.3f  (%.3f, %.3f, %.3f)%n", e.getKey(), c.accuracy(), c.roleAccuracy(),
            c.boundaryAccuracy(), c.linkAccuracy()));
        c.errors.stream().limit(show).forEach(x -> b.append("      ").append(x).append('\n'));
      });
      return b.toString();
    }
  }

  private DecisionReport() {}

  /**
   * Compares every gold page of {@code goldDir} with the same-named prediction of {@code predDir} (a missing
   * prediction is an empty page); each gold page's {@code source} text is read from {@code pagesDir}.
   *
   * @param goldDir the gold page JSON folder
   * @param predDir the predicted page JSON folder
   * @param pagesDir the folder of page texts
   * @return the decisions and their accuracy
   * @throws UncheckedIOException if a file cannot be read, or a page text is missing
   */
  public static Result evaluate(Path goldDir, Path predDir, Path pagesDir) {
    Counts total = new Counts();
    Map<String, Counts> pages = new TreeMap<>();
    for (String name : jsonNames(goldDir)) {
      JsonNode gold = read(goldDir.resolve(name));
      Path pp = predDir.resolve(name);
      JsonNode pred = Files.exists(pp) ? read(pp) : JSON.createObjectNode();
      String source = gold.path("source").asText(name.replaceFirst("\\.json$", ".txt"));
      Path text = pagesDir.resolve(source);
      if (!Files.isRegularFile(text)) {
        throw new UncheckedIOException(new IOException("page text " + text + " of gold " + name + " not found (pass --pages DIR)"));
      }
      String raw;
      try {
        raw = Files.readString(text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + text, e);
      }
      Counts c = compare(LineProjection.project(raw, gold), LineProjection.project(raw, pred));
      pages.put(name, c);
      total.add(c);
    }
    return new Result(total, pages);
  }

  /** Compares the decisions of {@code pred} with those of {@code gold}, both projections of one page text. */
  static Counts compare(LineProjection gold, LineProjection pred) {
    Counts c = new Counts();
    for (int i = 0; i < gold.size(); i++) {
      Role g = gold.role(i);
      Role p = pred.role(i);
      c.roles++;
      if (g == p) {
        c.rolesRight++;
      } else {
        c.confusions.merge(g + " -> " + p, 1, Integer::sum);
        c.errors.add(String.format("L%d role %s, predicted %s: %s", gold.lineNumber(i), g, p, clip(gold.line(i), 24)));
      }
      if (i + 1 < gold.size()) {
        compareBoundary(gold, pred, i, c);
      }
      compareLink(gold, pred, i, c);
    }
    return c;
  }

  private static void compareBoundary(LineProjection gold, LineProjection pred, int i, Counts c) {
    Boundary g = gold.boundary(i);
    if (g == Boundary.OTHER) {
      return;
    }
    Boundary p = pred.boundary(i);
    if (g == Boundary.JOIN) {
      c.joins++;
      c.joinsRight += p == g ? 1 : 0;
    } else {
      c.breaks++;
      c.breaksRight += p == g ? 1 : 0;
    }
    if (p != g) {
      c.errors.add(String.format("L%d|L%d %s, predicted %s: …%s | %s…", gold.lineNumber(i), gold.lineNumber(i + 1), g, p,
          tail(gold.line(i), 10), clip(gold.line(i + 1), 10)));
    }
  }

  private static void compareLink(LineProjection gold, LineProjection pred, int i, Counts c) {
    Optional<Integer> g = gold.successor(i);
    if (g.isEmpty() || g.get() == i + 1) {
      return;
    }
    Optional<Integer> p = pred.successor(i);
    c.links++;
    if (p.equals(g)) {
      c.linksRight++;
    } else {
      c.errors.add(String.format("L%d link to L%d, predicted %s: …%s", gold.lineNumber(i), gold.lineNumber(g.get()),
          p.map(j -> "L" + pred.lineNumber(j)).orElse("none"), tail(gold.line(i), 10)));
    }
  }

  private static String clip(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n);
  }

  private static String tail(String s, int n) {
    return s.length() <= n ? s : s.substring(s.length() - n);
  }

  private static List<String> jsonNames(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private static JsonNode read(Path p) {
    try {
      return JSON.readTree(p.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }
}
