package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * FunctionCallResponse ('V'): the result of a FunctionCall (the legacy fast-path interface).
 *
 * @param result the function's result, or null when it is NULL
 */
public record FunctionCallResponse(byte[] result) implements BackendMessage {

  /* FunctionCallResponse ('V') body: Int32 length (-1 = NULL) | Byte(length) value */
  static FunctionCallResponse decode(ByteBuf payload) {
    int length = payload.readInt();
    if (length == -1) {
      return new FunctionCallResponse(null);
    }
    if (length != payload.readableBytes()) {
      throw new MalformedMessageException(
          "result length "
              + length
              + " does not match the "
              + payload.readableBytes()
              + " bytes that follow");
    }
    return new FunctionCallResponse(Payloads.readRemaining(payload));
  }
}
