package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/**
 * protocol_violation (SQLSTATE 08P01): one side broke the wire protocol. Raised by the client when
 * the server's bytes make no sense (the message names what was wrong), or reported by the server.
 * The connection cannot continue after one.
 */
public class PgProtocolException extends PgConnectionException {

  /** protocol_violation. */
  public static final String PROTOCOL_VIOLATION = "08P01";

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgProtocolException(ErrorFields fields) {
    super(fields);
  }

  /** A client-side protocol violation with this message. */
  public PgProtocolException(String message) {
    super(PROTOCOL_VIOLATION, message, null);
  }

  /** A client-side protocol violation with this message and cause. */
  public PgProtocolException(String message, Throwable cause) {
    super(PROTOCOL_VIOLATION, message, cause);
  }
}
