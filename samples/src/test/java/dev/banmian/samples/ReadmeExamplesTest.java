package dev.banmian.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Java examples of the README, compiled as printed against the project's classes and run: a user who
 * copies them gets a program that works.
 */
class ReadmeExamplesTest {
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

  @TempDir
  static Path dir;
  static Path classes;

  @BeforeAll
  static void compileTheExamples() throws IOException {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    Path sources = Files.createDirectories(dir.resolve("src"));
    classes = Files.createDirectories(dir.resolve("classes"));
    List<String> files = new ArrayList<>();
    Matcher m = JAVA_BLOCK.matcher(readme);
    while (m.find()) {
      Matcher name = CLASS_NAME.matcher(m.group(1));
      assertTrue(name.find(), "every Java example in the README is a whole class:\n" + m.group(1));
      Path file = sources.resolve(name.group(1) + ".java");
      Files.writeString(file, m.group(1), StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    assertEquals(2, files.size(), "README Java examples");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertNotNull(javac, "tests run on a JDK");
    List<String> args = new ArrayList<>(List.of("-encoding", "UTF-8", "-d", classes.toString(),
        "-cp", System.getProperty("java.class.path")));
    args.addAll(files);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc = javac.run(null, null, err, args.toArray(String[]::new));
    assertEquals(0, rc, "the README examples compile as printed:\n" + err.toString(StandardCharsets.UTF_8));
  }

  private static Path readme() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("README.md")) && Files.exists(p.resolve("pom.xml")) && Files.exists(p.resolve("samples"))) {
        return p.resolve("README.md");
      }
    }
    throw new AssertionError("README.md of the project not found above " + Path.of("").toAbsolutePath());
  }

  private static String run(String mainClass, String arg) throws Exception {
    Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
    String cp = classes + java.io.File.pathSeparator + System.getProperty("java.class.path");
    Process p = new ProcessBuilder(launcher.toString(), "-Dstdout.encoding=UTF-8", "-cp", cp, mainClass, arg)
        .redirectError(dir.resolve(mainClass + ".err").toFile()).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), mainClass + " finished");
    String s = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), s + Files.readString(dir.resolve(mainClass + ".err")));
    return s;
  }

  @Test
  void textExamplePrintsTheHeadlinesBylinesAndJsonOfASeedPage() throws Exception {
    SeedPage seed = Seeds.pages().get(0);
    Path page = Files.writeString(dir.resolve(seed.fileName()), seed.source().raw(), StandardCharsets.UTF_8);
    String out = run("ExtractPage", page.toString());
    assertTrue(out.contains("思政宣讲将红色基因融入青少年成长教育"), out);
    assertTrue(out.contains("记者 衣凯玥"), out);
    assertTrue(out.contains("\"schemaVersion\" : 1"), out);
  }

  @Test
  void pdfExampleReadsEveryPage() throws Exception {
    Path pdf = Files.write(dir.resolve("page.pdf"), CliTest.latinPdf(true));
    String out = run("ExtractPdf", pdf.toString());
    assertTrue(out.startsWith("1: "), out);
  }
}
