package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.streams.ReadStream;

/**
 * The rows of a prepared statement as a Vert.x {@link ReadStream}, with back-pressure: rows are
 * fetched from a portal {@code fetchSize} at a time, and the next chunk is asked for only when the
 * rows already received are delivered and the consumer still has demand. A paused or slow consumer
 * therefore stops the server, and at most one chunk is held in memory.
 *
 * <p>The stream starts when a {@link #handler} is set. Like a {@link Cursor}, it holds its
 * connection until it ends, fails or is closed: other queries wait. It ends with the {@link
 * #endHandler}; a server error goes to the {@link #exceptionHandler} and ends it; closing it or a
 * failing handler closes the portal and leaves the connection usable. Rows received before a server
 * error are delivered first. {@link PgConnection#close()} waits for a started stream to end.
 *
 * <p>Any thread may call; handlers run on the connection's context.
 *
 * @param <T> the type of a row
 */
@GenWrapper
public interface RowStream<T> extends ReadStream<T> {

  @Override
  RowStream<T> exceptionHandler(Handler<Throwable> handler);

  @Override
  RowStream<T> handler(Handler<T> handler);

  @Override
  RowStream<T> pause();

  @Override
  RowStream<T> resume();

  @Override
  RowStream<T> fetch(long amount);

  @Override
  RowStream<T> endHandler(Handler<Void> endHandler);

  /**
   * Stops the stream: no more rows are delivered, and the portal is closed on the server.
   *
   * @return a future completed when the connection is free again
   */
  Future<Void> close();
}
