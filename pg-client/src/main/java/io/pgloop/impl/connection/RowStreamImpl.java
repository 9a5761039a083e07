package io.pgloop.impl.connection;

import io.pgloop.Row;
import io.pgloop.RowStream;
import io.pgloop.Tuple;
import io.pgloop.impl.protocol.backend.DataRow;
import io.pgloop.impl.result.RowDesc;
import io.pgloop.impl.result.RowImpl;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.internal.ContextInternal;
import java.util.ArrayDeque;

/**
 * A {@link RowStream} over a {@link PortalCommand}. A row goes to the handler as soon as it arrives
 * while there is demand; otherwise it waits in a queue, handed out as demand comes. The next chunk
 * is asked for only once the queue is empty and demand remains, so at most {@code fetchSize} rows
 * are held and a paused consumer stops the server.
 *
 * <p>State is touched on the connection's event loop only: the public methods hop there.
 */
final class RowStreamImpl implements RowStream<Row>, PortalCommand.Listener {

  private final PgConnectionImpl connection;
  private final ContextInternal context;
  private final NamedStatement statement;
  private final Tuple parameters;
  private final int fetchSize;
  private final ArrayDeque<Row> queue = new ArrayDeque<>();
  private RowDesc desc;
  private PortalCommand command;
  private Future<Void> ended;
  private long demand = Long.MAX_VALUE;
  private boolean fetching;
  private boolean more = true;
  private boolean done;
  private boolean emitting;
  private Throwable failure;

  private Handler<Row> handler;
  private Handler<Void> endHandler;
  private Handler<Throwable> exceptionHandler;

  RowStreamImpl(
      PgConnectionImpl connection, NamedStatement statement, Tuple parameters, int fetchSize) {
    this.connection = connection;
    this.context = connection.context();
    this.statement = statement;
    this.parameters = parameters;
    this.fetchSize = fetchSize;
  }

  @Override
  public RowStream<Row> exceptionHandler(Handler<Throwable> handler) {
    OnContext.run(context, () -> exceptionHandler = handler);
    return this;
  }

  @Override
  public RowStream<Row> handler(Handler<Row> handler) {
    OnContext.run(
        context,
        () -> {
          this.handler = handler;
          if (handler == null) {
            close();
          } else if (command == null && !done) {
            start();
          } else {
            drain();
          }
        });
    return this;
  }

  @Override
  public RowStream<Row> endHandler(Handler<Void> endHandler) {
    OnContext.run(context, () -> this.endHandler = endHandler);
    return this;
  }

  @Override
  public RowStream<Row> pause() {
    OnContext.run(context, () -> demand = 0);
    return this;
  }

  @Override
  public RowStream<Row> resume() {
    return fetch(Long.MAX_VALUE);
  }

  @Override
  public RowStream<Row> fetch(long amount) {
    if (amount < 0) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    OnContext.run(
        context,
        () -> {
          demand = demand + amount < 0 ? Long.MAX_VALUE : demand + amount;
          drain();
        });
    return this;
  }

  @Override
  public Future<Void> close() {
    return OnContext.call(
        context,
        () -> {
          done = true;
          queue.clear();
          if (command == null) {
            return context.succeededFuture();
          }
          command.close();
          return ended;
        });
  }

  private void start() {
    desc = new RowDesc(statement.columnsIn(statement.resultFormats()), connection.codecs());
    fetching = true;
    command =
        new PortalCommand(
            context.promise(),
            statement,
            parameters,
            fetchSize,
            connection.statements().nextPortalName(),
            this);
    ended = connection.submit(command);
  }

  /** Hands out queued rows while there is demand, then ends or asks for the next chunk. */
  private void drain() {
    if (emitting || command == null || done) {
      return;
    }
    emitting = true;
    try {
      // The handler may pause, fetch or close from inside: the loop re-reads the state each time.
      while (demand > 0 && !done && !queue.isEmpty()) {
        Row row = queue.poll();
        if (demand != Long.MAX_VALUE) {
          demand--;
        }
        if (!deliver(row)) {
          return;
        }
      }
    } finally {
      emitting = false;
    }
    if (done || !queue.isEmpty()) {
      return;
    }
    if (failure != null) {
      failed(failure);
    } else if (!more) {
      done = true;
      Handler<Void> onEnd = endHandler;
      if (onEnd != null) {
        context.emit(null, onEnd);
      }
    } else if (demand > 0 && !fetching) {
      fetching = true;
      command.fetch(fetchSize);
    }
  }

  private boolean deliver(Row row) {
    Handler<Row> h = handler;
    if (h == null) {
      return true;
    }
    // Dispatched by hand rather than with emit, which would swallow the handler's exception; rows
    // read off the socket are already inside the connection's dispatch (ContextDispatchHandler).
    boolean dispatching = context.isRunningOnContext();
    ContextInternal previous = dispatching ? null : context.beginDispatch();
    try {
      h.handle(row);
      return true;
    } catch (RuntimeException e) {
      // A failing consumer ends the stream like a server error, and frees the connection.
      failed(e);
      command.close();
      return false;
    } finally {
      if (!dispatching) {
        context.endDispatch(previous);
      }
    }
  }

  private void failed(Throwable cause) {
    if (done) {
      return;
    }
    done = true;
    queue.clear();
    Handler<Throwable> onError = exceptionHandler;
    if (onError != null) {
      context.emit(cause, onError);
    }
  }

  @Override
  public void onRow(DataRow payload) {
    if (done) {
      return;
    }
    Row row = new RowImpl(desc, payload);
    if (demand > 0 && queue.isEmpty() && !emitting && handler != null) {
      // A consumer with demand reads each row as it arrives, while the server still sends the
      // rest of the chunk, rather than the whole chunk after its end.
      if (demand != Long.MAX_VALUE) {
        demand--;
      }
      emitting = true;
      try {
        deliver(row);
      } finally {
        emitting = false;
      }
      return;
    }
    queue.add(row);
  }

  @Override
  public void onChunkEnd(boolean more, String commandTag, long rowCount) {
    this.fetching = false;
    this.more = more;
    drain();
  }

  @Override
  public void onFailure(Throwable cause) {
    fetching = false;
    more = false;
    // The rows that came before the error are still delivered, then the error.
    failure = cause;
    drain();
  }
}
