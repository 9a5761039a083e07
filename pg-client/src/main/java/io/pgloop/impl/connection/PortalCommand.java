package io.pgloop.impl.connection;

import io.netty.buffer.ByteBuf;
import io.pgloop.PgConnectionException;
import io.pgloop.PgException;
import io.pgloop.PgProtocolException;
import io.pgloop.Tuple;
import io.pgloop.impl.protocol.backend.BackendMessage;
import io.pgloop.impl.protocol.backend.BindComplete;
import io.pgloop.impl.protocol.backend.CloseComplete;
import io.pgloop.impl.protocol.backend.CommandComplete;
import io.pgloop.impl.protocol.backend.DataRow;
import io.pgloop.impl.protocol.backend.ErrorResponse;
import io.pgloop.impl.protocol.backend.PortalSuspended;
import io.pgloop.impl.protocol.backend.ReadyForQuery;
import io.pgloop.impl.protocol.frontend.FrontendMessages;
import io.vertx.core.Promise;

/**
 * A portal over a prepared statement, read a chunk at a time; what cursors and row streams run on.
 *
 * <pre>
 * → Bind(portal) Execute(portal, n) Flush          ← BindComplete DataRow* (PortalSuspended | CommandComplete)
 * → Execute(portal, n) Flush                       ← DataRow* (PortalSuspended | CommandComplete)
 * → Close(portal) Sync  (or Sync after the end)    ← [CloseComplete] ReadyForQuery
 * </pre>
 *
 * A Sync would end the implicit transaction and with it the portal, so none is sent until the
 * portal is closed, exhausted or failed; meanwhile the command {@link #holdsConnection() holds the
 * connection}: nothing else is written. On an error the server skips to the next Sync, which is
 * sent at once. The promise completes at the final ReadyForQuery, when the connection is free.
 *
 * <p>Event loop only: {@link #fetch} and {@link #close} are called there.
 */
final class PortalCommand extends Command<Void> {

  /** What the portal's owner hears, on the event loop. */
  interface Listener {

    /** One row, in a heap buffer the listener may keep. */
    void onRow(DataRow row);

    /**
     * A chunk ended: with PortalSuspended ({@code more}) or with the last row (CommandComplete).
     */
    void onChunkEnd(boolean more, String commandTag, long rowCount);

    /** The server failed the portal or the connection broke; at most once, and nothing after. */
    void onFailure(Throwable cause);
  }

  private final NamedStatement statement;
  private final Tuple parameters;
  private final int firstFetch;
  private final String portal;
  private final Listener listener;
  private PgConnectionImpl connection;
  private boolean syncSent;
  private boolean closeRequested;
  private boolean failed;

  PortalCommand(
      Promise<Void> promise,
      NamedStatement statement,
      Tuple parameters,
      int firstFetch,
      String portal,
      Listener listener) {
    super(promise);
    this.statement = statement;
    this.parameters = parameters;
    this.firstFetch = firstFetch;
    this.portal = portal;
    this.listener = listener;
  }

  @Override
  void encode(ByteBuf out, PgConnectionImpl connection) {
    if (closeRequested) {
      // Closed before it was written: only the Sync, so that the command still ends normally.
      FrontendMessages.sync(out);
      syncSent = true;
      this.connection = connection;
      return;
    }
    if (!statement.isValid()) {
      throw new IllegalStateException("prepared statement " + statement.name + " is closed");
    }
    int[] types = statement.parameterTypes();
    if (parameters.size() != types.length) {
      throw new IllegalArgumentException(
          "the statement takes "
              + types.length
              + " parameters, the tuple has "
              + parameters.size());
    }
    ParameterBinder binder = new ParameterBinder(parameters, types, connection.codecs());
    FrontendMessages.bind(
        out,
        portal,
        statement.name,
        binder.formats(),
        parameters.size(),
        binder,
        statement.resultFormats());
    FrontendMessages.execute(out, portal, firstFetch);
    FrontendMessages.flush(out);
    this.connection = connection;
  }

  @Override
  boolean holdsConnection() {
    return true;
  }

  /** Asks for up to {@code count} more rows; ignored once the portal is ending. */
  void fetch(int count) {
    if (syncSent || connection == null) {
      return;
    }
    connection.writeNow(
        out -> {
          FrontendMessages.execute(out, portal, count);
          FrontendMessages.flush(out);
        });
  }

  /** Closes the portal and ends the exchange; the promise completes at its ReadyForQuery. */
  void close() {
    closeRequested = true;
    if (syncSent || connection == null) {
      return;
    }
    syncSent = true;
    connection.writeNow(
        out -> {
          FrontendMessages.close(out, 'P', portal);
          FrontendMessages.sync(out);
        });
  }

  private void sync() {
    if (!syncSent) {
      syncSent = true;
      connection.writeNow(FrontendMessages::sync);
    }
  }

  @Override
  boolean handle(BackendMessage message, PgConnectionImpl connection) {
    if (message instanceof DataRow row) {
      if (!closeRequested) {
        listener.onRow(row);
      }
    } else if (message instanceof PortalSuspended) {
      if (!closeRequested) {
        listener.onChunkEnd(true, "", 0);
      }
    } else if (message instanceof CommandComplete complete) {
      sync();
      if (!closeRequested) {
        listener.onChunkEnd(false, complete.tag(), complete.rows());
      }
    } else if (message instanceof ErrorResponse response) {
      sync();
      if (!failed) {
        failed = true;
        listener.onFailure(PgException.of(response.fields()));
      }
    } else if (message instanceof ReadyForQuery) {
      promise.tryComplete();
      return true;
    } else if (!(message instanceof BindComplete) && !(message instanceof CloseComplete)) {
      throw new PgProtocolException(
          "unexpected " + message.getClass().getSimpleName() + " in reply to a portal");
    }
    return false;
  }

  /**
   * The portal's reader may never ask for more (a paused stream, a cursor left open), so the portal
   * ends now: its owner hears that the connection is closing, and the portal is closed on the wire.
   */
  @Override
  void connectionClosing() {
    if (!failed && !closeRequested) {
      failed = true;
      listener.onFailure(
          new PgConnectionException("the connection was closed while the portal was open"));
    }
    close();
  }

  @Override
  void fail(Throwable cause) {
    if (!failed) {
      failed = true;
      listener.onFailure(cause);
    }
    super.fail(cause);
  }
}
