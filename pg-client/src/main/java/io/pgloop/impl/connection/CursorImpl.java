package io.pgloop.impl.connection;

import io.pgloop.Cursor;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.pgloop.impl.protocol.backend.DataRow;
import io.pgloop.impl.result.ResultBuilder;
import io.pgloop.impl.result.ResultBuilders;
import io.vertx.core.Future;
import io.vertx.core.Promise;

/**
 * A {@link Cursor} over a {@link PortalCommand}: the first read submits the command (Bind and the
 * first Execute), later reads ask it for more rows. State is touched on the connection's event loop
 * only; the public methods hop there.
 */
final class CursorImpl implements Cursor, PortalCommand.Listener {

  private final PgConnectionImpl connection;
  private final NamedStatement statement;
  private final Tuple parameters;
  private PortalCommand command;
  private Future<Void> ended;
  private Promise<RowSet<Row>> reading;
  private ResultBuilder<RowSet<Row>> chunk;
  private int chunkSize;
  private boolean closed;

  /** Why the portal ended early (a server error, the connection closing), for later reads. */
  private Throwable failure;

  private volatile boolean hasMore = true;

  CursorImpl(PgConnectionImpl connection, NamedStatement statement, Tuple parameters) {
    this.connection = connection;
    this.statement = statement;
    this.parameters = parameters;
  }

  @Override
  public Future<RowSet<Row>> read(int count) {
    if (count < 1) {
      return connection
          .context()
          .failedFuture(new IllegalArgumentException("count must be at least 1: " + count));
    }
    return OnContext.call(connection.context(), () -> startRead(count));
  }

  private Future<RowSet<Row>> startRead(int count) {
    if (closed) {
      return connection
          .context()
          .failedFuture(
              failure != null ? failure : new IllegalStateException("the cursor is closed"));
    }
    if (reading != null) {
      return connection
          .context()
          .failedFuture(new IllegalStateException("another read of the cursor is in progress"));
    }
    newChunk();
    if (!hasMore) {
      return connection.context().succeededFuture(chunk.complete("", 0));
    }
    reading = connection.context().promise();
    if (command == null) {
      command =
          new PortalCommand(
              connection.context().promise(),
              statement,
              parameters,
              count,
              connection.statements().nextPortalName(),
              this);
      ended = connection.submit(command);
    } else {
      command.fetch(count);
    }
    return reading.future();
  }

  private void newChunk() {
    chunk = ResultBuilders.rows(connection.codecs());
    chunk.begin(statement.columnsIn(statement.resultFormats()));
    chunkSize = 0;
  }

  @Override
  public boolean hasMore() {
    return hasMore;
  }

  @Override
  public Future<Void> close() {
    return OnContext.call(
        connection.context(),
        () -> {
          closed = true;
          if (command == null) {
            return connection.context().succeededFuture();
          }
          command.close();
          return ended;
        });
  }

  @Override
  public void onRow(DataRow row) {
    chunk.addRow(row);
    chunkSize++;
  }

  @Override
  public void onChunkEnd(boolean more, String commandTag, long rowCount) {
    hasMore = more;
    RowSet<Row> rows = chunk.complete(more ? "" : commandTag, more ? chunkSize : rowCount);
    Promise<RowSet<Row>> promise = reading;
    reading = null;
    if (promise != null) {
      promise.tryComplete(rows);
    }
  }

  @Override
  public void onFailure(Throwable cause) {
    hasMore = false;
    closed = true;
    failure = cause;
    Promise<RowSet<Row>> promise = reading;
    reading = null;
    if (promise != null) {
      promise.tryFail(cause);
    }
  }
}
