package io.pgloop.benchmarks;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import io.pgloop.PreparedStatement;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.RowStream;
import io.pgloop.SslMode;
import io.pgloop.Tuple;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * pgloop, the client under test, driven by the same {@link AsyncLoop} as vertx-pg-client with the
 * same Vert.x setup (a Vert.x of its own per workload, default event loops) and the same pipelining
 * limit. The pool workload runs on {@link PgPool} (pool queries pipelined over four connections),
 * and, for comparison, on four plain connections that the callers share round-robin. COPY is not
 * measured yet: n/a.
 */
final class PgloopClient implements BenchClient {

  private static final int PIPELINING_LIMIT = 256;
  private static final int POOL_SIZE = 4;
  private static final int PIPELINE_BLOCKS = 4;
  private static final int PIPELINE_SEGMENTS = 4;
  private static final int PIPELINE_SYNC_EVERY = 64;

  private final ServerInfo server;
  private final BenchmarkData data;

  PgloopClient(ServerInfo server, BenchmarkData data) {
    this.server = server;
    this.data = data;
  }

  @Override
  public String name() {
    return ResultTable.PGLOOP;
  }

  @Override
  public List<Variant> variants(WorkloadKind kind) {
    BenchConfig c = data.config();
    return switch (kind) {
      case SEQ1 -> List.of(variant("PgConnection", 1, pointSelects(1), null));
      case PIPE ->
          List.of(
              variant("PgConnection, pipelining 256", 1, pointSelects(256), null),
              new Variant(
                  "PgConnection, pipelining 256, prepareThreshold -1",
                  () -> open(1, pointSelects(256), null, o -> o.setPrepareThreshold(-1))),
              variant(
                  "PgConnection, pipeline(): a Sync per 64, 4 blocks in flight",
                  1,
                  explicitPipelines(PIPELINE_BLOCKS, PIPELINE_SEGMENTS, PIPELINE_SYNC_EVERY),
                  null));
      case POOL ->
          List.of(
              new Variant("PgPool, maxSize 4", () -> openPool(POOL_SIZE, 256)),
              variant("4 plain connections, round-robin", POOL_SIZE, pointSelects(256), null));
      case FORTUNES ->
          List.of(
              variant(
                  "PgConnection, 64 in flight",
                  1,
                  (conns, nanos) ->
                      AsyncLoop.run(
                          () -> conns.get(0).preparedQuery(BenchmarkData.FORTUNE_SELECT).execute(),
                          PgloopClient::readFortunes,
                          64,
                          1,
                          nanos),
                  null));
      case BULK_READ ->
          List.of(
              variant(
                  "PgConnection",
                  1,
                  (conns, nanos) ->
                      AsyncLoop.run(
                          () -> conns.get(0).preparedQuery(BenchmarkData.BULK_SELECT).execute(),
                          PgloopClient::readBulk,
                          1,
                          c.bulkRows(),
                          nanos),
                  null));
      case BATCH_INSERT ->
          List.of(
              variant(
                  "PgConnection, executeBatch",
                  1,
                  (conns, nanos) ->
                      AsyncLoop.run(
                          () ->
                              conns
                                  .get(0)
                                  .preparedQuery(BenchmarkData.BATCH_INSERT)
                                  .executeBatch(batch(c.batchRows())),
                          RowSet::rowCount,
                          1,
                          c.batchRows(),
                          nanos),
                  "batch_sink"));
      case COPY_IN, COPY_OUT -> List.of(Variant.unsupported("no COPY yet"));
      case STREAM -> List.of(new Variant("PgConnection, RowStream of 1,000", this::openStream));
    };
  }

  /** Runs one workload on the open connections for a given time. */
  @FunctionalInterface
  private interface Runner {
    Workload.Run run(List<PgConnection> connections, long durationNanos) throws Exception;
  }

  private Runner pointSelects(int concurrency) {
    int ids = data.config().worldRows();
    return (conns, nanos) ->
        AsyncLoop.run(
            // Caller i always uses connection i mod n: a static round-robin over the connections.
            i ->
                conns
                    .get(i % conns.size())
                    .preparedQuery(BenchmarkData.WORLD_SELECT)
                    .execute(Tuple.of(ThreadLocalRandom.current().nextInt(1, ids + 1))),
            PgloopClient::readWorld,
            concurrency,
            1,
            nanos);
  }

  /**
   * Point selects in explicit pipeline mode, as libpq's pgbench runs them with {@code
   * \startpipeline}: {@code blocks} pipelines in flight on the one connection, each of {@code
   * segments} segments of {@code syncEvery} selects, a Sync after each segment (the last one the
   * pipeline's final sync). Each block returns at once, so its final Sync follows its statements
   * and the next block follows on the wire without waiting for results.
   */
  private Runner explicitPipelines(int blocks, int segments, int syncEvery) {
    int ids = data.config().worldRows();
    return (conns, nanos) ->
        AsyncLoop.run(
            i ->
                conns
                    .get(0)
                    .pipeline(
                        p -> {
                          List<Future<RowSet<Row>>> selects = new ArrayList<>();
                          for (int s = 0; s < segments; s++) {
                            for (int q = 0; q < syncEvery; q++) {
                              int id = ThreadLocalRandom.current().nextInt(1, ids + 1);
                              selects.add(
                                  p.preparedQuery(BenchmarkData.WORLD_SELECT)
                                      .execute(Tuple.of(id)));
                            }
                            if (s < segments - 1) {
                              p.sync();
                            }
                          }
                          return Future.succeededFuture(selects);
                        })
                    .compose(
                        selects ->
                            Future.all(selects)
                                .map(
                                    all -> {
                                      long sum = 0;
                                      for (Future<RowSet<Row>> select : selects) {
                                        sum += readWorld(select.result());
                                      }
                                      return sum;
                                    })),
            sum -> sum,
            blocks,
            (long) segments * syncEvery,
            nanos);
  }

  private Variant variant(String note, int connections, Runner runner, String sink) {
    return new Variant(note, () -> open(connections, runner, sink));
  }

  private Workload open(int count, Runner runner, String sink) {
    return open(count, runner, sink, o -> o);
  }

  private Workload open(
      int count,
      Runner runner,
      String sink,
      java.util.function.UnaryOperator<PgConnectOptions> tune) {
    Vertx vertx = BenchVertx.create();
    List<PgConnection> connections = new ArrayList<>();
    try {
      for (int i = 0; i < count; i++) {
        connections.add(PgConnection.connect(vertx, tune.apply(options())).await());
      }
    } catch (RuntimeException e) {
      vertx.close().await();
      throw e;
    }
    return new Workload() {
      @Override
      public Run run(long durationNanos) throws Exception {
        return runner.run(connections, durationNanos);
      }

      @Override
      public void beforeRun() throws Exception {
        if (sink != null) {
          data.truncate(sink);
        }
      }

      @Override
      public void close() {
        try {
          List<Future<Void>> closing = new ArrayList<>();
          for (PgConnection connection : connections) {
            closing.add(connection.close());
          }
          Future.join(closing).await();
        } finally {
          vertx.close().await();
        }
      }
    };
  }

  /** A pool of {@code size} connections, queried by {@code concurrency} callers at once. */
  private Workload openPool(int size, int concurrency) {
    Vertx vertx = BenchVertx.create();
    PgPool pool =
        PgPool.pool(vertx, options(), new PgPoolOptions().setMinSize(size).setMaxSize(size));
    int ids = data.config().worldRows();
    return new Workload() {
      @Override
      public Run run(long durationNanos) throws Exception {
        return AsyncLoop.run(
            i ->
                pool.preparedQuery(BenchmarkData.WORLD_SELECT)
                    .execute(Tuple.of(ThreadLocalRandom.current().nextInt(1, ids + 1))),
            PgloopClient::readWorld,
            concurrency,
            1,
            durationNanos);
      }

      @Override
      public void close() {
        try {
          pool.close().await();
        } finally {
          vertx.close().await();
        }
      }
    };
  }

  /**
   * One connection with the bulk select prepared on it; each operation streams every row through a
   * {@link RowStream} fetching 1,000 at a time. Unlike vertx-pg-client's, pgloop's stream needs no
   * transaction: its portal stays open because the connection sends no Sync until it ends.
   */
  private Workload openStream() {
    Vertx vertx = BenchVertx.create();
    PgConnection connection;
    PreparedStatement statement;
    try {
      connection = PgConnection.connect(vertx, options()).await();
      statement = connection.prepare(BenchmarkData.BULK_SELECT).await();
    } catch (RuntimeException e) {
      vertx.close().await();
      throw e;
    }
    int rows = data.config().bulkRows();
    return new Workload() {
      @Override
      public Run run(long durationNanos) throws Exception {
        return AsyncLoop.run(() -> streamOnce(statement), Long::longValue, 1, rows, durationNanos);
      }

      @Override
      public void close() {
        try {
          connection.close().await();
        } finally {
          vertx.close().await();
        }
      }
    };
  }

  private static Future<Long> streamOnce(PreparedStatement statement) {
    Promise<Long> done = Promise.promise();
    long[] sum = new long[1];
    RowStream<Row> stream = statement.createStream(1000);
    stream.exceptionHandler(done::tryFail);
    stream.endHandler(v -> done.tryComplete(sum[0]));
    stream.handler(row -> sum[0] += readBulkRow(row));
    return done.future();
  }

  private PgConnectOptions options() {
    PgConnectOptions options =
        new PgConnectOptions()
            .setHost(server.host())
            .setPort(server.port())
            .setDatabase(server.database())
            .setUser(server.user())
            .setSslMode(SslMode.DISABLE)
            .setPipeliningLimit(PIPELINING_LIMIT);
    if (server.password() != null) {
      options.setPassword(server.password());
    }
    return options;
  }

  private static List<Tuple> batch(int rows) {
    // Built per batch, as an application would, exactly as for vertx-pg-client.
    ThreadLocalRandom random = ThreadLocalRandom.current();
    List<Tuple> tuples = new ArrayList<>(rows);
    for (int i = 1; i <= rows; i++) {
      tuples.add(Tuple.of(i, random.nextInt(1, 10_001)));
    }
    return tuples;
  }

  private static long readWorld(RowSet<Row> rows) {
    long sum = 0;
    for (Row row : rows) {
      sum += row.getInteger(0) + row.getInteger(1);
    }
    return sum;
  }

  private static long readFortunes(RowSet<Row> rows) {
    long sum = 0;
    for (Row row : rows) {
      sum += row.getInteger(0) + row.getString(1).length();
    }
    return sum;
  }

  private static long readBulk(RowSet<Row> rows) {
    long sum = 0;
    for (Row row : rows) {
      sum += readBulkRow(row);
    }
    return sum;
  }

  private static long readBulkRow(Row row) {
    return Blackhole.bulkRow(
        row.getInteger(0),
        row.getString(1),
        row.get(OffsetDateTime.class, 2),
        row.get(BigDecimal.class, 3),
        row.get(Boolean.class, 4));
  }
}
