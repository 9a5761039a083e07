package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.WriteStream;
import java.util.List;

/**
 * A {@code COPY ... FROM STDIN} in progress, from {@link PgConnection#copyIn(String)}: a Vert.x
 * {@link WriteStream} of the COPY's data, which also formats rows itself.
 *
 * <pre>{@code
 * conn.copyIn("COPY t (id, name) FROM STDIN (FORMAT binary)")
 *     .compose(copy -> {
 *       copy.types(List.of("int8", "text"));   // binary COPY: say what the columns are
 *       for (Item item : items) {
 *         copy.writeRow(Tuple.of(item.id(), item.name()));
 *       }
 *       return copy.end().compose(v -> copy.rowCount());
 *     })
 *     .onSuccess(rows -> System.out.println(rows + " rows copied"));
 * }</pre>
 *
 * <p><b>Data.</b> {@link #write(Buffer)} sends bytes as they are: the caller writes the COPY's
 * format (text, csv, or binary with its header). {@link #writeRow(Tuple)} formats one row in the
 * format the server announced: text (each value in its type's text form, {@code \N} for NULL, tabs,
 * newlines, carriage returns and backslashes escaped), or binary (the PGCOPY header before the
 * first row, each value in its type's binary form, the trailer at {@link #end()}). For a {@code
 * FORMAT csv} COPY, write the csv text. Rows and small writes are gathered into CopyData messages
 * of about 64 KiB.
 *
 * <p><b>Types.</b> The server does not convert binary COPY data: an {@code Integer} written to an
 * {@code int8} column is refused. By default each value is written as the type its Java class maps
 * to (as for query parameters); {@link #types(List)} declares the column types instead, as
 * psycopg's {@code set_types} does, and each value is then converted to its column's type.
 *
 * <p><b>Back-pressure.</b> {@link #writeQueueFull()} is true while the connection's socket buffer
 * is above its high-water mark; the {@link #drainHandler(Handler)} runs once it has drained. {@link
 * io.vertx.core.streams.ReadStream#pipeTo} respects both. A writer that ignores them is buffered in
 * memory.
 *
 * <p><b>End.</b> {@link #end()} sends CopyDone; {@link #rowCount()} gives the number of rows the
 * server copied. {@link #abort(String)} sends CopyFail instead: the server copies nothing. Either
 * way the COPY holds the connection until it ends: commands issued meanwhile wait. A server error
 * (bad data) fails {@link #end()} and {@link #rowCount()} with the {@link PgException}, and goes to
 * the {@link #exceptionHandler(Handler)}; the connection stays usable. A broken connection fails
 * them with a {@link PgConnectionException}.
 *
 * <p>Any thread may call; a writer on the connection's context avoids a hop per write. Futures and
 * handlers complete on the connection's context.
 */
@GenWrapper
public interface CopyIn extends WriteStream<Buffer> {

  /**
   * Sends {@code data} as COPY data, unchanged.
   *
   * @return a future completed once the data is queued for the server (the server's verdict on it
   *     comes with {@link #end()}); failed with an {@link IllegalStateException} when the COPY has
   *     ended, was aborted or failed
   */
  @Override
  Future<Void> write(Buffer data);

  /**
   * Formats one row in the COPY's format (see the class description) and sends it.
   *
   * @return as {@link #write(Buffer)}; failed with an {@link IllegalArgumentException} naming the
   *     column and the value when a value cannot be written as its type ({@code column 2: cannot
   *     encode java.lang.String as int4}), or when the row has a number of values other than the
   *     types declared; nothing of such a row is sent
   */
  Future<Void> writeRow(Tuple row);

  /**
   * Declares the type of each column, by name as in {@code pg_type.typname} ({@code int4}, {@code
   * text}, {@code _int4} or {@code int4[]} for an array), or a few SQL spellings ({@code integer},
   * {@code bigint}, {@code varchar}, {@code timestamptz}, ...); a type registered on the connection
   * counts too. Rows written afterwards must have this many values.
   *
   * @return this
   * @throws IllegalArgumentException naming the first type the connection has no codec for
   */
  CopyIn types(List<String> typeNames);

  /**
   * Ends the data: sends what is still gathered, the binary trailer when {@link #writeRow} wrote
   * the header, and CopyDone.
   *
   * @return a future completed once the server has finished the COPY; failed with the server's
   *     {@link PgException} when it refused the data, with a {@link PgConnectionException} when the
   *     connection broke, with an {@link IllegalStateException} when the COPY was aborted
   */
  @Override
  Future<Void> end();

  /** Writes {@code data} then ends, as {@link #write(Buffer)} then {@link #end()}. */
  @Override
  Future<Void> end(Buffer data);

  /**
   * Aborts the COPY: discards what is still gathered and sends CopyFail with {@code reason}. The
   * server copies nothing.
   *
   * @return a future completed once the connection is free again; failed with an {@link
   *     IllegalStateException} when the COPY has already ended, or with a {@link
   *     PgConnectionException} when the connection broke
   */
  Future<Void> abort(String reason);

  /**
   * The outcome of the COPY: the number of rows the server copied (from its CommandComplete).
   * Completes after {@link #end()}; fails as {@link #end()} does, and when the COPY is aborted.
   */
  Future<Long> rowCount();

  @Override
  CopyIn exceptionHandler(Handler<Throwable> handler);

  /**
   * Sets the handler called once the socket's buffer has drained below its low-water mark, after
   * {@link #writeQueueFull()} was seen true.
   */
  @Override
  CopyIn drainHandler(Handler<Void> handler);

  /**
   * Ignored: the queue is the connection socket's buffer, bounded by the channel's water marks
   * (Netty's default: unwritable above 64 KiB, writable again below 32 KiB).
   */
  @Override
  CopyIn setWriteQueueMaxSize(int maxSize);

  /** Whether the socket's buffer is above its high-water mark: stop writing until the drain. */
  @Override
  boolean writeQueueFull();
}
