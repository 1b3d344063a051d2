package dev.banmian.io;

import dev.banmian.BanmianException;

/**
 * Thrown when page bytes cannot be decoded as text: bytes that are invalid in the chosen charset,
 * or content that is binary rather than text. The message names the source and the byte offset.
 */
public final class UndecodableTextException extends BanmianException {
  private static final long serialVersionUID = 1L;
  /** The input's name. */
  private final String source;
  /** The offset of the first undecodable byte, or -1. */
  private final long byteOffset;
  /** What is wrong with the bytes. */
  private final String reason;

  /**
   * Creates the exception; {@code byteOffset} is -1 when no single offset is at fault.
   *
   * @param source the input's name
   * @param byteOffset the offset of the first bad byte, or -1
   * @param message what is wrong with the bytes
   */
  public UndecodableTextException(String source, long byteOffset, String message) {
    super(source + (byteOffset >= 0 ? " at byte " + byteOffset : "") + ": " + message);
    this.source = source;
    this.byteOffset = byteOffset;
    this.reason = message;
  }

  /** {@return what is wrong with the bytes, without the source and offset the message starts with} */
  public String reason() {
    return reason;
  }

  /** {@return the name of the source that failed to decode} */
  public String source() {
    return source;
  }

  /** {@return the offset of the first offending byte, or -1} */
  public long byteOffset() {
    return byteOffset;
  }
}
