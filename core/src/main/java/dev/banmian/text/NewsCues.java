package dev.banmian.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabulary of Chinese newspaper text that every stage shares: page-header furniture, heading cues and
 * letter-spaced labels. Each method is a general rule about how Chinese papers print these things, not
 * about one paper.
 *
 * <pre>{@code
 * NewsCues.isPageHeader("东江日报　 2024 年 5 月 8 日　星期三　第 3 版　要闻");   // true
 * NewsCues.isLetterSpacedLabel("记 者 手 记");                                     // true
 * NewsCues.endsWithLeadDash("新学期，各地安排课间活动——");        // true
 * }</pre>
 *
 * <p>All methods are pure static functions; thread-safe.
 */
public final class NewsCues {
  private NewsCues() {}

  /** Header tokens that only page furniture is made of: the issue date, the weekday, the page number. */
  private static final Pattern STRONG_HEADER_TOKEN = Pattern.compile(
      "(?:\\d{4}年\\d{1,2}月\\d{1,2}日|星期[一二三四五六日天]|第[0-9０-９一二三四五六七八九十百]+版|[A-Z]?\\d{1,2}版"
          + "|农历[\\p{IsHan}]{2,8}(?:日|初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|三十)?)");
  /** A paper's name as its masthead or page header prints it. */
  private static final Pattern PAPER_NAME = Pattern.compile(
      "[\\p{IsHan}·]{1,8}?(?:日报|晚报|早报|晨报|时报|商报|都市报|青年报|法治报|经济报|农民报)(?:社)?");
  /** The page's section name in a header ({@code 要闻}, {@code 人文}, {@code 理论·学习}). */
  private static final Pattern SECTION_NAME = Pattern.compile("[\\p{IsHan}]{2,4}(?:·[\\p{IsHan}]{2,4})?");
  /**
   * A reporter's role as a byline prints it, as a regular-expression group for patterns to embed: {@code 记者},
   * {@code 通讯员}, {@code 摄影记者}, {@code 评论员}, with a rank or desk before it ({@code 特约记者}, {@code 首席记者},
   * {@code 融媒体记者}, {@code 特派记者}).
   */
  public static final String REPORTER_ROLE = "(?:特约|特派|见习|实习|首席|主任|高级|资深|融媒体|全媒体|驻站)?(?:摄影记者|记者|通讯员|评论员)";
  /** A byline's outlet and role with no name after it ({@code □本报记者}): the names follow on lines of their own. */
  private static final Pattern ROLE_ONLY = Pattern.compile(
      "[□■●◆▲◎]?(?:本报|本刊|新华社|中新社|[\\p{IsHan}·]{1,10}?(?:日报|晚报|早报|时报|报|网|社|台))?" + REPORTER_ROLE);
  /**
   * The endings of a photo credit, as a regular-expression alternation for patterns to embed:
   * {@code 摄影报道} (photographed and reported), {@code 摄影}, {@code 摄}, {@code 供图}.
   */
  public static final String PHOTO_CREDIT_ENDINGS = "摄影报道|摄影|摄|供图";
  /** A short name as a byline prints it on a line of its own. */
  private static final Pattern NAME_ALONE = Pattern.compile("[\\p{IsHan}]{2,4}|[\\p{IsHan}]{1,6}·[\\p{IsHan}]{1,8}");
  /** The bracketed agency of a photo credit: {@code （新华社发）}, {@code （本报资料图片）}. */
  private static final String AGENCY_IN_BRACKETS = "[（(][^（）()]{2,12}[）)]";
  /**
   * A bracketed agency cut at the end of its line, the rest printed elsewhere by the extractor ({@code 俊摄（人民} …
   * {@code 社发）}): the credit's end still shows on the line.
   */
  private static final String AGENCY_CUT = "[（(][^（）()]{1,12}";
  /** A bracketed agency after a photo credit, if any. */
  private static final String CREDIT_AGENCY = "(?:" + AGENCY_IN_BRACKETS + ")?";
  /**
   * The end of a photo credit after the first character of a padded name: {@code 俊摄（新华社发）}; the rest of
   * the name is one or two characters, none of the verbs that form a word with 摄 ({@code 拍摄}, {@code 航摄}).
   */
  private static final Pattern CREDIT_TAIL = Pattern.compile(
      "[\\p{IsHan}&&[^拍航跟抓]]{1,2}(?:" + PHOTO_CREDIT_ENDINGS + ")(?:" + AGENCY_IN_BRACKETS + "|" + AGENCY_CUT + ")?");
  /** A photo credit's ending alone on its line, its name printed on the lines before: {@code 摄}, {@code 摄影报道}. */
  private static final Pattern CREDIT_ENDING = Pattern.compile("(?:" + PHOTO_CREDIT_ENDINGS + ")" + CREDIT_AGENCY);
  /**
   * A photo credit alone on its line: a name or an institution, then a credit ending ({@code 李明摄},
   * {@code 某县委宣传部供图}, {@code 王小明摄（新华社发）}); the character before {@code 摄} is none of the
   * verbs that form a word with it ({@code 拍摄}, {@code 航摄}).
   */
  private static final Pattern CREDIT_LINE = Pattern.compile(
      "[\\p{IsHan}·、]{0,11}[\\p{IsHan}&&[^拍航跟抓]](?:" + PHOTO_CREDIT_ENDINGS + ")" + CREDIT_AGENCY);
  /** A character every {@link #STRONG_HEADER_TOKEN} holds: 年 of a date, 星 of 星期, 版 of a page number, 农 of 农历. */
  private static final String STRONG_HEADER_MARKS = "年星版农";
  /** A character every {@link #PHOTO_CREDIT_ENDINGS} holds: 摄 of 摄, 摄影, 摄影报道; 图 of 供图. */
  private static final String CREDIT_ENDING_MARKS = "摄图";
  /** The last character of every {@link #REPORTER_ROLE}: 者 of 记者, 员 of 通讯员 and 评论员. */
  private static final String REPORTER_ROLE_ENDS = "者员";
  /** Longest header line, compacted, that can still be furniture. */
  private static final int LONGEST_HEADER = 48;

  /**
   * Returns whether {@code line} is page-header furniture: made only of the issue date, the weekday, the
   * page number ({@code 第6版}), the paper's name and at most two short section names, with at least one of
   * the first three (which no heading or body line is made of). Whitespace is ignored.
   *
   * @param line one line of page text
   * @return whether the line is a page header
   */
  public static boolean isPageHeader(CharSequence line) {
    if (!Chars.containsAny(line, STRONG_HEADER_MARKS)) {
      return false;
    }
    StringBuilder b = new StringBuilder(line.length());
    boolean[] gap = new boolean[line.length() + 1];
    boolean space = true;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Chars.isSpace(c)) {
        space = true;
        continue;
      }
      gap[b.length()] = space;
      space = false;
      b.append(c);
    }
    gap[b.length()] = true;
    String s = b.toString();
    if (s.isEmpty() || s.length() > LONGEST_HEADER || !mayHoldStrongToken(s)) {
      return false;
    }
    return header(s, gap, 0, false, 0);
  }

  /**
   * Whether the compact line {@code s} can hold a {@link #STRONG_HEADER_TOKEN}: 星期 or 农历, four digits before 年, or a
   * numeral before 版. A test by character before the token search, which lines that merely mention a year skip.
   */
  private static boolean mayHoldStrongToken(String s) {
    if (s.contains("星期") || s.contains("农历")) {
      return true;
    }
    for (int i = s.indexOf('年'); i >= 0; i = s.indexOf('年', i + 1)) {
      if (i >= 4 && isAsciiDigit(s.charAt(i - 1)) && isAsciiDigit(s.charAt(i - 2)) && isAsciiDigit(s.charAt(i - 3))
          && isAsciiDigit(s.charAt(i - 4))) {
        return true;
      }
    }
    for (int i = s.indexOf('版'); i >= 0; i = s.indexOf('版', i + 1)) {
      if (i >= 1 && PAGE_NUMERALS.indexOf(s.charAt(i - 1)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** The characters a page number before 版 ends in ({@code 第6版}, {@code A3版}, {@code 第十九版}). */
  private static final String PAGE_NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百";

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether {@code s} from {@code at} is a run of header tokens (backtracking over the token kinds); a paper
   * name or section name must stand between spaces ({@code gap[i]}: whitespace before compact position i).
   */
  private static boolean header(String s, boolean[] gap, int at, boolean strong, int labels) {
    if (at == s.length()) {
      return strong;
    }
    Matcher m = STRONG_HEADER_TOKEN.matcher(s).region(at, s.length());
    if (m.lookingAt() && header(s, gap, m.end(), true, labels)) {
      return true;
    }
    if (!gap[at]) {
      return false;
    }
    m = PAPER_NAME.matcher(s).region(at, s.length());
    if (m.lookingAt() && gap[m.end()] && header(s, gap, m.end(), strong, labels)) {
      return true;
    }
    if (labels < 2) {
      for (int end = Math.min(s.length(), at + 9); end >= at + 2; end--) {
        if (gap[end] && SECTION_NAME.matcher(s).region(at, end).matches() && header(s, gap, end, strong, labels + 1)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * {@return whether {@code line} (whitespace ignored) is a paper's name alone, as a page header prints it}
   *
   * @param line one line of page text
   */
  public static boolean isPaperName(CharSequence line) {
    char last = lastNonSpace(line);
    if (last != '报' && last != '社') {
      // every PAPER_NAME ends in 报, or 社 after it
      return false;
    }
    return PAPER_NAME.matcher(Chars.stripSpaces(line)).matches();
  }

  /**
   * {@return whether {@code line} (whitespace ignored) is a short section name (2–4 Han characters, or two joined by {@code ·})}
   *
   * @param line one line of page text
   */
  public static boolean isSectionName(CharSequence line) {
    return SECTION_NAME.matcher(Chars.stripSpaces(line)).matches();
  }

  /**
   * Returns whether {@code line} is a label printed letter-spaced: three to eight Han characters, each
   * standing alone between spaces ({@code 记 者 手 记}, {@code 春 耕 进 行 时}), or two such phrases of two to six
   * set apart by a wider gap ({@code 品 非 遗 美 食　晒 家 乡 风 味}) or by a middle dot standing alone between
   * them ({@code 春 耕 进 行 时 · 特 别 报 道}, as a series and its kind are labelled). A justified body line has
   * more characters in one run, or punctuation among them.
   *
   * @param line one line of page text
   * @return whether the line is a letter-spaced label
   */
  public static boolean isLetterSpacedLabel(CharSequence line) {
    String t = line.toString().strip();
    Matcher dot = hasMiddleDot(t) ? SPACED_MIDDLE_DOT.matcher(t) : null;
    if (dot != null && dot.find()) {
      String first = t.substring(0, dot.start());
      String second = t.substring(dot.end());
      return isLabelPhrase(first) && isLabelPhrase(second);
    }
    List<Double> gaps = new ArrayList<>();
    int letters = 0;
    int i = 0;
    while (i < t.length()) {
      if (!Chars.isHan(t.charAt(i)) || i + 1 < t.length() && !Chars.isSpace(t.charAt(i + 1))) {
        return false;
      }
      letters++;
      int j = i + 1;
      while (j < t.length() && Chars.isSpace(t.charAt(j))) {
        j++;
      }
      if (j < t.length()) {
        gaps.add(Chars.width(t.substring(i + 1, j)));
      }
      i = j;
    }
    if (letters < 3 || gaps.isEmpty()) {
      return false;
    }
    // Two phrases of a label ({@code 品 非 遗 美 食　晒 家 乡 风 味}) stand apart by a gap wider than the others.
    double narrow = gaps.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    int breakAt = -1;
    for (int g = 0; g < gaps.size(); g++) {
      if (gaps.get(g) > narrow) {
        if (breakAt >= 0) {
          return false;
        }
        breakAt = g;
      }
    }
    if (breakAt < 0) {
      return letters <= 8;
    }
    int first = breakAt + 1;
    int second = letters - first;
    return first >= 2 && first <= 6 && second >= 2 && second <= 6;
  }

  /** A middle dot standing alone between spaces: the join of a letter-spaced label's two phrases. */
  private static final Pattern SPACED_MIDDLE_DOT = Pattern.compile("\\s+[·・•]\\s+");

  private static boolean hasMiddleDot(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '·' || c == '・' || c == '•') {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code s} is one phrase of a letter-spaced label: two to six Han characters, each alone between spaces. */
  private static boolean isLabelPhrase(String s) {
    String[] letters = s.strip().split("\\s+");
    if (letters.length < 2 || letters.length > 6) {
      return false;
    }
    for (String l : letters) {
      if (l.length() != 1 || !Chars.isHan(l.charAt(0))) {
        return false;
      }
    }
    return true;
  }



  /** The marks papers set before a byline ({@code □本报记者 X}, {@code ■X}, {@code ◆}): typography, not text. */
  private static final String DECORATIONS = "□■●◆▲★◎○▌│◇☆△";

  /**
   * {@return whether {@code c} is a mark set before a byline ({@code □本报记者 X}, {@code ■X}); a byline is read
   * without it}
   *
   * @param c a character
   */
  public static boolean isDecoration(char c) {
    return DECORATIONS.indexOf(c) >= 0;
  }

  /**
   * Returns whether {@code line} (whitespace ignored) is a byline's outlet and role with no name
   * ({@code 本报记者}, {@code □本报通讯员}): an extractor printed the names on the lines after it.
   *
   * @param line one line of page text
   * @return whether the line is an outlet and role without a name
   */
  public static boolean isBylineRoleOnly(CharSequence line) {
    if (REPORTER_ROLE_ENDS.indexOf(lastNonSpace(line)) < 0) {
      return false;
    }
    return ROLE_ONLY.matcher(Chars.stripSpaces(line)).matches();
  }

  /** Chinese surnames, the most frequent first (single-character surnames; a compound one starts with one of these). */
  private static final String SURNAMES =
      "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";

  /**
   * {@return the rank of {@code c} among Chinese surnames by frequency (0 for 王), or -1 when it is not one}
   *
   * @param c a character
   */
  public static int surnameRank(char c) {
    return SURNAMES.indexOf(c);
  }

  /**
   * {@return whether {@code c} is a Chinese surname (or the first character of a compound one)}
   *
   * @param c a character
   */
  public static boolean isSurname(char c) {
    return SURNAMES.indexOf(c) >= 0;
  }

  /**
   * {@return whether {@code line} (whitespace ignored) could be one name of a byline: 2–4 Han characters, or a name with {@code ·}}
   *
   * @param line one line of page text
   */
  public static boolean isNameAlone(CharSequence line) {
    return NAME_ALONE.matcher(Chars.stripSpaces(line)).matches();
  }

  /** Compound surnames, which make a four-character name ({@code 欧阳小华}). */
  private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "司徒", "东方", "皇甫", "令狐",
      "慕容", "尉迟", "夏侯", "公孙", "长孙", "宇文", "端木", "澹台");

  /**
   * Returns whether {@code name} (whitespace ignored) reads as a person's name in a byline: two or three Han characters
   * led by a surname ({@code 王明}, {@code 刘诗瑶}), four led by a compound surname ({@code 欧阳小华}), or a name written
   * with a middle dot ({@code 阿依古丽·买买提}). A label of a column or a headline line of about a name's length
   * ({@code 高端访谈}, {@code 江南春早}) is none.
   *
   * @param name the text that would be the name
   * @return whether it reads as a person's name
   */
  public static boolean isPersonName(CharSequence name) {
    String n = Chars.stripSpaces(name);
    if (n.indexOf('·') >= 0) {
      return NAME_ALONE.matcher(n).matches();
    }
    if (!Chars.isAllHan(n)) {
      return false;
    }
    return n.length() >= 2 && n.length() <= 3 && isSurname(n.charAt(0))
        || n.length() == 4 && COMPOUND_SURNAMES.contains(n.substring(0, 2));
  }

  /**
   * Returns whether {@code line} (whitespace ignored) is the rest of a photo credit whose first character an
   * extractor printed on the line before ({@code 薛} / {@code 俊摄（新华社发）}, a padded two-character name).
   *
   * @param line one line of page text
   * @return whether the line ends a photo credit begun on the line before
   */
  public static boolean isCreditTail(CharSequence line) {
    return Chars.containsAny(line, CREDIT_ENDING_MARKS) && CREDIT_TAIL.matcher(Chars.stripSpaces(line)).matches();
  }

  /** A line that ends in a photo credit whose bracketed agency is cut at the line's end. */
  private static final Pattern CUT_CREDIT_AGENCY = Pattern.compile(".*(?:" + PHOTO_CREDIT_ENDINGS + ")\\s*[（(][^（）()。！？，；\\s]{1,12}");

  /**
   * Returns whether {@code line} ends in a photo credit whose bracketed agency the line's end cuts, no space inside
   * the bracket (a space there joins another column's text) ({@code 某县城关镇，道路两侧绿树成荫。 王明摄（人}): the agency goes on only in a line that closes the
   * bracket ({@code 民视觉）}), wherever the extractor printed it.
   *
   * @param line one line of page text
   * @return whether the line ends inside a credit's bracketed agency
   */
  public static boolean endsWithCutCreditAgency(CharSequence line) {
    return Chars.containsAny(line, CREDIT_ENDING_MARKS) && Chars.containsAny(line, "（(") && CUT_CREDIT_AGENCY.matcher(line.toString().strip()).matches();
  }

  /** The bracketed agency of a photo credit alone: {@code （新华社发）}, {@code （资料图片）}. */
  private static final Pattern CREDIT_AGENCY_ALONE = Pattern.compile(AGENCY_IN_BRACKETS);

  /**
   * Returns whether {@code line} (whitespace ignored) is the bracketed agency of a photo credit on a line of its own
   * ({@code 李明摄} / {@code （新华社发）}): 2 to 12 characters in brackets, no reporter's role (a bracketed byline).
   *
   * @param line one line of page text
   * @return whether the line is a bracketed credit agency alone
   */
  public static boolean isCreditAgencyAlone(CharSequence line) {
    String s = Chars.stripSpaces(line);
    return CREDIT_AGENCY_ALONE.matcher(s).matches() && !HAS_ROLE.matcher(s).matches();
  }

  /** A column tag in brackets ({@code （海外视点）}, {@code （今日评论）}). */
  private static final String BRACKETED_TAG = "[（(](?<tag>[\\p{IsHan}·・]{2,8})[）)]";
  /** A headline's column tag in brackets at its end. */
  private static final Pattern COLUMN_TAG = Pattern.compile("(?<head>.{2,})" + BRACKETED_TAG);
  /** A reporter's role anywhere in a string: a bracketed byline, not a column tag. */
  private static final Pattern HAS_ROLE = Pattern.compile(".*" + REPORTER_ROLE + ".*");

  /**
   * {@return whether {@code line} (whitespace ignored) ends with a column tag in brackets, as papers print it after a
   * headline ({@code 乡村书屋书香浓（文化行）}): the headline of an article, never a subhead inside one}
   *
   * @param line one line of page text
   */
  public static boolean endsWithColumnTag(CharSequence line) {
    return columnTagMatch(COLUMN_TAG, line) != null;
  }

  /**
   * {@return {@code line} without whitespace and without the column tag in brackets it ends with
   * ({@link #endsWithColumnTag}), if any ({@code 乡村书屋书香浓（文化行）} gives {@code 乡村书屋书香浓})}
   *
   * @param line one line of page text
   */
  public static String withoutColumnTag(CharSequence line) {
    Matcher m = columnTagMatch(COLUMN_TAG, line);
    return m != null ? m.group("head") : Chars.stripSpaces(line);
  }

  /** The longest part of a two-part heading, in Han characters. */
  public static final int LONGEST_HEADING_PART = 8;

  /**
   * The shortest part, in Han characters, of a two-part heading whose parts differ in length by one ({@code 小站暖心}
   * / {@code 守护“回家路”}); shorter unequal pairs are a heading and a label ({@code 文明成风} / {@code 短评}).
   */
  private static final int SHORTEST_UNEVEN_PART = 4;

  /**
   * Returns how many Han characters two texts differ by as the two parts of one heading, printed apart
   * ({@code 春风暖} / {@code 人心齐}), or -1 when they cannot be two parts: either holds anything but Han characters
   * and quotation marks (the second may end in a column tag in brackets, {@link #withoutColumnTag}), has fewer than 2
   * or more than {@value #LONGEST_HEADING_PART} Han characters, or both are the same text. Whitespace is ignored.
   *
   * @param first the text printed first
   * @param second the text printed second
   * @return the difference in Han characters, or -1
   */
  public static int headingPartsGap(CharSequence first, CharSequence second) {
    int[] n = headingPartLengths(first, second);
    return n == null ? -1 : Math.abs(n[0] - n[1]);
  }

  /**
   * Returns whether two texts read as the two parts of one heading ({@link #headingPartsGap}): of one length, or one
   * character apart when the shorter has at least {@value #SHORTEST_UNEVEN_PART} ({@code 小站暖心} / {@code 守护“回家路”}).
   *
   * @param first the text printed first
   * @param second the text printed second
   * @return whether they are two parts of one heading
   */
  public static boolean areHeadingParts(CharSequence first, CharSequence second) {
    int[] n = headingPartLengths(first, second);
    return n != null && (n[0] == n[1] || Math.abs(n[0] - n[1]) == 1 && Math.min(n[0], n[1]) >= SHORTEST_UNEVEN_PART);
  }

  /** The Han lengths of two texts as the two parts of one heading ({@link #headingPartsGap}), or null. */
  private static int[] headingPartLengths(CharSequence first, CharSequence second) {
    String a = Chars.stripSpaces(first);
    int m = headingPartLength(a);
    int n = headingPartLength(withoutColumnTag(second));
    boolean parts = m >= 2 && n >= 2 && Math.max(m, n) <= LONGEST_HEADING_PART && !a.equals(Chars.stripSpaces(second));
    return parts ? new int[] {m, n} : null;
  }

  /**
   * Returns whether one printed line holds the two parts of one heading set apart ({@code 春风暖 人心齐},
   * {@code 春风暖      人心齐}; {@link #areHeadingParts}): its text splits at one run of whitespace into two parts
   * with no space inside, or at its widest run into two letter-spaced parts.
   *
   * @param line one line of page text
   * @return whether the line is a two-part heading
   */
  public static boolean isTwoPartHeadingLine(CharSequence line) {
    String t = Chars.strip(line);
    int from = -1;
    int to = -1;
    int runs = 0;
    for (int i = 0; i < t.length(); i++) {
      if (Chars.isSpace(t.charAt(i)) && (i == 0 || !Chars.isSpace(t.charAt(i - 1)))) {
        int j = i;
        while (j < t.length() && Chars.isSpace(t.charAt(j))) {
          j++;
        }
        runs++;
        if (j - i > to - from) {
          from = i;
          to = j;
        }
      }
    }
    if (runs == 0) {
      return false;
    }
    String first = t.substring(0, from);
    String second = t.substring(to);
    boolean spaced = runs > 1 && isLetterSpacedLabel(first) && isLetterSpacedLabel(second);
    return (runs == 1 || spaced) && areHeadingParts(first, second);
  }

  /**
   * Returns whether {@code text} (whitespace ignored) could be one part of a two-part heading ({@code 春风暖},
   * {@code 万家“灯火”明}): 2 to {@value #LONGEST_HEADING_PART} Han characters and nothing else but quotation marks.
   *
   * @param text the text
   * @return whether it could be a heading part
   */
  public static boolean isHeadingPart(CharSequence text) {
    int n = headingPartLength(Chars.stripSpaces(text));
    return n >= 2 && n <= LONGEST_HEADING_PART;
  }

  /** The number of Han characters of a heading part, or -1 when it holds anything but Han and quotation marks. */
  private static int headingPartLength(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Chars.isHan(c)) {
        n++;
      } else if (!Chars.isQuote(c)) {
        return -1;
      }
    }
    return n;
  }

  /** The match of {@code pattern} on {@code line} without whitespace when its tag is no bracketed byline, or null. */
  private static Matcher columnTagMatch(Pattern pattern, CharSequence line) {
    Matcher m = pattern.matcher(Chars.stripSpaces(line));
    return m.matches() && !HAS_ROLE.matcher(m.group("tag")).matches() ? m : null;
  }

  /** Credits by what each person did, before the name: {@code 文/X 图/Y}, {@code 文/X}, {@code 图文/X}. */
  private static final Pattern SLASH_CREDITS = Pattern.compile("(?:(?:文|图|文图|图文)[/／][\\p{IsHan}·]{2,5}?){1,2}");

  /**
   * {@return whether {@code line} (whitespace ignored) is only credits by what each person did, the label before the
   * name and a slash between ({@code 文/王明　图/李华}, {@code 文/王明}): a byline printed on its own line}
   *
   * @param line one line of page text
   */
  public static boolean isSlashCreditLine(CharSequence line) {
    return Chars.containsAny(line, "/／") && SLASH_CREDITS.matcher(Chars.stripSpaces(line)).matches();
  }

  /** A column tag in brackets alone on its line. */
  private static final Pattern COLUMN_TAG_ALONE = Pattern.compile(BRACKETED_TAG);

  /**
   * {@return the column tag of {@code line} (whitespace ignored) when the line is only a column tag in brackets
   * ({@code （文化行）}), as an extractor prints the tag of a headline on a line of its own; empty otherwise, and for a
   * bracketed byline ({@code （本报记者王明）})}
   *
   * @param line one line of page text
   */
  public static Optional<String> columnTagAlone(CharSequence line) {
    return Optional.ofNullable(columnTagMatch(COLUMN_TAG_ALONE, line)).map(m -> m.group("tag"));
  }

  /**
   * Returns whether {@code line} (whitespace ignored) is only a photo credit's ending ({@code 摄}, {@code 摄影报道},
   * {@code 摄（新华社发）}): an extractor printed the credit's letter-spaced name on the lines before.
   *
   * @param line one line of page text
   * @return whether the line is only the ending of a photo credit
   */
  public static boolean isCreditEnding(CharSequence line) {
    return Chars.containsAny(line, CREDIT_ENDING_MARKS) && CREDIT_ENDING.matcher(Chars.stripSpaces(line)).matches();
  }

  /**
   * Returns whether {@code line} (whitespace ignored) is a photo credit standing alone: a name or an institution
   * of at most 12 characters ending in {@code 摄}, {@code 摄影}, {@code 摄影报道} or {@code 供图}, optionally with a
   * bracketed agency. Such a line ends its block: a caption or an article follows, never more of its sentence.
   *
   * @param line one line of page text
   * @return whether the line is a photo credit standing alone
   */
  public static boolean isCreditLine(CharSequence line) {
    return Chars.containsAny(line, CREDIT_ENDING_MARKS) && CREDIT_LINE.matcher(Chars.stripSpaces(line)).matches();
  }

  /**
   * Returns whether {@code line} (whitespace ignored) is one character of vertical text: one Han character,
   * alone or with a quote or bracket beside it ({@code 提}, {@code “老}, {@code 观）}), as text set one
   * character per line (a vertical headline) comes out of PDF text extraction.
   *
   * @param line one line of page text
   * @return whether the line is one character of vertical text
   */
  public static boolean isVerticalTextLine(CharSequence line) {
    String s = Chars.stripSpaces(line);
    int han = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Chars.isHan(c)) {
        han++;
      } else if (!Chars.isOpener(c) && !Chars.isCloser(c)) {
        return false;
      }
    }
    return han == 1 && s.length() <= 2;
  }

  /**
   * Returns whether {@code line} ends with the dash that leads a kicker into its headline
   * ({@code 多地举办特色活动迎新春——}); trailing whitespace is ignored. A dash inside a quotation or bracket still
   * open ({@code 某区首创“山水摆渡人——} over {@code 温暖社区”志愿项目…}) joins the words of the quotation: a kicker
   * closes what it opens before its lead dash.
   *
   * @param line one line of page text
   * @return whether the line ends with a lead dash
   */
  public static boolean endsWithLeadDash(CharSequence line) {
    String s = Chars.stripSpaces(line);
    return s.length() >= 3 && (s.endsWith("——") || s.endsWith("--") || s.endsWith("－－")) && !leavesPairOpen(s);
  }

  /**
   * The short names of China's provincial-level divisions, with which a place kicker ({@code 某省某市——}) opens: two
   * characters each but 黑龙江 and 内蒙古.
   */
  private static final Set<String> PROVINCES = Set.of("北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林",
      "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州",
      "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门");

  /** The longest place a place kicker names, in Han characters ({@code 黑龙江哈尔滨}, {@code 内蒙古呼和浩特}). */
  private static final int LONGEST_PLACE_KICKER = 8;

  /**
   * Returns whether {@code line} is a place kicker: a place alone led by the lead dash into its headline, as a series
   * of reports from several places prints one over each headline ({@code 云南昆明——}, {@code 浙江安吉——}) — a
   * province's name and the city or county in it, with nothing else. It heads an article; a subhead inside a body
   * that ends in the lead dash says what the section does ({@code 突出重点抓落实——}), never where.
   *
   * @param line one line of page text
   * @return whether the line is a province's name and a place, then the lead dash
   */
  public static boolean isPlaceKicker(CharSequence line) {
    if (!endsWithLeadDash(line)) {
      return false;
    }
    String s = Chars.stripSpaces(line);
    String place = s.substring(0, s.length() - 2);
    if (place.length() > LONGEST_PLACE_KICKER || !Chars.isAllHan(place)) {
      return false;
    }
    for (int n = 2; n <= 3 && n < place.length(); n++) {
      if (PROVINCES.contains(place.substring(0, n))) {
        return place.length() - n >= 2;
      }
    }
    return false;
  }

  /**
   * Returns whether {@code text} is wholly in round brackets, as a closing byline or note is printed
   * ({@code （本报记者 王明）}, {@code （作者系某大学教授）}); surrounding whitespace is ignored.
   *
   * @param text a line or block of page text
   * @return whether it opens and closes with a round bracket
   */
  public static boolean isParenthesised(CharSequence text) {
    String t = Chars.strip(text);
    return !t.isEmpty() && (t.charAt(0) == '（' || t.charAt(0) == '(') && (t.endsWith("）") || t.endsWith(")"));
  }

  /** Opening marks whose closing partner is at the same index of {@link #CLOSING_PAIRS}. */
  private static final String OPENING_PAIRS = "“‘《（(【";
  private static final String CLOSING_PAIRS = "”’》）)】";

  /** Whether some quotation mark, title mark or bracket opened in {@code s} is not closed by its end. */
  private static boolean leavesPairOpen(String s) {
    int[] depth = new int[OPENING_PAIRS.length()];
    for (int i = 0; i < s.length(); i++) {
      int open = OPENING_PAIRS.indexOf(s.charAt(i));
      int close = CLOSING_PAIRS.indexOf(s.charAt(i));
      if (open >= 0) {
        depth[open]++;
      } else if (close >= 0 && depth[close] > 0) {
        depth[close]--;
      }
    }
    return Arrays.stream(depth).anyMatch(d -> d > 0);
  }

  /** Punctuation that continues a sentence, so no sentence starts with it: pause and closing marks. */
  private static final String CONTINUING_PUNCTUATION = "，。、；：）》”’";
  /**
   * Conjunctions and adverbs that join a clause to the one before it ({@code 和}, {@code 暨}, {@code 而}, {@code 也},
   * {@code 就}, {@code 则}…): a text that opens with one alone continues a sentence begun before it.
   */
  private static final String JOINING_WORDS = "和与及暨并而或但也就都还又所之等则即且";
  /**
   * Structural particles that attach to the word before them ({@code 的}, {@code 了}, {@code 着}, {@code 过},
   * {@code 地}, {@code 得}): alone at the start they continue a sentence, but each also starts ordinary words
   * that open sentences ({@code 过去}, {@code 得益于}, {@code 着力}, {@code 地处}, {@code 的确}, {@code 了解}).
   */
  private static final String BOUND_PARTICLES = "的了着过地得";
  /**
   * Localizers, which follow the noun they place ({@code 平台上}, {@code 会议中}, {@code 村里}): one that opens a text
   * with {@code 的} right after it ({@code 上的讲座}) is the end of a phrase begun before.
   */
  private static final String LOCALIZERS = "上下中里内外前后旁间";

  /**
   * One-character words that stand alone before a comma at the start of a sentence: answers and interjections
   * ({@code 对，}, {@code 好，}, {@code 嗯，}). Any other character there, alone before a pause mark, ends a word cut
   * before it ({@code 提} / {@code 升，服务更便捷…}).
   */
  private static final String WORDS_ALONE_BEFORE_A_PAUSE = "对好是嗯哦噢啊唉哎喂呀嘿哈行";
  /** Pause marks, which close a clause: a sentence does not open with one character and one of them. */
  private static final String PAUSE_MARKS = "，、；：";

  /**
   * Whether {@code text} (leading whitespace ignored) opens with the end of a clause begun before it: a pause or closing
   * mark ({@code ，沿线群众…}, {@code ）等地…}), or one character and a pause mark, the end of a word cut before it
   * ({@code 升，服务更便捷…}; not an answer or interjection that stands alone, {@code 对，}, {@code 好，}). No paragraph
   * opens so, and no headline: such a text is the rest of a line cut before it.
   *
   * @param text the text
   * @return whether the text opens with the end of a clause
   */
  public static boolean opensWithClauseEnd(CharSequence text) {
    String t = text.toString().strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    return CONTINUING_PUNCTUATION.indexOf(c) >= 0
        || t.length() > 1 && Chars.isHan(c) && PAUSE_MARKS.indexOf(t.charAt(1)) >= 0 && WORDS_ALONE_BEFORE_A_PAUSE.indexOf(c) < 0;
  }

  /**
   * Whether {@code text} (leading whitespace ignored) opens in the middle of a sentence: with the end of a clause
   * ({@link #opensWithClauseEnd}: a pause or closing mark, or a word's last character before a pause mark),
   * with a joining word ({@code 而}, {@code 也}, {@code 以及}, {@code 并且}…), with a structural particle that
   * starts no dictionary word there ({@code 的发展}, not {@code 过去三年}; {@code knownWord} says what a word is, for
   * two and three characters), or with a localizer and {@code 的} ({@code 上的讲座}, {@code 中的问题}). Text split by a
   * column break or by an inserted block continues this way; a new paragraph never does.
   *
   * @param text the text
   * @param knownWord whether a string is a dictionary word ({@code w -> false} when no dictionary is at hand)
   * @return whether the text starts mid-sentence
   */
  public static boolean startsMidSentence(CharSequence text, Predicate<String> knownWord) {
    String t = text.toString().strip();
    if (t.isEmpty()) {
      return false;
    }
    char c = t.charAt(0);
    if (opensWithClauseEnd(t) || JOINING_WORDS.indexOf(c) >= 0
        || t.startsWith("以及") || t.startsWith("以便") || t.startsWith("并且")
        || t.length() > 1 && LOCALIZERS.indexOf(c) >= 0 && t.charAt(1) == '的') {
      return true;
    }
    if (BOUND_PARTICLES.indexOf(c) < 0) {
      return false;
    }
    for (int len = 2; len <= 3 && len <= t.length(); len++) {
      if (knownWord.test(t.substring(0, len))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Words that open a paragraph by referring back to what the text said before it: discourse connectives
   * ({@code 此外}, {@code 同时}, {@code 对此}, {@code 因此}, {@code 然而}, {@code 不过}…) and phrases that point back to
   * something told already ({@code 这一幕}, {@code 这一切}, {@code 上述}, {@code 其中}…). Deictic openings that point at
   * the present ({@code 这个春节}, {@code 这几天}) are not among them: a lead opens so.
   */
  private static final List<String> BACK_REFERENCES = List.of("此外", "另外", "同时", "与此同时", "对此", "为此", "因此",
      "然而", "不过", "但是", "可是", "随后", "此后", "此时", "其中", "这一幕", "这一切", "这些", "上述");

  /**
   * Whether {@code text} (leading whitespace ignored) opens by referring back to what was said before it
   * ({@code 此外，}, {@code 对此，}, {@code 这一幕让人难忘}): the paragraph goes on an article begun above it, and no
   * article opens with it.
   *
   * @param text the text
   * @return whether the text opens with a back reference
   */
  public static boolean opensWithBackReference(CharSequence text) {
    String t = Chars.strip(text);
    return BACK_REFERENCES.stream().anyMatch(t::startsWith);
  }

  /**
   * What no heading deck ends with, its phrase left open: a particle or joining word ({@code 的}, {@code 和},
   * {@code 暨}, {@code 并}), a pause mark, an opening quotation mark or bracket.
   */
  private static final String OPEN_ENDINGS = "的和与及暨并、，“‘（《";

  /**
   * How much wider (em) a heading line must be than the one above it to be another deck: a wrapped headline's lines
   * differ by less than this where digits or Latin letters, set narrower, make them uneven.
   */
  private static final double DECK_STEP = 1;

  /**
   * Whether a heading line {@code below} em wide, printed right under one {@code above} em wide, is another deck of the
   * stack rather than the next line of a wrapped headline: a wrapped headline fills its measure on every line but the
   * last, so its next line is never wider than the one above; a wider line is set in another size. Not a wider second
   * part of a two-part headline ({@code 春风暖} / {@code 万家“灯火”明}): a line up to {@value #LONGEST_HEADING_PART}
   * em wide may be one.
   *
   * @param above the width (em) of the heading line above
   * @param below the width (em) of the heading line under it
   * @return whether the line under is another deck
   */
  public static boolean opensWiderDeck(double above, double below) {
    return below > above + DECK_STEP && below > LONGEST_HEADING_PART;
  }

  /**
   * Whether {@code text} opens more quotation marks or brackets than it closes ({@code 某地整治“文山},
   * {@code 乡间小路变通途（走}): a heading cut inside them goes on.
   *
   * @param text the text
   * @return whether more openers than closers occur in it
   */
  public static boolean leavesOpen(CharSequence text) {
    int depth = 0;
    for (int i = 0; i < text.length(); i++) {
      depth += Chars.isOpener(text.charAt(i)) ? 1 : Chars.isCloser(text.charAt(i)) ? -1 : 0;
    }
    return depth > 0;
  }

  /**
   * Whether {@code text} leaves a quotation open at its end: a double quotation mark opened and not closed
   * ({@code 全国“打假治}), as a heading cut inside its quotation ends.
   *
   * @param text the text
   * @return whether a quotation is still open at the end
   */
  public static boolean leavesQuotationOpen(CharSequence text) {
    return quotations(text)[1] > 0;
  }

  /**
   * Whether {@code text} closes a double quotation it did not open ({@code 凉行动”正式开幕…}): the rest of a text cut
   * inside its quotation.
   *
   * @param text the text
   * @return whether a closing mark comes before any opening one
   */
  public static boolean closesQuotationOpenedBefore(CharSequence text) {
    return quotations(text)[0] > 0;
  }

  /** {@return {closing double quotation marks with no opener before them, quotations still open at the end}} */
  private static int[] quotations(CharSequence s) {
    int unmatched = 0;
    int depth = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '“') {
        depth++;
      } else if (c == '”' && depth > 0) {
        depth--;
      } else if (c == '”') {
        unmatched++;
      }
    }
    return new int[] {unmatched, depth};
  }

  /**
   * Whether the deck {@code below}, printed right under the deck {@code above} of one heading stack, is the subheadline
   * of the headline {@code above} rather than the headline under a kicker: it reports a figure (a number in digits)
   * and the deck above reports none. A main headline states the news in words; the figures that back it stand in the
   * deck under it ({@code 某省古桥保护修缮行动持续推进} / {@code 已修缮古桥120座}), while a kicker that carries a
   * figure stands over a headline without one ({@code 过去一块地才2亩多} / {@code 这个村，荒坡变成果园}). A line that
   * opens with its figure is no deck: it ends a wrapped headline ({@code 某省今年新建农村公路} / {@code 3000公里}).
   *
   * @param above the deck above
   * @param below the deck under it
   * @return whether {@code below} is a subheadline that backs {@code above} with a figure
   */
  public static boolean backsHeadlineWithFigure(CharSequence above, CharSequence below) {
    return hasDigit(below) && !hasDigit(above) && !Character.isDigit(Character.codePointAt(below, 0));
  }

  private static boolean hasDigit(CharSequence s) {
    return s.codePoints().anyMatch(Character::isDigit);
  }

  /**
   * Whether {@code line} has the punctuation of a heading: none but quotation marks, brackets and middle dots
   * ({@code 全省乡村道路提升行动持续推进}, {@code 某地整治“文山会海”}), as headlines are printed; a body line of a
   * column almost always holds a comma or a full stop.
   *
   * @param line the line
   * @return whether no other punctuation occurs in it
   */
  public static boolean isHeadingLine(CharSequence line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Chars.isPunctuation(c) && !Chars.isOpener(c) && !Chars.isCloser(c) && c != '·' && c != '・') {
        return false;
      }
    }
    return true;
  }

  /** Fewest and most phrases of a {@linkplain #isParallelHeading parallel heading}. */
  private static final int FEWEST_PARALLEL_PHRASES = 2;

  private static final int MOST_PARALLEL_PHRASES = 4;

  /** Shortest and longest phrase (characters) of a parallel heading, and how much longer one may be than another. */
  private static final int SHORTEST_PARALLEL_PHRASE = 3;

  private static final int LONGEST_PARALLEL_PHRASE = 10;

  private static final int PARALLEL_PHRASE_SPREAD = 2;

  /** The commas that part the phrases of a parallel heading. */
  private static final Pattern PHRASE_COMMA = Pattern.compile("[，,]");

  /**
   * Whether {@code line} reads as a heading of parallel phrases, as papers print a subhead inside an article
   * ({@code 整治河道，修复湿地，扩大林草面积}, {@code 抓住“关键环节”，压实各方责任}, {@code 关爱“一老”，建好“幸福食堂”}): two to
   * four phrases of three to ten characters (Han, digits, quotation marks), within two characters of one another in
   * length, parted by commas, and nothing after the last one, which does not stop on a digit (a number goes on into
   * its unit). A body line rarely parts so evenly and ends where its phrase does.
   *
   * @param line the line (whitespace ignored)
   * @return whether the line is such a heading
   */
  public static boolean isParallelHeading(CharSequence line) {
    String t = Chars.stripSpaces(line.toString());
    if (t.isEmpty() || Chars.isDigit(t.charAt(t.length() - 1))) {
      return false;
    }
    String[] phrases = PHRASE_COMMA.split(t, -1);
    if (phrases.length < FEWEST_PARALLEL_PHRASES || phrases.length > MOST_PARALLEL_PHRASES) {
      return false;
    }
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (String phrase : phrases) {
      if (phrase.length() < SHORTEST_PARALLEL_PHRASE || phrase.length() > LONGEST_PARALLEL_PHRASE
          || !phrase.chars().allMatch(c -> Chars.isHan((char) c) || Chars.isDigit((char) c) || Chars.isQuote((char) c))) {
        return false;
      }
      shortest = Math.min(shortest, phrase.length());
      longest = Math.max(longest, phrase.length());
    }
    return longest - shortest <= PARALLEL_PHRASE_SPREAD;
  }

  /**
   * Whether {@code line} (trailing whitespace ignored) ends with its phrase left open ({@code 某省春季植树活动暨},
   * {@code 某县的}): a heading line that ends so wraps into the next line rather than ending a deck.
   *
   * @param line the line
   * @return whether the line's last character leaves its phrase open
   */
  public static boolean endsPhraseOpen(CharSequence line) {
    String t = line.toString().stripTrailing();
    return !t.isEmpty() && OPEN_ENDINGS.indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  /**
   * {@return whether {@code s} can hold a {@link #REPORTER_ROLE} at all: it has one of the characters every role ends
   * in} A test by character for callers to run before a pattern that embeds the role.
   *
   * @param s the text
   */
  public static boolean mayHoldReporterRole(CharSequence s) {
    return Chars.containsAny(s, REPORTER_ROLE_ENDS);
  }

  /** {@return the last character of {@code s} that is not whitespace, or U+0000 when there is none} */
  private static char lastNonSpace(CharSequence s) {
    for (int i = s.length() - 1; i >= 0; i--) {
      if (!Chars.isSpace(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return '\0';
  }
}
