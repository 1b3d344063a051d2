package dev.banmian.samples;

import dev.banmian.samples.eval.Evaluator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code evaluate}: scores predictions against gold exactly as {@code shared/eval/score.py} does. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score a folder of page JSON against gold (same definitions and output as score.py).")
final class EvaluateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold page JSON.")
  Path gold;

  @Option(names = "--pred", required = true, paramLabel = "DIR", description = "Folder of predicted page JSON.")
  Path pred;

  @Override
  public Integer call() {
    for (Path d : new Path[] {gold, pred}) {
      if (!Files.isDirectory(d)) {
        spec.commandLine().getErr().println("banmian: " + d + ": not a directory");
        return 2;
      }
    }
    spec.commandLine().getOut().print(Evaluator.score(gold, pred).report());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
