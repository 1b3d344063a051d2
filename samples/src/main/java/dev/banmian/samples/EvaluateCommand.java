package dev.banmian.samples;

import dev.banmian.samples.eval.DecisionReport;
import dev.banmian.samples.eval.Evaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evaluate}: scores predictions against gold exactly as {@code shared/eval/score.py} does. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = BanmianCli.Version.class,
    description = "Score a folder of page JSON against gold (same definitions and output as score.py).")
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold page JSON.")
  Path gold;

  @Option(names = "--pred", required = true, paramLabel = "DIR", description = "Folder of predicted page JSON.")
  Path pred;

  @Option(names = "--decisions", description = "Instead of the scores, report decision accuracy: line roles, "
      + "joins/paragraph breaks and continuation links, by projecting gold and prediction onto the page text.")
  boolean decisions;

  @Option(names = "--pages", paramLabel = "DIR", description = "With --decisions: folder of the page texts named by "
      + "each gold page's source (default: the gold folder).")
  Path pages;

  @Option(names = "--worst", paramLabel = "N", defaultValue = "5", description = "With --decisions: how many worst pages to list (default: ${DEFAULT-VALUE}).")
  int worst;

  @Option(names = "--show", paramLabel = "N", defaultValue = "0", description = "With --decisions: wrong decisions to list per worst page (default: ${DEFAULT-VALUE}).")
  int show;

  @Override
  public Integer call() {
    for (Path d : new Path[] {gold, pred, pages == null ? gold : pages}) {
      if (!Files.isDirectory(d)) {
        spec.commandLine().getErr().println("banmian: " + d + ": not a directory");
        return 2;
      }
    }
    for (Path d : new Path[] {gold, pred}) {
      if (jsonCount(d) == 0) {
        spec.commandLine().getErr().println("banmian: " + d + ": no page JSON (*.json) to score");
        return 2;
      }
    }
    if (decisions) {
      spec.commandLine().getOut().print(DecisionReport.evaluate(gold, pred, pages == null ? gold : pages).report(worst, show));
      spec.commandLine().getOut().flush();
      return 0;
    }
    spec.commandLine().getOut().print(Evaluator.score(gold, pred).report());
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static long jsonCount(Path dir) {
    try (java.util.stream.Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".json")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("cannot list " + dir, e);
    }
  }
}
