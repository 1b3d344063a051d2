package dev.banmian.samples;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
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
 *
 * <p>Output is UTF-8 whatever the locale ({@code LC_ALL=C} included). Exit codes: 0 success, 1 some
 * input failed (each failure is one line on stderr naming the file; the other files are processed),
 * 2 usage error or a failure of the whole run.
 */
@Command(name = "banmian", mixinStandardHelpOptions = true, versionProvider = BanmianCli.Version.class,
    description = "Clean, structured articles from the raw text of Chinese newspaper PDF pages.",
    footer = {"", "Exit codes: 0 success; 1 some input failed (one line each on stderr, the rest processed);",
        "2 usage error or the whole run failed. Output is UTF-8 whatever the locale."},
    subcommands = {ExtractCommand.class, EvaluateCommand.class, SegmentCommand.class, SearchCommand.class, CommandLine.HelpCommand.class})
public final class BanmianCli implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the command line on UTF-8 stdout and stderr and returns its exit status.
   *
   * @param args the command line
   * @return the exit status
   */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new BanmianCli());
    cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
    cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
      cmd.getErr().println("banmian: " + ex.getMessage());
      return 2;
    });
    return cl.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version the build wrote into {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties p = new Properties();
      try (InputStream in = BanmianCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      }
      return new String[] {"banmian " + p.getProperty("version", "(unknown version: not built by Maven)")};
    }
  }
}
