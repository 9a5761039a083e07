package io.pgloop;

/**
 * A {@link PgPool} could not give a connection: the acquire timeout passed, the wait queue was
 * full, or the pool is closed. The message names which, with the pool's name and state. SQLSTATE
 * 08001 (sqlclient_unable_to_establish_sqlconnection), severity ERROR: nothing was sent to the
 * server, so the caller may safely try again.
 */
public class PgPoolException extends PgException {

  /** sqlclient_unable_to_establish_sqlconnection. */
  public static final String UNABLE_TO_CONNECT = "08001";

  /** An exception with this message. */
  public PgPoolException(String message) {
    super("ERROR", UNABLE_TO_CONNECT, message, null);
  }

  /** An exception with this message and cause (such as the last connection error). */
  public PgPoolException(String message, Throwable cause) {
    super("ERROR", UNABLE_TO_CONNECT, message, cause);
  }
}
