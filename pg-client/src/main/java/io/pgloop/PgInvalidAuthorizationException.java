package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** An invalid authorization specification (SQLSTATE class 28): authentication failed. */
public class PgInvalidAuthorizationException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgInvalidAuthorizationException(ErrorFields fields) {
    super(fields);
  }
}
