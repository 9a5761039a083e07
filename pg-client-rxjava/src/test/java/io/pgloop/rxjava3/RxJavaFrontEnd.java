package io.pgloop.rxjava3;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgNotification;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.pgloop.scenario.FrontEnd;
import io.pgloop.scenario.NotificationFeed;
import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Flowable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.subscribers.TestSubscriber;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The shared scenarios through the generated RxJava 3 API, on the {@code Vertx} of Vert.x's RxJava
 * 3 API: lazy {@code Single}s and {@code Completable}s awaited with {@code blockingGet}, {@code
 * pool.withTransaction(conn -> Single)}, row streams as a back-pressured {@code Flowable} read by a
 * {@link TestSubscriber}, COPY rows written from a {@code Flowable} one {@code Completable} after
 * the other and COPY data read as a {@code Flowable}.
 */
final class RxJavaFrontEnd implements FrontEnd {

  @Override
  public String name() {
    return "rxjava3";
  }

  @Override
  public Connection connect(Vertx vertx, PgConnectOptions options) {
    return new RxConnection(
        await(PgConnection.connect(io.vertx.rxjava3.core.Vertx.newInstance(vertx), options)));
  }

  @Override
  public Pool pool(Vertx vertx, PgConnectOptions options, PgPoolOptions poolOptions) {
    return new RxPool(
        PgPool.pool(io.vertx.rxjava3.core.Vertx.newInstance(vertx), options, poolOptions));
  }

  @Override
  public Subscriber subscriber(Vertx vertx, PgConnectOptions options) {
    return new RxSubscriber(
        PgSubscriber.subscriber(io.vertx.rxjava3.core.Vertx.newInstance(vertx), options));
  }

  private static <T> T await(Single<T> single) {
    return single.timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).blockingGet();
  }

  private static void await(Completable completable) {
    completable.timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).blockingAwait();
  }

  /** The steps chained, each subscribed to when the one before has succeeded. */
  private static Single<RowSet<Row>> run(PgConnection connection, List<Step> steps) {
    Single<RowSet<Row>> result = null;
    for (Step step : steps) {
      Single<RowSet<Row>> query = connection.preparedQuery(step.sql()).execute(step.parameters());
      result = result == null ? query : result.flatMap(ignored -> query);
    }
    return result;
  }

  private record RxConnection(PgConnection connection) implements Connection {

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
      return new RxTransaction(await(connection.begin()));
    }

    @Override
    public RowFeed stream(String sql, Tuple parameters, int fetchSize) {
      AtomicReference<Throwable> failure = new AtomicReference<>();
      TestSubscriber<Row> subscriber =
          connection
              .prepare(sql)
              .flatMapPublisher(
                  statement -> statement.createStream(fetchSize, parameters).toFlowable())
              .doOnError(failure::set)
              .test(0);
      return new SubscriberFeed(subscriber, failure);
    }

    @Override
    public long copyIn(String sql, List<String> types, List<Tuple> rows) {
      return await(
          connection
              .copyIn(sql)
              .flatMap(
                  copy -> {
                    if (types != null) {
                      copy.types(types);
                    }
                    return writeAll(copy, rows).andThen(copy.end()).andThen(copy.rowCount());
                  }));
    }

    @Override
    public void copyInAborted(String sql, List<Tuple> rows, String reason) {
      await(
          connection
              .copyIn(sql)
              .flatMapCompletable(copy -> writeAll(copy, rows).andThen(copy.abort(reason))));
    }

    @Override
    public CopiedOut copyOut(String sql) {
      return await(
          connection
              .copyOut(sql)
              .flatMap(
                  copy ->
                      copy.toFlowable()
                          .toList()
                          .flatMap(
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
  private static Completable writeAll(CopyIn copy, List<Tuple> rows) {
    return Flowable.fromIterable(rows).concatMapCompletable(copy::writeRow);
  }

  private record RxTransaction(io.pgloop.rxjava3.Transaction transaction)
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
      return new RxTransaction(await(transaction.begin()));
    }

    @Override
    public Throwable completion() {
      return await(transaction.completion().materialize()).getError();
    }
  }

  private record RxSubscriber(PgSubscriber subscriber) implements Subscriber {

    @Override
    public void connect() {
      await(subscriber.connect());
    }

    @Override
    public NotificationFeed listen(String channel) {
      NotificationFeed feed = new NotificationFeed();
      PgChannel stream = subscriber.channel(channel);
      CompletableFuture<Void> listening = new CompletableFuture<>();
      stream.subscribeHandler(v -> listening.complete(null));
      stream.toFlowable().subscribe(feed::add, feed::fail, feed::end);
      await(Completable.fromCompletionStage(listening));
      return feed;
    }

    @Override
    public void close() {
      await(subscriber.close());
    }
  }

  private record RxPool(PgPool pool) implements Pool {

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
      List<Single<RowSet<Row>>> queries = new ArrayList<>();
      for (Tuple tuple : tuples) {
        queries.add(pool.preparedQuery(sql).execute(tuple));
      }
      return await(Single.zip(queries, RxJavaFrontEnd::rowSets));
    }

    @Override
    public void close() {
      await(pool.close());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<RowSet<Row>> rowSets(Object[] results) {
    List<RowSet<Row>> list = new ArrayList<>();
    for (Object result : results) {
      list.add((RowSet<Row>) result);
    }
    return list;
  }

  /**
   * A feed over RxJava's test subscriber, which keeps the rows, and the failure seen on the way.
   */
  private record SubscriberFeed(TestSubscriber<Row> subscriber, AtomicReference<Throwable> failure)
      implements RowFeed {

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
      // TestSubscriber.awaitCount gives up after 5 s: wait against the scenarios' own bound.
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      try {
        while (subscriber.values().size() < count && !subscriber.await(5, TimeUnit.MILLISECONDS)) {
          if (System.nanoTime() > deadline) {
            throw new AssertionError(
                "expected " + count + " rows within " + TIMEOUT + ", got " + rows().size());
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return rows();
    }

    @Override
    public List<Row> rows() {
      return List.copyOf(subscriber.values());
    }

    @Override
    public void awaitCompletion() {
      awaitTerminal();
      Throwable failed = failure.get();
      if (failed != null) {
        throw failed instanceof RuntimeException runtime
            ? runtime
            : new IllegalStateException(failed);
      }
    }

    @Override
    public Throwable awaitFailure() {
      awaitTerminal();
      if (failure.get() == null) {
        throw new AssertionError("expected the stream to fail, it ended after " + rows().size());
      }
      return failure.get();
    }

    private void awaitTerminal() {
      try {
        if (!subscriber.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
          throw new AssertionError("no terminal event within " + TIMEOUT);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
