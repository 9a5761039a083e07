package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** An operator intervention (SQLSTATE class 57). */
public class PgOperatorInterventionException extends PgException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgOperatorInterventionException(ErrorFields fields) {
    super(fields);
  }

  /**
   * An operator intervention the client reports itself, severity ERROR.
   *
   * @param sqlState the SQLSTATE, of class 57
   * @param message the text
   * @param cause the cause, or null
   */
  protected PgOperatorInterventionException(String sqlState, String message, Throwable cause) {
    super("ERROR", sqlState, message, cause);
  }
}
