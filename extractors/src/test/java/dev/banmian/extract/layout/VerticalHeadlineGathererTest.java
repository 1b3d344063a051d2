package dev.banmian.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.text.Line;
import dev.banmian.text.SourceText;
import dev.banmian.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests of which one-character lines the gatherer moves together, and which it leaves where they are. */
class VerticalHeadlineGathererTest {
  /** The page's non-blank lines after gathering, joined by a slash; page lines are given with \n. */
  private static String gather(String raw) {
    List<Line> page = SourceText.of("test", raw.replace("\\n", "\n")).lines();
    List<Line> lines = VerticalHeadlineGatherer.gather(page, new ArrayList<>());
    assertEquals(text(page), text(lines), "every character kept, none added");
    return String.join("/", lines.stream().filter(l -> !l.isBlank()).map(Line::text).toList());
  }

  /** The text of {@code lines} in page order (line, then offset), blank lines left out. */
  private static String text(List<Line> lines) {
    return lines.stream().filter(l -> !l.isBlank())
        .sorted(Comparator.comparingInt(Line::number).thenComparingInt(l -> l.span().start()))
        .map(Line::text).collect(Collectors.joining());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // pieces interleaved with body lines, the rest below: moved to just before the last piece
      "电\\n梯\\n也有十几层，\\n更\\n因年久失修。\\n新 | 也有十几层，/因年久失修。/电/梯/更/新",
      "“老\\n有待检验。\\n幼\\n共\\n托” | 有待检验。/“老/幼/共/托”",
      // a closing mark before the character: the rest of a body line, no piece
      "”董\\n其财说。\\n机\\n器\\n人 | ”董/其财说。/机/器/人",
      // only blank lines between the pieces: letter-spaced or stacked, not interleaved
      "孙\\n\\n超\\n\\n李\\n\\n响 | 孙/超/李/响",
      // too far apart, or two characters only
      "修\\n一。\\n二。\\n三。\\n四。\\n五。\\n路\\n记 | 修/一。/二。/三。/四。/五。/路/记",
      "修\\n一。\\n路 | 修/一。/路",
  })
  void movesOnlyTheInterleavedPiecesOfAVerticalHeadline(String raw, String expected) {
    assertEquals(expected, gather(raw));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // the headline goes on below, one character per line: the character at the line's end is its first piece
      "村里的运输成本也降低了，大家都 “修\\n说路好走了。\\n路\\n记 | 村里的运输成本也降低了，大家都 /说路好走了。/“修/路/记",
      "村里的运输成本也降低了，大家都说好。 通\\n民\\n心 | 村里的运输成本也降低了，大家都说好。 /通/民/心",
      // no split: no vertical text below, or one character only, after a number, or in a letter-spaced line
      "村里的运输成本也降低了，大家都 “修\\n说路好走了。 | 村里的运输成本也降低了，大家都 “修/说路好走了。",
      "村里的运输成本也降低了，大家都 “修\\n说路好走了。\\n路’ | 村里的运输成本也降低了，大家都 “修/说路好走了。/路’",
      "全年共修建道路 39 公\\n里。\\n路\\n记 | 全年共修建道路 39 公/里。/路/记",
      "村 里 的 道 路 修 好 了 通\\n车。\\n路\\n记 | 村 里 的 道 路 修 好 了 通/车。/路/记",
  })
  void splitsACharacterOfAVerticalHeadlineFromTheEndOfABodyLine(String raw, String expected) {
    assertEquals(expected, gather(raw));
  }

  /**
   * A page printed side by side: row 0 holds a body line and, at column 16, a vertical headline's first character;
   * rows 1 to 6 more body lines and, at column {@code second}, the headline's next characters (row 2 and rows 5, 6);
   * rows 7 to 10 body lines. Row 3 prints {@code crossing} at columns 14 to 18.
   */
  private static SourceText sideBySide(int second, String crossing) {
    String body = "甲乙丙丁戊己庚辛壬癸子丑";
    String[] rows = {
        body + "    提",
        body,
        " ".repeat(second) + "升",
        " ".repeat(14) + crossing,
        body,
        " ".repeat(second) + "幼",
        " ".repeat(second) + "共",
        body, body, body, body};
    return SourceText.of("test", String.join("\n", rows));
  }

  /**
   * Read column by column, the headline's first character comes out far ahead of the rest (a row the columns leave
   * free is read with the rows above it): gathered by where it was printed, it goes just before the rest, where the
   * characters were printed one below the other at one column (a cell of drift allowed) with nothing printed between;
   * at another column, or with text printed across the column between, it stays where it was read.
   */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "16 | '' | 7/提/升/幼/共",
      "17 | '' | 7/提/升/幼/共",
      "20 | '' | 提/7/升/幼/共",
      "16 | 春风又绿 | 提/2/春风又绿/5/升/幼/共"})
  void gathersAHeadlinesCharactersByWhereTheyWerePrinted(int second, String crossing, String expected) {
    SourceText source = sideBySide(second, crossing);
    List<Line> read = new ArrayList<>(List.of(piece(source, 0, 16, 1), piece(source, 0, 0, 12), piece(source, 1, 0, 12)));
    if (!crossing.isEmpty()) {
      read.add(piece(source, 3, 14, crossing.length()));
    }
    for (int row : new int[] {4, 7, 8, 9, 10}) {
      read.add(piece(source, row, 0, 12));
    }
    read.addAll(List.of(piece(source, 2, second, 1), piece(source, 5, second, 1), piece(source, 6, second, 1)));
    List<Line> lines = VerticalHeadlineGatherer.gatherPrinted(read, source, new ArrayList<>());
    assertEquals(text(read), text(lines), "every character kept, none added");
    assertEquals(expected, shape(lines));
  }

  /**
   * Of two vertical headlines read one right after the other, the second printed at another column opens a headline
   * of its own; two characters at another column (a letter-spaced name's pieces, or a headline's stray pair) open
   * nothing, nor does the next character below at the same column.
   */
  @Test
  void aHeadlinePrintedAtAnotherColumnOpensAVerticalRun() {
    SourceText source = SourceText.of("test", String.join("\n",
        "    提          王     明",
        "    升",
        "    好",
        "          拖",
        "          轮",
        "          快"));
    List<Line> read = List.of(piece(source, 0, 4, 1), piece(source, 1, 4, 1), piece(source, 2, 4, 1),
        piece(source, 3, 10, 1), piece(source, 4, 10, 1), piece(source, 5, 10, 1), piece(source, 0, 15, 1),
        piece(source, 0, 21, 1));
    Set<String> starts = VerticalHeadlineGatherer.verticalRunStarts(read, source).stream().map(Line::text)
        .collect(Collectors.toSet());
    assertEquals(Set.of("拖"), starts);
  }

  /** The piece of {@code row} of {@code source} from {@code column}, {@code length} characters long. */
  private static Line piece(SourceText source, int row, int column, int length) {
    Line l = source.lines().get(row);
    int start = l.span().start() + column;
    return new Line(row, new Span(start, start + length), l.text().substring(column, column + length));
  }

  /** The lines' texts joined by a slash, each run of body lines (12 characters) given as its count. */
  private static String shape(List<Line> lines) {
    List<String> out = new ArrayList<>();
    int bodies = 0;
    for (Line l : lines) {
      if (l.text().length() == 12) {
        bodies++;
        continue;
      }
      if (bodies > 0) {
        out.add(String.valueOf(bodies));
        bodies = 0;
      }
      out.add(l.text());
    }
    return String.join("/", out);
  }
}
