package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** exclusion_violation (SQLSTATE 23P01). */
public class PgExclusionViolationException extends PgIntegrityConstraintViolationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgExclusionViolationException(ErrorFields fields) {
    super(fields);
  }
}
