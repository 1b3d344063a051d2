package dev.banmian.extract.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.banmian.text.Line;
import dev.banmian.text.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
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
}
