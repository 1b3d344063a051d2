package dev.banmian.extract.structure;

import dev.banmian.extract.layout.Placement;
import dev.banmian.geometry.Box;
import dev.banmian.text.Chars;
import dev.banmian.text.NewsCues;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The headline-matching pass: gives each heading the body run it belongs to. A heading without a headline (a byline,
 * a section label, a kicker) at the end of its cluster goes to the run right after it. Headlines are then assigned by
 * the assignment that explains the whole page: a score of content overlap (how many of the headline's character pairs
 * occur in the body) plus adjacency ({@link Weights}), taken greedily from the best pair down, one headline per body.
 * Last, a heading left without a body right above a matched headline of its cluster becomes that headline's kicker.
 *
 * <p>Immutable and thread-safe.
 */
final class HeadlineMatcher {
  /** How many units (body runs or heading clusters) apart a headline and its body may be. */
  static final int MATCH_WINDOW = 40;

  /**
   * The weights of a headline-to-body score, added to the share of the headline's character pairs found in the body.
   *
   * @param below a heading cluster's last heading right over the body: the usual place of a headline
   * @param bylineBelow added to {@code below} when that heading has a byline: heading and byline over a body are its
   *     article's
   * @param above a cluster's first heading with a headline right after the body: pages that print the headline after
   *     its body
   * @param secondByline taken off when the body already has a byline from the heading before it: an article has one
   * @param threshold the least score of a match
   */
  record Weights(double below, double bylineBelow, double above, double secondByline, double threshold) {
    /** The weights in use: adjacency alone (0.3) is a match, content alone must find 0.3 of the headline's pairs. */
    static final Weights STANDARD = new Weights(0.3, 0.3, 0.15, 0.5, 0.3);
  }

  private final Weights weights;

  HeadlineMatcher(Weights weights) {
    this.weights = weights;
  }

  /** Matches the page's headings to its runs; {@code units} are the page's units, with cluster and unit indexes set. */
  void match(List<Unit> units, List<ArticleHeading> subs, List<BodyRun> runs, Assembly page) {
    attachForward(units, subs, runs);
    List<Candidate> candidates = candidates(units, subs, runs);
    candidates.sort((a, b) -> Double.compare(b.score(), a.score()));
    for (Candidate p : candidates) {
      ArticleHeading s = subs.get(p.sub());
      BodyRun r = runs.get(p.run());
      if (s.matched != null || r.headlineSub != null) {
        continue;
      }
      s.matched = r;
      r.headlineSub = s;
      page.diagnose("assemble", "match.headline", "headline '" + joined(s.headline) + "' matched to body at line "
          + (r.position + 1) + " (score " + Decimals.twoPlaces(p.score()) + ")", s.headline.get(0).block());
    }
    takeVerticalHeadlines(subs, runs, page);
    giveKickersToVerticalHeadlines(subs, runs, page);
    foldKickers(subs);
  }

  /**
   * Gives a headline printed vertically (one character per line), left without a body, to the article whose body is
   * read right before it and whose words it names ({@link Weights#threshold}): the article's horizontal headline
   * becomes its kicker. Only display type is set vertically, beside the body it heads, while the line over the byline is
   * the kicker (引题) that explains it; greedy matching gave that body to the kicker, whose pair with its body scores
   * higher (adjacent, over the byline). The heading is a headline alone, the first of its cluster, and the article has no
   * kicker yet and a horizontal headline.
   */
  private void takeVerticalHeadlines(List<ArticleHeading> subs, List<BodyRun> runs, Assembly page) {
    Map<Integer, BodyRun> byEnd = null;
    for (int si = 0; si < subs.size(); si++) {
      ArticleHeading s = subs.get(si);
      if (s.matched != null || !isVerticalHeadlineAlone(s) || !firstHeadlineOfCluster(subs, si)) {
        continue;
      }
      byEnd = byEnd != null ? byEnd : runsByEndUnit(runs);
      BodyRun r = byEnd.get(s.clusterIndex - 1);
      ArticleHeading h = r == null ? null : r.headlineSub;
      if (h == null || !h.kicker.isEmpty() || printsVertically(h)
          || HanPairs.containment(joined(s.headline), HanPairs.of(Chars.stripSpaces(r.text()))) < weights.threshold()) {
        continue;
      }
      h.kicker.addAll(h.headline);
      h.headline.clear();
      h.headline.addAll(s.headline);
      s.headline.clear();
      page.diagnose("assemble", "match.headline", "headline '" + joined(h.headline) + "', printed vertically, heads the body"
          + " at line " + (r.position + 1) + " read right before it; '" + joined(h.kicker) + "' is its kicker",
          h.headline.get(0).block());
    }
  }

  /**
   * Gives an article headed by a vertical headline alone the horizontal headline, left without a body, that names its
   * words ({@link Weights#threshold}) within {@link #MATCH_WINDOW} units, as its kicker, with that heading's byline and
   * section label: the counterpart of {@link #takeVerticalHeadlines} where matching gave the body to the vertical
   * headline and the extractor read the kicker and byline apart from it. The heading given has no kicker or
   * subheadline of its own; of several, the one that names most of the body's words gives.
   */
  private void giveKickersToVerticalHeadlines(List<ArticleHeading> subs, List<BodyRun> runs, Assembly page) {
    for (BodyRun r : runs) {
      ArticleHeading v = r.headlineSub;
      ArticleHeading kicker = v != null && isVerticalHeadlineAlone(v) ? bodilessHeadlineNaming(r, subs) : null;
      if (kicker == null) {
        continue;
      }
      v.kicker.addAll(kicker.headline);
      kicker.headline.clear();
      v.byline = kicker.byline;
      kicker.byline = null;
      v.section.addAll(kicker.section);
      kicker.section.clear();
      page.diagnose("assemble", "match.headline", "'" + joined(v.kicker) + "', left without a body, is the kicker of the"
          + " vertical headline '" + joined(v.headline) + "' whose body names its words", v.kicker.get(0).block());
    }
  }

  /**
   * Of the horizontal headlines within {@link #MATCH_WINDOW} units of run {@code r} that found no body and have no kicker
   * or subheadline, the one whose words {@code r} uses most, at least {@link Weights#threshold}; or null.
   */
  private ArticleHeading bodilessHeadlineNaming(BodyRun r, List<ArticleHeading> subs) {
    HanPairs body = HanPairs.of(Chars.stripSpaces(r.text()));
    ArticleHeading best = null;
    double most = weights.threshold();
    for (ArticleHeading u : subs) {
      if (u.matched != null || !u.hasHeadline() || !u.kicker.isEmpty() || !u.subheadline.isEmpty()
          || printsVertically(u) || Math.abs(u.clusterIndex - r.unitIndex) > MATCH_WINDOW) {
        continue;
      }
      double c = HanPairs.containment(NewsCues.withoutColumnTag(joined(u.headline)), body);
      if (c >= most) {
        best = u;
        most = c;
      }
    }
    return best;
  }

  /** The runs by the unit index their blocks end at. */
  private static Map<Integer, BodyRun> runsByEndUnit(List<BodyRun> runs) {
    Map<Integer, BodyRun> byEnd = new HashMap<>();
    for (BodyRun r : runs) {
      byEnd.put(r.endUnitIndex(), r);
    }
    return byEnd;
  }

  /** Whether any block of the heading's headline is printed vertically (one character per line). */
  private static boolean printsVertically(ArticleHeading h) {
    return h.headline.stream().anyMatch(c -> c.block().isVertical());
  }

  /** Whether the heading is a headline printed vertically and nothing else. */
  private static boolean isVerticalHeadlineAlone(ArticleHeading s) {
    return s.hasHeadline() && s.headline.stream().allMatch(c -> c.block().isVertical()) && s.section.isEmpty()
        && s.kicker.isEmpty() && s.subheadline.isEmpty() && s.byline == null;
  }

  /** A scored pair of heading and run, by their indexes. */
  private record Candidate(double score, int sub, int run) {
  }

  /** Forward attachment of headline-less headings (byline, section, kicker) to the next body. */
  private static void attachForward(List<Unit> units, List<ArticleHeading> subs, List<BodyRun> runs) {
    Set<BodyRun> inRuns = Collections.newSetFromMap(new IdentityHashMap<>());
    inRuns.addAll(runs);
    for (ArticleHeading s : subs) {
      int at = s.clusterIndex + 1;
      BodyRun next = at < units.size() && units.get(at) instanceof BodyRun r ? r : null;
      if (!s.hasHeadline() && s.lastOfCluster && next != null && inRuns.contains(next) && next.forwardSub == null) {
        next.forwardSub = s;
        s.matched = next;
      }
    }
  }

  /**
   * Every heading-run pair within {@link #MATCH_WINDOW} units whose score reaches the threshold. Each body's character
   * pairs are computed once, which keeps long inputs linear.
   */
  private List<Candidate> candidates(List<Unit> units, List<ArticleHeading> subs, List<BodyRun> runs) {
    List<HanPairs> runPairs = new ArrayList<>(runs.size());
    for (BodyRun r : runs) {
      runPairs.add(HanPairs.of(Chars.stripSpaces(r.text())));
    }
    RunIndex near = new RunIndex(runs);
    List<Candidate> out = new ArrayList<>();
    for (int si = 0; si < subs.size(); si++) {
      ArticleHeading s = subs.get(si);
      if (!s.hasHeadline()) {
        continue;
      }
      // the subheadline states the same news in other words (and backs it with figures): its words count too
      String head = NewsCues.withoutColumnTag(joined(s.headline)) + joined(s.subheadline);
      Place place = new Place(isRun(units, s.clusterIndex - 1), isRun(units, s.clusterIndex + 1), sideBySide(subs, si),
          firstHeadlineOfCluster(subs, si));
      for (int ri : near.runsWithin(s.clusterIndex, MATCH_WINDOW)) {
        BodyRun r = runs.get(ri);
        double score = score(s, r, place, HanPairs.containment(head, runPairs.get(ri)));
        if (score >= weights.threshold()) {
          out.add(new Candidate(score, si, ri));
        }
      }
    }
    return out;
  }

  /** The runs by their unit index, so that the runs near a heading are found without visiting every run. */
  private static final class RunIndex {
    /** The runs' indexes, by unit index. */
    private final int[] order;
    /** The unit index of each run of {@link #order}, ascending. */
    private final int[] units;

    RunIndex(List<BodyRun> runs) {
      order = IntStream.range(0, runs.size()).boxed().sorted(Comparator.comparingInt(i -> runs.get(i).unitIndex))
          .mapToInt(Integer::intValue).toArray();
      units = Arrays.stream(order).map(i -> runs.get(i).unitIndex).toArray();
    }

    /** {@return the indexes, ascending, of the runs whose unit index is within {@code window} of {@code unit}} */
    int[] runsWithin(int unit, int window) {
      int from = firstAtLeast(unit - window);
      int to = firstAtLeast(unit + window + 1);
      int[] out = Arrays.copyOfRange(order, from, to);
      Arrays.sort(out);
      return out;
    }

    private int firstAtLeast(int unit) {
      int lo = 0;
      int hi = units.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (units[mid] < unit) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  /**
   * Where a heading stands among the units: whether a body run comes right before its cluster and right after it, the
   * headings printed side by side with it, and whether it is the first of its cluster with a headline.
   */
  private record Place(boolean bodyAbove, boolean bodyBelow, List<ArticleHeading> sideBySide, boolean firstHeadline) {
  }

  private static boolean isRun(List<Unit> units, int unit) {
    return unit >= 0 && unit < units.size() && units.get(unit) instanceof BodyRun;
  }

  /**
   * The score of heading {@code s}, standing at {@code place}, for run {@code r}. A cluster with no body under it (the
   * page ends, or another heading follows) heads nothing below, so the body right above it is as much its place as a
   * body below would be: the headline printed after (to the right of) its body.
   */
  private double score(ArticleHeading s, BodyRun r, Place place, double containment) {
    double score = containment;
    if (!place.sideBySide().isEmpty()) {
      // headlines printed side by side, read across before their bodies: each heads the run its columns are nearest
      boolean next = r.unitIndex > s.clusterIndex && r.unitIndex <= s.clusterIndex + place.sideBySide().size();
      if (next && nearest(place.sideBySide(), r) == s) {
        score += below(s, r, place);
      }
    } else if (s.lastOfCluster && r.unitIndex == s.clusterIndex + 1 && !r.besideHeading) {
      score += below(s, r, place);
    }
    if (place.firstHeadline() && r.unitIndex == s.clusterIndex - 1) {
      score += place.bodyBelow() ? weights.above() : weights.below();
    }
    if (r.forwardSub != null && r.forwardSub.byline != null && s.byline != null) {
      score -= weights.secondByline();
    }
    return score;
  }

  /**
   * The score of heading {@code s} right over run {@code r}: more where the article is signed there, by a byline under
   * the headline, or by a lead-in opening the run ({@code 本报讯（记者 王明）}, {@code 本报某地2月5日电}) under a heading
   * with no body right before it (one that could be printed after its body, or a subhead, stands over another
   * article's lead-in as often): an article starts there, under its headline.
   */
  private double below(ArticleHeading s, BodyRun r, Place place) {
    boolean signed = s.byline != null || r.lead != null && !place.bodyAbove();
    return weights.below() + (signed ? weights.bylineBelow() : 0);
  }

  /**
   * Makes a heading that found no body of its own, printed right above a headline that did in the same heading
   * cluster, that headline's kicker (引题 over 主题, set apart by white space an extractor prints as a blank line).
   * The heading has no byline or subheadline of its own, its headline carries no column tag (a tag closes a main
   * headline: {@code 老街添新韵 年味更浓（乡村行）}), and the headline below has no kicker yet.
   */
  private static void foldKickers(List<ArticleHeading> subs) {
    for (int i = 0; i + 1 < subs.size(); i++) {
      ArticleHeading a = subs.get(i);
      ArticleHeading b = subs.get(i + 1);
      if (a.matched == null && a.hasHeadline() && a.byline == null && a.subheadline.isEmpty() && a.clusterIndex == b.clusterIndex
          && !NewsCues.endsWithColumnTag(a.headline.get(a.headline.size() - 1).text())
          && b.matched != null && b.hasHeadline() && b.kicker.isEmpty()) {
        b.kicker.addAll(a.kicker);
        b.kicker.addAll(a.headline);
        a.headline.clear();
        a.kicker.clear();
        if (b.section.isEmpty()) {
          b.section.addAll(a.section);
          a.section.clear();
        }
        // a label the headline already has stays with the emptied heading, which goes to noise unmatched
      }
    }
  }

  /**
   * Whether heading {@code si} is the first of its cluster with a headline: a section label or kicker read before it
   * (the top of its own stack) does not take the place right after the body above from it.
   */
  private static boolean firstHeadlineOfCluster(List<ArticleHeading> subs, int si) {
    ArticleHeading s = subs.get(si);
    for (int k = si - 1; k >= 0 && subs.get(k).clusterIndex == s.clusterIndex; k--) {
      if (subs.get(k).hasHeadline()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The headings of the cluster of heading {@code si} whose headlines were printed side by side — two or more, set larger than
   * the body type, none over another — or an empty list (a page without geometry, a stacked or a single headline).
   */
  private static List<ArticleHeading> sideBySide(List<ArticleHeading> subs, int si) {
    int cluster = subs.get(si).clusterIndex;
    int from = si;
    while (from > 0 && subs.get(from - 1).clusterIndex == cluster) {
      from--;
    }
    List<ArticleHeading> out = new ArrayList<>();
    for (int k = from; k < subs.size() && subs.get(k).clusterIndex == cluster; k++) {
      ArticleHeading h = subs.get(k);
      if (h.hasHeadline()) {
        if (headlineBox(h) == null) {
          return List.of();
        }
        out.add(h);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      for (int j = i + 1; j < out.size(); j++) {
        if (headlineBox(out.get(i)).horizontalOverlap(headlineBox(out.get(j))) > 0) {
          return List.of();
        }
      }
    }
    return out.size() >= 2 ? out : List.of();
  }

  /** The box of a heading's headline set larger than the body type, or null. */
  private static Box headlineBox(ArticleHeading h) {
    Box box = null;
    for (ClassifiedBlock c : h.headline) {
      Optional<Placement> p = c.block().placement();
      if (p.isEmpty() || !p.get().isLarger()) {
        return null;
      }
      box = box == null ? p.get().box() : box.union(p.get().box());
    }
    return box;
  }

  /** Of {@code headings}, the one whose headline is horizontally nearest the first block of run {@code r}, or null. */
  private static ArticleHeading nearest(List<ArticleHeading> headings, BodyRun r) {
    Optional<Placement> at = r.blocks.isEmpty() ? Optional.empty() : r.blocks.get(0).block().placement();
    if (at.isEmpty()) {
      return null;
    }
    Box b = at.get().box();
    return headings.stream().min(java.util.Comparator.comparingDouble(h -> headlineBox(h).horizontalDistance(b))).orElse(null);
  }

  /** The blocks' texts, stripped and joined. */
  static String joined(List<ClassifiedBlock> bs) {
    StringBuilder b = new StringBuilder();
    for (ClassifiedBlock c : bs) {
      b.append(c.text().strip());
    }
    return b.toString();
  }
}
