package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** not_null_violation (SQLSTATE 23502); {@link #column()} names the column. */
public class PgNotNullViolationException extends PgIntegrityConstraintViolationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgNotNullViolationException(ErrorFields fields) {
    super(fields);
  }
}
