package dev.banmian.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.extract.meta.BylineMatch;
import dev.banmian.extract.meta.BylineParser;
import dev.banmian.extract.meta.DatelineParser;
import dev.banmian.model.Byline;
import dev.banmian.model.Contributor;
import dev.banmian.model.Dateline;
import dev.banmian.model.Page;
import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import dev.banmian.text.Chars;
import dev.banmian.text.SourceText;
import dev.banmian.text.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The reliability suite (#18): every public entry point of extraction, fed hostile input, never throws, loses or
 * doubles no character and traces every field to ranges that hold its text. Inputs: random Unicode weighted towards
 * what breaks text code (lone surrogates, controls, bidirectional and zero-width marks, every space character, form
 * feeds) mixed with Chinese news prose; windows of the seed pages and the development corpus (when
 * {@code ../shared/dev} is there) cut, shuffled, duplicated and sprinkled with such characters; bylines and datelines
 * mutated the same way.
 *
 * <p>Each property runs {@code jqwik.tries.default} tries (200 in {@code junit-platform.properties}, so the suite
 * stays fast in CI). The long run the README describes sets it on the command line:
 * {@code mvn -pl extractors -am test -Dtest=ReliabilityProperties -Dsurefire.failIfNoSpecifiedTests=false
 * -Djqwik.tries.default=100000}.
 */
class ReliabilityProperties {
  private static final PageExtractor EXTRACTOR = PageExtractor.builder().build();
  private static final BylineParser BYLINES = BylineParser.standard();
  private static final DatelineParser DATELINES = DatelineParser.standard();
  private static final LocalDate ISSUE = LocalDate.of(2025, 3, 1);

  /** Characters that break text code: every kind of space, zero-width and bidi marks, controls, lone surrogates. */
  private static final List<String> HOSTILE = List.of("\u00A0", "\u3000", "\u2000", "\u2009", "\u200A", "\u202F",
      "\u205F", "\u1680", "\u2028", "\u2029", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u202A", "\u202E", "\u2066",
      "\u2069", "\u061C", "\u0000", "\u0007", "\u001C", "\u001F", "\u007F", "\u0085", "\r", "\t", "\f", "\uD800",
      "\uDBFF", "\uDC00", "\uDFFF", "\uD83D\uDE00", "\uD840\uDC00", "\u0301", "\uFFFD", "\uFFFF", "\u22EF", "\u30FB");

  /** Pieces of Chinese news text: prose, punctuation, the cues of bylines, datelines, credits and headings. */
  private static final List<String> NEWS = List.of("本报讯", "（记者 王明）", "记者", "通讯员", "新华社北京3月1日电",
      "本报北京 9 月 8 日电", "摄", "供图", "文/图", "——", "……", "，", "。", "、", "：", "“", "”", "（", "）", "《", "》",
      "【", "】", "□", "■", "●", "昨日", "今天", "3月", "1日", "2025年", "周五", "正月初六", "会议强调", "要抓落实",
      "推动高质量发展", "全市上下", "张华 李军", "王", "明", "一", "1", "2", "a", "B", " ", "  ", "\n", "\n\n", "\n\n\n");

  private static final List<String[]> PAGES = pages();

  private static List<String[]> pages() {
    List<String[]> out = new ArrayList<>();
    for (SeedPage p : Seeds.pages()) {
      out.add(p.text().split("\n", -1));
    }
    for (String dev : PageInvariants.devPageTexts()) {
      out.add(dev.split("\n", -1));
    }
    return out;
  }

  @Provide
  Arbitrary<String> hostileText() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, Arbitraries.of(NEWS)),
        net.jqwik.api.Tuple.of(2, Arbitraries.of(HOSTILE)),
        net.jqwik.api.Tuple.of(1, Arbitraries.strings().all().ofMaxLength(3)));
    return piece.list().ofMaxSize(120).map(l -> String.join("", l));
  }

  @Provide
  Arbitrary<String> mutatedPages() {
    return Arbitraries.longs().map(seed -> mutate(new Random(seed)));
  }

  /** A window of a page, its lines cut, shuffled, duplicated or dropped, hostile characters put in. */
  private static String mutate(Random r) {
    String[] page = PAGES.get(r.nextInt(PAGES.size()));
    int from = r.nextInt(page.length);
    List<String> lines = new ArrayList<>(List.of(page).subList(from, Math.min(page.length, from + 1 + r.nextInt(150))));
    int edits = r.nextInt(12);
    for (int k = 0; k < edits && !lines.isEmpty(); k++) {
      int i = r.nextInt(lines.size());
      String l = lines.get(i);
      switch (r.nextInt(6)) {
        case 0 -> lines.set(i, l.substring(0, r.nextInt(l.length() + 1)));
        case 1 -> lines.add(r.nextInt(lines.size() + 1), l);
        case 2 -> lines.set(i, lines.set(r.nextInt(lines.size()), l));
        case 3 -> lines.remove(i);
        case 4 -> lines.set(i, l.replace(" ", HOSTILE.get(r.nextInt(12))));
        default -> {
          int at = r.nextInt(l.length() + 1);
          lines.set(i, l.substring(0, at) + HOSTILE.get(r.nextInt(HOSTILE.size())) + l.substring(at));
        }
      }
    }
    return String.join("\n", lines) + (r.nextBoolean() ? "\n" : "");
  }

  @Property
  void extractionOfHostileTextKeepsEveryCharacterOnce(@ForAll("hostileText") String raw) {
    checkExtraction(raw);
  }

  @Property
  void extractionOfMutatedPagesKeepsEveryCharacterOnce(@ForAll("mutatedPages") String raw) {
    checkExtraction(raw);
  }

  /** Each page of a text cut at form feeds keeps the guarantee on its own text. */
  @Property
  void everyPageOfAFormFeedSeparatedTextKeepsEveryCharacterOnce(@ForAll("mutatedPages") String a, @ForAll("hostileText") String b) {
    for (SourceText page : SourceText.of("issue", a + "\f" + b).splitPages()) {
      checkExtraction(page.raw());
    }
  }

  private static void checkExtraction(String raw) {
    Page page = EXTRACTOR.extract(SourceText.of("p", raw), Optional.of(ISSUE));
    PageInvariants.assertEveryCharacterOnce(raw, page);
    PageInvariants.assertFieldsTracedToTheirText(raw, page);
  }

  /**
   * Found by the long run: the page's first line, a name moved after a role alone as its byline, took the line break
   * after the role for the space before it, and the next name's space took that line break again.
   */
  @Example
  void aSpaceAfterAMovedLineTakesNoGapTakenBefore() {
    checkExtraction("郭\n通讯员\n郭\n\t郭\n郭\n");
  }

  /** Found by the long run: a byline's box (◆, stripped by the parser) was not counted among the marks fields strip. */
  @Example
  void aBylineBoxIsTheOnlyCharacterLeftUncovered() {
    checkExtraction("本报讯本报讯\n◆记者");
    checkExtraction("某县推进农村公路建设\n◆本报记者 王明\n今年以来，某县持续推进农村道路建设。");
  }

  /**
   * Found by the long run: the pieces of a ladder of vertical text gathered after a byline moved the page's first line
   * after it, and the space joining them was traced onto that line's first character.
   */
  @Example
  void aSpaceJoiningTheMovedFirstLineCoversNoCharacterOfIt() {
    checkExtraction("层）\n□本报记者\n\n层）\n层）\n");
  }

  /**
   * Found by the long run: a caption ending in a quotation and one character (…“爬楼”难) was read as a credit's cut
   * name, the credit under the next caption taken as its rest, and that credit taken again by the next caption.
   */
  @Example
  void aCreditIsTakenByOneCaptionOnly() {
    checkExtraction("""
        更多社区开始推广加装电梯，破解“爬楼”难
        某县委宣传部供图
        社区居民在新装的电梯前合影留念。
        　王　明摄
        身姿，将人们带进了传统戏曲的迷人世界，鼓掌声、
        """);
  }

  @Provide
  Arbitrary<String> bylineLike() {
    Arbitrary<String> piece = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of("本报记者", "记者", "通讯员", "本报讯", "新华社", "北京", "3月1日", "电",
            "讯", "（", "）", "【", "】", "[", "]", "/", "｜", " ", "　", "、", "，", "：", "摄", "供图", "文", "图", "王明", "李",
            "华", "欧阳", "张小林", "人民视觉", "《", "》", "日报", "报道", "据", "发")),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(HOSTILE)));
    return piece.list().ofMaxSize(24).map(l -> String.join("", l));
  }

  /** The byline parser's three entry points: ranges in bounds, on code-point boundaries, names taken from the text. */
  @Property
  void bylineParsingTracesEveryName(@ForAll("bylineLike") String s) {
    BYLINES.parse(s).ifPresent(b -> checkByline(s, b));
    BYLINES.findLeadIn(s).ifPresent(m -> checkMatch(s, m));
    BYLINES.findTrailing(s).ifPresent(m -> checkMatch(s, m));
  }

  private static void checkMatch(String s, BylineMatch m) {
    assertTrue(0 <= m.start() && m.start() <= m.end() && m.end() <= s.length(), m.toString());
    checkByline(s, m.byline());
  }

  /** A byline's ranges, its contributors' among them, lie in {@code s} (the searched string) on code-point boundaries. */
  private static void checkByline(String s, Byline b) {
    checkSpan(s, b.span());
    for (Contributor c : b.contributors()) {
      checkSpan(s, c.span());
      assertFalse(c.name().isBlank(), b.toString());
    }
  }

  /** The dateline parser, with and without an issue date: its range in bounds and on code-point boundaries. */
  @Property
  void datelineParsingStaysInItsText(@ForAll("bylineLike") String a, @ForAll("hostileText") String b) {
    String s = a + b;
    for (Optional<LocalDate> issue : List.of(Optional.<LocalDate>empty(), Optional.of(ISSUE))) {
      Optional<Dateline> d = DATELINES.parse(s, issue);
      d.ifPresent(x -> checkSpan(s, x.span()));
      d.flatMap(Dateline::resolved).ifPresent(x -> assertTrue(x.getYear() > 1900 && x.getYear() < 2200, x.toString()));
    }
  }

  private static void checkSpan(String s, Span span) {
    assertTrue(span.start() >= 0 && span.end() <= s.length(), span + " out of bounds of " + s.length());
    assertFalse(Chars.splitsPair(s, span.start()) || Chars.splitsPair(s, span.end()), span + " splits a pair");
  }

  /** One extractor shared by eight threads gives each page exactly what it gives it alone. */
  @Example
  void eightThreadsGetTheSameResults() throws Exception {
    Random r = new Random(20261123);
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < 48; i++) {
      inputs.add(mutate(r));
    }
    List<Page> alone = inputs.stream().map(t -> EXTRACTOR.extract(SourceText.of("p", t), Optional.of(ISSUE))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Page>>> runs = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int shift = t;
        runs.add(pool.submit(() -> {
          List<Page> out = new ArrayList<>(java.util.Collections.nCopies(inputs.size(), (Page) null));
          for (int k = 0; k < inputs.size(); k++) {
            int i = (k + shift * 7) % inputs.size();
            out.set(i, EXTRACTOR.extract(SourceText.of("p", inputs.get(i)), Optional.of(ISSUE)));
          }
          return out;
        }));
      }
      for (Future<List<Page>> run : runs) {
        assertEquals(alone, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
