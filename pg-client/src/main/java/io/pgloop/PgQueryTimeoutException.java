package io.pgloop;

import java.time.Duration;

/**
 * A query ran past its timeout ({@link Query#timeout(Duration)} or {@link
 * PgConnectOptions#setQueryTimeout(Duration)}): the client failed its future when the time was up
 * and, when the query was already on the wire, sent the server a cancel request. SQLSTATE 57014, as
 * the server's own cancellations, so code that handles {@link PgQueryCanceledException} handles
 * this too; {@link #isServerError()} is false.
 */
public class PgQueryTimeoutException extends PgQueryCanceledException {

  private final Duration timeout;
  private final boolean sent;

  /**
   * A timeout.
   *
   * @param timeout the timeout that expired
   * @param sent whether the query had been sent (then a cancel request followed) or was still
   *     waiting for its turn (then it was dropped unsent)
   */
  public PgQueryTimeoutException(Duration timeout, boolean sent) {
    super(message(timeout, sent), null);
    this.timeout = timeout;
    this.sent = sent;
  }

  /** The timeout that expired. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Whether the query had reached the server. When true the server may still have run it, in part
   * or in whole, before the cancel request arrived; when false it never ran.
   */
  public boolean wasSent() {
    return sent;
  }

  private static String message(Duration timeout, boolean sent) {
    return "query timed out after "
        + format(timeout)
        + (sent
            ? "; a cancel request was sent to the server"
            : " while waiting for its turn on the connection; it was not sent");
  }

  /** {@code 200 ms}, {@code 5 s}: what a reader compares with the timeout they set. */
  static String format(Duration timeout) {
    long millis = timeout.toMillis();
    return millis % 1000 == 0 && millis > 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
