package dev.banmian.samples;

import dev.banmian.io.DecodedText;
import dev.banmian.io.PageTextDecoder;
import dev.banmian.io.UndecodableTextException;
import dev.banmian.text.Chars;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads page files the way users have them, turning every failure into a one-line message. */
final class InputPages {
  private InputPages() {}

  /** Thrown with a one-line, user-facing message. */
  static final class BadInput extends Exception {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  /** Reads the bytes of standard input ({@code -} on the command line), refusing more than {@code most} bytes. */
  static byte[] readStdinBytes(long most) throws BadInput {
    try {
      byte[] bytes = System.in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, most + 1));
      if (bytes.length > most) {
        throw new BadInput(String.format(java.util.Locale.ROOT, "stdin: more than %.1f MB, far beyond any page or issue of "
            + "pages; not read further", most / 1e6));
      }
      return bytes;
    } catch (IOException e) {
      throw new BadInput("stdin: cannot read: " + e.getMessage());
    }
  }

  /** Signatures of binary files users mistake for pages, with what to call them. */
  private static final List<Map.Entry<byte[], String>> SIGNATURES = List.of(
      Map.entry(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, "a PNG image"),
      Map.entry(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "a JPEG image"),
      Map.entry(new byte[] {'G', 'I', 'F', '8'}, "a GIF image"),
      Map.entry(new byte[] {'I', 'I', '*', 0}, "a TIFF image"),
      Map.entry(new byte[] {'M', 'M', 0, '*'}, "a TIFF image"),
      Map.entry(new byte[] {'P', 'K', 3, 4}, "a ZIP archive (or a .docx/.epub, which are ZIP archives)"),
      Map.entry(new byte[] {0x1F, (byte) 0x8B}, "a gzip archive"),
      Map.entry(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, "an old Microsoft Office file (.doc)"));

  /** Returns what binary format {@code bytes} start with, if they start like a known one. */
  static Optional<String> binaryFormat(byte[] bytes) {
    for (Map.Entry<byte[], String> e : SIGNATURES) {
      byte[] sig = e.getKey();
      if (bytes.length >= sig.length && Arrays.equals(Arrays.copyOf(bytes, sig.length), sig)) {
        return Optional.of(e.getValue());
      }
    }
    return Optional.empty();
  }

  static String read(Path file, Optional<Charset> encoding) throws BadInput {
    return decode(readBytes(file), file.toString(), encoding);
  }

  /** Reads the bytes of a page file, with a one-line message for every way that can fail. */
  static byte[] readBytes(Path file) throws BadInput {
    return readBytes(file, Long.MAX_VALUE);
  }

  /**
   * Reads the bytes of a page file, refusing unread a file of more than {@code most} bytes, with a one-line message
   * for every way that can fail.
   */
  static byte[] readBytes(Path file, long most) throws BadInput {
    if (!Files.exists(file)) {
      throw new BadInput(file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new BadInput(file + ": is a directory, not a page file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInput(file + ": not readable (permission denied)");
    }
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > most) {
        throw new BadInput(String.format(java.util.Locale.ROOT, "%s: %.1f MB, far beyond any page or issue of pages "
            + "(at most %.1f MB here); not read", file, size / 1e6, most / 1e6));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInput(file + ": cannot read: " + e.getMessage());
    }
    return bytes;
  }

  static String decode(byte[] bytes, String name, Optional<Charset> encoding) throws BadInput {
    if (bytes.length == 0) {
      throw new BadInput(name + ": empty file");
    }
    Optional<String> format = binaryFormat(bytes);
    if (format.isPresent()) {
      throw new BadInput(name + ": " + format.get() + ", not page text or a PDF");
    }
    try {
      DecodedText t = PageTextDecoder.decode(bytes, name, encoding);
      if (Chars.isBlank(t.text())) {
        throw new BadInput(name + ": holds only whitespace");
      }
      return t.text();
    } catch (UndecodableTextException e) {
      throw new BadInput(e.getMessage());
    }
  }
}
