package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.PgException;
import io.pgloop.PgProtocolException;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.pgloop.impl.protocol.backend.CloseComplete;
import io.pgloop.impl.protocol.backend.ErrorResponse;
import io.pgloop.impl.protocol.backend.ReadyForQuery;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.vertx.core.Promise;

/**
 * Closes an explicitly prepared statement: {@code → Close('S') Sync ← CloseComplete ReadyForQuery}.
 * Runs of the statement queued after it fail without being sent.
 */
final class CloseStatementCommand extends Command<Void> {

  private final NamedStatement statement;
  private PgException error;

  CloseStatementCommand(Promise<Void> promise, NamedStatement statement) {
    super(promise);
    this.statement = statement;
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    FrontendMessages.close(out, 'S', statement.name);
    FrontendMessages.sync(out);
    statement.invalidate();
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    if (message instanceof ErrorResponse response) {
      error = PgException.of(response.fields());
    } else if (message instanceof ReadyForQuery) {
      if (error != null) {
        promise.tryFail(error);
      } else {
        promise.tryComplete();
      }
      return true;
    } else if (!(message instanceof CloseComplete)) {
      throw new PgProtocolException(
          "unexpected " + message.getClass().getSimpleName() + " in reply to a Close");
    }
    return false;
  }
}
