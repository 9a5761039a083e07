package io.pgloop.embedded;

/**
 * Thrown when an embedded PostgreSQL cannot be found, unpacked, initialized, started or set up. The
 * message names what went wrong and, where the server got that far, ends with the tail of its log.
 */
public final class EmbeddedPostgresException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the problem.
   *
   * @param message what went wrong
   */
  public EmbeddedPostgresException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message that names the problem and its cause.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public EmbeddedPostgresException(String message, Throwable cause) {
    super(message, cause);
  }
}
