package io.pgloop.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.PreparedStatement;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.RowStream;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * vertx-pg-client 5.0, the non-blocking peer: a single {@code PgConnection} for the one-connection
 * workloads, and for the pool workload both its {@code Pool} (one query per connection at a time)
 * and its pipelined pooled client ({@code PgBuilder.client()}). Prepared statements are cached, as
 * every serious deployment of it does, so that a query is parsed once per connection.
 */
final class VertxPgClient implements BenchClient {

  private static final int PIPELINING_LIMIT = 256;
  private static final int POOL_SIZE = 4;

  private final ServerInfo server;
  private final BenchmarkData data;

  VertxPgClient(ServerInfo server, BenchmarkData data) {
    this.server = server;
    this.data = data;
  }

  @Override
  public String name() {
    return "vertx-pg-client";
  }

  @Override
  public List<Variant> variants(WorkloadKind kind) {
    BenchConfig c = data.config();
    return switch (kind) {
      case SEQ1 -> List.of(connection("PgConnection", pointSelects(1)));
      case PIPE -> List.of(connection("PgConnection, pipelining 256", pointSelects(256)));
      case POOL ->
          List.of(
              new Variant(
                  "Pool, 4 connections",
                  () ->
                      open(
                          vertx ->
                              Future.succeededFuture(
                                  PgBuilder.pool()
                                      .with(new PoolOptions().setMaxSize(POOL_SIZE))
                                      .connectingTo(options())
                                      .using(vertx)
                                      .build()),
                          pointSelects(256),
                          null)),
              new Variant(
                  "pipelined client, 4 connections",
                  () ->
                      open(
                          vertx ->
                              Future.succeededFuture(
                                  PgBuilder.client()
                                      .with(new PoolOptions().setMaxSize(POOL_SIZE))
                                      .connectingTo(options())
                                      .using(vertx)
                                      .build()),
                          pointSelects(256),
                          null)));
      case FORTUNES ->
          List.of(
              connection(
                  "PgConnection, 64 in flight",
                  (client, nanos) ->
                      AsyncLoop.run(
                          () -> client.preparedQuery(BenchmarkData.FORTUNE_SELECT).execute(),
                          VertxPgClient::readFortunes,
                          64,
                          1,
                          nanos)));
      case BULK_READ ->
          List.of(
              connection(
                  "PgConnection",
                  (client, nanos) ->
                      AsyncLoop.run(
                          () -> client.preparedQuery(BenchmarkData.BULK_SELECT).execute(),
                          VertxPgClient::readBulk,
                          1,
                          c.bulkRows(),
                          nanos)),
              connection(
                      "PgConnection, mapping(row -> BulkRow)",
                      (client, nanos) ->
                          AsyncLoop.run(
                              () ->
                                  client
                                      .preparedQuery(BenchmarkData.BULK_SELECT)
                                      .mapping(VertxPgClient::toBulkRow)
                                      .execute(),
                              BulkRow::checksum,
                              1,
                              c.bulkRows(),
                              nanos))
                  .pairedBy(Pairing.MAPPING));
      case BATCH_INSERT ->
          List.of(
              new Variant(
                  "PgConnection, executeBatch",
                  () ->
                      open(
                          this::connect,
                          (client, nanos) ->
                              AsyncLoop.run(
                                  () ->
                                      client
                                          .preparedQuery(BenchmarkData.BATCH_INSERT)
                                          .executeBatch(batch(c.batchRows())),
                                  RowSet::rowCount,
                                  1,
                                  c.batchRows(),
                                  nanos),
                          "batch_sink")));
      case COPY_IN, COPY_OUT -> List.of(Variant.unsupported("no COPY API"));
      case STREAM -> List.of(new Variant("PgConnection, RowStream of 1,000", this::openStream));
    };
  }

  /** Runs one workload on a client for a given time. */
  @FunctionalInterface
  private interface Runner<C> {
    Workload.Run run(C client, long durationNanos) throws Exception;
  }

  private Variant connection(String note, Runner<SqlClient> runner) {
    return new Variant(note, () -> open(this::connect, runner, null));
  }

  private Runner<SqlClient> pointSelects(int concurrency) {
    int ids = data.config().worldRows();
    return (client, nanos) ->
        AsyncLoop.run(
            () ->
                client
                    .preparedQuery(BenchmarkData.WORLD_SELECT)
                    .execute(Tuple.of(ThreadLocalRandom.current().nextInt(1, ids + 1))),
            VertxPgClient::readWorld,
            concurrency,
            1,
            nanos);
  }

  private Future<SqlClient> connect(Vertx vertx) {
    return PgConnection.connect(vertx, options()).map(c -> c);
  }

  private <C extends SqlClient> Workload open(
      Function<Vertx, Future<C>> connect, Runner<? super C> runner, String sink) throws Exception {
    return open(connect, SqlClient::close, runner, sink);
  }

  private <C> Workload open(
      Function<Vertx, Future<C>> connect,
      Function<C, Future<Void>> close,
      Runner<? super C> runner,
      String sink)
      throws Exception {
    // A Vert.x of its own per workload, made exactly as for pgloop.
    Vertx vertx = BenchVertx.create();
    C client;
    try {
      client = connect.apply(vertx).await();
    } catch (RuntimeException e) {
      vertx.close().await();
      throw e;
    }
    return new Workload() {
      @Override
      public Run run(long durationNanos) throws Exception {
        return runner.run(client, durationNanos);
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
          close.apply(client).await();
        } finally {
          vertx.close().await();
        }
      }
    };
  }

  private Workload openStream() throws Exception {
    int rows = data.config().streamRows();
    return open(
        vertx ->
            PgConnection.connect(vertx, options())
                .compose(
                    conn ->
                        conn.prepare(data.streamSelect())
                            .map(ps -> new PreparedConnection(conn, ps))),
        pc -> pc.connection().close(),
        (pc, nanos) -> AsyncLoop.run(() -> streamOnce(pc), Long::longValue, 1, rows, nanos),
        null);
  }

  /** A connection with the stream's select prepared on it. */
  private record PreparedConnection(SqlConnection connection, PreparedStatement statement) {}

  private static Future<Long> streamOnce(PreparedConnection pc) {
    // A cursor lives in a transaction: begin, stream every row, commit.
    return pc.connection()
        .begin()
        .compose(
            tx -> {
              Promise<Long> rows = Promise.promise();
              long[] sum = new long[1];
              RowStream<Row> stream = pc.statement().createStream(1000);
              stream.exceptionHandler(rows::tryFail);
              stream.endHandler(v -> rows.tryComplete(sum[0]));
              stream.handler(row -> sum[0] += bulkRow(row));
              return rows.future().compose(sum0 -> tx.commit().map(sum0));
            });
  }

  private PgConnectOptions options() {
    PgConnectOptions options =
        new PgConnectOptions()
            .setHost(server.host())
            .setPort(server.port())
            .setDatabase(server.database())
            .setUser(server.user())
            .setPipeliningLimit(PIPELINING_LIMIT)
            .setCachePreparedStatements(true);
    if (server.password() != null) {
      options.setPassword(server.password());
    }
    return options;
  }

  private static List<Tuple> batch(int rows) {
    // Built per batch, as an application would: the tuples are part of the API's cost.
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
      sum += bulkRow(row);
    }
    return sum;
  }

  private static BulkRow toBulkRow(Row row) {
    return new BulkRow(
        row.getInteger(0),
        row.getString(1),
        row.getOffsetDateTime(2),
        row.getBigDecimal(3),
        row.getBoolean(4));
  }

  private static long bulkRow(Row row) {
    return Blackhole.bulkRow(
        row.getInteger(0),
        row.getString(1),
        row.getOffsetDateTime(2),
        row.getBigDecimal(3),
        row.getBoolean(4));
  }
}
