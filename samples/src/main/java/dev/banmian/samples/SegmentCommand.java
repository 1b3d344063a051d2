package dev.banmian.samples;

import dev.banmian.segment.JiebaSegmenter;
import dev.banmian.segment.Keyword;
import dev.banmian.segment.KeywordExtractor;
import dev.banmian.segment.SentenceSplitter;
import dev.banmian.segment.TextRankKeywordExtractor;
import dev.banmian.segment.TfIdfKeywordExtractor;
import dev.banmian.segment.Token;
import dev.banmian.segment.TokenType;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code segment}: tokens separated by spaces, one output line per input line. */
@Command(name = "segment", mixinStandardHelpOptions = true, versionProvider = BanmianCli.Version.class, description = "Segment text files into words (or print keywords, or sentences).")
final class SegmentCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE")
  List<Path> files = new ArrayList<>();

  @Option(names = "--mode", defaultValue = "search", description = "search or index (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--news-dictionary", negatable = true, defaultValue = "true", description = "Use banmian's news dictionary (default: on).")
  boolean news;

  @Option(names = "--encoding", paramLabel = "CHARSET")
  Charset encoding;

  @Option(names = "--keywords", paramLabel = "N", description = "Print the top N keywords of each file (word<TAB>weight) instead of tokens.")
  Integer keywords;

  @Option(names = "--keyword-method", defaultValue = "tfidf", description = "tfidf or textrank (default: ${DEFAULT-VALUE}).")
  String keywordMethod;

  @Option(names = "--sentences", description = "Print one sentence per line instead of tokens.")
  boolean sentences;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JiebaSegmenter.Mode m;
    switch (mode) {
      case "search" -> m = JiebaSegmenter.Mode.SEARCH;
      case "index" -> m = JiebaSegmenter.Mode.INDEX;
      default -> {
        err.println("banmian: --mode must be search or index, not '" + mode + "'");
        return 2;
      }
    }
    JiebaSegmenter.Builder b = JiebaSegmenter.builder().mode(m);
    if (news) {
      b.newsDictionary();
    }
    JiebaSegmenter seg = b.build();
    if (keywords != null && keywords < 0) {
      err.println("banmian: --keywords must not be negative");
      return 2;
    }
    KeywordExtractor extractor = null;
    if (keywords != null) {
      switch (keywordMethod) {
        case "tfidf" -> extractor = TfIdfKeywordExtractor.builder().segmenter(seg).build();
        case "textrank" -> extractor = TextRankKeywordExtractor.builder().segmenter(seg).build();
        default -> {
          err.println("banmian: --keyword-method must be tfidf or textrank, not '" + keywordMethod + "'");
          return 2;
        }
      }
    }
    SentenceSplitter splitter = new SentenceSplitter();
    int failed = 0;
    for (Path f : files) {
      String text;
      try {
        text = InputPages.read(f, Optional.ofNullable(encoding));
      } catch (InputPages.BadInput e) {
        err.println("banmian: " + e.getMessage());
        failed++;
        continue;
      }
      if (extractor != null) {
        if (files.size() > 1) {
          out.println("# " + f);
        }
        for (Keyword k : extractor.extract(text, keywords)) {
          out.println(k.word() + "\t" + String.format(java.util.Locale.ROOT, "%.4f", k.weight()));
        }
        continue;
      }
      if (sentences) {
        splitter.split(text).forEach(sentence -> out.println(sentence.text()));
        continue;
      }
      for (String line : text.split("\n", -1)) {
        List<String> words = new ArrayList<>();
        for (Token t : seg.segment(line)) {
          if (t.type() != TokenType.WHITESPACE) {
            words.add(t.text());
          }
        }
        out.println(String.join(" ", words));
      }
    }
    out.flush();
    return failed > 0 ? 1 : 0;
  }
}
