package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** check_violation (SQLSTATE 23514). */
public class PgCheckViolationException extends PgIntegrityConstraintViolationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgCheckViolationException(ErrorFields fields) {
    super(fields);
  }
}
