package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.PgException;
import io.pgloop.PgProtocolException;
import io.pgloop.PreparedStatement;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.pgloop.impl.protocol.backend.ErrorResponse;
import io.pgloop.impl.protocol.backend.NoData;
import io.pgloop.impl.protocol.backend.ParameterDescription;
import io.pgloop.impl.protocol.backend.ParseComplete;
import io.pgloop.impl.protocol.backend.ReadyForQuery;
import io.pgloop.impl.protocol.backend.RowDescription;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.vertx.core.Promise;

/**
 * Prepares a statement explicitly, letting the server resolve every parameter type:
 *
 * <pre>
 * → Parse(name, no types) Describe('S') Sync
 * ← ParseComplete ParameterDescription (RowDescription | NoData) ReadyForQuery
 * </pre>
 */
final class PrepareCommand extends Command<PreparedStatement> {

  private final String sql;
  private NamedStatement statement;
  private PgException error;

  PrepareCommand(Promise<PreparedStatement> promise, String sql) {
    super(promise);
    this.sql = sql;
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    statement = new NamedStatement(connection.statements().nextName(), sql, null);
    FrontendMessages.parse(out, statement.name, sql, null);
    FrontendMessages.describe(out, 'S', statement.name);
    FrontendMessages.sync(out);
    statement.markParseSent();
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    if (message instanceof ParameterDescription parameters) {
      statement.parameterTypes(parameters.typeOids());
    } else if (message instanceof RowDescription description) {
      statement.describe(description.columns(), connection.codecs());
    } else if (message instanceof NoData) {
      statement.describe(null, connection.codecs());
    } else if (message instanceof ErrorResponse response) {
      error = PgException.of(response.fields());
    } else if (message instanceof ReadyForQuery) {
      if (error != null) {
        promise.tryFail(error);
      } else {
        promise.tryComplete(new PreparedStatementImpl(connection, statement));
      }
      return true;
    } else if (!(message instanceof ParseComplete)) {
      throw new PgProtocolException(
          "unexpected " + message.getClass().getSimpleName() + " in reply to a prepare");
    }
    return false;
  }
}
