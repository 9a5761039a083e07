package io.pgloop.mutiny;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgNotification;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.pgloop.scenario.FrontEnd;
import io.pgloop.scenario.NotificationFeed;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The shared scenarios through the generated Mutiny API: lazy {@code Uni}s awaited with {@code
 * await().atMost}, {@code pool.withTransaction(conn -> Uni)}, row streams as a back-pressured
 * {@code Multi} read by an {@link AssertSubscriber}, COPY rows written from a {@code Multi} one
 * {@code Uni} after the other and COPY data read as a {@code Multi}.
 */
final class MutinyFrontEnd implements FrontEnd {

  @Override
  public String name() {
    return "mutiny";
  }

  @Override
  public Connection connect(Vertx vertx, PgConnectOptions options) {
    return new MutinyConnection(await(PgConnection.connect(vertx, options)));
  }

  @Override
  public Pool pool(Vertx vertx, PgConnectOptions options, PgPoolOptions poolOptions) {
    return new MutinyPool(PgPool.pool(vertx, options, poolOptions));
  }

  @Override
  public Subscriber subscriber(Vertx vertx, PgConnectOptions options) {
    return new MutinySubscriber(PgSubscriber.subscriber(vertx, options));
  }

  private static <T> T await(Uni<T> uni) {
    return uni.await().atMost(TIMEOUT);
  }

  /** The steps chained, each subscribed to when the one before has succeeded. */
  private static Uni<RowSet<Row>> run(PgConnection connection, List<Step> steps) {
    Uni<RowSet<Row>> result = Uni.createFrom().nullItem();
    for (Step step : steps) {
      result = result.chain(() -> connection.preparedQuery(step.sql()).execute(step.parameters()));
    }
    return result;
  }

  private record MutinyConnection(PgConnection connection) implements Connection {

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
    public FrontEnd.Transaction begin() {
      return new MutinyTransaction(await(connection.begin()));
    }

    @Override
    public RowFeed stream(String sql, Tuple parameters, int fetchSize) {
      AssertSubscriber<Row> subscriber =
          connection
              .prepare(sql)
              .onItem()
              .transformToMulti(
                  statement -> statement.createStream(fetchSize, parameters).toMulti())
              .subscribe()
              .withSubscriber(AssertSubscriber.create(0));
      return new SubscriberFeed(subscriber);
    }

    @Override
    public long copyIn(String sql, List<String> types, List<Tuple> rows) {
      return await(
          connection
              .copyIn(sql)
              .chain(
                  copy -> {
                    if (types != null) {
                      copy.types(types);
                    }
                    return writeAll(copy, rows)
                        .chain(() -> copy.end())
                        .chain(() -> copy.rowCount());
                  }));
    }

    @Override
    public void copyInAborted(String sql, List<Tuple> rows, String reason) {
      await(
          connection
              .copyIn(sql)
              .chain(copy -> writeAll(copy, rows).chain(() -> copy.abort(reason))));
    }

    @Override
    public CopiedOut copyOut(String sql) {
      return await(
          connection
              .copyOut(sql)
              .chain(
                  copy ->
                      copy.toMulti()
                          .collect()
                          .asList()
                          .chain(
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

  /** Writes the rows one after the other, each once the write before it has completed. */
  private static Uni<Void> writeAll(CopyIn copy, List<Tuple> rows) {
    return Multi.createFrom()
        .iterable(rows)
        .onItem()
        .transformToUniAndConcatenate(copy::writeRow)
        .collect()
        .last()
        .replaceWithVoid();
  }

  private record MutinyTransaction(io.pgloop.mutiny.Transaction transaction)
      implements FrontEnd.Transaction {

    @Override
    public void commit() {
      await(transaction.commit());
    }

    @Override
    public void rollback() {
      await(transaction.rollback());
    }

    @Override
    public FrontEnd.Transaction savepoint() {
      return new MutinyTransaction(await(transaction.begin()));
    }

    @Override
    public Throwable completion() {
      return await(
          transaction.completion().onItemOrFailure().transform((ignored, failure) -> failure));
    }
  }

  private record MutinySubscriber(PgSubscriber subscriber) implements Subscriber {

    @Override
    public void connect() {
      await(subscriber.connect());
    }

    @Override
    public NotificationFeed listen(String channel) {
      NotificationFeed feed = new NotificationFeed();
      PgChannel stream = subscriber.channel(channel);
      CompletableFuture<Void> listening = new CompletableFuture<>();
      stream.subscribeHandler(() -> listening.complete(null));
      stream.toMulti().subscribe().with(feed::add, feed::fail, feed::end);
      await(Uni.createFrom().completionStage(listening));
      return feed;
    }

    @Override
    public void close() {
      await(subscriber.close());
    }
  }

  private record MutinyPool(PgPool pool) implements Pool {

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
      List<Uni<RowSet<Row>>> queries = new ArrayList<>();
      for (Tuple tuple : tuples) {
        queries.add(pool.preparedQuery(sql).execute(tuple));
      }
      return await(Uni.join().all(queries).andFailFast());
    }

    @Override
    public void close() {
      await(pool.close());
    }
  }

  /** A feed over Mutiny's test subscriber, which keeps the rows and the terminal event. */
  private record SubscriberFeed(AssertSubscriber<Row> subscriber) implements RowFeed {

    @Override
    public void request(long n) {
      subscriber.request(n);
    }

    @Override
    public void cancel() {
      subscriber.cancel();
    }

    @Override
    public List<Row> awaitRows(int count) {
      return List.copyOf(subscriber.awaitItems(count, TIMEOUT).getItems());
    }

    @Override
    public List<Row> rows() {
      return List.copyOf(subscriber.getItems());
    }

    @Override
    public void awaitCompletion() {
      subscriber.awaitCompletion(TIMEOUT);
    }

    @Override
    public Throwable awaitFailure() {
      return subscriber.awaitFailure(TIMEOUT).getFailure();
    }
  }
}
