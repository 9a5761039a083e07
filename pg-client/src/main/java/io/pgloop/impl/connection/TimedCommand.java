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
 * {@link ExpiredStatementCancels} sends the cancel requests, and sends one again when the server
 * dropped it.
 *
 * @param <R> what the command completes with
 */
final class TimedCommand<R> extends Command<R> {

  private final Command<R> command;
  private final Duration timeout;
  private final PgConnectionImpl connection;
  private final long timer;
  private final ExpiredStatementCancels cancels;

  TimedCommand(Command<R> command, Duration timeout, PgConnectionImpl connection) {
    super(command.promise);
    this.command = command;
    this.timeout = timeout;
    this.connection = connection;
    this.cancels = new ExpiredStatementCancels(connection, () -> connection.isExecuting(this));
    this.timer = connection.context().setTimer(QueryTimeouts.timerMillis(timeout), id -> expire());
  }

  private void expire() {
    if (promise.future().isComplete()) {
      return;
    }
    if (connection.withdraw(this)) {
      command.fail(new PgQueryTimeoutException(timeout, false));
      return;
    }
    promise.tryFail(new PgQueryTimeoutException(timeout, true));
    cancels.expire();
  }

  @Override
  void reachedHead(PgConnectionImpl connection) {
    command.reachedHead(connection);
    cancels.send();
  }

  @Override
  boolean holdsConnection() {
    return command.holdsConnection();
  }

  @Override
  void connectionClosing() {
    command.connectionClosing();
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    command.encode(out, connection);
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    boolean done = command.handle(message, connection);
    if (done) {
      cancels.stop();
      connection.context().owner().cancelTimer(timer);
    }
    return done;
  }

  @Override
  void fail(Throwable cause) {
    cancels.stop();
    connection.context().owner().cancelTimer(timer);
    command.fail(cause);
  }

  @Override
  boolean mayEndFailedTransaction() {
    return command.mayEndFailedTransaction();
  }
}
