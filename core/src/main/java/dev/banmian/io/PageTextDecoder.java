package dev.banmian.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes page bytes the way users have them: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030/GBK/GB2312, which are common in Chinese archives. Line terminators ({@code \r\n},
 * {@code \r}) are normalised to {@code \n}.
 *
 * <p>Order of decision: a byte-order mark wins; then an explicit charset if one is given; then
 * strict UTF-8 if the bytes are valid UTF-8; otherwise the charset detected by juniversalchardet
 * (any GB charset is read as its superset GB18030), falling back to GB18030. Decoding is strict:
 * bytes that do not decode raise {@link UndecodableTextException} naming the source and the byte
 * offset, never silent replacement characters.
 *
 * <pre>{@code
 * DecodedText t = PageTextDecoder.decode(Files.readAllBytes(path), path.toString(), Optional.empty());
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PageTextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");

  private PageTextDecoder() {}

  /**
   * Decodes {@code bytes}.
   *
   * @param bytes the page bytes
   * @param sourceName a name for messages, typically the file path
   * @param override a charset to use instead of detection (a BOM still wins)
   * @return the decoded text
   * @throws UndecodableTextException if the bytes do not decode, or look binary
   */
  public static DecodedText decode(byte[] bytes, String sourceName, Optional<Charset> override) {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(override, "override");
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return result(strict(bytes, 3, StandardCharsets.UTF_8, sourceName), StandardCharsets.UTF_8, "bom", sourceName);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return result(strict(bytes, 2, StandardCharsets.UTF_16LE, sourceName), StandardCharsets.UTF_16LE, "bom", sourceName);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return result(strict(bytes, 2, StandardCharsets.UTF_16BE, sourceName), StandardCharsets.UTF_16BE, "bom", sourceName);
    }
    if (override.isPresent()) {
      return result(strict(bytes, 0, override.get(), sourceName), override.get(), "override", sourceName);
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new UndecodableTextException(sourceName, i,
            "NUL byte: this looks like a binary file, not page text (UTF-16 text needs a byte-order mark)");
      }
    }
    try {
      String utf8 = strict(bytes, 0, StandardCharsets.UTF_8, sourceName);
      return result(utf8, StandardCharsets.UTF_8, "utf-8", sourceName);
    } catch (UndecodableTextException notUtf8) {
      Charset detected = detect(bytes).orElse(GB18030);
      return result(strict(bytes, 0, detected, sourceName), detected, "detected", sourceName);
    }
  }

  /** Returns the charset juniversalchardet detects, with GB charsets widened to GB18030. */
  static Optional<Charset> detect(byte[] bytes) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    if (name == null) {
      return Optional.empty();
    }
    if (name.startsWith("GB") || name.equals("HZ-GB-2312")) {
      return Optional.of(GB18030);
    }
    try {
      return Optional.of(Charset.forName(name));
    } catch (IllegalArgumentException unsupported) {
      return Optional.empty();
    }
  }

  private static DecodedText result(String text, Charset cs, String how, String sourceName) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        throw new UndecodableTextException(sourceName, -1,
            "decoded text holds NUL characters: this looks like a binary file, not page text");
      }
    }
    return new DecodedText(normalizeNewlines(text), cs, how);
  }

  /** Returns {@code s} with {@code \r\n} and lone {@code \r} replaced by {@code \n}. */
  public static String normalizeNewlines(String s) {
    if (s.indexOf('\r') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\r') {
        b.append('\n');
        if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static String strict(byte[] bytes, int from, Charset cs, String sourceName) {
    CharsetDecoder dec = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - from) * (double) dec.maxCharsPerByte()) + 4);
    CoderResult r = dec.decode(in, out, true);
    if (r.isError()) {
      throw new UndecodableTextException(sourceName, in.position(),
          "bytes " + hex(bytes, in.position(), r.length()) + " are not valid " + cs.name());
    }
    r = dec.flush(out);
    if (r.isError()) {
      throw new UndecodableTextException(sourceName, bytes.length, "truncated " + cs.name() + " sequence at end of input");
    }
    out.flip();
    return out.toString();
  }

  private static String hex(byte[] bytes, int at, int len) {
    StringBuilder b = new StringBuilder();
    for (int i = at; i < Math.min(bytes.length, at + Math.max(1, len)); i++) {
      b.append(String.format("%02X", bytes[i] & 0xFF));
    }
    return b.toString();
  }

}
