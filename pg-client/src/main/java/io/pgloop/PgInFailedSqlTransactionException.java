package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/**
 * in_failed_sql_transaction (SQLSTATE 25P02): the transaction has failed, and commands are ignored
 * until it ends.
 */
public class PgInFailedSqlTransactionException extends PgInvalidTransactionStateException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgInFailedSqlTransactionException(ErrorFields fields) {
    super(fields);
  }

  /**
   * The client's own refusal (SQLSTATE 25P02) of a statement in a failed transaction: it was not
   * sent, as the server would only have rejected it.
   *
   * @param message the text
   * @param cause the error that failed the transaction, or null when unknown
   */
  public PgInFailedSqlTransactionException(String message, Throwable cause) {
    super("25P02", message, cause);
  }
}
