package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** serialization_failure (SQLSTATE 40001): retry the transaction. */
public class PgSerializationFailureException extends PgTransactionRollbackException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgSerializationFailureException(ErrorFields fields) {
    super(fields);
  }
}
