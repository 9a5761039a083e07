package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** Insufficient resources (SQLSTATE class 53): disk full, out of memory, too many connections. */
public class PgInsufficientResourcesException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgInsufficientResourcesException(ErrorFields fields) {
    super(fields);
  }
}
