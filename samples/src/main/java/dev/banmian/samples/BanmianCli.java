package dev.banmian.samples;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code banmian} command line: {@code extract}, {@code evaluate} and {@code segment}.
 *
 * <pre>
 * java -jar samples/target/banmian.jar extract --out out/            # the bundled seeds
 * java -jar samples/target/banmian.jar evaluate --gold gold/ --pred out/
 * java -jar samples/target/banmian.jar segment page.txt
 * </pre>
 */
@Command(name = "banmian", mixinStandardHelpOptions = true, version = "banmian 0.1.0",
    description = "Clean, structured articles from the raw text of Chinese newspaper PDF pages.",
    subcommands = {ExtractCommand.class, EvaluateCommand.class, SegmentCommand.class, CommandLine.HelpCommand.class})
public final class BanmianCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status. */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new BanmianCli());
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("banmian: " + ex.getMessage());
      return 2;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
