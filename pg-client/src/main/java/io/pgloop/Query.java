package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * A statement ready to run on a connection. Instances are immutable: {@link #mapping} and {@link
 * #collecting} return new queries.
 *
 * @param <T> what the query completes with
 */
@GenWrapper
public interface Query<T> {

  /**
   * Runs the query.
   *
   * @return a future completed with the result on the connection's context, or failed with a {@link
   *     PgException} the server sent, a {@link PgConnectionException} when the connection broke
   *     before the result came, or an {@link IllegalArgumentException} when a parameter could not
   *     be encoded (nothing is sent then)
   */
  Future<T> execute();

  /**
   * Runs the query with parameters bound on the client (client-side binding): each {@code $n} of
   * the SQL outside string literals, quoted identifiers and comments is replaced by {@code
   * parameters.getValue(n - 1)} as a SQL literal, quoted so that it reads the same whatever the
   * server's {@code standard_conforming_strings}, and cast to its type where it has one ({@code
   * E'42'::int4}; strings stay untyped, as parameters would be; null is {@code NULL}). The text
   * then runs as {@link #execute()} runs it. Use it for statements that take no server-side
   * parameters ({@code SET}, DDL) and behind transaction-mode poolers; prefer server-side binding
   * otherwise.
   *
   * @return a future failed with an {@link IllegalArgumentException} that names the parameter when
   *     the SQL refers to a parameter the tuple lacks or a value cannot be rendered (nothing is
   *     sent then), else as {@link #execute()}
   */
  Future<T> execute(Tuple parameters);

  /**
   * A query whose rows are mapped, as they arrive, by {@code mapper}; only what it returns is kept.
   * The mapping runs while the server is still sending the next rows, so a large result read in
   * full completes sooner this way than as a {@link RowSet} of rows read after it completes.
   */
  <U> Query<RowSet<U>> mapping(Function<Row, U> mapper);

  /** A query whose rows are collected, as they arrive, by {@code collector}. */
  <R> Query<SqlResult<R>> collecting(Collector<Row, ?, R> collector);

  /**
   * A query that fails with a {@link PgQueryTimeoutException} (SQLSTATE 57014, naming the timeout)
   * when its result has not come within {@code timeout} of {@link #execute()}, time spent waiting
   * behind other commands included. It overrides {@link PgConnectOptions#setQueryTimeout(Duration)
   * the connection's default}; {@link Duration#ZERO} means no timeout.
   *
   * <p>When the time is up, the future fails at once. A query not yet sent is dropped and never
   * runs. A query already sent is cancelled with a {@link PgConnection#cancelRequest() cancel
   * request} as soon as it is the one the server executes; the connection discards what still comes
   * for it (the server's 57014 error, or a result that came too late) and stays usable, in order,
   * for the commands behind it. As with any cancel request, the server may already have finished
   * the query and started the next one when the request arrives; the next one is then cancelled
   * instead (see {@link PgConnection#cancelRequest()}). A request that arrives before the server
   * has begun the query is ignored by the server, so while the query still runs the request is sent
   * again, once a second, five times at most.
   *
   * @throws IllegalArgumentException if {@code timeout} is negative
   */
  Query<T> timeout(Duration timeout);
}
