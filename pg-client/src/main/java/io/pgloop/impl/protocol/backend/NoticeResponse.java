package io.pgloop.impl.protocol.backend;

import io.netty.buffer.ByteBuf;

/**
 * NoticeResponse ('N'): a notice or warning that does not fail the current command; {@link
 * io.pgloop.PgNotice#of} turns it into what notice handlers receive.
 *
 * @param fields the notice's fields
 */
public record NoticeResponse(ErrorFields fields) implements BackendMessage {

  /* NoticeResponse ('N') body: { Byte1 code | String value }* Byte1 0 (see ErrorFields) */
  static NoticeResponse decode(ByteBuf payload) {
    return new NoticeResponse(ErrorFields.decode(payload));
  }
}
