package io.pgloop.benchmarks;

import io.pgloop.CopyIn;
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
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongFunction;

/**
 * pgloop, the client under test, driven by the same {@link AsyncLoop} as vertx-pg-client with the
 * same Vert.x setup (a Vert.x of its own per workload, default event loops) and the same pipelining
 * limit. The pool workload runs on {@link PgPool} (pool queries pipelined over four connections),
 * and, for comparison, on four plain connections that the callers share round-robin. COPY runs raw
 * text (rendered once, as pgjdbc's), typed rows through writeRow in binary and in text, and COPY TO
 * in text and binary.
 */
final class PgloopClient implements BenchClient {

  private static final int PIPELINING_LIMIT = 256;
  private static final int POOL_SIZE = 4;
  private static final int PIPELINE_BLOCKS = 4;
  private static final int PIPELINE_SEGMENTS = 4;
  private static final int PIPELINE_SYNC_EVERY = 64;
  private static final int CHUNK = 64 * 1024;
  private static final List<String> COPY_TYPES = List.of("int4", "int4");

  private final ServerInfo server;
  private final BenchmarkData data;
  private byte[] copyText;

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
                      null)
                  .pairedBy(Pairing.SYNC_PER_64));
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
                  null),
              variant(
                      "PgConnection, mapping(row -> BulkRow)",
                      1,
                      (conns, nanos) ->
                          AsyncLoop.run(
                              () ->
                                  conns
                                      .get(0)
                                      .preparedQuery(BenchmarkData.BULK_SELECT)
                                      .mapping(PgloopClient::toBulkRow)
                                      .execute(),
                              BulkRow::checksum,
                              1,
                              c.bulkRows(),
                              nanos),
                      null)
                  .pairedBy(Pairing.MAPPING));
      case BATCH_INSERT ->
          List.of(
              variant("PgConnection, executeBatch", 1, batchInserts(c.batchRows()), "batch_sink"),
              new Variant(
                  "executeBatch, rewrite_batched_inserts",
                  () ->
                      open(
                          1,
                          batchInserts(c.batchRows()),
                          "batch_sink",
                          o -> o.setRewriteBatchedInserts(true)),
                  Pairing.REWRITE));
      case COPY_IN ->
          List.of(
              variant("copyIn, raw text", 1, copyRuns(this::copyInText), "copy_sink"),
              variant("copyIn, writeRow binary", 1, copyRuns(this::copyInBinary), "copy_sink"),
              variant("copyIn, writeRow text", 1, copyRuns(this::copyInRowsText), "copy_sink"));
      case COPY_OUT ->
          List.of(
              variant("copyOut, text", 1, copyRuns(c2 -> copyOut(c2, "")), null),
              variant("copyOut, binary", 1, copyRuns(c2 -> copyOut(c2, " (FORMAT binary)")), null));
      case STREAM -> List.of(new Variant("PgConnection, RowStream of 1,000", this::openStream));
    };
  }

  /** Runs one workload on the open connections for a given time. */
  @FunctionalInterface
  private interface Runner {
    Workload.Run run(List<PgConnection> connections, long durationNanos) throws Exception;
  }

  /** One COPY of {@code copyRows} rows after another, on one connection. */
  private Runner copyRuns(java.util.function.Function<PgConnection, Future<Long>> copy) {
    return (conns, nanos) ->
        AsyncLoop.run(
            () -> copy.apply(conns.get(0)), rows -> rows, 1, data.config().copyRows(), nanos);
  }

  /** The rows rendered once, as for pgjdbc's CopyManager, written in 64 KiB buffers. */
  private Future<Long> copyInText(PgConnection connection) {
    byte[] rows = copyText();
    return connection
        .copyIn(BenchmarkData.COPY_IN)
        .compose(
            copy ->
                new CopyWriter(
                        copy,
                        (rows.length + CHUNK - 1) / CHUNK,
                        i ->
                            copy.write(
                                Buffer.buffer()
                                    .appendBytes(
                                        rows,
                                        (int) i * CHUNK,
                                        Math.min(CHUNK, rows.length - (int) i * CHUNK))))
                    .start());
  }

  private byte[] copyText() {
    if (copyText == null) {
      StringBuilder text = new StringBuilder(data.config().copyRows() * 14);
      ThreadLocalRandom random = ThreadLocalRandom.current();
      for (int i = 1; i <= data.config().copyRows(); i++) {
        text.append(i).append('\t').append(random.nextInt(1, 10_001)).append('\n');
      }
      copyText = text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
    return copyText;
  }

  /** Typed rows, a Tuple built per row as an application would, in binary. */
  private Future<Long> copyInBinary(PgConnection connection) {
    return connection
        .copyIn(BenchmarkData.COPY_IN + " (FORMAT binary)")
        .compose(copy -> writeRows(copy.types(COPY_TYPES)));
  }

  /** Typed rows formatted in text by writeRow. */
  private Future<Long> copyInRowsText(PgConnection connection) {
    return connection.copyIn(BenchmarkData.COPY_IN).compose(this::writeRows);
  }

  private Future<Long> writeRows(CopyIn copy) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new CopyWriter(
            copy,
            data.config().copyRows(),
            i -> copy.writeRow(Tuple.of((int) i + 1, random.nextInt(1, 10_001))))
        .start();
  }

  private static Future<Long> copyOut(PgConnection connection, String options) {
    return connection
        .copyOut(BenchmarkData.COPY_OUT + options)
        .compose(
            copy -> {
              long[] bytes = {0};
              copy.handler(buffer -> bytes[0] += buffer.length());
              return copy.rowCount();
            });
  }

  /**
   * Writes {@code count} pieces on the connection's context while its queue has room, waits for the
   * drain when it is full, then ends the COPY: what a well-behaved writer does.
   */
  private static final class CopyWriter implements Handler<Void> {
    private final CopyIn copy;
    private final long count;
    private final LongFunction<Future<Void>> write;
    private final Promise<Long> done = Promise.promise();
    private final Handler<Throwable> onFailure = done::tryFail;
    private long next;

    CopyWriter(CopyIn copy, long count, LongFunction<Future<Void>> write) {
      this.copy = copy;
      this.count = count;
      this.write = write;
    }

    Future<Long> start() {
      // A failure while waiting for the drain reaches the writer here.
      copy.exceptionHandler(onFailure);
      handle(null);
      return done.future();
    }

    @Override
    public void handle(Void ignored) {
      while (next < count) {
        if (copy.writeQueueFull()) {
          copy.drainHandler(this);
          return;
        }
        write.apply(next++).onFailure(onFailure);
      }
      copy.end().compose(v -> copy.rowCount()).onComplete(done);
    }
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

  private static Runner batchInserts(int rows) {
    return (conns, nanos) ->
        AsyncLoop.run(
            () -> conns.get(0).preparedQuery(BenchmarkData.BATCH_INSERT).executeBatch(batch(rows)),
            RowSet::rowCount,
            1,
            rows,
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
      statement = connection.prepare(data.streamSelect()).await();
    } catch (RuntimeException e) {
      vertx.close().await();
      throw e;
    }
    int rows = data.config().streamRows();
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

  private static BulkRow toBulkRow(Row row) {
    return new BulkRow(
        row.intValue(0),
        row.getString(1),
        row.get(OffsetDateTime.class, 2),
        row.get(BigDecimal.class, 3),
        row.booleanValue(4));
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
