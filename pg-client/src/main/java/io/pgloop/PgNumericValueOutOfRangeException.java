package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** numeric_value_out_of_range (SQLSTATE 22003). */
public class PgNumericValueOutOfRangeException extends PgDataException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgNumericValueOutOfRangeException(ErrorFields fields) {
    super(fields);
  }
}
