package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * ErrorResponse ('E'): the server reports an error; {@link io.pgloop.PgException#of} turns it into
 * an exception.
 *
 * @param fields the error's fields
 */
public record ErrorResponse(ErrorFields fields) implements BackendMessage {

  /* ErrorResponse ('E') body: { Byte1 code | String value }* Byte1 0 (see ErrorFields) */
  static ErrorResponse decode(ByteBuf payload) {
    return new ErrorResponse(ErrorFields.decode(payload));
  }
}
