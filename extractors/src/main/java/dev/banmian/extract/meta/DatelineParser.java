package dev.banmian.extract.meta;

import dev.banmian.model.Dateline;
import dev.banmian.text.Chars;
import dev.banmian.text.Span;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the first point-in-time expression of a news lead and normalises it, optionally against the
 * issue date of the paper.
 *
 * <pre>{@code
 * DatelineParser p = DatelineParser.standard();
 * p.parse("9 月 8 日下午，省委…", Optional.empty());             // month 9, day 8, raw "9 月 8 日下午"
 * p.parse("新华社北京9月8日电", Optional.empty());               // place 北京, agency 新华社
 * p.parse("近日，我市…", Optional.of(LocalDate.of(2025, 9, 9))); // relative 近日, resolved 2025-09-08
 * p.parse("近年来，…", Optional.empty());                        // empty: a span of time
 * }</pre>
 *
 * <p>Recognised: agency datelines ({@code 新华社北京9月8日电}); {@code [年]月日} with ASCII, full-width
 * or Chinese numerals ({@code 九月八日}, {@code 二〇二五年}), {@code 号} for {@code 日} ({@code 2月15号}),
 * spaces tolerated ({@code 8月 10日}), with an optional part of day and clock time ({@code 4月14日上午9时});
 * years relative to the issue ({@code 去年7月4日}, {@code 前年}) and two-digit years ({@code 15年3月2日} is 2015,
 * {@code 98年} 1998); digit dates ({@code 2019-04-19}, {@code 2019/04/19}, {@code 2019.4.19}); a day of this or
 * last month ({@code 本月9日}, {@code 同月9日}, {@code 上月15日}); a bare day ({@code 8日晚},
 * {@code 记者18日从…获悉}); weekdays ({@code 周五}, {@code 星期二}, {@code 上周三}); the first day of a range
 * ({@code 10月20日至23日}); and the words 昨天, 昨日, 昨晚, 前天, 前日, 今天, 今日, 今晨, 今晚, 当天, 当日,
 * 当晚, 明天, 明日 (with a part of day: {@code 昨天上午}) and the vague 近日, 日前, 近期, 前不久, 不久前, 最近; and dates of the lunar
 * calendar ({@code 大年初二}, {@code 正月初六}, {@code 腊月二十三}, {@code 农历八月十五}, {@code 除夕}), kept as the
 * relative expression and never resolved (that needs a lunar calendar). Spans of time
 * ({@code 近年来}, {@code 近日来}, {@code 今年以来}, {@code 9月8日以来}), expressions without a day ({@code 2023年10月},
 * {@code 4月初}), impossible dates ({@code 13月45日}) and years outside 1900–2200 are declined.
 *
 * <p><b>Resolution against an issue date</b> prefers the past: {@code 9月8日} is the most recent
 * 9 September not after the issue date, {@code 8日} the most recent 8th, {@code 周五} the most recent Friday;
 * a printed year wins, {@code 去年} counts from the issue's year, {@code 上周三} is the Wednesday of the week
 * before the issue's. {@code 今天}, {@code 今日}, {@code 今晨}, {@code 今晚}, {@code 当天}, {@code 当日},
 * {@code 当晚} resolve to the issue date, {@code 前天}/{@code 前日} to two days before, {@code 明天}/{@code 明日} to the
 * day after (the text says so); {@code 昨天} and the
 * other yesterday words and the vague ones to the day before the issue (the latest day the vague ones can mean).
 * {@code 本月9日} is the 9th of the issue's month even after the issue date: the text says so, as {@code 下周一}
 * does. A day named in brackets after a relative word ({@code 昨日（3日）}) is the day. Spans are offsets into the
 * parsed string. Instances are immutable and thread-safe.
 */
public final class DatelineParser {
  /** The characters a number of a date is written in: ASCII and full-width digits and the Chinese numerals. */
  private static final String NUMERALS = "0123456789０１２３４５６７８９〇零○一二三四五六七八九十";
  private static final String NUM = "(?:[0-9０-９]{1,4}|[〇零○一二三四五六七八九十]{1,4})";
  private static final String PART = "(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|早上|清晨|夜间|深夜|早晨|晚|早)";
  /** A clock time, approximate or not: {@code 9时30分}, {@code 8点半}, {@code 14:30}, {@code 8时许}, {@code 10点左右}. */
  private static final String CLOCK = "(?:" + NUM + "(?:时|点)(?:" + NUM + "分|半)?|[0-9]{1,2}[:：][0-9]{2})(?:许|左右)?";
  private static final String AGENCIES = "新华社|中新社|中国新闻社|中新网|人民网|新华网|央视网|央广网|法新社|路透社|美联社|本报";
  private static final Pattern AGENCY = Pattern.compile(
      "(?<agency>" + AGENCIES + ")(?<place>[\\p{IsHan}]{2,8}?)"
          + "(?:(?<y>" + NUM + ")年)?(?<m>" + NUM + ")月(?<d>" + NUM + ")日电");
  /** A day: {@code 日}, or {@code 号} as speech and some papers print it ({@code 2月15号}). */
  private static final String DAY_MARK = "(?:日|号)";
  private static final String RELATIVE_YEARS = "去年|前年|今年";
  private static final Pattern ABSOLUTE = Pattern.compile(
      "(?:(?<ry>" + RELATIVE_YEARS + ")|(?<y>" + NUM + ")年)?(?<m>" + NUM + ")月(?<d>" + NUM + ")" + DAY_MARK + "(?:" + PART + ")?(?:" + CLOCK + ")?");
  /** A date in digits: {@code 2019-04-19}, {@code 2019/04/19}, {@code 2019.4.19}. */
  private static final Pattern NUMERIC = Pattern.compile("(?<y>[0-9]{4})(?<sep>[-/.])(?<m>[0-9]{1,2})\\k<sep>(?<d>[0-9]{1,2})(?![0-9])");
  private static final String RELATIVE_MONTHS = "本月|当月|同月|上月";
  /** A day of this, last or the same month: {@code 本月9日}, {@code 上月15日}, {@code 同月9日}. */
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?<rm>" + RELATIVE_MONTHS + ")(?<d>" + NUM + ")" + DAY_MARK + "(?:" + PART + ")?(?:" + CLOCK + ")?");
  private static final Pattern DAY = Pattern.compile("(?<d>" + NUM + ")" + DAY_MARK + "(?:" + PART + ")?(?:" + CLOCK + ")?");
  private static final String WEEKS = "上|本|这|下";
  private static final String WEEK_WORDS = "周|星期|礼拜";
  /** A weekday, of this week, the last or the next: {@code 周五}, {@code 星期二}, {@code 上周三}, {@code 下周一}. */
  private static final Pattern WEEKDAY = Pattern.compile(
      "(?<week>" + WEEKS + ")?(?:" + WEEK_WORDS + ")(?<wd>[一二三四五六日天])(?:" + PART + ")?(?:" + CLOCK + ")?");
  /** A day of a lunar month: {@code 初五}, {@code 十五}, {@code 二十三}, {@code 廿八}, {@code 三十}. */
  private static final String LUNAR_DAY = "(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)";
  private static final String LUNAR_WORDS = "农历|大年|正月|腊月|冬月|除夕";
  /**
   * A date of the lunar calendar, as festival coverage prints it: {@code 大年初二}, {@code 正月初六}, {@code 正月十五},
   * {@code 腊月二十三}, {@code 农历八月十五}, {@code 大年三十}, {@code 除夕}.
   */
  private static final String LUNAR = "(?:农历)?(?:大年|正月|腊月|冬月|[一二三四五六七八九十]{1,2}月)" + LUNAR_DAY + "|大年三十|除夕";
  private static final String RECENT_WORDS = "近日|日前|近期|前不久|不久前|最近";
  private static final String DAY_WORDS = "昨天|昨日|今天|今日|当天|当日|前天|前日|明天|明日";
  private static final String DAY_PART_WORDS = "今晨|今早|今晚|当晚|昨晚|昨夜";
  private static final Pattern RELATIVE = Pattern.compile(
      "(?<word>" + RECENT_WORDS + ")|(?<day>" + DAY_WORDS + ")(?:" + PART + ")?(?:" + CLOCK + ")?"
          + "|(?<dayPart>" + DAY_PART_WORDS + ")|(?<lunar>" + LUNAR + ")(?:夜|" + PART + ")?");
  /** The characters each pattern can start with (a {@link #NUMERIC} or {@link #DAY} date starts with a numeral). */
  private static final String AGENCY_FIRSTS = firstChars(AGENCIES);
  private static final String ABSOLUTE_FIRSTS = NUMERALS + firstChars(RELATIVE_YEARS);
  private static final String MONTH_DAY_FIRSTS = firstChars(RELATIVE_MONTHS);
  private static final String WEEKDAY_FIRSTS = firstChars(WEEKS, WEEK_WORDS);
  private static final String RELATIVE_FIRSTS = NUMERALS + firstChars(LUNAR_WORDS, RECENT_WORDS, DAY_WORDS, DAY_PART_WORDS);
  /**
   * Every character a date expression can start with: a numeral, or the first character of a word that opens one (an
   * agency, a relative year, month, week or day, a weekday, a lunar date). {@link #parse} tries the patterns only there.
   */
  private static final String STARTS = AGENCY_FIRSTS + ABSOLUTE_FIRSTS + MONTH_DAY_FIRSTS + WEEKDAY_FIRSTS + RELATIVE_FIRSTS;
  /** A range's end right after its first day ({@code 10月20日至23日}): the range starts that day. */
  private static final Pattern RANGE_END = Pattern.compile("^(?:至|到|—|－|-|~|～)(?:" + NUM + "月)?" + NUM + DAY_MARK);
  private static final Pattern SPAN_AFTER = Pattern.compile("^(?:以来|来[，,、]|起|至|到|—|－|-|~|～|前后|之间|以后|以前|左右|期间)");
  private static final List<String> SPAN_BEFORE = List.of("截至", "截止", "自", "从", "于", "至", "到", "每月", "每年", "第");

  /**
   * One text under the scan: its compact form and a matcher per pattern, made once and moved from position to
   * position ({@link Matcher#region}) instead of made anew at each.
   */
  private static final class Scan {
    final Compact compact;
    final String text;
    private final Map<Pattern, Matcher> matchers = new IdentityHashMap<>();

    Scan(Compact compact) {
      this.compact = compact;
      this.text = compact.text;
    }

    /** {@return the matcher of {@code p} over the text from {@code i} to its end} */
    Matcher matcher(Pattern p, int i) {
      return matchers.computeIfAbsent(p, q -> q.matcher(text)).region(i, text.length());
    }
  }

  private static String firstChars(String... alternations) {
    StringBuilder b = new StringBuilder();
    for (String words : alternations) {
      for (String w : words.split("\\|")) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  private DatelineParser() {}

  /** {@return the standard parser} */
  public static DatelineParser standard() {
    return new DatelineParser();
  }

  /**
   * Returns the first point-in-time expression of {@code lead}, resolved against {@code issueDate}
   * when given.
   *
   * @param lead the lead paragraph (or any text)
   * @param issueDate the paper's issue date, if known
   * @return the dateline, or empty when the lead has none
   */
  public Optional<Dateline> parse(CharSequence lead, Optional<LocalDate> issueDate) {
    Objects.requireNonNull(lead, "lead");
    Objects.requireNonNull(issueDate, "issueDate");
    Scan c = new Scan(new Compact(lead));
    String t = c.text;
    for (int i = 0; i < t.length(); i++) {
      if (STARTS.indexOf(t.charAt(i)) < 0) {
        continue;
      }
      Optional<Dateline> d = at(c, i, issueDate);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  private Optional<Dateline> at(Scan c, int i, Optional<LocalDate> issue) {
    String t = c.text;
    Matcher m = AGENCY_FIRSTS.indexOf(t.charAt(i)) >= 0 ? c.matcher(AGENCY, i) : null;
    if (m != null && m.lookingAt()) {
      OptionalInt y = num(m.group("y"));
      OptionalInt mo = num(m.group("m"));
      OptionalInt d = num(m.group("d"));
      if (valid(mo, d)) {
        return Optional.of(build(c, i, m.end(), y, mo, d, null, m.group("place"), m.group("agency"),
            issue.flatMap(is -> resolve(is, y, mo, d, null))));
      }
    }
    if (i > 0 && isNumeralChar(t.charAt(i - 1))) {
      return Optional.empty();
    }
    Optional<Dateline> found = numeric(c, i, issue);
    if (found.isEmpty()) {
      found = absolute(c, i, issue);
    }
    if (found.isEmpty()) {
      found = dayOfMonth(c, i, issue);
    }
    if (found.isEmpty()) {
      found = weekday(c, i, issue);
    }
    return found.isPresent() ? found : relative(c, i, issue);
  }

  private Optional<Dateline> numeric(Scan c, int i, Optional<LocalDate> issue) {
    char first = c.text.charAt(i);
    if (first < '0' || first > '9') {
      return Optional.empty();
    }
    Matcher m = c.matcher(NUMERIC, i);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    OptionalInt y = num(m.group("y"));
    OptionalInt mo = num(m.group("m"));
    OptionalInt d = num(m.group("d"));
    if (!valid(mo, d) || !plausibleYear(y.getAsInt())) {
      return Optional.empty();
    }
    return Optional.of(build(c, i, m.end(), y, mo, d, null, null, null, issue.flatMap(is -> resolve(is, y, mo, d, null))));
  }

  /** {@code [年]月日} with a year printed, a year relative to the issue ({@code 去年}) or none. */
  private Optional<Dateline> absolute(Scan c, int i, Optional<LocalDate> issue) {
    String t = c.text;
    if (ABSOLUTE_FIRSTS.indexOf(t.charAt(i)) < 0) {
      return Optional.empty();
    }
    Matcher m = c.matcher(ABSOLUTE, i);
    if (!m.lookingAt() || spanAround(t, i, m.end())) {
      return Optional.empty();
    }
    OptionalInt y = fullYear(num(m.group("y")), issue);
    OptionalInt mo = num(m.group("m"));
    OptionalInt d = num(m.group("d"));
    if (!valid(mo, d) || y.isPresent() && !plausibleYear(y.getAsInt())) {
      return Optional.empty();
    }
    String ry = m.group("ry");
    int back = ry == null ? 0 : ry.equals("去年") ? 1 : ry.equals("前年") ? 2 : 0;
    Optional<LocalDate> resolved = ry == null ? issue.flatMap(is -> resolve(is, y, mo, d, null))
        : issue.flatMap(is -> date(is.getYear() - back, mo.getAsInt(), d.getAsInt()));
    return Optional.of(build(c, i, m.end(), y, mo, d, null, null, null, resolved));
  }

  /** {@code 本月9日}, {@code 上月15日}, and a bare day ({@code 8日晚}, {@code 记者18日从…获悉}). */
  private Optional<Dateline> dayOfMonth(Scan c, int i, Optional<LocalDate> issue) {
    String t = c.text;
    Matcher m = MONTH_DAY_FIRSTS.indexOf(t.charAt(i)) >= 0 ? c.matcher(MONTH_DAY, i) : null;
    if (m != null && m.lookingAt() && !spanAround(t, i, m.end())) {
      OptionalInt d = num(m.group("d"));
      int back = m.group("rm").equals("上月") ? 1 : 0;
      if (isDayOfMonth(d)) {
        Optional<LocalDate> resolved = issue.flatMap(is -> {
          LocalDate month = is.withDayOfMonth(1).minusMonths(back);
          return date(month.getYear(), month.getMonthValue(), d.getAsInt());
        });
        return Optional.of(build(c, i, m.end(), OptionalInt.empty(), OptionalInt.empty(), d, null, null, null, resolved));
      }
    }
    m = NUMERALS.indexOf(t.charAt(i)) >= 0 ? c.matcher(DAY, i) : null;
    if (m != null && m.lookingAt() && !spanAround(t, i, m.end()) && !(i > 0 && t.charAt(i - 1) == '月')) {
      OptionalInt d = num(m.group("d"));
      boolean clauseLike = m.end() >= t.length() || "，,、上下晚早凌中傍夜在至从获召举发当".indexOf(t.charAt(m.end())) >= 0
          || m.end() - i > (m.group("d").length() + 1);
      if (isDayOfMonth(d) && clauseLike && !isDigitDayWord(t, i, m.end())) {
        return Optional.of(build(c, i, m.end(), OptionalInt.empty(), OptionalInt.empty(), d, null, null, null,
            issue.flatMap(is -> resolve(is, OptionalInt.empty(), OptionalInt.empty(), d, null))));
      }
    }
    return Optional.empty();
  }

  /**
   * {@code 周五}, {@code 星期二}: the latest such day not after the issue; {@code 上周三}: that day of last week;
   * {@code 下周一}: that day of next week (the text says the day is after the issue).
   */
  private Optional<Dateline> weekday(Scan c, int i, Optional<LocalDate> issue) {
    String t = c.text;
    if (WEEKDAY_FIRSTS.indexOf(t.charAt(i)) < 0) {
      return Optional.empty();
    }
    Matcher m = c.matcher(WEEKDAY, i);
    if (!m.lookingAt() || spanAround(t, i, m.end())) {
      return Optional.empty();
    }
    int dow = "一二三四五六".indexOf(m.group("wd").charAt(0)) + 1;
    DayOfWeek day = dow == 0 ? DayOfWeek.SUNDAY : DayOfWeek.of(dow);
    int weeks = "上".equals(m.group("week")) ? -1 : "下".equals(m.group("week")) ? 1 : 0;
    Optional<LocalDate> resolved = issue.map(is -> weeks != 0
        ? is.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusWeeks(weeks).with(TemporalAdjusters.nextOrSame(day))
        : is.with(TemporalAdjusters.previousOrSame(day)));
    return Optional.of(build(c, i, m.end(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), m.group(),
        null, null, resolved));
  }

  private Optional<Dateline> relative(Scan c, int i, Optional<LocalDate> issue) {
    String t = c.text;
    if (RELATIVE_FIRSTS.indexOf(t.charAt(i)) < 0) {
      return Optional.empty();
    }
    Matcher m = c.matcher(RELATIVE, i);
    if (!m.lookingAt() || spanAround(t, i, m.end()) || m.group().equals("今日") && t.startsWith("头条", m.end())) {
      return Optional.empty();
    }
    if (m.group("day") != null && m.group("day").startsWith("明") && i > 0 && Chars.isHan(t.charAt(i - 1))) {
      // 明天 inside a phrase is the future, not a day (拥抱明天); as a day it opens its clause
      return Optional.empty();
    }
    if (m.group("lunar") != null) {
      // the lunar calendar needs a calendar of its own to resolve: the expression is kept, the date left open
      return Optional.of(build(c, i, m.end(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), m.group("lunar"),
          null, null, Optional.empty()));
    }
    String word = m.group("word") != null ? m.group("word") : m.group("day") != null ? m.group("day") : m.group("dayPart");
    Matcher named = NAMED_DAY.matcher(t).region(m.end(), t.length());
    if (m.group("day") != null && named.lookingAt()) {
      // 昨日（3日）: the paper names the day the word means; the day decides
      OptionalInt d = num(named.group("d"));
      if (isDayOfMonth(d)) {
        return Optional.of(build(c, i, named.end(), OptionalInt.empty(), OptionalInt.empty(), d, word, null, null,
            issue.flatMap(is -> resolve(is, OptionalInt.empty(), OptionalInt.empty(), d, null))));
      }
    }
    return Optional.of(build(c, i, m.end(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), word, null, null,
        issue.flatMap(is -> resolve(is, OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), word))));
  }

  /** The day a relative word means, named in brackets after it: {@code 昨日（3日）}, {@code 今天(5日)}. */
  private static final Pattern NAMED_DAY = Pattern.compile("[（(](?<d>\\d{1,2})日[）)]");

  /** Years a news dateline can name. */
  private static boolean plausibleYear(int y) {
    return y >= 1900 && y <= 2200;
  }

  /**
   * A printed year as a full year: two digits ({@code 15年}) are the latest such year not after the issue (or, with
   * no issue date, 2000–2049 and 1950–1999), never the issue's own year by default.
   */
  private static OptionalInt fullYear(OptionalInt y, Optional<LocalDate> issue) {
    if (y.isEmpty() || y.getAsInt() >= 100) {
      return y;
    }
    int two = y.getAsInt();
    int latest = issue.map(LocalDate::getYear).orElse(2049);
    int year = 2000 + two <= latest ? 2000 + two : 1900 + two;
    return OptionalInt.of(year);
  }

  private static boolean isDigitDayWord(String t, int start, int end) {
    // "一日" inside idioms and "十日谈" style words: require Arabic digits for a bare day in Chinese numerals of one char
    String d = t.substring(start, end);
    return d.length() == 2 && "一二三四五六七八九十".indexOf(d.charAt(0)) >= 0;
  }

  private static boolean spanAround(String t, int start, int end) {
    if (RANGE_END.matcher(t.substring(end, Math.min(t.length(), end + 8))).find()) {
      return false;
    }
    if (SPAN_AFTER.matcher(t.substring(end, Math.min(t.length(), end + 4))).find()) {
      return true;
    }
    for (String b : SPAN_BEFORE) {
      if (start >= b.length() && t.startsWith(b, start - b.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean valid(OptionalInt m, OptionalInt d) {
    return m.isPresent() && m.getAsInt() >= 1 && m.getAsInt() <= 12 && isDayOfMonth(d);
  }

  /** Whether {@code d} is present and can be a day of some month. */
  private static boolean isDayOfMonth(OptionalInt d) {
    return d.isPresent() && d.getAsInt() >= 1 && d.getAsInt() <= 31;
  }

  private static Dateline build(Scan c, int from, int to, OptionalInt y, OptionalInt m, OptionalInt d,
      String relative, String place, String agency, Optional<LocalDate> resolved) {
    Compact k = c.compact;
    return new Dateline(k.raw(from, to), y, m, d, Optional.ofNullable(relative), Optional.ofNullable(place),
        Optional.ofNullable(agency), resolved, new Span(k.orig(from), k.origEnd(to)));
  }

  /** Resolves an expression against the issue date, preferring the past. */
  static Optional<LocalDate> resolve(LocalDate issue, OptionalInt y, OptionalInt m, OptionalInt d, String relative) {
    if (relative != null) {
      return Optional.of(switch (relative) {
        case "今天", "今日", "当天", "当日", "今晨", "今早", "今晚", "当晚" -> issue;
        case "前天", "前日" -> issue.minusDays(2);
        case "明天", "明日" -> issue.plusDays(1);
        default -> issue.minusDays(1);
      });
    }
    try {
      if (y.isPresent() && m.isPresent() && d.isPresent()) {
        return Optional.of(LocalDate.of(y.getAsInt(), m.getAsInt(), d.getAsInt()));
      }
      if (m.isPresent() && d.isPresent()) {
        for (int year = issue.getYear(); year >= issue.getYear() - 8; year--) {
          Optional<LocalDate> cand = date(year, m.getAsInt(), d.getAsInt());
          if (cand.isPresent() && !cand.get().isAfter(issue)) {
            return cand;
          }
        }
        return Optional.empty();
      }
      if (d.isPresent()) {
        LocalDate month = issue.withDayOfMonth(1);
        for (int k = 0; k < 12; k++) {
          Optional<LocalDate> cand = date(month.getYear(), month.getMonthValue(), d.getAsInt());
          if (cand.isPresent() && !cand.get().isAfter(issue)) {
            return cand;
          }
          month = month.minusMonths(1);
        }
      }
    } catch (DateTimeException invalid) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(int y, int m, int d) {
    try {
      return Optional.of(LocalDate.of(y, m, d));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static boolean isNumeralChar(char ch) {
    return NUMERALS.indexOf(ch) >= 0;
  }

  /** Parses ASCII, full-width or Chinese numerals (年 digits like 二〇二五, or 二十三). */
  static OptionalInt num(String s) {
    if (s == null || s.isEmpty()) {
      return OptionalInt.empty();
    }
    int v = 0;
    boolean positional = true;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '十') {
        positional = false;
      }
    }
    if (positional) {
      for (int i = 0; i < s.length(); i++) {
        int dv = digit(s.charAt(i));
        if (dv < 0) {
          return OptionalInt.empty();
        }
        v = v * 10 + dv;
      }
      return OptionalInt.of(v);
    }
    int ten = s.indexOf('十');
    if (s.indexOf('十', ten + 1) >= 0) {
      return OptionalInt.empty();
    }
    int tens = ten == 0 ? 1 : digit(s.charAt(ten - 1));
    int units = ten == s.length() - 1 ? 0 : digit(s.charAt(ten + 1));
    if (tens < 0 || units < 0 || ten > 1 || s.length() - ten > 2) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(tens * 10 + units);
  }

  private static int digit(char ch) {
    if (ch >= '0' && ch <= '9') {
      return ch - '0';
    }
    if (ch >= '０' && ch <= '９') {
      return ch - '０';
    }
    int k = "〇一二三四五六七八九".indexOf(ch);
    if (k >= 0) {
      return k;
    }
    return ch == '零' || ch == '○' ? 0 : -1;
  }
}
