package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** foreign_key_violation (SQLSTATE 23503). */
public class PgForeignKeyViolationException extends PgIntegrityConstraintViolationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgForeignKeyViolationException(ErrorFields fields) {
    super(fields);
  }
}
