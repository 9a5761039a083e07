package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** crash_shutdown (SQLSTATE 57P02): another backend crashed and the server is restarting. */
public class PgCrashShutdownException extends PgOperatorInterventionException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgCrashShutdownException(ErrorFields fields) {
    super(fields);
  }
}
