package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/**
 * A connection exception (SQLSTATE class 08): reported by the server, or raised by the client when
 * the connection failed or closed. After one, the connection is unusable.
 */
public class PgConnectionException extends PgException {

  /** connection_failure: the connection broke. */
  public static final String CONNECTION_FAILURE = "08006";

  /** connection_does_not_exist: the connection was closed before or during the command. */
  public static final String CONNECTION_DOES_NOT_EXIST = "08003";

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgConnectionException(ErrorFields fields) {
    super(fields);
  }

  /** A client-side connection failure (SQLSTATE 08006) with this message. */
  public PgConnectionException(String message) {
    this(CONNECTION_FAILURE, message, null);
  }

  /** A client-side connection failure (SQLSTATE 08006) with this message and cause. */
  public PgConnectionException(String message, Throwable cause) {
    this(CONNECTION_FAILURE, message, cause);
  }

  /**
   * A client-side connection error, severity FATAL.
   *
   * @param sqlState the SQLSTATE, such as {@link #CONNECTION_DOES_NOT_EXIST}
   * @param message the text, such as {@code "connection closed"}
   * @param cause the cause, or null
   */
  public PgConnectionException(String sqlState, String message, Throwable cause) {
    super("FATAL", sqlState, message, cause);
  }
}
