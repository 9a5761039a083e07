package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;
import java.nio.charset.StandardCharsets;

/** Reads the protocol's primitive fields out of a message body. */
final class Payloads {

  private Payloads() {}

  /**
   * Reads a NUL-terminated UTF-8 string and moves past its NUL.
   *
   * @throws MalformedMessageException when no NUL ends the string inside the body
   */
  static String readCString(ByteBuf payload, String field) {
    int length = payload.bytesBefore((byte) 0);
    if (length < 0) {
      throw new MalformedMessageException(field + " has no terminating NUL");
    }
    String value = payload.toString(payload.readerIndex(), length, StandardCharsets.UTF_8);
    payload.skipBytes(length + 1);
    return value;
  }

  /** Reads the rest of the body as bytes. */
  static byte[] readRemaining(ByteBuf payload) {
    byte[] bytes = new byte[payload.readableBytes()];
    payload.readBytes(bytes);
    return bytes;
  }
}
