package dev.banmian.seeds;

import dev.banmian.BanmianException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The five seed pages the project was created from, with their gold extractions, loaded from the
 * classpath. Tests and samples use these copies, so nothing needs {@code ../shared}.
 *
 * <pre>{@code
 * for (SeedPage p : Seeds.pages()) {
 *   Page page = extractor.extract(p.source(), Optional.empty());
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe; each call reads the resources again.
 */
public final class Seeds {
  private static final String DIR = "/dev/banmian/seeds/";

  private Seeds() {}

  /**
   * Returns the seed pages in name order.
   *
   * @return the seed pages
   * @throws BanmianException if a bundled resource is missing or unreadable
   */
  public static List<SeedPage> pages() {
    List<SeedPage> out = new ArrayList<>();
    for (String name : read("seeds.index").split("\n")) {
      String n = name.strip();
      if (!n.isEmpty()) {
        out.add(new SeedPage(n, read(n + ".txt"), read(n + ".json")));
      }
    }
    return List.copyOf(out);
  }

  /** {@return the gold annotation conventions ({@code CONVENTIONS.md})} */
  public static String conventions() {
    return read("CONVENTIONS.md");
  }

  private static String read(String resource) {
    try (InputStream in = Seeds.class.getResourceAsStream(DIR + resource)) {
      if (in == null) {
        throw new BanmianException("seed resource missing: " + DIR + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BanmianException("cannot read seed resource " + DIR + resource, e);
    }
  }
}
