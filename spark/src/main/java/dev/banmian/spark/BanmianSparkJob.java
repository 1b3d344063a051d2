package dev.banmian.spark;

import dev.banmian.extract.PageExtractor;
import dev.banmian.io.PageTextDecoder;
import dev.banmian.model.Page;
import dev.banmian.pdf.PdfPage;
import dev.banmian.pdf.PdfPageReader;
import dev.banmian.text.SourceText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * An Apache Spark job that extracts the articles of every page text or PDF under an input path (any Hadoop file
 * system) and writes one row per article, and one row per input that failed with the reason, as Parquet or JSON
 * Lines. Each executor JVM builds one thread-safe {@link PageExtractor} and shares it among its tasks.
 *
 * <pre>
 * spark-submit --class dev.banmian.spark.BanmianSparkJob banmian-spark-with-dependencies.jar \
 *     hdfs:///archive/2025/ hdfs:///out/2025/ --format parquet --issue-date 2025-03-03
 * </pre>
 *
 * <p>Output: {@code OUT/articles} (columns: file, page, article, issue_date, section, kicker, headline, subheadline,
 * byline, byline_outlet, byline_roles, byline_names, dateline, dateline_date, body, page_captions) and
 * {@code OUT/errors} (file, reason). A text file is decoded as the CLI decodes it (UTF-8, GB18030, Big5 … detected)
 * and split into pages at form feeds; a PDF gives one page per PDF page. {@code page_captions} are the captions
 * printed on the article's page (banmian does not tie a caption to one article).
 */
public final class BanmianSparkJob {

  /** The output format. */
  public enum Format {
    /** Apache Parquet. */
    PARQUET,
    /** JSON Lines, one object per row. */
    JSON
  }

  /**
   * The two tables of a run.
   *
   * @param articles one row per article
   * @param errors one row per input that failed
   */
  public record Result(Dataset<Row> articles, Dataset<Row> errors) {}

  private final Optional<LocalDate> issueDate;

  /**
   * Creates a job.
   *
   * @param issueDate the issue date of every page, used to resolve datelines, if known
   */
  public BanmianSparkJob(Optional<LocalDate> issueDate) {
    this.issueDate = Objects.requireNonNull(issueDate, "issueDate");
  }

  /**
   * Extracts every file under {@code input}: a file, a folder, or a glob.
   *
   * @param spark the session
   * @param input the input path
   * @return the article and error tables (lazy: computed when written or counted)
   */
  public Result extract(SparkSession spark, String input) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(input);
    LocalDate date = issueDate.orElse(null); // Optional is not serializable: the closure carries the date itself
    JavaRDD<Tuple2<Boolean, Row>> rows = files.mapPartitions(it -> extractAll(it, Optional.ofNullable(date))).cache();
    Dataset<Row> articles = spark.createDataFrame(rows.filter(t -> t._1()).map(Tuple2::_2), ArticleRows.ARTICLE_SCHEMA);
    Dataset<Row> errors = spark.createDataFrame(rows.filter(t -> !t._1()).map(Tuple2::_2), ArticleRows.ERROR_SCHEMA);
    return new Result(articles, errors);
  }

  /**
   * Extracts every file under {@code input} and writes {@code output/articles} and {@code output/errors}.
   *
   * @param spark the session
   * @param input the input path
   * @param output the output folder (replaced if it exists)
   * @param format Parquet or JSON Lines
   * @return the number of articles written and of inputs that failed
   */
  public long[] run(SparkSession spark, String input, String output, Format format) {
    Result r = extract(spark, input);
    String f = format.name().toLowerCase(Locale.ROOT);
    r.articles().write().mode(SaveMode.Overwrite).format(f).save(output + "/articles");
    r.errors().write().mode(SaveMode.Overwrite).format(f).save(output + "/errors");
    return new long[] {r.articles().count(), r.errors().count()};
  }

  /** Extracts one partition's files; each result is (true, article row) or (false, error row). */
  private static Iterator<Tuple2<Boolean, Row>> extractAll(Iterator<Tuple2<String, PortableDataStream>> files,
      Optional<LocalDate> issueDate) {
    List<Tuple2<Boolean, Row>> out = new ArrayList<>();
    while (files.hasNext()) {
      Tuple2<String, PortableDataStream> f = files.next();
      String file = f._1();
      try {
        for (Row row : extractFile(file, f._2().toArray(), issueDate)) {
          out.add(new Tuple2<>(true, row));
        }
      } catch (RuntimeException | Error e) {
        out.add(new Tuple2<>(false, ArticleRows.error(file, e)));
      }
    }
    return out.iterator();
  }

  private static List<Row> extractFile(String file, byte[] bytes, Optional<LocalDate> issueDate) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    List<Row> rows = new ArrayList<>();
    if (PdfPageReader.looksLikePdf(bytes)) {
      for (PdfPage p : PerExecutor.PDF.read(bytes, name, n -> true)) {
        rows.addAll(ArticleRows.of(file, PerExecutor.EXTRACTOR.extract(p.text(), p.geometry(), issueDate), issueDate));
      }
      return rows;
    }
    String text = PageTextDecoder.decode(bytes, name, Optional.empty()).text();
    for (SourceText page : SourceText.of(name, text).splitPages()) {
      Page extracted = PerExecutor.EXTRACTOR.extract(page, issueDate);
      rows.addAll(ArticleRows.of(file, extracted, issueDate));
    }
    return rows;
  }

  /** What each executor JVM builds once, on first use, and shares among its tasks (all thread-safe). */
  private static final class PerExecutor {
    static final PageExtractor EXTRACTOR = PageExtractor.builder().build();
    static final PdfPageReader PDF = PdfPageReader.standard();
  }

  /**
   * Runs the job: {@code INPUT OUTPUT [--format parquet|json] [--issue-date YYYY-MM-DD]}.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: BanmianSparkJob INPUT OUTPUT [--format parquet|json] [--issue-date YYYY-MM-DD]");
      System.exit(2);
    }
    Format format = Format.PARQUET;
    Optional<LocalDate> date = Optional.empty();
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--format" -> format = Format.valueOf(args[++i].toUpperCase(Locale.ROOT));
        case "--issue-date" -> date = Optional.of(LocalDate.parse(args[++i]));
        default -> {
          System.err.println("unknown option " + args[i]);
          System.exit(2);
        }
      }
    }
    SparkSession spark = SparkSession.builder().appName("banmian").getOrCreate();
    try {
      long[] counts = new BanmianSparkJob(date).run(spark, args[0], args[1], format);
      System.out.printf(Locale.ROOT, "%d articles, %d failed inputs%n", counts[0], counts[1]);
    } finally {
      spark.stop();
    }
  }
}
