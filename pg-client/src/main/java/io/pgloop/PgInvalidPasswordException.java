package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** invalid_password (SQLSTATE 28P01). */
public class PgInvalidPasswordException extends PgInvalidAuthorizationException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgInvalidPasswordException(ErrorFields fields) {
    super(fields);
  }
}
