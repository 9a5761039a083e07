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
}
