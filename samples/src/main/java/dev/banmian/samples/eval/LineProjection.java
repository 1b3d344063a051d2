package dev.banmian.samples.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page JSON (gold or predicted) projected onto the lines of the page text it was extracted from: every
 * non-blank line is cut into segments, each matched to a stretch of one printed text of the JSON (a headline,
 * a paragraph, a caption, a noise line …). From the segments follow the decisions an extractor made: the role
 * of each line, whether two lines of one flow are joined or broken into paragraphs, and which line continues
 * a body line in reading order.
 *
 * <p>Matching ignores whitespace, as the scorer does. A line continues the stretch the previous line ended
 * in when it can; otherwise it takes the longest unused match anywhere in the page JSON. Text the JSON does
 * not hold (dropped by an extractor) is {@link Role#UNKNOWN}.
 *
 * <p>Immutable and thread-safe.
 */
public final class LineProjection {
  /** What a stretch of text is on the page. */
  public enum Role {
    /** A section label. */
    SECTION,
    /** A kicker over a headline. */
    KICKER,
    /** A headline. */
    HEADLINE,
    /** A subheadline under a headline. */
    SUBHEADLINE,
    /** A byline. */
    BYLINE,
    /** Body text. */
    BODY,
    /** A subhead inside a body. */
    SUBHEAD,
    /** A photo caption. */
    CAPTION,
    /** A photo credit. */
    CREDIT,
    /** A caption group's title. */
    TITLE,
    /** Page furniture and other noise. */
    NOISE,
    /** Text the page JSON does not hold. */
    UNKNOWN
  }

  /** One printed text of the page JSON, whitespace removed; {@code article} is -1 outside articles. */
  record Piece(int id, Role role, int article, int paragraph, String text) {}

  /** A stretch of one line matched to {@code [start, end)} of a piece (null piece: text the JSON lacks). */
  record Segment(Piece piece, int start, int end) {
    Role role() {
      return piece == null ? Role.UNKNOWN : piece.role();
    }

    boolean isBody() {
      return piece != null && piece.role() == Role.BODY;
    }

    boolean atPieceEnd() {
      return piece != null && end == piece.text().length();
    }
  }

  /** How two neighbouring lines of one body flow are set. */
  public enum Boundary {
    /** The two lines are one paragraph. */
    JOIN,
    /** The second line starts a new paragraph of the same flow. */
    BREAK,
    /** The lines are not two lines of one body flow. */
    OTHER
  }

  private final List<String> lines;
  private final List<Integer> lineNumbers;
  private final List<List<Segment>> segments;
  private final List<Piece> pieces;

  private LineProjection(List<String> lines, List<Integer> lineNumbers, List<List<Segment>> segments, List<Piece> pieces) {
    this.lines = lines;
    this.lineNumbers = lineNumbers;
    this.segments = segments;
    this.pieces = pieces;
  }

  /**
   * Projects {@code page} (gold or predicted JSON) onto the non-blank lines of {@code pageText}.
   *
   * @param pageText the page text
   * @param page the page JSON
   * @return the projection
   */
  public static LineProjection project(String pageText, JsonNode page) {
    List<Piece> pieces = pieces(page);
    boolean[][] used = new boolean[pieces.size()][];
    for (Piece p : pieces) {
      used[p.id()] = new boolean[p.text().length()];
    }
    List<String> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    List<List<Segment>> segments = new ArrayList<>();
    Segment cursor = null;
    String[] raw = pageText.split("\n", -1);
    for (int n = 0; n < raw.length; n++) {
      String s = strip(raw[n]);
      if (s.isEmpty()) {
        continue;
      }
      List<Segment> segs = new ArrayList<>();
      int pos = 0;
      while (pos < s.length()) {
        Segment seg = match(s, pos, cursor, pieces, used);
        segs.add(seg);
        if (seg.piece() != null) {
          cursor = seg;
          for (int k = seg.start(); k < seg.end(); k++) {
            used[seg.piece().id()][k] = true;
          }
        }
        pos += seg.end() - seg.start();
      }
      lines.add(s);
      numbers.add(n + 1);
      segments.add(merge(segs));
    }
    return new LineProjection(lines, numbers, segments, pieces);
  }

  /** The best stretch for {@code s} from {@code pos}: continuing the cursor, else the longest unused match. */
  private static Segment match(String s, int pos, Segment cursor, List<Piece> pieces, boolean[][] used) {
    if (cursor != null && !cursor.atPieceEnd()) {
      int len = common(cursor.piece().text(), cursor.end(), s, pos, used[cursor.piece().id()]);
      if (len >= Math.min(2, s.length() - pos)) {
        return new Segment(cursor.piece(), cursor.end(), cursor.end() + len);
      }
    }
    Segment best = null;
    int bestScore = 0;
    for (Piece p : pieces) {
      String t = p.text();
      for (int at = t.indexOf(s.charAt(pos)); at >= 0; at = t.indexOf(s.charAt(pos), at + 1)) {
        int len = common(t, at, s, pos, used[p.id()]);
        if (len == 0) {
          continue;
        }
        // longer first; then the start of a piece; then the piece that follows the cursor's
        int score = len * 4 + (at == 0 ? 2 : 0) + (follows(cursor, p) ? 1 : 0);
        if (score > bestScore) {
          bestScore = score;
          best = new Segment(p, at, at + len);
        }
      }
    }
    return best != null ? best : new Segment(null, 0, 1);
  }

  private static boolean follows(Segment cursor, Piece p) {
    return cursor != null && cursor.piece().article() == p.article() && cursor.piece().article() >= 0
        && p.paragraph() == cursor.piece().paragraph() + 1;
  }

  /** Length of the common run of {@code t} from {@code at} and {@code s} from {@code pos}, over unused characters. */
  private static int common(String t, int at, String s, int pos, boolean[] used) {
    int k = 0;
    while (at + k < t.length() && pos + k < s.length() && !used[at + k] && t.charAt(at + k) == s.charAt(pos + k)) {
      k++;
    }
    return k;
  }

  /** Unknown single characters next to each other become one segment. */
  private static List<Segment> merge(List<Segment> segs) {
    List<Segment> out = new ArrayList<>();
    for (Segment s : segs) {
      Segment last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.piece() == null && s.piece() == null) {
        out.set(out.size() - 1, new Segment(null, 0, last.end() + s.end()));
      } else {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  private static List<Piece> pieces(JsonNode page) {
    List<Piece> out = new ArrayList<>();
    JsonNode articles = page.path("articles");
    for (int a = 0; a < articles.size(); a++) {
      JsonNode art = articles.get(a);
      add(out, Role.SECTION, a, -1, art.path("section"));
      add(out, Role.KICKER, a, -1, art.path("kicker"));
      add(out, Role.HEADLINE, a, -1, art.path("headline"));
      add(out, Role.SUBHEADLINE, a, -1, art.path("subheadline"));
      add(out, Role.BYLINE, a, -1, art.path("byline").path("raw"));
      for (JsonNode sub : art.path("subheads")) {
        add(out, Role.SUBHEAD, a, -1, sub);
      }
      JsonNode paragraphs = art.path("paragraphs");
      for (int p = 0; p < paragraphs.size(); p++) {
        add(out, Role.BODY, a, p, paragraphs.get(p));
      }
    }
    for (JsonNode c : page.path("captions")) {
      add(out, Role.SECTION, -1, -1, c.path("section"));
      add(out, Role.TITLE, -1, -1, c.path("title"));
      add(out, Role.CAPTION, -1, -1, c.path("text"));
      add(out, Role.CREDIT, -1, -1, c.path("credit"));
    }
    for (JsonNode n : page.path("noise")) {
      add(out, Role.NOISE, -1, -1, n);
    }
    return out;
  }

  private static void add(List<Piece> out, Role role, int article, int paragraph, JsonNode text) {
    String s = text.isTextual() ? strip(text.asText()) : "";
    if (!s.isEmpty()) {
      out.add(new Piece(out.size(), role, article, paragraph, s));
    }
  }

  private static String strip(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '\u00A0' && c != '\u3000' && c != '\uFEFF')
        .forEach(b::appendCodePoint);
    return b.toString();
  }

  // ------------------------------------------------------------------ decisions

  /**
   * Returns the number of non-blank lines.
   *
   * @return the number of non-blank lines
   */
  public int size() {
    return lines.size();
  }

  /**
   * Returns non-blank line {@code i} without whitespace.
   *
   * @param i the non-blank line index
   * @return the line without whitespace
   */
  public String line(int i) {
    return lines.get(i);
  }

  /**
   * Returns the 1-based line number in the page text of non-blank line {@code i}.
   *
   * @param i the non-blank line index
   * @return its line number
   */
  public int lineNumber(int i) {
    return lineNumbers.get(i);
  }

  /**
   * Returns the role that holds most characters of line {@code i}.
   *
   * @param i the non-blank line index
   * @return its role
   */
  public Role role(int i) {
    Map<Role, Integer> count = new EnumMap<>(Role.class);
    for (Segment s : segments.get(i)) {
      count.merge(s.role(), s.end() - s.start(), Integer::sum);
    }
    return count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(Role.UNKNOWN);
  }

  /**
   * Returns how line {@code i} and line {@code i + 1} are set: one paragraph, two paragraphs, or neither.
   *
   * @param i the non-blank line index
   * @return the boundary after it
   */
  public Boundary boundary(int i) {
    Segment a = last(i);
    Segment b = first(i + 1);
    if (!a.isBody() || !b.isBody() || a.piece().article() != b.piece().article()) {
      return Boundary.OTHER;
    }
    if (a.piece() == b.piece() && b.start() == a.end()) {
      return Boundary.JOIN;
    }
    if (b.piece().paragraph() == a.piece().paragraph() + 1 && b.start() == 0 && a.atPieceEnd()) {
      return Boundary.BREAK;
    }
    return Boundary.OTHER;
  }

  /**
   * Returns the line whose first stretch continues the body text that line {@code i} ends with (the same
   * paragraph, or the next paragraph of the same article), or empty when line {@code i} ends no body text
   * or its article ends there.
   *
   * @param i the non-blank line index
   * @return the line that continues it, or empty
   */
  public Optional<Integer> successor(int i) {
    Segment a = last(i);
    if (!a.isBody()) {
      return Optional.empty();
    }
    for (int j = 0; j < size(); j++) {
      Segment b = first(j);
      if (j != i && b.isBody() && b.piece().article() == a.piece().article()
          && (b.piece() == a.piece() && b.start() == a.end()
              || a.atPieceEnd() && b.piece().paragraph() == a.piece().paragraph() + 1 && b.start() == 0)) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }

  private Segment last(int i) {
    List<Segment> s = segments.get(i);
    return s.get(s.size() - 1);
  }

  private Segment first(int i) {
    return segments.get(i).get(0);
  }

  /** Returns the number of pieces of the page JSON, for tests. */
  int pieceCount() {
    return pieces.size();
  }
}
