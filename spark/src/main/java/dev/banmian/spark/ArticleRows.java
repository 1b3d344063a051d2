package dev.banmian.spark;

import dev.banmian.model.Article;
import dev.banmian.model.Byline;
import dev.banmian.model.Caption;
import dev.banmian.model.Contributor;
import dev.banmian.model.Page;
import dev.banmian.model.SourcedText;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** The rows the job writes: one per article, and one per input that failed. Package-private. */
final class ArticleRows {
  /** One row per article; nullable columns are null when the page prints nothing for them. */
  static final StructType ARTICLE_SCHEMA = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("page", DataTypes.StringType, false)
      .add("article", DataTypes.IntegerType, false)
      .add("issue_date", DataTypes.DateType, true)
      .add("section", DataTypes.StringType, true)
      .add("kicker", DataTypes.StringType, true)
      .add("headline", DataTypes.StringType, true)
      .add("subheadline", DataTypes.StringType, true)
      .add("byline", DataTypes.StringType, true)
      .add("byline_outlet", DataTypes.StringType, true)
      .add("byline_roles", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("byline_names", DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add("dateline", DataTypes.StringType, true)
      .add("dateline_date", DataTypes.DateType, true)
      .add("body", DataTypes.StringType, false)
      .add("page_captions", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** One row per input file that could not be read or extracted. */
  static final StructType ERROR_SCHEMA = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false);

  private ArticleRows() {}

  /** The rows of one extracted page, articles in reading order. */
  static List<Row> of(String file, Page page, Optional<LocalDate> issueDate) {
    // array columns take Java arrays (Spark's row encoder accepts arrays and Scala sequences, not java.util.List)
    String[] captions = page.captions().stream().map(ArticleRows::caption).toArray(String[]::new);
    List<Row> rows = new ArrayList<>();
    int n = 0;
    for (Article a : page.articles()) {
      Optional<Byline> by = a.byline();
      rows.add(RowFactory.create(file, page.sourceId(), n++, issueDate.map(Date::valueOf).orElse(null),
          text(a.section()), text(a.kicker()), text(a.headline()), text(a.subheadline()),
          by.map(Byline::raw).orElse(null), by.flatMap(Byline::outlet).orElse(null),
          by.map(b -> b.contributors().stream().map(Contributor::role).distinct().toArray(String[]::new)).orElse(new String[0]),
          by.map(b -> b.contributors().stream().map(Contributor::name).toArray(String[]::new)).orElse(new String[0]),
          a.dateline().map(d -> d.raw()).orElse(null),
          a.dateline().flatMap(d -> d.resolved()).map(Date::valueOf).orElse(null),
          a.paragraphs().stream().map(SourcedText::text).collect(Collectors.joining("\n")),
          captions));
    }
    return rows;
  }

  /** The row of an input that failed. */
  static Row error(String file, Throwable e) {
    String message = e.getMessage() == null ? "" : ": " + e.getMessage();
    return RowFactory.create(file, e.getClass().getSimpleName() + message);
  }

  private static String caption(Caption c) {
    return c.credit().map(cr -> c.text().text() + " " + cr.text()).orElse(c.text().text());
  }

  private static String text(Optional<SourcedText> t) {
    return t.map(SourcedText::text).orElse(null);
  }
}
