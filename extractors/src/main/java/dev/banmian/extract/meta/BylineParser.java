package dev.banmian.extract.meta;

import dev.banmian.model.Byline;
import dev.banmian.model.Contributor;
import dev.banmian.text.Chars;
import dev.banmian.text.NewsCues;
import dev.banmian.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the bylines and photo credits Chinese newspapers print.
 *
 * <pre>{@code
 * BylineParser p = BylineParser.standard();
 * p.parse("□本报记者 张华 通讯员 李军");     // outlet 本报; (记者, 张华), (通讯员, 李军)
 * p.parse("新甘肃·甘肃日报记者 刘强");      // outlet 新甘肃·甘肃日报; (记者, 刘强)
 * p.parse("曾令刚 摄");                    // (摄影, 曾令刚)
 * p.findLeadIn("本报讯（记者 王明）为弘扬…"); // byline 本报讯（记者 王明）, body starts after it
 * p.parse("记者从市委组织部获悉");           // empty: a sentence, not a byline
 * }</pre>
 *
 * <p>Forms recognised: lead-ins ({@code 本报讯（…）}, {@code 新华社北京9月8日电（记者 X、Y）},
 * {@code 本报北京10月19日电 （记者金歆）}, {@code 据新华社…电}, full-width digits {@code ５月２０日电}, dates in Chinese
 * numerals {@code 中新社北京九月二十七日电}, {@code 央视网消息（新闻联播）：} with its programme or {@code 央视网消息：}, any outlet
 * ending in 社, 网, 报, 在线 or 客户端 with a date and an optional time, {@code 某某网7月5日22时讯}, and reporters
 * after the lead closed by 报道, {@code 本报北京1月1日讯记者X、Y报道：}); line bylines with any sequence of role
 * groups ({@code 通讯员 李军 本报记者 王明}, also printed with nothing between them,
 * {@code 本报记者芮一本报通讯员管二}); brand·paper outlets; a posting after the outlet
 * ({@code 某某时报驻香港特约记者X}); names padded with spaces or U+3000; names separated by spaces, {@code 、},
 * {@code ，}, {@code 和} or {@code 及}, or glued together where exactly one split gives two surname-led names
 * ({@code 陈明亮杜小平}); parenthesised and bracketed credits ({@code （记者 赵丽）}, {@code (城东组)},
 * {@code 【某某时报特约记者X】}, {@code [某某网报道 记者 X]}); bare names ({@code 姚子龙}, role {@code 作者}) when
 * they look like a person's name or a unit abbreviation; a byline's outlet and role alone ({@code 本报记者}, no
 * contributors); photo credits ({@code X 摄}, {@code X摄影报道}, {@code X供图}, {@code 图/X},
 * {@code 本组图片由X提供}, {@code X摄（新华社发）} and {@code 新华社发（X 摄）} with the distributing agency as outlet,
 * {@code 中新社发 X 摄}) and group credits ({@code 以上图片均为X摄},
 * {@code 照片除署名外均为本报记者X摄}); what each person did in slash labels before or after the names
 * ({@code 文/本报记者 X 图/本报记者 Y}, {@code X/文 Y/图}, {@code 记者 X 文/图}); a bar or slash between a role and
 * its name ({@code 记者｜X}, {@code 记者/X}); any outlet's unbracketed lead-in ({@code 某某晚报讯 记者 X},
 * {@code 新华社北京1月1日电　记者X　Y}); outlets joined by {@code -} or ending in {@code +} or {@code 报道}; three names
 * glued together where exactly one split gives three names led by common surnames ({@code 张强赵磊钱芳}); a photographer
 * under any reporter's role ({@code 通讯员 X 摄}, role 摄影); the labels {@code 摄/X} (role 摄影) and {@code 文/X},
 * {@code 文|X} (role 文); a paper's name in title marks before the role ({@code 《某某晚报》记者 X}); source notes
 * ({@code （来源：某某日报）}, {@code 据新华社电}, {@code （据某某新闻报道）}, {@code 某某网6月1日报道}: the outlet, nobody's
 * name). Roles come from a closed, extensible set; the outlet printed before a
 * role is split off it ({@code 本报记者} gives outlet {@code 本报}, role {@code 记者}).
 *
 * <p>Declined: sentences that start like a byline ({@code 记者从市委组织部获悉}, {@code 据新华社报道} unbracketed), a
 * role with a word glued to it that is no person's name (the column label {@code 记者手记}), a photo agency in brackets
 * without 发 as an outlet ({@code X 摄（某某视觉）} gives no outlet), column labels in lenticular or
 * square brackets without a role ({@code 【民生观察】}), source notes that name no outlet ({@code （来源：网友投稿）}),
 * notes on the author ({@code （作者单位：某大学）}),
 * strings of more than 60 characters; {@code 报道}, {@code 北京报道}, {@code 综合报道} or {@code 发自上海} after the names
 * and {@code 见图} before a credit name nobody.
 *
 * <p>Contributor and byline spans are offsets into the parsed string. Instances are immutable and
 * thread-safe.
 */
public final class BylineParser {

  /** Roles recognised by {@link #standard()}, longest first when matching. */
  public static final List<String> STANDARD_ROLES = List.of(
      "融媒体记者", "全媒体记者", "特约记者", "特派记者", "见习记者", "实习记者", "首席记者", "主任记者", "高级记者",
      "资深记者", "摄影记者", "驻站记者", "记者",
      "特约通讯员", "通讯员", "实习生", "特约评论员", "评论员", "责任编辑", "值班编辑", "编辑", "责编", "美编",
      "校对", "摄影", "摄像", "撰文", "特约撰稿人", "撰稿人", "撰稿", "执笔", "采写", "整理", "口述", "作者");

  /**
   * Words printed among a byline's names that name nobody: {@code 报道} after them, {@code 见图} before a credit,
   * {@code 文/图} after reporters who also took the photos.
   */
  private static final Set<String> NOT_NAMES = Set.of("报道", "见图", "文/图", "图/文", "文／图", "图／文");
  private static final Pattern LEAD = Pattern.compile(
      "^据?(?<outlet>本报|本刊|新华社|中新社|中国新闻社|中新网|人民网|新华网|央视网|央广网|光明网|国际在线"
          + "|[\\p{IsHan}·][\\p{IsHan}·\\-－]{0,12}?(?:日报|晚报|早报|时报|商报|都市报|报|通讯社|新闻网|网|在线|客户端|社|新闻(?!客户端|网)))?"
          + "(?<place>[\\p{IsHan}]{2,8}?)??(?<date>(?:\\d{4}年)?\\d{1,2}月\\d{1,2}日(?:\\d{1,2}时(?:\\d{1,2}分)?)?|\\d{1,2}日"
          + "|(?:[〇零一二三四五六七八九]{4}年)?[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)?"
          + "(?<kind>讯|电|消息)");
  /** A character of every kind of report {@link #LEAD} ends in: 讯, 电, 消息. */
  private static final String LEAD_KINDS = "讯电消";
  /**
   * What a credit says before its name: {@code 文/}, {@code 图/}, {@code 图：}, or a group credit over several
   * photos ({@code 以上图片均为}, {@code 照片除署名外均为}, {@code 本版图片由}).
   */
  private static final Pattern CREDIT_PREFIX = Pattern.compile("^(?:(?:文图|图文|文·图)[/／]|(?:文|图)[/／](?:文|图)?|摄[/／]|(?:文|图|文字)[：:|｜]"
      + "|(?:以上|本版|本组|上|下|左|右)?(?:图片|照片)(?:除署名外)?(?:均|皆)?为)");
  private static final Pattern WORDS_AND_PICTURES =
      Pattern.compile("文[/／](?<w>[\\p{IsHan}·]{2,5}?)图[/／](?<p>[\\p{IsHan}·]{2,5})");
  private static final Pattern PHOTO_SOURCE =
      Pattern.compile("^(?<credit>.+?(?:" + NewsCues.PHOTO_CREDIT_ENDINGS + "))\\s*[（(](?<source>[^（）()]{1,12})(?:[）)]|$)$");
  private static final Pattern DISTRIBUTED = Pattern.compile("^(?<org>[\\p{IsHan}·]{2,12})发$");
  /** A note of where a text was taken from: {@code 来源：某某日报}, {@code 稿源:某某网}. */
  private static final Pattern SOURCE_NOTE = Pattern.compile("^(?:信息)?(?:来源|稿源|来稿)[：:](?<outlet>[^：:]{2,20})$");
  /** A credit prefix that labels the writer alone: {@code 文/}, {@code 文：}. */
  private static final Pattern WRITER_PREFIX = Pattern.compile("(?:文|文字)[/／：:|｜]");
  /**
   * A source line naming the outlet a report was taken from, nobody's name: {@code 据新华社报道},
   * {@code 某某网6月1日报道} (a {@link #LEAD} form with 据, {@code 据新华社电}, is read by that pattern).
   */
  private static final Pattern REPORTED_BY_OUTLET =
      Pattern.compile("^(?<cited>据)?(?<outlet>[\\p{IsHan}·]{2,16}?)(?<date>\\d{1,2}月\\d{1,2}日)?报道$");
  /** A label before names saying what they did, printed inside a line: {@code 图/}, {@code 文／}. */
  private static final Pattern SLASH_LABEL = Pattern.compile("^(?<what>文|图)[/／]");
  /** A name with a label after it saying what the person did: {@code 王某/文}, {@code 李某／图}. */
  private static final Pattern NAME_THEN_LABEL = Pattern.compile("^(?<name>[\\p{IsHan}·]{2,8})[/／](?<what>文|图)$");
  private static final Pattern PROVIDED = Pattern.compile("^(?:本组)?(?:图片|照片)?由(?<org>.{2,30})提供$");
  /** A photo an agency distributed, its photographer in brackets: {@code 新华社发（王某 摄）}. */
  private static final Pattern DISTRIBUTED_CREDIT = Pattern.compile(
      "^(?<org>[\\p{IsHan}·]{2,12})发[（(](?<credit>[^（）()]{2,20}(?:" + NewsCues.PHOTO_CREDIT_ENDINGS + "))[）)]$");
  /** Where a picture came from: {@code 图片来源：新华社}. */
  private static final Pattern PICTURE_SOURCE = Pattern.compile("^(?:图片|照片)来源[：:](?<org>[^：:，。]{2,20})$");
  private static final Pattern UNIT_ABBREVIATION = Pattern.compile("^[\\p{IsHan}]{1,4}(?:组|宣|办|委|部|局|处|站|队|院|所|中心)$|^[\\p{IsHan}]{1,3}组[\\p{IsHan}]$");

  private final List<String> roles;

  private BylineParser(List<String> roles) {
    List<String> sorted = new ArrayList<>(roles);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.roles = List.copyOf(sorted);
  }

  /** {@return a parser with {@link #STANDARD_ROLES}} */
  public static BylineParser standard() {
    return new BylineParser(STANDARD_ROLES);
  }

  /**
   * {@return a parser with the standard roles plus {@code extraRoles}}
   *
   * @param extraRoles role words to recognise besides the standard ones
   */
  public static BylineParser withExtraRoles(List<String> extraRoles) {
    List<String> all = new ArrayList<>(STANDARD_ROLES);
    for (String r : extraRoles) {
      if (r.isBlank()) {
        throw new IllegalArgumentException("blank role");
      }
      all.add(r.strip());
    }
    return new BylineParser(all);
  }

  /**
   * Parses {@code s} when the whole string is a byline or photo credit.
   *
   * @param s the text
   * @return the byline, or empty when {@code s} is not one
   */
  public Optional<Byline> parse(CharSequence s) {
    Objects.requireNonNull(s, "s");
    if (longerThan(s, LONGEST_BYLINE)) {
      return Optional.empty();
    }
    Compact c = new Compact(s);
    if (c.text.isEmpty()) {
      return Optional.empty();
    }
    int from = 0;
    while (from < c.text.length() && NewsCues.isDecoration(c.text.charAt(from))) {
      from++;
    }
    int to = c.text.length();
    Matcher words = WORDS_AND_PICTURES.matcher(c.text).region(from, to);
    if (words.matches()) {
      // 文/X 图/Y: the writer and the photographer, each after the label of what they did.
      return Optional.of(new Byline(c.raw(0, to), Optional.empty(), List.of(
          new Contributor("文", words.group("w"), new Span(c.orig(words.start("w")), c.origEnd(words.end("w")))),
          new Contributor("图", words.group("p"), new Span(c.orig(words.start("p")), c.origEnd(words.end("p"))))),
          new Span(c.orig(0), c.origEnd(to))));
    }
    Optional<BylineMatch> lead = leadIn(c, from);
    if (lead.isPresent() && lead.get().end() >= c.origEnd(to)) {
      return Optional.of(lead.get().byline());
    }
    if (from < to && isOpen(c.text.charAt(from)) && isClose(c.text.charAt(to - 1))) {
      // A bracketed line with no role ((城东组)) names a short unit or person, not a note (（上接第一版）) nor the
      // column label a headline ends in (（今日评论）, （书香中国）). Lenticular and square brackets with no role mark
      // column labels (【民生观察】), not credits.
      boolean round = c.text.charAt(from) == '（' || c.text.charAt(from) == '(';
      return content(c, from + 1, to - 1, true, from, to).filter(b -> b.contributors().stream()
          .allMatch(x -> !x.role().equals("作者") || round && looksLikeBareName(x.name())));
    }
    Matcher news = LEAD.matcher(c.text).region(from, to);
    if (Chars.containsAny(c.text, LEAD_KINDS) && news.lookingAt() && news.group("outlet") != null && news.end() < to
        && !news.group("kind").equals("消息") && datedIfPlaced(news)) {
      // An unbracketed lead-in line: 本报讯 记者 张三, 某某晚报讯 记者 李四, 新华社北京1月1日电　记者王某.
      String outlet = news.group("outlet");
      return content(c, news.end(), to, false, from, to)
          .filter(b -> b.contributors().stream().noneMatch(x -> x.role().equals("作者")))
          .map(b -> new Byline(b.raw(), Optional.of(b.outlet().orElse(outlet)), b.contributors(), b.span()));
    }
    Optional<Byline> named = content(c, from, to, false, from, to);
    return named.isPresent() ? named : roleOnly(c, from, to);
  }

  /** Most characters, whitespace not counted, of a whole byline or credit: longer text is a paragraph. */
  private static final int LONGEST_BYLINE = 60;

  /** {@return whether {@code s} holds more than {@code most} characters that are not whitespace} */
  private static boolean longerThan(CharSequence s, int most) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Chars.isSpace(s.charAt(i)) && ++n > most) {
        return true;
      }
    }
    return false;
  }

  /** An outlet and a role with nothing after them ({@code 本报记者}): the outlet, the rest being the role. */
  private static final Pattern ROLE_AT_END = Pattern.compile(
      "(?<outlet>.*?)" + NewsCues.REPORTER_ROLE);

  /**
   * A byline's outlet and role printed with no names ({@code □本报记者}; the extractor put the names, set apart in
   * a box, elsewhere on the page): a byline with its outlet and no contributors.
   */
  private static Optional<Byline> roleOnly(Compact c, int from, int to) {
    String t = c.text.substring(from, to);
    Matcher m = ROLE_AT_END.matcher(t);
    if (!NewsCues.isBylineRoleOnly(t) || !m.matches()) {
      return Optional.empty();
    }
    Optional<String> outlet = Optional.of(m.group("outlet")).filter(o -> !o.isEmpty());
    return Optional.of(new Byline(c.raw(from, to), outlet, List.of(), new Span(c.orig(from), c.origEnd(to))));
  }

  /**
   * Finds a byline at the start of a body paragraph ({@code 本报讯（记者 X）…}, {@code 新华社北京9月8日电（…）…}).
   *
   * @param paragraph the paragraph
   * @return the byline and where the body text begins, or empty
   */
  public Optional<BylineMatch> findLeadIn(CharSequence paragraph) {
    Objects.requireNonNull(paragraph, "paragraph");
    Compact c = new Compact(paragraph);
    int from = 0;
    while (from < c.text.length() && NewsCues.isDecoration(c.text.charAt(from))) {
      from++;
    }
    return leadIn(c, from);
  }

  /**
   * Finds a parenthesised byline closing a paragraph ({@code …发展。（记者 赵丽）}).
   *
   * @param paragraph the paragraph
   * @return the byline and its range, or empty
   */
  public Optional<BylineMatch> findTrailing(CharSequence paragraph) {
    Objects.requireNonNull(paragraph, "paragraph");
    Compact c = new Compact(paragraph);
    int to = c.text.length();
    if (to < 3 || !isClose(c.text.charAt(to - 1))) {
      return Optional.empty();
    }
    int open = -1;
    for (int i = to - 2; i >= Math.max(0, to - 40); i--) {
      if (isOpen(c.text.charAt(i))) {
        open = i;
        break;
      }
      if (isClose(c.text.charAt(i))) {
        return Optional.empty();
      }
    }
    if (open < 0) {
      return Optional.empty();
    }
    Optional<Byline> b = content(c, open + 1, to - 1, true, open, to);
    if (b.isEmpty() || b.get().contributors().stream().allMatch(x -> x.role().equals("作者")) && open > 0) {
      return Optional.empty();
    }
    return Optional.of(new BylineMatch(b.get(), c.orig(open), c.origEnd(to)));
  }

  private Optional<BylineMatch> leadIn(Compact c, int from) {
    String t = c.text.substring(from);
    Matcher m = LEAD.matcher(t);
    if (!Chars.containsAny(t, LEAD_KINDS) || !m.lookingAt()) {
      return Optional.empty();
    }
    String outlet = m.group("outlet");
    boolean hasDate = m.group("date") != null;
    if (outlet == null && !(hasDate && m.group("kind").equals("电"))) {
      return Optional.empty();
    }
    if (!datedIfPlaced(m)) {
      return Optional.empty();
    }
    int end = from + m.end();
    int contentFrom = end;
    if (contentFrom < c.text.length() && isOpen(c.text.charAt(contentFrom))) {
      int close = -1;
      for (int i = contentFrom + 1; i < Math.min(c.text.length(), contentFrom + 40); i++) {
        if (isClose(c.text.charAt(i))) {
          close = i;
          break;
        }
      }
      if (close > contentFrom) {
        Optional<Byline> inner = content(c, contentFrom + 1, close, true, from, close + 1);
        if (m.group("kind").equals("消息")) {
          // after 消息 the brackets name a reporter by role, else the programme or column (（新闻联播）)
          inner = inner.filter(b -> b.contributors().stream().anyMatch(x -> !x.role().equals("作者")));
        }
        if (inner.isPresent()) {
          Byline b = inner.get();
          Optional<String> o = b.outlet().isPresent() ? b.outlet() : Optional.ofNullable(outlet);
          Byline full = new Byline(c.raw(from, close + 1), o, b.contributors(), new Span(c.orig(from), c.origEnd(close + 1)));
          return Optional.of(new BylineMatch(full, c.orig(from), c.origEnd(close + 1)));
        }
        if (outlet != null && m.group("kind").equals("消息")) {
          // 央视网消息（新闻联播）：the programme or column the report comes from, in brackets, then a colon
          int e = close + 1 < c.text.length() && (c.text.charAt(close + 1) == '：' || c.text.charAt(close + 1) == ':') ? close + 2 : close + 1;
          Byline b = new Byline(c.raw(from, e), Optional.of(outlet), List.of(), new Span(c.orig(from), c.origEnd(e)));
          return Optional.of(new BylineMatch(b, c.orig(from), c.origEnd(e)));
        }
      }
    }
    Optional<BylineMatch> reported = reportedBy(c, from, contentFrom, outlet);
    if (reported.isPresent()) {
      return reported;
    }
    if (outlet == null) {
      return Optional.empty();
    }
    if (m.group("kind").equals("消息") && end < c.text.length() && (c.text.charAt(end) == '：' || c.text.charAt(end) == ':')) {
      // 央视网消息：the colon after 消息 belongs to the lead-in, as after its programme in brackets
      end++;
    }
    Byline b = new Byline(c.raw(from, end), Optional.of(outlet), List.of(), new Span(c.orig(from), c.origEnd(end)));
    return Optional.of(new BylineMatch(b, c.orig(from), c.origEnd(end)));
  }

  /**
   * Whether a {@link #LEAD} match names a place only with a date after it ({@code 新华社北京9月8日电},
   * {@code 本报北京1月1日讯}); 讯 or 电 may follow the outlet alone ({@code 本报讯}).
   */
  private static boolean datedIfPlaced(Matcher lead) {
    return lead.group("place") == null || lead.group("date") != null;
  }

  /** The longest unbracketed reporters' credit after a lead: {@code 记者崔某、唐某报道：}. */
  private static final int LONGEST_REPORTED_BY = 30;

  /**
   * A lead's reporters printed without brackets and closed by {@code 报道} ({@code 本报北京1月1日讯记者崔某、唐某报道：}):
   * the byline runs from {@code from} to the end of {@code 报道} and its colon.
   */
  private Optional<BylineMatch> reportedBy(Compact c, int from, int contentFrom, String outlet) {
    int limit = Math.min(c.text.length(), contentFrom + LONGEST_REPORTED_BY);
    int at = c.text.substring(contentFrom, limit).indexOf("报道");
    if (at <= 0 || findRole(c.text.substring(contentFrom, contentFrom + at)) == null) {
      return Optional.empty();
    }
    int namesEnd = contentFrom + at;
    int end = namesEnd + 2;
    if (end < c.text.length() && (c.text.charAt(end) == '：' || c.text.charAt(end) == ':')) {
      end++;
    }
    Optional<Byline> inner = content(c, contentFrom, namesEnd, false, from, end);
    if (inner.isEmpty()) {
      return Optional.empty();
    }
    Byline b = inner.get();
    Optional<String> o = b.outlet().isPresent() ? b.outlet() : Optional.ofNullable(outlet);
    Byline full = new Byline(c.raw(from, end), o, b.contributors(), new Span(c.orig(from), c.origEnd(end)));
    return Optional.of(new BylineMatch(full, c.orig(from), c.origEnd(end)));
  }

  /** One whitespace- or separator-delimited item of byline content, in compact coordinates. */
  private record Item(int start, int end) {
    int length() {
      return end - start;
    }
  }

  /**
   * What a credit prefix before byline content says ({@code 文/}, {@code 图/}, {@code 摄影：}): where the content goes on
   * after it, whether it names a photographer, and how a writer is labelled ({@code 文} after {@code 文/}, else
   * {@code 作者}).
   */
  private record CreditPrefix(int from, boolean photo, String writerLabel) {}

  /** {@return the credit prefix at {@code from} of the content ending at {@code to}; none there, the content as it is} */
  private static CreditPrefix creditPrefix(Compact c, int from, int to) {
    Matcher credit = CREDIT_PREFIX.matcher(c.text.substring(from, to));
    if (!credit.lookingAt() || credit.end() >= to - from) {
      return new CreditPrefix(from, false, "作者");
    }
    boolean photo = (credit.group().startsWith("图") || credit.group().startsWith("摄")) && !credit.group().contains("文");
    // 文/王某: the label says the person wrote the text
    String writerLabel = WRITER_PREFIX.matcher(credit.group()).matches() ? "文" : "作者";
    // 文/本报记者 X, 文/图 X, 图：X: the prefix says what the person did; the role follows.
    int at = from + credit.end();
    while (at < to && Character.isWhitespace(c.text.charAt(at))) {
      at++;
    }
    return new CreditPrefix(at, photo, writerLabel);
  }

  private Optional<Byline> content(Compact c, int from, int to, boolean bracketed, int rawFrom, int rawTo) {
    if (from >= to) {
      return Optional.empty();
    }
    CreditPrefix prefix = creditPrefix(c, from, to);
    from = prefix.from();
    Span whole = new Span(c.orig(rawFrom), c.origEnd(rawTo));
    String raw = c.raw(rawFrom, rawTo);
    // A photo credit may name the agency that distributed it after the credit: 李明摄（新华社发）.
    String named = c.text.substring(from, to);
    Matcher source = PHOTO_SOURCE.matcher(named);
    Optional<String> distributor = Optional.empty();
    if (Chars.containsAny(named, "（(") && source.matches()) {
      to = from + source.end("credit");
      // 李明摄（新华社发）: the agency that distributed the photo is the credit's outlet, as in 新华社发（李明 摄）
      Matcher d = DISTRIBUTED.matcher(source.group("source"));
      distributor = d.matches() && isOutlet(d.group("org")) ? Optional.of(d.group("org")) : Optional.empty();
    }
    boolean reportage = false;
    String trimmed = c.text.substring(from, to).stripTrailing();
    if (trimmed.endsWith("摄影报道") && trimmed.length() > 4) {
      // 冯达 许诺摄影报道: photographers who also wrote the report
      to = from + trimmed.length() - 4;
      reportage = true;
    }
    String body = c.text.substring(from, to);
    if (body.startsWith("作者单位")) {
      // （作者单位：某大学）: the author's affiliation, a note under a signed article, no byline
      return Optional.empty();
    }
    Matcher sourceNote = SOURCE_NOTE.matcher(body);
    if (Chars.containsAny(body, "：:") && sourceNote.matches()) {
      // （来源：某某日报）: where the text was taken from, an outlet and nobody's name; any other source is a note
      String o = sourceNote.group("outlet");
      return isOutlet(o) && !hasSentencePunctuation(o) ? Optional.of(new Byline(raw, Optional.of(o), List.of(), whole)) : Optional.empty();
    }
    Matcher agencyCredit = DISTRIBUTED_CREDIT.matcher(body);
    if (body.indexOf('发') >= 0 && agencyCredit.matches() && isOutlet(agencyCredit.group("org"))) {
      // 新华社发（王某 摄）: the agency that distributed the photo, its photographer in brackets
      String org = agencyCredit.group("org");
      return content(c, from + agencyCredit.start("credit"), from + agencyCredit.end("credit"), true, rawFrom, rawTo)
          .map(b -> new Byline(b.raw(), Optional.of(org), b.contributors(), b.span()));
    }
    Optional<String> cited = citedOutlet(body, bracketed);
    if (cited.isPresent()) {
      return Optional.of(new Byline(raw, cited, List.of(), whole));
    }
    Optional<Contributor> organisation = organisationCredit(c, from, to);
    if (organisation.isPresent()) {
      return Optional.of(new Byline(raw, Optional.empty(), List.of(organisation.get()), whole));
    }
    return people(c, from, to, bracketed, prefix.photo() || reportage, prefix.writerLabel(), raw, whole, distributor);
  }

  /**
   * The outlet a source line cites, when {@code body} is one: {@code 据新华社电}, {@code 据新华社北京6月1日电},
   * {@code 某某网6月1日报道}, and in brackets {@code （据某某新闻报道）} (unbracketed, that is how a sentence starts);
   * empty otherwise.
   */
  private static Optional<String> citedOutlet(String body, boolean bracketed) {
    if (body.startsWith("据") && Chars.containsAny(body, LEAD_KINDS)) {
      Matcher lead = LEAD.matcher(body);
      if (lead.matches() && lead.group("outlet") != null && datedIfPlaced(lead)) {
        return Optional.of(lead.group("outlet"));
      }
    }
    Matcher reported = body.endsWith("报道") ? REPORTED_BY_OUTLET.matcher(body) : null;
    if (reported != null && reported.matches() && (bracketed && reported.group("cited") != null || reported.group("date") != null)
        && isOutlet(reported.group("outlet"))) {
      return Optional.of(reported.group("outlet"));
    }
    return Optional.empty();
  }

  /**
   * The byline of the names (and roles) in {@code [from, to)}: a trailing {@code 摄} / {@code 摄影} makes them
   * photographers, as {@code markedPhoto} says a prefix or 摄影报道 did; the distributing agency, if any, is the outlet
   * when the names give none. Empty when an item reads as no part of a byline.
   */
  private Optional<Byline> people(Compact c, int from, int to, boolean bracketed, boolean markedPhoto, String writerLabel,
      String raw, Span whole, Optional<String> distributor) {
    List<Item> items = items(c, from, to);
    if (items.isEmpty()) {
      return Optional.empty();
    }
    // A trailing 摄 / 摄影 marks a photo credit: the names before it are photographers.
    boolean photo = markedPhoto;
    Item last = items.get(items.size() - 1);
    String lastText = c.text.substring(last.start, last.end);
    if (lastText.equals("摄") || lastText.equals("摄影") || lastText.equals("摄影报道")) {
      items.remove(items.size() - 1);
      photo = true;
    } else if ((lastText.endsWith("摄") || lastText.endsWith("/摄")) && last.length() > 1) {
      int cut = lastText.endsWith("/摄") ? 2 : 1;
      items.set(items.size() - 1, new Item(last.start, last.end - cut));
      photo = true;
    }
    if (photo && items.size() >= 2 && items.size() <= 3 && items.stream().allMatch(it -> it.length() == 1)) {
      // one padded name whose last character was glued to 摄: 薛  俊摄
      items = List.of(new Item(items.get(0).start, items.get(items.size() - 1).end));
    }
    Reader reader = new Reader(c, photo, bracketed, items.size(), writerLabel);
    for (Item it : items) {
      if (!reader.read(it)) {
        return Optional.empty();
      }
    }
    return reader.byline(raw, whole).map(b -> b.outlet().isPresent() || distributor.isEmpty() ? b
        : new Byline(b.raw(), distributor, b.contributors(), b.span()));
  }

  /**
   * A credit to an organisation rather than to people: {@code 新华社发} (a photo an agency distributed),
   * {@code 本组图片由X提供}, {@code X供图}; empty when {@code [from, to)} is none of these.
   */
  private static Optional<Contributor> organisationCredit(Compact c, int from, int to) {
    String body = c.text.substring(from, to);
    Matcher distributed = DISTRIBUTED.matcher(body);
    if (body.endsWith("发") && distributed.matches() && isOutlet(distributed.group("org"))) {
      int e = from + distributed.end("org");
      return Optional.of(new Contributor("供图", distributed.group("org"), new Span(c.orig(from), c.origEnd(e))));
    }
    Matcher provided = body.endsWith("提供") ? PROVIDED.matcher(body) : null;
    if (provided == null || !provided.matches()) {
      provided = body.contains("来源") ? PICTURE_SOURCE.matcher(body) : null;
    }
    if (provided != null && provided.matches()) {
      int s = from + provided.start("org");
      int e = from + provided.end("org");
      return Optional.of(new Contributor("供图", c.text.substring(s, e), new Span(c.orig(s), c.origEnd(e))));
    }
    if (body.endsWith("供图") && body.length() > 2 && body.length() <= 30 && !hasSentencePunctuation(body)) {
      int e = to - 2;
      return Optional.of(new Contributor("供图", c.text.substring(from, e), new Span(c.orig(from), c.origEnd(e))));
    }
    return Optional.empty();
  }

  /**
   * Reads a byline's items one by one, left to right: the outlet, the role each group of names is printed under, the
   * labels that say what a person did ({@code 图/} before names, {@code /文} after one), and the names. One per parse.
   */
  private final class Reader {
    private final Compact c;
    private final boolean photo;
    private final boolean bracketed;
    private final int itemCount;
    /** The role of names printed under no role: {@code 作者}, or {@code 文} after a {@code 文/} prefix. */
    private final String writerLabel;
    private final List<Contributor> out = new ArrayList<>();
    private String outlet;
    private String role;
    private boolean sawRole;
    private boolean photoNow;

    Reader(Compact c, boolean photo, boolean bracketed, int itemCount, String writerLabel) {
      this.c = c;
      this.photo = photo;
      this.bracketed = bracketed;
      this.itemCount = itemCount;
      this.writerLabel = writerLabel;
      this.photoNow = photo;
    }

    /** Reads one item; {@return false when it shows the text is no byline} */
    boolean read(Item it) {
      String t = c.text.substring(it.start, it.end);
      int itStart = it.start;
      Matcher slash = SLASH_LABEL.matcher(t);
      if (!NOT_NAMES.contains(t) && slash.lookingAt() && slash.end() < t.length()) {
        // 文/本报记者 X 图/本报记者 Y: what the names after the label did, the photos from 图/ on
        photoNow = slash.group("what").equals("图");
        t = t.substring(slash.end());
        itStart += slash.end();
      }
      Matcher distributedBy = DISTRIBUTED.matcher(t);
      if (outlet == null && out.isEmpty() && itemCount > 1 && distributedBy.matches() && isOutlet(distributedBy.group("org"))) {
        // 中新社发 王某 摄: the agency that distributed the photo, then its photographer
        outlet = distributedBy.group("org");
        return true;
      }
      Matcher postfix = NAME_THEN_LABEL.matcher(t);
      String label = postfix.matches() ? postfix.group("what") : null;
      if (label != null) {
        // 本报记者 王某/文 李某/图: the label after the name says what that person did
        t = postfix.group("name");
      }
      return name(t, itStart, label);
    }

    /** Reads item text {@code t} (at compact {@code start}) as an outlet, a role and a name, or a name alone. */
    private boolean name(String t, int start, String label) {
      boolean photoHere = label != null ? label.equals("图") : photoNow;
      RoleHit hit = findRole(t);
      String bare = t.endsWith("报道") ? t.substring(0, t.length() - 2) : t;
      if (hit == null && outlet == null && out.isEmpty() && isOutlet(bare) && !looksLikePersonName(bare)) {
        // [某某网报道 记者 王某], 某某新闻客户端 记者 李某: the outlet, then its reporters
        outlet = bare;
        return true;
      }
      if (hit == null && (NOT_NAMES.contains(t) || !out.isEmpty() && saysWhereReported(t))) {
        // 本报记者 王某 报道, （见图 李明摄）, 记者 王某 北京报道, 记者 王某 发自上海: words around the names
        return true;
      }
      String name = hit == null && !bare.equals(t) && looksLikePersonName(bare) ? bare : t;
      int nameStart = start;
      if (hit != null) {
        String prefix = withoutPosting(t.substring(0, hit.index));
        if (!prefix.isEmpty()) {
          if (!isOutlet(prefix)) {
            return false;
          }
          outlet = withoutTitleMarks(prefix);
        }
        role = hit.role;
        sawRole = true;
        int after = hit.index + hit.role.length();
        while (after < t.length() && "/／".indexOf(t.charAt(after)) >= 0) {
          // 记者/王某: a slash between the role and the name
          after++;
        }
        name = t.substring(after);
        if (name.endsWith("报道") && looksLikePersonName(name.substring(0, name.length() - 2))) {
          name = name.substring(0, name.length() - 2);
        }
        nameStart = start + after;
        if (name.isEmpty()) {
          return true;
        }
        if (addedGluedNames(name, nameStart, photoHere)) {
          return true;
        }
        if (!looksLikePersonName(name)) {
          // Printed right after its role, with no space, a name is a person's: 新闻摄影讲座 is not outlet 新闻, role
          // 摄影, name 讲座, and 记者手记 is a column label.
          return false;
        }
      }
      String effectiveRole = label != null && role == null ? label
          : photoHere ? (role == null || isReporterRole(role) ? "摄影" : role) : (role == null ? writerLabel : role);
      boolean longOk = bracketed || photoHere || effectiveRole.equals("作者") && !sawRole;
      if (!isName(name, longOk)) {
        return false;
      }
      out.add(new Contributor(effectiveRole, name, new Span(c.orig(nameStart), c.origEnd(nameStart + name.length()))));
      return true;
    }

    /**
     * Adds the names printed with nothing between them after a role ({@code 本报记者陈明亮杜小平}), each under the role;
     * {@return whether {@code name} (at compact {@code nameStart}) was such names}
     */
    private boolean addedGluedNames(String name, int nameStart, boolean photoHere) {
      List<Integer> cuts = looksLikePersonName(name) ? List.of() : splitGluedNames(name);
      if (cuts.isEmpty()) {
        return false;
      }
      String eff = photoHere ? "摄影" : role;
      int from = 0;
      for (int k : cuts) {
        out.add(new Contributor(eff, name.substring(from, k), new Span(c.orig(nameStart + from), c.origEnd(nameStart + k))));
        from = k;
      }
      out.add(new Contributor(eff, name.substring(from), new Span(c.orig(nameStart + from), c.origEnd(nameStart + name.length()))));
      return true;
    }

    /** {@return the byline read, or empty when it names nobody (but a commentator) or is a bare line of no name} */
    Optional<Byline> byline(String raw, Span whole) {
      if (out.isEmpty()) {
        if (sawRole && role != null && role.contains("评论员")) {
          return Optional.of(new Byline(raw, Optional.ofNullable(outlet), List.of(), whole));
        }
        return Optional.empty();
      }
      if (!sawRole && !photo && !bracketed) {
        // A bare line: accept a person's name or a unit abbreviation only.
        if (out.size() > 3 || !out.stream().allMatch(x -> looksLikeBareName(x.name()))) {
          return Optional.empty();
        }
      }
      return Optional.of(new Byline(raw, Optional.ofNullable(outlet), out, whole));
    }
  }

  private record RoleHit(String role, int index) {}

  private RoleHit findRole(String item) {
    RoleHit best = null;
    for (String r : roles) {
      int i = item.indexOf(r);
      while (i >= 0) {
        // a role must not be followed by more role letters (记者站) and must start the item or follow an outlet
        if (best == null || i < best.index || i == best.index && r.length() > best.role.length()) {
          best = new RoleHit(r, i);
        }
        break;
      }
    }
    return best;
  }

  /** Whether {@code s} holds sentence punctuation ({@code 。，；！？}): a caption sentence, not a credit's name. */
  private static boolean hasSentencePunctuation(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Chars.isSentenceFinal(s.charAt(i)) || "，；,;".indexOf(s.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** A reporter's posting after the outlet: {@code 驻香港}, {@code 驻京} ({@code 某某时报驻香港特约记者}). */
  private static final Pattern POSTING = Pattern.compile("(?<outlet>.+?)驻[\\p{IsHan}]{1,6}");

  /** {@return {@code prefix} without a posting after its outlet ({@code 某某时报驻香港} gives {@code 某某时报})} */
  private static String withoutPosting(String prefix) {
    Matcher m = POSTING.matcher(prefix);
    return m.matches() && isOutlet(m.group("outlet")) ? m.group("outlet") : prefix;
  }

  /** {@code name} without the title marks around it ({@code 《某某晚报》} is 某某晚报); unchanged without them. */
  private static String withoutTitleMarks(String name) {
    return name.length() > 2 && name.charAt(0) == '《' && name.charAt(name.length() - 1) == '》' ? name.substring(1, name.length() - 1) : name;
  }

  private static boolean isOutlet(String prefix) {
    if (hasSentencePunctuation(prefix)) {
      // 图为某某。新华社记者 X 摄: a caption's sentence before the credit is no outlet
      return false;
    }
    if (!withoutTitleMarks(prefix).equals(prefix)) {
      // 《某某晚报》记者 X: a paper's name in title marks
      return isOutlet(withoutTitleMarks(prefix));
    }
    if (prefix.equals("本报") || prefix.equals("本刊") || prefix.equals("本台") || prefix.equals("本网")) {
      return true;
    }
    if (prefix.length() > 16) {
      return false;
    }
    return prefix.endsWith("社") || prefix.endsWith("报") || prefix.endsWith("报道") || prefix.endsWith("网")
        || prefix.endsWith("台") || prefix.endsWith("视") || prefix.length() >= 3 && prefix.endsWith("+")
        || prefix.contains("报") && prefix.endsWith("版")
        || prefix.endsWith("新闻") || prefix.endsWith("客户端") || prefix.endsWith("频道") || prefix.contains("·")
        || prefix.startsWith("驻") || prefix.endsWith("中心") || prefix.startsWith("新华社") || prefix.endsWith("杂志");
  }

  private List<Item> items(Compact c, int from, int to) {
    List<Item> raw = new ArrayList<>();
    int start = from;
    for (int i = from; i <= to; i++) {
      boolean boundary = i == to || c.gapBefore[i] && i > from;
      char ch = i < to ? c.text.charAt(i) : 0;
      boolean sep = i < to && (ch == '、' || ch == '，' || ch == ',' || ch == '；' || ch == ';' || ch == '：' || ch == ':'
          || ch == '|' || ch == '｜');
      if (boundary || sep) {
        if (i > start) {
          raw.add(new Item(start, i));
        }
        start = sep ? i + 1 : i;
      }
    }
    raw = splitRoleFromPaddedName(c, raw);
    // Merge runs of single characters: justification ("记 者") or padded names ("程　龙").
    List<Item> merged = new ArrayList<>();
    int i = 0;
    while (i < raw.size()) {
      Item it = raw.get(i);
      if (it.length() == 1 && Chars.isHan(c.text.charAt(it.start))) {
        int j = i + 1;
        while (j < raw.size() && raw.get(j).length() == 1 && raw.get(j).start == raw.get(j - 1).end
            && Chars.isHan(c.text.charAt(raw.get(j).start))) {
          j++;
        }
        Item run = new Item(it.start, raw.get(j - 1).end);
        if (j - i == 4 && NewsCues.isSurname(c.text.charAt(it.start)) && NewsCues.isSurname(c.text.charAt(raw.get(i + 2).start))) {
          // two padded two-character names: 冯　达　许　诺 is 冯达 and 许诺
          merged.add(new Item(it.start, raw.get(i + 1).end));
          merged.add(new Item(raw.get(i + 2).start, run.end));
        } else {
          merged.add(run);
        }
        i = j;
      } else {
        merged.add(it);
        i++;
      }
    }
    // Split "X和Y" / "X及Y" between two names.
    List<Item> out = new ArrayList<>();
    for (Item it : splitRoleGroups(c, merged)) {
      String t = c.text.substring(it.start, it.end);
      int k = Math.max(t.indexOf('和', 2), t.indexOf('及', 2));
      if (k >= 2 && t.length() - k - 1 >= 2 && t.length() <= 9 && findRole(t) == null) {
        out.add(new Item(it.start, it.start + k));
        out.add(new Item(it.start + k + 1, it.end));
      } else {
        out.add(it);
      }
    }
    return out;
  }

  /**
   * {@code raw} with the last character of each item that ends in a role and one character more cut off where a single
   * character follows: a role printed with nothing before a padded name ({@code 本报记者钱　林}, a byline whose role and
   * name the extractor printed on two lines) glues the name's first character to the role, and that character opens
   * the padded name instead.
   */
  private List<Item> splitRoleFromPaddedName(Compact c, List<Item> raw) {
    List<Item> out = new ArrayList<>(raw.size() + 1);
    for (int k = 0; k < raw.size(); k++) {
      Item it = raw.get(k);
      Item next = k + 1 < raw.size() ? raw.get(k + 1) : null;
      boolean paddedAfter = next != null && next.length() == 1 && next.start == it.end
          && Chars.isHan(c.text.charAt(next.start)) && Chars.isHan(c.text.charAt(it.end - 1));
      RoleHit role = paddedAfter ? findRole(c.text.substring(it.start, it.end)) : null;
      if (role != null && role.index + role.role.length() == it.length() - 1) {
        out.add(new Item(it.start, it.end - 1));
        out.add(new Item(it.end - 1, it.end));
      } else {
        out.add(it);
      }
    }
    return out;
  }

  /**
   * Splits items that hold two role groups printed with nothing between them ({@code 本报记者芮一本报通讯员管二}) before
   * the second role, or before the outlet ({@code 本报}, {@code 本刊}) right in front of it.
   */
  private List<Item> splitRoleGroups(Compact c, List<Item> items) {
    List<Item> out = new ArrayList<>();
    for (Item it : items) {
      int start = it.start;
      while (true) {
        String t = c.text.substring(start, it.end);
        RoleHit first = findRole(t);
        int after = first == null ? t.length() : first.index + first.role.length() + 2;
        RoleHit second = after < t.length() ? findRole(t.substring(after)) : null;
        if (second == null) {
          break;
        }
        int next = after + second.index;
        int cut = next >= 2 && (t.startsWith("本报", next - 2) || t.startsWith("本刊", next - 2)) ? next - 2 : next;
        out.add(new Item(start, start + cut));
        start += cut;
      }
      out.add(new Item(start, it.end));
    }
    return out;
  }

  /**
   * Where a run of names printed with nothing between them splits: two names ({@link #splitTwoNames}), else three of two
   * or three characters each where exactly one split gives three names that each start with one of the
   * {@value #COMMON_SURNAMES} commonest surnames ({@code 张强赵磊钱芳}); empty when no split is clear.
   */
  private static List<Integer> splitGluedNames(String run) {
    Optional<Integer> two = splitTwoNames(run);
    if (two.isPresent()) {
      return List.of(two.get());
    }
    if (run.length() < 6 || run.length() > 9) {
      return List.of();
    }
    List<List<Integer>> found = new ArrayList<>();
    for (int a = 2; a <= 3; a++) {
      for (int b = a + 2; b <= a + 3; b++) {
        int rest = run.length() - b;
        if (rest >= 2 && rest <= 3 && isCommonName(run.substring(0, a)) && isCommonName(run.substring(a, b))
            && isCommonName(run.substring(b))) {
          found.add(List.of(a, b));
        }
      }
    }
    return found.size() == 1 ? found.get(0) : List.of();
  }

  /** A person's name ({@link #looksLikePersonName}) led by one of the {@value #COMMON_SURNAMES} commonest surnames. */
  private static boolean isCommonName(String name) {
    return looksLikePersonName(name) && NewsCues.surnameRank(name.charAt(0)) < COMMON_SURNAMES;
  }

  /**
   * Splits a run of two personal names printed with nothing between them ({@code 陈明亮杜小平}, {@code 王明李华}) where
   * exactly one split gives two names of two or three characters, each starting with a surname; where two splits do,
   * the one whose second name starts with one of the {@value #COMMON_SURNAMES} commonest surnames when the other's
   * does not ({@code 赵成王明峰}: 王明峰, not 明峰); else empty.
   */
  private static Optional<Integer> splitTwoNames(String run) {
    if (run.length() < 4 || run.length() > 6) {
      return Optional.empty();
    }
    List<Integer> cuts = new ArrayList<>();
    for (int k = 2; k <= 3; k++) {
      if (looksLikePersonName(run.substring(0, k)) && looksLikePersonName(run.substring(k))) {
        cuts.add(k);
      }
    }
    if (cuts.size() == 2) {
      cuts.removeIf(k -> NewsCues.surnameRank(run.charAt(k)) >= COMMON_SURNAMES);
    }
    return cuts.size() == 1 ? Optional.of(cuts.get(0)) : Optional.empty();
  }

  /**
   * How many surnames, from the most frequent ({@link NewsCues#surnameRank} is by frequency), count as common: the
   * hundred commonest are borne by about 85 % of people in China, so a rarer one opening the second of two glued
   * names is likely the first name's last character instead.
   */
  private static final int COMMON_SURNAMES = 100;

  private static boolean isName(String name, boolean allowLong) {
    int han = 0;
    int dots = 0;
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (Chars.isHan(ch)) {
        han++;
      } else if (ch == '·' || ch == '•' || ch == '‧' || ch == '・') {
        dots++;
      } else {
        return false;
      }
    }
    if (han == 0) {
      return false;
    }
    if (dots > 0) {
      return han <= 12;
    }
    return han <= (allowLong ? 14 : 4);
  }

  /**
   * {@return whether {@code name} can be a byline's person or unit standing alone, with no role: a Chinese name led by
   * a common surname ({@code 张明}, {@code 欧阳小华}) or a short unit ({@code 城东组}, {@code 某县委宣}); a column tag
   * or a photo agency ({@code 乡村行}, {@code 光影视觉}) is not one}
   *
   * @param name the text that would be the name
   */
  public static boolean looksLikeBareName(CharSequence name) {
    String n = Chars.stripSpaces(name);
    return looksLikePersonName(n) || UNIT_ABBREVIATION.matcher(n).matches();
  }

  /** A Chinese name of Han characters only ({@link NewsCues#isPersonName}); names with a middle dot are read apart. */
  private static boolean looksLikePersonName(String name) {
    return name.indexOf('·') < 0 && NewsCues.isPersonName(name);
  }

  /**
   * Whether item {@code t}, printed after a byline's names, says where or how the report was made rather than naming
   * anyone: {@code 发自上海}, {@code 北京报道}, {@code 综合报道}. A name glued to 报道 ({@code 李华报道}) is still a name
   * when it starts with a common surname.
   */
  private static boolean saysWhereReported(String t) {
    if (t.startsWith("发自")) {
      return t.length() >= 4 && t.length() <= 10 && Chars.isAllHan(t);
    }
    if (!t.endsWith("报道") || t.length() < 4 || t.length() > 10) {
      return false;
    }
    return !isCommonName(t.substring(0, t.length() - 2));
  }

  /** Whether a photo credit's role names a reporter ({@code 记者}, {@code 通讯员}, {@code 实习生}…), who then took the photo. */
  private static boolean isReporterRole(String role) {
    return REPORTER.matcher(role).matches() || role.equals("实习生");
  }

  private static final Pattern REPORTER = Pattern.compile(NewsCues.REPORTER_ROLE + "|特约通讯员");

  private static boolean isOpen(char ch) {
    return ch == '（' || ch == '(' || ch == '【' || ch == '〔' || ch == '[';
  }

  private static boolean isClose(char ch) {
    return ch == '）' || ch == ')' || ch == '】' || ch == '〕' || ch == ']';
  }
}
