package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/**
 * An integrity constraint violation (SQLSTATE class 23); {@link #constraint()} names the
 * constraint.
 */
public class PgIntegrityConstraintViolationException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgIntegrityConstraintViolationException(ErrorFields fields) {
    super(fields);
  }
}
