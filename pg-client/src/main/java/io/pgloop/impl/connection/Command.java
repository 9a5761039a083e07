package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.vertx.core.Promise;

/**
 * One exchange with the server that ends with ReadyForQuery: the startup, a simple query, an
 * extended query, a batch. A command writes its messages once, then receives every backend message
 * addressed to it until it reports that it is done.
 *
 * <p>Commands are touched from their connection's event loop only.
 *
 * @param <R> what the command completes with
 */
abstract class Command<R> {

  final Promise<R> promise;

  Command(Promise<R> promise) {
    this.promise = promise;
  }

  /**
   * Writes the command's messages into {@code out}. May throw before the command is on the wire (a
   * parameter that cannot be encoded); the connection then rolls {@code out} back and fails this
   * command alone.
   */
  abstract void encode(ByteBuf out, PgConnectionImpl connection);

  /**
   * Handles a backend message addressed to this command.
   *
   * @return true once the command is done: its ReadyForQuery has arrived and it has completed or
   *     failed its promise
   */
  abstract boolean handle(BackendMessage message, PgConnectionImpl connection);

  /**
   * Whether the connection must write nothing after this command until it is done: true for a
   * command that keeps a portal open across several exchanges (a cursor), since another command's
   * Sync would end the portal's transaction. The connection asks once the command is written.
   */
  boolean holdsConnection() {
    return false;
  }

  /**
   * Called when the user closes the connection while this command is issued and not done. A command
   * that waits for its user to go on (an open portal that a paused row stream reads) must end now,
   * or the close would wait for it forever; others run to their end, as close promises.
   */
  void connectionClosing() {}

  /** Fails the command: the connection broke, or it could not be written. */
  void fail(Throwable cause) {
    promise.tryFail(cause);
  }

  /**
   * Whether the server accepts this command in a failed transaction, because it ends it (a
   * rollback). Other commands are refused by the connection without being sent while the
   * transaction is failed.
   */
  boolean mayEndFailedTransaction() {
    return false;
  }

  /**
   * Called when every command written before this one has completed: from now on, what the server
   * executes is this command. A cancel request sent now can reach no other command.
   */
  void reachedHead(PgConnectionImpl connection) {}
}
