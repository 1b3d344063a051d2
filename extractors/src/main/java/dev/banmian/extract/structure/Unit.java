package dev.banmian.extract.structure;

/** One unit of a page's flow, as {@link UnitSegmenter} cuts it: a body run or a heading cluster. */
sealed interface Unit permits BodyRun, HeadingCluster {
}
