package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** deadlock_detected (SQLSTATE 40P01): retry the transaction. */
public class PgDeadlockDetectedException extends PgTransactionRollbackException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgDeadlockDetectedException(ErrorFields fields) {
    super(fields);
  }
}
