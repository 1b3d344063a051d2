package dev.banmian.extract.structure;

import java.util.List;

/**
 * Heading blocks printed together between bodies (section, kicker, headline, subheadline, byline lines), which
 * {@link ClusterSplitter} cuts into one {@link ArticleHeading} per article.
 *
 * @param blocks the blocks, in reading order
 */
record HeadingCluster(List<ClassifiedBlock> blocks) implements Unit {
  HeadingCluster {
    blocks = List.copyOf(blocks);
  }
}
