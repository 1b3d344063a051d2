package dev.banmian.io;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from page bytes, with the charset that was used and how it was chosen.
 *
 * @param text the decoded text, line terminators normalised to {@code \n}, BOM removed
 * @param charset the charset used
 * @param how how the charset was chosen: {@code bom}, {@code override}, {@code utf-8} (valid
 *     UTF-8) or {@code detected}
 */
public record DecodedText(String text, Charset charset, String how) {
  /**
   * Validates the fields.
   *
   * @param text the decoded text, line terminators normalised to {@code \n}, BOM removed
   * @param charset the charset used
   * @param how how the charset was chosen: {@code bom}, {@code override}, {@code utf-8} (valid UTF-8) or {@code detected}
   */
  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(how, "how");
  }
}
