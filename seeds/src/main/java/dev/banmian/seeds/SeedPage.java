package dev.banmian.seeds;

import dev.banmian.text.SourceText;
import java.util.Objects;

/**
 * One seed page: its raw text and its hand-made gold extraction (JSON in the schema of
 * {@code CONVENTIONS.md}, bundled next to it).
 *
 * @param name the page's base name, e.g. {@code 000_4140679e166aff94}
 * @param text the raw page text
 * @param goldJson the gold extraction, as JSON text
 */
public record SeedPage(String name, String text, String goldJson) {
  /**
   * Validates the fields.
   *
   * @param name the page's base name, e.g. {@code 000_4140679e166aff94}
   * @param text the raw page text
   * @param goldJson the gold extraction, as JSON text
   */
  public SeedPage {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(goldJson, "goldJson");
  }

  /** {@return the file name of the raw page, {@code name + ".txt"}} */
  public String fileName() {
    return name + ".txt";
  }

  /** {@return the page as a {@link SourceText} whose id is {@link #fileName()}} */
  public SourceText source() {
    return SourceText.of(fileName(), text);
  }
}
