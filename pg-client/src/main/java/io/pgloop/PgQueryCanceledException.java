package io.pgloop;

import io.pgloop.impl.protocol.backend.ErrorFields;

/** query_canceled (SQLSTATE 57014): by a cancel request or statement_timeout. */
public class PgQueryCanceledException extends PgOperatorInterventionException {

  /** An exception for the server's error fields; {@link PgException#of} calls it. */
  public PgQueryCanceledException(ErrorFields fields) {
    super(fields);
  }

  /**
   * A cancellation the client reports itself (SQLSTATE 57014), such as a query timeout.
   *
   * @param message the text
   * @param cause the cause, or null
   */
  protected PgQueryCanceledException(String message, Throwable cause) {
    super("57014", message, cause);
  }
}
