package dev.banmian;

/**
 * The root of every unchecked exception banmian throws for a resource or configuration failure
 * (an unreadable dictionary, undecodable bytes). Programmer errors such as a {@code null} argument
 * throw the usual {@link NullPointerException} or {@link IllegalArgumentException} instead, and bad
 * page text never throws: it yields empty results plus diagnostics.
 */
public class BanmianException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong, for the user
   */
  public BanmianException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the underlying cause.
   *
   * @param message what went wrong, for the user
   * @param cause the underlying failure
   */
  public BanmianException(String message, Throwable cause) {
    super(message, cause);
  }
}
