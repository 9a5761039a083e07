package io.pgloop.scenario;

import static io.pgloop.test.PgTestBase.await;

import io.pgloop.CopyIn;
import io.pgloop.CopyOut;
import io.pgloop.PgChannel;
import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnection;
import io.pgloop.PgNotification;
import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import io.pgloop.PgSubscriber;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.RowStream;
import io.pgloop.Tuple;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The scenarios through the core API: Futures, composed, and Vert.x ReadStreams of rows and of COPY
 * data.
 */
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

  @Override
  public Subscriber subscriber(Vertx vertx, PgConnectOptions options) {
    return new CoreSubscriber(PgSubscriber.subscriber(vertx, options));
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
    public long copyIn(String sql, List<String> types, List<Tuple> rows) {
      return await(
          connection
              .copyIn(sql)
              .compose(
                  copy -> {
                    if (types != null) {
                      copy.types(types);
                    }
                    return writeAll(copy, rows)
                        .compose(v -> copy.end())
                        .compose(v -> copy.rowCount());
                  }));
    }

    @Override
    public void copyInAborted(String sql, List<Tuple> rows, String reason) {
      await(
          connection
              .copyIn(sql)
              .compose(copy -> writeAll(copy, rows).compose(v -> copy.abort(reason))));
    }

    @Override
    public CopiedOut copyOut(String sql) {
      return await(
          connection
              .copyOut(sql)
              .compose(
                  copy ->
                      readAll(copy)
                          .compose(
                              buffers ->
                                  copy.rowCount().map(count -> new CopiedOut(buffers, count)))));
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

  /**
   * Writes every row at once, as a Vert.x writer that does not wait for each write: the writes are
   * queued in order. Chaining 10,000 futures with compose would nest their completions instead.
   */
  private static Future<Void> writeAll(CopyIn copy, List<Tuple> rows) {
    List<Future<Void>> writes = new ArrayList<>();
    for (Tuple row : rows) {
      writes.add(copy.writeRow(row));
    }
    return Future.all(writes).mapEmpty();
  }

  /** Reads the stream to its end through its handlers. */
  private static Future<List<Buffer>> readAll(CopyOut copy) {
    Promise<List<Buffer>> done = Promise.promise();
    List<Buffer> buffers = new ArrayList<>();
    copy.exceptionHandler(done::tryFail);
    copy.endHandler(v -> done.tryComplete(buffers));
    copy.handler(buffers::add);
    return done.future();
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

  private record CoreSubscriber(PgSubscriber subscriber) implements Subscriber {

    @Override
    public void connect() {
      await(subscriber.connect());
    }

    @Override
    public NotificationFeed listen(String channel) {
      NotificationFeed feed = new NotificationFeed();
      Promise<Void> listening = Promise.promise();
      PgChannel stream = subscriber.channel(channel);
      stream.subscribeHandler(v -> listening.tryComplete());
      stream.exceptionHandler(feed::fail);
      stream.endHandler(v -> feed.end());
      stream.handler(feed::add);
      await(listening.future());
      return feed;
    }

    @Override
    public void close() {
      await(subscriber.close());
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
