package io.pgloop.scenario;

import static io.pgloop.test.PgTestBase.await;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnection;
import io.pgloop.PgNotification;
import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.RowStream;
import io.pgloop.Tuple;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The scenarios through the core API: Futures, composed, and a Vert.x ReadStream of rows. */
public final class CoreFrontEnd implements FrontEnd {

  @Override
  public String name() {
    return "core";
  }

  @Override
  public Connection connect(Vertx vertx, PgConnectOptions options) {
    return new CoreConnection(await(PgConnection.connect(vertx, options)));
  }

  @Override
  public Pool pool(Vertx vertx, PgConnectOptions options, PgPoolOptions poolOptions) {
    return new CorePool(PgPool.pool(vertx, options, poolOptions));
  }

  /** The steps chained with compose, each starting when the one before has succeeded. */
  private static Future<RowSet<Row>> run(PgConnection connection, List<Step> steps) {
    Future<RowSet<Row>> result = Future.succeededFuture();
    for (Step step : steps) {
      result =
          result.compose(
              ignored -> connection.preparedQuery(step.sql()).execute(step.parameters()));
    }
    return result;
  }

  private record CoreConnection(PgConnection connection) implements Connection {

    @Override
    public int processId() {
      return connection.processId();
    }

    @Override
    public RowSet<Row> query(String sql) {
      return await(connection.query(sql).execute());
    }

    @Override
    public RowSet<Row> preparedQuery(String sql, Tuple parameters) {
      return await(connection.preparedQuery(sql).execute(parameters));
    }

    @Override
    public RowSet<Row> executeBatch(String sql, List<Tuple> batch) {
      return await(connection.preparedQuery(sql).executeBatch(batch));
    }

    @Override
    public Transaction begin() {
      return new CoreTransaction(await(connection.begin()));
    }

    @Override
    public RowFeed stream(String sql, Tuple parameters, int fetchSize) {
      RowStream<Row> stream = await(connection.prepare(sql)).createStream(fetchSize, parameters);
      return new ReadStreamFeed(stream);
    }

    @Override
    public void onNotification(Consumer<PgNotification> handler) {
      connection.notificationHandler(handler::accept);
    }

    @Override
    public void close() {
      await(connection.close());
    }
  }

  private record CoreTransaction(io.pgloop.Transaction transaction) implements Transaction {

    @Override
    public void commit() {
      await(transaction.commit());
    }

    @Override
    public void rollback() {
      await(transaction.rollback());
    }

    @Override
    public Transaction savepoint() {
      return new CoreTransaction(await(transaction.begin()));
    }

    @Override
    public Throwable completion() {
      Future<Void> completion = transaction.completion();
      try {
        await(completion);
        return null;
      } catch (RuntimeException e) {
        return completion.cause();
      }
    }
  }

  private record CorePool(PgPool pool) implements Pool {

    @Override
    public RowSet<Row> withConnection(List<Step> steps) {
      return await(pool.withConnection(connection -> run(connection, steps)));
    }

    @Override
    public RowSet<Row> withTransaction(List<Step> steps) {
      return await(pool.withTransaction(connection -> run(connection, steps)));
    }

    @Override
    public RowSet<Row> preparedQuery(String sql, Tuple parameters) {
      return await(pool.preparedQuery(sql).execute(parameters));
    }

    @Override
    public List<RowSet<Row>> preparedQueryConcurrently(String sql, List<Tuple> tuples) {
      List<Future<RowSet<Row>>> started = new ArrayList<>();
      for (Tuple tuple : tuples) {
        started.add(pool.preparedQuery(sql).execute(tuple));
      }
      return await(Future.all(started)).list();
    }

    @Override
    public void close() {
      await(pool.close());
    }
  }
}
