package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A {@code COPY ... TO STDOUT} in progress, from {@link PgConnection#copyOut(String)}: a Vert.x
 * {@link ReadStream} of the COPY's data, one buffer per CopyData message (PostgreSQL sends one per
 * row; a binary COPY's first buffer starts with the PGCOPY header and its last one is the trailer).
 *
 * <pre>{@code
 * conn.copyOut("COPY t TO STDOUT (FORMAT csv)")
 *     .compose(copy -> copy.pipeTo(file).compose(v -> copy.rowCount()))
 *     .onSuccess(rows -> System.out.println(rows + " rows exported"));
 * }</pre>
 *
 * <p><b>Back-pressure.</b> Data flows once a {@link #handler(Handler)} is set, while there is
 * demand. When the consumer pauses, the connection stops reading its socket, so the server blocks
 * on its side: only what had already arrived (at most a socket read's worth) waits in memory,
 * however large the COPY.
 *
 * <p><b>End.</b> The {@link #endHandler(Handler)} runs after the last buffer, once the server has
 * finished; {@link #rowCount()} then gives the number of rows copied. A server error (the COPY
 * cancelled) goes to the {@link #exceptionHandler(Handler)} after the data that came before it, and
 * fails {@link #rowCount()}; a broken connection fails them with a {@link PgConnectionException}.
 * The COPY holds the connection until it ends: commands issued meanwhile wait.
 *
 * <p>Any thread may call; handlers run on the connection's context.
 */
@GenWrapper
public interface CopyOut extends ReadStream<Buffer> {

  @Override
  CopyOut exceptionHandler(Handler<Throwable> handler);

  @Override
  CopyOut handler(Handler<Buffer> handler);

  @Override
  CopyOut pause();

  @Override
  CopyOut resume();

  @Override
  CopyOut fetch(long amount);

  @Override
  CopyOut endHandler(Handler<Void> endHandler);

  /** Whether the COPY's data is in the binary format (else text or csv). */
  boolean isBinary();

  /**
   * The number of rows the server copied (from its CommandComplete), once every buffer has been
   * delivered; fails with the error that ended the stream.
   */
  Future<Long> rowCount();
}
