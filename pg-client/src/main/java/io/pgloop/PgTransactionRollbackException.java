package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/**
 * A transaction rollback (SQLSTATE class 40): the transaction was rolled back and may succeed if
 * retried.
 */
public class PgTransactionRollbackException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgTransactionRollbackException(ErrorFields fields) {
    super(fields);
  }

  /**
   * A rollback the client reports itself (SQLSTATE 40000, transaction_rollback): a {@link
   * Transaction}'s completion when it was rolled back.
   *
   * @param message the text
   * @param cause why the transaction was rolled back (the error that failed it), or null when it
   *     was rolled back on request
   */
  public PgTransactionRollbackException(String message, Throwable cause) {
    super("ERROR", "40000", message, cause);
  }
}
