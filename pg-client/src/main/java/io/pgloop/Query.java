package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;
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

  /** A query whose rows are mapped, as they arrive, by {@code mapper}. */
  <U> Query<RowSet<U>> mapping(Function<Row, U> mapper);

  /** A query whose rows are collected, as they arrive, by {@code collector}. */
  <R> Query<SqlResult<R>> collecting(Collector<Row, ?, R> collector);
}
