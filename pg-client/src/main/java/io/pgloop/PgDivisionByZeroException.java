package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** division_by_zero (SQLSTATE 22012). */
public class PgDivisionByZeroException extends PgDataException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgDivisionByZeroException(ErrorFields fields) {
    super(fields);
  }
}
