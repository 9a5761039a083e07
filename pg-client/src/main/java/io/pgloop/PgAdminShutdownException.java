package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** admin_shutdown (SQLSTATE 57P01): the server is shutting down or the backend was terminated. */
public class PgAdminShutdownException extends PgOperatorInterventionException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgAdminShutdownException(ErrorFields fields) {
    super(fields);
  }
}
