package io.pgloop.impl.connection;

import io.pgloop.Pipeline;
import io.pgloop.PreparedQuery;
import io.pgloop.PreparedStatement;
import io.pgloop.Query;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.SqlResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.util.function.Function;

/** The user's side of an explicit pipeline: queues statements and syncs on its command. */
final class PipelineImpl implements Pipeline {

  private final PgConnectionImpl connection;
  private final PipelineCommand command;

  private PipelineImpl(PgConnectionImpl connection, PipelineCommand command) {
    this.connection = connection;
    this.command = command;
  }

  /**
   * Runs {@code block} on a new pipeline of {@code connection}, on its event loop, and ends the
   * pipeline with a final sync once the block's future completes.
   *
   * @return the block's outcome, once the final sync is answered; or the connection's failure, at
   *     once, when the connection breaks first
   */
  static <T> Future<T> run(PgConnectionImpl connection, Function<Pipeline, Future<T>> block) {
    return connection.onEventLoop(
        () -> {
          PipelineCommand command = new PipelineCommand(connection.context().promise(), connection);
          Future<Void> done = connection.submit(command);
          Promise<T> result = connection.context().promise();
          done.onFailure(result::tryFail);
          Future<T> outcome;
          try {
            outcome = block.apply(new PipelineImpl(connection, command));
            if (outcome == null) {
              outcome =
                  Future.failedFuture(new NullPointerException("the pipeline block returned null"));
            }
          } catch (RuntimeException e) {
            outcome = Future.failedFuture(e);
          }
          outcome.onComplete(
              blockDone -> {
                command.sync(connection.context().promise(), true);
                done.onSuccess(
                    v -> {
                      if (blockDone.succeeded()) {
                        result.tryComplete(blockDone.result());
                      } else {
                        result.tryFail(blockDone.cause());
                      }
                    });
              });
          return result.future();
        });
  }

  /**
   * Queues a statement on the event loop, with a timeout (ZERO: none); its future is the
   * statement's own.
   */
  <T extends SqlResult<?>> Future<T> queue(ExtendedQueryCommand<T> statement, Duration timeout) {
    if (connection.context().inThread()) {
      command.add(statement, timeout);
    } else {
      connection.context().execute(statement, s -> command.add(s, timeout));
    }
    return statement.promise.future();
  }

  @Override
  public Query<RowSet<Row>> query(String sql) {
    return PipelineQuery.create(this, sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(String sql) {
    return PipelineQuery.create(this, sql);
  }

  @Override
  public PreparedQuery<RowSet<Row>> preparedQuery(PreparedStatement statement) {
    if (!(statement instanceof PreparedStatementImpl prepared)
        || prepared.connection() != connection) {
      throw new IllegalArgumentException(
          statement + " was prepared on another connection than this pipeline's");
    }
    return PipelineQuery.of(this, prepared.statement());
  }

  @Override
  public Future<Void> sync() {
    Promise<Void> promise = connection.context().promise();
    if (connection.context().inThread()) {
      command.sync(promise, false);
    } else {
      connection.context().execute(promise, p -> command.sync(p, false));
    }
    return promise.future();
  }

  PgConnectionImpl connection() {
    return connection;
  }
}
