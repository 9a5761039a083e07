package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** unique_violation (SQLSTATE 23505): a unique index or primary key already holds the key. */
public class PgUniqueViolationException extends PgIntegrityConstraintViolationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgUniqueViolationException(ErrorFields fields) {
    super(fields);
  }
}
