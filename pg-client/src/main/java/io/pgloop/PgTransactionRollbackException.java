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
}
