package dev.banmian.io;

import dev.banmian.text.Chars;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes page bytes the way users have them: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030/GBK/GB2312, which are common in Chinese archives. Line terminators ({@code \r\n},
 * {@code \r}) are normalised to {@code \n}.
 *
 * <p>Order of decision: a byte-order mark wins; then an explicit charset if one is given; then
 * strict UTF-8 if the bytes are valid UTF-8; otherwise the first of the charset juniversalchardet detects
 * (any GB charset is read as its superset GB18030), GB18030 and Big5 that decodes the bytes into Chinese
 * text — most of its non-ASCII characters Han characters or CJK punctuation. A statistical detector
 * reads a short UTF-8 file with one damaged byte as windows-1252 or a Cyrillic code page; such a
 * decoding, with no Chinese in it, is refused rather than returned as mojibake (pass the charset
 * explicitly to read a page that really is in another script). Decoding is strict: bytes that do not
 * decode raise {@link UndecodableTextException} naming the source and the byte offset, never silent
 * replacement characters.
 *
 * <pre>{@code
 * DecodedText t = PageTextDecoder.decode(Files.readAllBytes(path), path.toString(), Optional.empty());
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PageTextDecoder {
  private static final Charset GB18030 = Charset.forName("GB18030");
  private static final Charset BIG5 = Charset.forName("Big5");

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
      if (mostlyUtf8(bytes)) {
        throw new UndecodableTextException(sourceName, notUtf8.byteOffset(), notUtf8.reason()
            + ": the rest of the file is UTF-8, so it is damaged (give the charset explicitly if it is not)");
      }
      List<Charset> candidates = new ArrayList<>();
      detect(bytes).ifPresent(candidates::add);
      for (Charset cjk : List.of(GB18030, BIG5)) {
        if (!candidates.contains(cjk)) {
          candidates.add(cjk);
        }
      }
      for (Charset cs : candidates) {
        String text;
        try {
          text = strict(bytes, 0, cs, sourceName);
        } catch (UndecodableTextException notThis) {
          continue;
        }
        if (readsAsChinese(text)) {
          return result(text, cs, "detected", sourceName);
        }
      }
      throw new UndecodableTextException(sourceName, notUtf8.byteOffset(), notUtf8.reason()
          + ", and no Chinese charset (" + candidates.stream().map(Charset::name).collect(Collectors.joining(", "))
          + ") reads it as Chinese text: a damaged file, or give its charset explicitly");
    }
  }

  /** Share of the non-ASCII byte sequences that, valid UTF-8, make a file that fails UTF-8 damaged UTF-8. */
  private static final double DAMAGED_UTF8_SHARE = 0.8;

  /**
   * Whether most ({@link #DAMAGED_UTF8_SHARE}) of the non-ASCII byte sequences of {@code bytes} are well-formed
   * UTF-8: text in GB18030 or Big5 matches UTF-8's lead-and-continuation pattern only by chance, so a file that
   * fails UTF-8 at a few places only is UTF-8 with damage, whatever a statistical detector says.
   */
  static boolean mostlyUtf8(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        i++;
        continue;
      }
      int len = b >= 0xF0 && b <= 0xF4 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 && b <= 0xDF ? 2 : 0;
      boolean ok = len > 0 && i + len <= bytes.length;
      for (int k = 1; ok && k < len; k++) {
        ok = (bytes[i + k] & 0xC0) == 0x80;
      }
      if (ok && len > 0 && b < 0xF5) {
        valid++;
        i += len;
      } else {
        invalid++;
        i++;
      }
    }
    return valid > 0 && valid >= DAMAGED_UTF8_SHARE * (valid + invalid);
  }

  /** Share of a decoding's non-ASCII characters that must be Han characters or CJK punctuation. */
  private static final double CHINESE_SHARE = 0.5;

  /**
   * Whether {@code text} reads as Chinese: at least {@link #CHINESE_SHARE} of its non-ASCII characters are Han
   * characters, CJK symbols and punctuation (U+3000–U+303F) or full-width forms (U+FF00–U+FFEF).
   */
  static boolean readsAsChinese(String text) {
    int nonAscii = 0;
    int chinese = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        continue;
      }
      nonAscii++;
      if (Chars.isHan(c) || c >= 0x3000 && c <= 0x303F || c >= 0xFF00 && c <= 0xFFEF) {
        chinese++;
      }
    }
    return nonAscii > 0 && chinese >= CHINESE_SHARE * nonAscii;
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

  /**
   * {@return {@code s} with {@code \r\n} and lone {@code \r} replaced by {@code \n}}
   *
   * @param s the text
   */
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
