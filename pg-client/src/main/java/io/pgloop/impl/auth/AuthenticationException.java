package io.pgloop.impl.auth;

/**
 * The client refuses to go on with authentication: the server asked for a method the options do not
 * allow, or its SCRAM messages do not verify. Connect fails with a {@link
 * io.pgloop.PgConnectionException} that carries it.
 */
public final class AuthenticationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** An exception with this message. */
  public AuthenticationException(String message) {
    super(message);
  }

  /** An exception with this message and cause. */
  public AuthenticationException(String message, Throwable cause) {
    super(message, cause);
  }
}
