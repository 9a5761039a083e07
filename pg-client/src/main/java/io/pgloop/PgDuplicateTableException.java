package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** duplicate_table (SQLSTATE 42P07). */
public class PgDuplicateTableException extends PgDuplicateObjectException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgDuplicateTableException(ErrorFields fields) {
    super(fields);
  }
}
