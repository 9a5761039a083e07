package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** An invalid transaction state (SQLSTATE class 25). */
public class PgInvalidTransactionStateException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgInvalidTransactionStateException(ErrorFields fields) {
    super(fields);
  }

  /**
   * An invalid transaction state the client detects itself, severity ERROR; nothing was sent.
   *
   * @param sqlState the SQLSTATE, of class 25, such as 25P01 (no_active_sql_transaction)
   * @param message the text
   * @param cause the cause, or null
   */
  public PgInvalidTransactionStateException(String sqlState, String message, Throwable cause) {
    super("ERROR", sqlState, message, cause);
  }
}
