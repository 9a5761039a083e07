package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.PgQueryTimeoutException;
import io.pgloop.impl.protocol.backend.BackendMessage;
import java.time.Duration;

/**
 * A command with a timeout, wrapped around it. The timer starts when the command is submitted. When
 * it fires:
 *
 * <ul>
 *   <li>a command still queued is taken out of the queue and fails; it never runs;
 *   <li>a command on the wire fails at once with a {@link PgQueryTimeoutException}, and the server
 *       is sent a cancel request as soon as this command is the one it executes (at once if it is
 *       at the head of the commands in flight, else when those before it have completed), since a
 *       cancel request stops whatever the backend is running. The command stays in flight and
 *       consumes its replies (the 57014 error, or a result that came too late) so that the
 *       connection stays in sync.
 * </ul>
 *
 * PostgreSQL drops a cancel request that reaches a backend not yet executing (still reading the
 * query, as can happen with a timeout of a few milliseconds on a busy server). So while the command
 * remains the one executing, the request is sent again {@link #RESEND_MILLIS} ms after the server
 * took the previous one, at most {@link #MAX_CANCELS} times in all; never two at once.
 *
 * @param <R> what the command completes with
 */
final class TimedCommand<R> extends Command<R> {

  private static final System.Logger LOG = System.getLogger(io.pgloop.PgConnection.class.getName());

  /** Time between cancel requests while the expired command still executes. */
  static final long RESEND_MILLIS = 1000;

  /** Most cancel requests sent for one command. */
  static final int MAX_CANCELS = 5;

  private final Command<R> command;
  private final Duration timeout;
  private final PgConnectionImpl connection;
  private final long timer;
  private boolean expired;
  private boolean done;
  private int cancels;

  TimedCommand(Command<R> command, Duration timeout, PgConnectionImpl connection) {
    super(command.promise);
    this.command = command;
    this.timeout = timeout;
    this.connection = connection;
    // Whole milliseconds, rounded up: a timeout below 1 ms still gives the query its chance.
    long millis = Math.max(1, (timeout.toNanos() + 999_999) / 1_000_000);
    this.timer = connection.context().setTimer(millis, id -> expire());
  }

  private void expire() {
    if (promise.future().isComplete()) {
      return;
    }
    if (connection.withdraw(this)) {
      command.fail(new PgQueryTimeoutException(timeout, false));
      return;
    }
    expired = true;
    promise.tryFail(new PgQueryTimeoutException(timeout, true));
    if (connection.isExecuting(this)) {
      cancel();
    }
  }

  @Override
  void reachedHead(PgConnectionImpl connection) {
    if (expired) {
      cancel();
    }
  }

  private void cancel() {
    if (done || cancels == MAX_CANCELS || !connection.isExecuting(this)) {
      return;
    }
    cancels++;
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
              connection.context().setTimer(RESEND_MILLIS, id -> cancel());
            });
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    command.encode(out, connection);
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    done = command.handle(message, connection);
    if (done) {
      connection.context().owner().cancelTimer(timer);
    }
    return done;
  }

  @Override
  void fail(Throwable cause) {
    done = true;
    connection.context().owner().cancelTimer(timer);
    command.fail(cause);
  }

  @Override
  boolean mayEndFailedTransaction() {
    return command.mayEndFailedTransaction();
  }
}
