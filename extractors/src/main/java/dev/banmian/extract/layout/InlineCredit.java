package dev.banmian.extract.layout;

import dev.banmian.text.NewsCues;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo caption with its credit printed on the same line: a sentence, then a short credit
 * ending in {@code 摄}, {@code 摄影}, {@code 摄影报道}, {@code 供图} or {@code 提供} ({@code ……喜悦。 李明 摄}), possibly
 * followed by the distributing agency in brackets ({@code 李明摄（新华社发）}), which the line's end may cut
 * ({@code 李明摄（新华}: the extractor printed the rest elsewhere). A credit names who took or gave the picture and holds
 * no comma or semicolon: after a closing quotation mark, a clause cut by one ({@code …“邻里帮”活动，请社区医生提供}) is the
 * sentence going on to the next line.
 * Such a line ends complete even though its last character is not sentence-final punctuation.
 */
public final class InlineCredit {
  private static final Pattern PATTERN =
      Pattern.compile("^(?<caption>.+[。！？”])\\s*(?<credit>[^。！？，；]{2,30}(?:" + NewsCues.PHOTO_CREDIT_ENDINGS + "|提供)(?:\\s*(?:[（(][^（）()。！？]{2,12}[）)]|[（(][^（）()。！？\\s]{1,12}))?)$");

  private InlineCredit() {}

  /**
   * Splits {@code text} (already stripped) into caption and credit.
   *
   * @param text the text
   * @return the matcher positioned on the whole text, with groups {@code caption} and {@code credit}
   */
  public static Optional<Matcher> split(CharSequence text) {
    if (!mayEndWithCredit(text)) {
      return Optional.empty();
    }
    Matcher m = PATTERN.matcher(text);
    return m.matches() ? Optional.of(m) : Optional.empty();
  }

  /**
   * {@return whether {@code text} (already stripped) is a sentence followed by an inline photo credit}
   *
   * @param text the text
   */
  public static boolean endsWithCredit(CharSequence text) {
    return split(text).isPresent();
  }

  /** Cheap test on the last character before running the pattern. */
  private static boolean mayEndWithCredit(CharSequence text) {
    int n = text.length();
    if (n < 4) {
      return false;
    }
    char last = text.charAt(n - 1);
    return last == '摄' || last == '影' || last == '图' || last == '供' || last == '道' || last == '）' || last == ')'
        || NewsCues.endsWithCutCreditAgency(text);
  }
}
