package dev.banmian.extract.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * A heading cluster's share for one article: its section label, kicker, headline, subheadline and byline blocks, as
 * {@link ClusterSplitter} cuts a cluster, and the body run {@link HeadlineMatcher} gives it. Mutable while one page is
 * assembled, by the passes of that page only; never shared between pages or threads.
 */
final class ArticleHeading {
  final List<ClassifiedBlock> section = new ArrayList<>();
  final List<ClassifiedBlock> kicker = new ArrayList<>();
  final List<ClassifiedBlock> headline = new ArrayList<>();
  final List<ClassifiedBlock> subheadline = new ArrayList<>();
  ClassifiedBlock byline;
  /** Labels set inside the heading stack (between a kicker and its headline): page noise, whatever the heading becomes. */
  final List<ClassifiedBlock> aside = new ArrayList<>();
  /** Whether the headline is the two parts of a two-part heading: complete, no third line joins it. */
  boolean twoPartHeadline;
  /** The 0-based source line of the heading's first block. */
  final int position;
  /** The index of the heading's cluster among the page's units. */
  int clusterIndex;
  boolean lastOfCluster;
  boolean firstOfCluster;
  /** The body run this heading belongs to, once matched. */
  BodyRun matched;

  ArticleHeading(int position) {
    this.position = position;
  }

  boolean hasHeadline() {
    return !headline.isEmpty();
  }

  /** {@return every block of the heading's fields: section, kicker, headline, subheadline, byline} */
  List<ClassifiedBlock> all() {
    List<ClassifiedBlock> a = new ArrayList<>(section);
    a.addAll(kicker);
    a.addAll(headline);
    a.addAll(subheadline);
    if (byline != null) {
      a.add(byline);
    }
    return a;
  }

  /**
   * Removes heading {@code j} of a page's headings, handing its place as its cluster's first or last heading to its
   * neighbour there.
   */
  static void remove(List<ArticleHeading> subs, int j) {
    ArticleHeading gone = subs.remove(j);
    if (gone.lastOfCluster && j > 0 && subs.get(j - 1).clusterIndex == gone.clusterIndex) {
      subs.get(j - 1).lastOfCluster = true;
    }
    if (gone.firstOfCluster && j < subs.size() && subs.get(j).clusterIndex == gone.clusterIndex) {
      subs.get(j).firstOfCluster = true;
    }
  }
}
