package io.pgloop;

import io.pgloop.codegen.GenWrapper;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collector;

/**
 * A statement with parameters bound on the server (the extended protocol).
 *
 * @param <T> what the query completes with
 */
@GenWrapper
public interface PreparedQuery<T> extends Query<T> {

  /**
   * Runs the statement with these parameters ({@code $1} is {@code parameters.getValue(0)}).
   *
   * @return a future failed with an {@link IllegalArgumentException} that names the parameter when
   *     a value cannot be encoded, else as {@link Query#execute()}
   */
  Future<T> execute(Tuple parameters);

  /**
   * Runs the statement once per tuple, pipelined, with one Sync for the whole batch: the batch is
   * one implicit transaction, so a failure rolls every execution back and fails the future.
   *
   * @return the result of the first execution, the others linked through {@code next()}
   */
  Future<T> executeBatch(List<Tuple> batch);

  @Override
  <U> PreparedQuery<RowSet<U>> mapping(Function<Row, U> mapper);

  @Override
  <R> PreparedQuery<SqlResult<R>> collecting(Collector<Row, ?, R> collector);

  /** {@inheritDoc} For {@link #executeBatch}, the timeout covers the whole batch. */
  @Override
  PreparedQuery<T> timeout(Duration timeout);
}
