package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** An invalid transaction state (SQLSTATE class 25). */
public class PgInvalidTransactionStateException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgInvalidTransactionStateException(ErrorFields fields) {
    super(fields);
  }
}
