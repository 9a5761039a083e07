package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** cannot_connect_now (SQLSTATE 57P03): the server is starting up or shutting down. */
public class PgCannotConnectNowException extends PgOperatorInterventionException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgCannotConnectNowException(ErrorFields fields) {
    super(fields);
  }
}
