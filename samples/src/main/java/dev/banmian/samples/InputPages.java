package dev.banmian.samples;

import dev.banmian.io.DecodedText;
import dev.banmian.io.PageTextDecoder;
import dev.banmian.io.UndecodableTextException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Reads a page from standard input ({@code -} on the command line). */
  static String readStdin(Optional<Charset> encoding) throws BadInput {
    byte[] bytes;
    try {
      bytes = System.in.readAllBytes();
    } catch (IOException e) {
      throw new BadInput("stdin: cannot read: " + e.getMessage());
    }
    return decode(bytes, "stdin", encoding);
  }

  static String read(Path file, Optional<Charset> encoding) throws BadInput {
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
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new BadInput(file + ": cannot read: " + e.getMessage());
    }
    return decode(bytes, file.toString(), encoding);
  }

  private static String decode(byte[] bytes, String name, Optional<Charset> encoding) throws BadInput {
    if (bytes.length == 0) {
      throw new BadInput(name + ": empty file");
    }
    try {
      DecodedText t = PageTextDecoder.decode(bytes, name, encoding);
      if (t.text().isBlank()) {
        throw new BadInput(name + ": holds only whitespace");
      }
      return t.text();
    } catch (UndecodableTextException e) {
      throw new BadInput(e.getMessage());
    }
  }
}
