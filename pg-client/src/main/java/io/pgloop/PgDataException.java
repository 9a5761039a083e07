package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** A data exception (SQLSTATE class 22): a value is invalid for its type or operation. */
public class PgDataException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgDataException(ErrorFields fields) {
    super(fields);
  }
}
