package dev.banmian.samples;

import dev.banmian.json.PageJson;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.banmian.extract.PageExtractor;
import dev.banmian.model.Page;
import dev.banmian.samples.eval.Evaluator;
import dev.banmian.seeds.SeedPage;
import dev.banmian.seeds.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-file test over the bundled seeds: extracts every page, scores it against the bundled gold
 * and fails only when a score falls below the ratchet recorded in {@code seed-ratchet.properties}
 * (raise the ratchet when scores improve; never lower it to pass).
 */
class GoldenSeedsTest {
  @TempDir
  static Path tmp;
  static Path gold;
  static Path pred;
  static Evaluator.Result result;

  @BeforeAll
  static void extractSeeds() throws IOException {
    gold = Files.createDirectories(tmp.resolve("gold"));
    pred = Files.createDirectories(tmp.resolve("pred"));
    PageExtractor extractor = PageExtractor.builder().build();
    for (SeedPage p : Seeds.pages()) {
      Files.writeString(gold.resolve(p.name() + ".json"), p.goldJson(), StandardCharsets.UTF_8);
      Page page = extractor.extract(p.source(), Optional.empty());
      Files.writeString(pred.resolve(p.name() + ".json"), PageJson.write(page, p.fileName()), StandardCharsets.UTF_8);
    }
    result = Evaluator.score(gold, pred);
    System.out.print(result.report());
  }

  @Test
  void scoresDoNotFallBelowTheRatchet() throws IOException {
    Properties ratchet = new Properties();
    try (InputStream in = GoldenSeedsTest.class.getResourceAsStream("/seed-ratchet.properties")) {
      ratchet.load(in);
    }
    for (String key : ratchet.stringPropertyNames()) {
      double floor = Double.parseDouble(ratchet.getProperty(key));
      double actual = switch (key) {
        case "overall" -> result.overall();
        case "body_similarity" -> result.bodySimilarity();
        default -> key.endsWith("_acc") ? result.acc().get(key.substring(0, key.length() - 4)) : result.f1(key);
      };
      assertTrue(actual >= floor, key + " fell to " + actual + " below the ratchet " + floor);
    }
  }

  @Test
  void javaEvaluatorMatchesScorePy() throws Exception {
    Path script = Path.of("..", "..", "shared", "eval", "score.py");
    assumeTrue(Files.exists(script), "../shared/eval/score.py absent");
    Process p;
    try {
      p = new ProcessBuilder("python3", script.toString(), gold.toString(), pred.toString()).redirectErrorStream(true).start();
    } catch (IOException noPython) {
      assumeTrue(false, "python3 not available");
      return;
    }
    String py = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), py);
    assertEquals(py.replace("\r\n", "\n"), result.report().replace(System.lineSeparator(), "\n"));
  }
}
