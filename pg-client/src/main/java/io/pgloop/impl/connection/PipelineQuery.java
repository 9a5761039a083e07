package io.pgloop.impl.connection;

import io.pgloop.PreparedQuery;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.SqlResult;
import io.pgloop.Tuple;
import io.pgloop.impl.codec.CodecRegistry;
import io.pgloop.impl.result.ResultBuilder;
import io.pgloop.impl.result.ResultBuilders;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collector;

/** A statement of an explicit pipeline: executing it queues it there. Immutable. */
final class PipelineQuery<T extends SqlResult<?>> implements PreparedQuery<T> {

  private final PipelineImpl pipeline;
  private final String sql;
  private final NamedStatement statement;
  private final Function<CodecRegistry, ResultBuilder<T>> results;

  /** Null: the connection's default. */
  private final Duration timeout;

  private PipelineQuery(
      PipelineImpl pipeline,
      String sql,
      NamedStatement statement,
      Function<CodecRegistry, ResultBuilder<T>> results,
      Duration timeout) {
    this.pipeline = pipeline;
    this.sql = sql;
    this.statement = statement;
    this.results = results;
    this.timeout = timeout;
  }

  static PipelineQuery<RowSet<Row>> create(PipelineImpl pipeline, String sql) {
    return new PipelineQuery<>(pipeline, sql, null, ResultBuilders::rows, null);
  }

  /** Runs of a statement prepared explicitly: Bind and Execute only. */
  static PipelineQuery<RowSet<Row>> of(PipelineImpl pipeline, NamedStatement statement) {
    return new PipelineQuery<>(pipeline, statement.sql, statement, ResultBuilders::rows, null);
  }

  @Override
  public Future<T> execute() {
    return execute(Tuple.tuple());
  }

  @Override
  public Future<T> execute(Tuple parameters) {
    return run(List.of(parameters));
  }

  @Override
  public Future<T> executeBatch(List<Tuple> batch) {
    if (batch.isEmpty()) {
      return pipeline
          .connection()
          .context()
          .failedFuture(new IllegalArgumentException("the batch is empty"));
    }
    return run(List.copyOf(batch));
  }

  private Future<T> run(List<Tuple> executions) {
    PgConnectionImpl connection = pipeline.connection();
    CodecRegistry codecs = connection.codecs();
    return pipeline.queue(
        new ExtendedQueryCommand<>(
            connection.context().promise(),
            sql,
            executions,
            () -> results.apply(codecs),
            statement),
        QueryTimeouts.effective(timeout, connection));
  }

  @Override
  public PreparedQuery<T> timeout(Duration timeout) {
    return new PipelineQuery<>(pipeline, sql, statement, results, QueryTimeouts.check(timeout));
  }

  @Override
  public <U> PreparedQuery<RowSet<U>> mapping(Function<Row, U> mapper) {
    return new PipelineQuery<>(
        pipeline, sql, statement, codecs -> ResultBuilders.mapping(codecs, mapper), timeout);
  }

  @Override
  public <R> PreparedQuery<SqlResult<R>> collecting(Collector<Row, ?, R> collector) {
    return new PipelineQuery<>(
        pipeline, sql, statement, codecs -> ResultBuilders.collecting(codecs, collector), timeout);
  }
}
