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
 * @param <R> what the command completes with
 */
final class TimedCommand<R> extends Command<R> {

  private final Command<R> command;
  private final Duration timeout;
  private final PgConnectionImpl connection;
  private final long timer;
  private boolean expired;

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
      connection.cancelForTimeout();
    }
  }

  @Override
  void reachedHead(PgConnectionImpl connection) {
    if (expired) {
      connection.cancelForTimeout();
    }
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    command.encode(out, connection);
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    boolean done = command.handle(message, connection);
    if (done) {
      connection.context().owner().cancelTimer(timer);
    }
    return done;
  }

  @Override
  void fail(Throwable cause) {
    connection.context().owner().cancelTimer(timer);
    command.fail(cause);
  }

  @Override
  boolean mayEndFailedTransaction() {
    return command.mayEndFailedTransaction();
  }
}
