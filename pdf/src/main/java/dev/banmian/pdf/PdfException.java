package dev.banmian.pdf;

import dev.banmian.BanmianException;

/**
 * Thrown when bytes cannot be read as a PDF: not a PDF at all, damaged beyond repair, or encrypted
 * with a password. The message says which, in words a command-line user can act on.
 */
public class PdfException extends BanmianException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what is wrong with the bytes, for a user to act on
   */
  public PdfException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the underlying cause.
   *
   * @param message what is wrong with the bytes, for a user to act on
   * @param cause the parser's exception
   */
  public PdfException(String message, Throwable cause) {
    super(message, cause);
  }
}
