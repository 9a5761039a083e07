package io.pgloop.impl.connection;

import java.util.function.BooleanSupplier;

/**
 * The cancel requests sent for one statement past its timeout, while it is the statement the server
 * executes. A cancel request stops whatever the backend runs, so none is sent while an earlier
 * statement is still running: the owner calls {@link #send()} when the timeout fires and again when
 * the statement becomes the one executing.
 *
 * <p>PostgreSQL drops a cancel request that reaches a backend not yet executing (still reading the
 * statement, as can happen with a timeout of a few milliseconds on a busy server). So while the
 * statement remains the one executing, the request is sent again {@link #RESEND_MILLIS} ms after
 * the server took the previous one, at most {@link #MAX_CANCELS} times in all; never two at once.
 *
 * <p>Event loop only.
 */
final class ExpiredStatementCancels {

  private static final System.Logger LOG = System.getLogger(io.pgloop.PgConnection.class.getName());

  /** Time between cancel requests while the expired statement still executes. */
  static final long RESEND_MILLIS = 1000;

  /** Most cancel requests sent for one statement. */
  static final int MAX_CANCELS = 5;

  private final PgConnectionImpl connection;
  private final BooleanSupplier executing;
  private boolean expired;
  private boolean done;
  private boolean requestPending;
  private int sent;

  /**
   * @param executing whether the server executes the statement now: every statement written before
   *     it has completed, and it has not
   */
  ExpiredStatementCancels(PgConnectionImpl connection, BooleanSupplier executing) {
    this.connection = connection;
    this.executing = executing;
  }

  /** The timeout fired: cancels now if the statement executes, else once it does. */
  void expire() {
    expired = true;
    send();
  }

  /** Whether {@link #expire()} was called. */
  boolean expired() {
    return expired;
  }

  /** Sends a cancel request if the statement has expired, executes, and none is pending. */
  void send() {
    if (!expired || done || requestPending || sent == MAX_CANCELS || !executing.getAsBoolean()) {
      return;
    }
    sent++;
    requestPending = true;
    // The next request waits until the server has taken this one (it closes the cancel socket
    // once the backend is signalled): two requests pending at once could let the second one
    // land on the next statement.
    connection
        .cancelRequest()
        .onComplete(
            ar -> {
              if (ar.failed()) {
                LOG.log(
                    System.Logger.Level.WARNING,
                    "the cancel request for a query past its timeout failed: "
                        + ar.cause().getMessage());
              }
              connection
                  .context()
                  .setTimer(
                      RESEND_MILLIS,
                      id -> {
                        requestPending = false;
                        send();
                      });
            });
  }

  /** The statement has completed: no more requests. */
  void stop() {
    done = true;
  }
}
