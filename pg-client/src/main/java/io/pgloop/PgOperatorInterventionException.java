package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** An operator intervention (SQLSTATE class 57). */
public class PgOperatorInterventionException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgOperatorInterventionException(ErrorFields fields) {
    super(fields);
  }
}
