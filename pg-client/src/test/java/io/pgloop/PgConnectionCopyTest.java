package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.data.Interval;
import io.pgloop.test.FaultProxy;
import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * COPY in and out against the server: a million rows in text, csv and binary with their content
 * checked, every common type through writeRow, escaping, abort, errors, a cut network, the
 * connection held meanwhile, the pool, and back-pressure both ways.
 */
class PgConnectionCopyTest extends PgTestBase {

  private static final int MILLION = 1_000_000;

  /**
   * The future's value, waiting as long as {@code rows} need at 2,500 rows/s: the rate of a 2-core
   * machine loaded by parallel builds, under Netty's paranoid leak detection.
   */
  private static <T> T awaitRows(Future<T> future, long rows) {
    try {
      return future
          .toCompletionStage()
          .toCompletableFuture()
          .get(Math.max(60, rows / 2_500), java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e);
    } catch (java.util.concurrent.TimeoutException | InterruptedException e) {
      throw new AssertionError("no result after " + rows + " rows' worth of waiting", e);
    }
  }

  private PgConnection connectionWithTable(String table) {
    PgConnection connection = connect();
    await(
        connection
            .query(
                "DROP TABLE IF EXISTS "
                    + table
                    + "; CREATE TABLE "
                    + table
                    + " (a int4, b int8, c text)")
            .execute());
    return connection;
  }

  // ---------------------------------------------------------------- a million rows

  @Test
  void aMillionRowsInAndOutInText() {
    roundTrip("copy_text", "", (i) -> i + "\t" + i * 7 + "\tname " + i + "\n");
  }

  @Test
  void aMillionRowsInAndOutInCsv() {
    roundTrip("copy_csv", "(FORMAT csv)", (i) -> i + "," + i * 7 + ",name " + i + "\n");
  }

  /**
   * Writes the lines raw with a writer that respects writeQueueFull, checks the count and the sums
   * on the server, then reads the table back and compares its bytes (CRC) with what was sent.
   */
  private void roundTrip(String table, String options, LongFunction<String> line) {
    PgConnection connection = connectionWithTable(table);
    CRC32 sent = new CRC32();
    AtomicInteger fulls = new AtomicInteger();
    long rows =
        awaitRows(
            connection
                .copyIn("COPY " + table + " FROM STDIN " + options)
                .compose(
                    copy ->
                        new Writer(
                                copy,
                                MILLION,
                                i -> {
                                  byte[] bytes = line.apply(i + 1).getBytes(StandardCharsets.UTF_8);
                                  sent.update(bytes);
                                  return copy.write(Buffer.buffer(bytes));
                                },
                                fulls)
                            .start()),
            MILLION);
    assertThat(rows).isEqualTo(MILLION);
    assertThat(fulls.get()).as("times the writer met a full queue").isPositive();
    assertSums(connection, table);
    // A table over a quarter of shared_buffers is read by synchronized sequential scans: a COPY
    // TO would start where the scan of assertSums last reported, so the lines come out rotated.
    await(connection.query("SET synchronize_seqscans = off").execute());
    CRC32 received = new CRC32();
    long out = readAll(connection, "COPY " + table + " TO STDOUT " + options, received);
    assertThat(out).isEqualTo(MILLION);
    assertThat(received.getValue()).isEqualTo(sent.getValue());
  }

  @Test
  void aMillionTypedRowsInAndOutInBinary() {
    PgConnection connection = connectionWithTable("copy_binary");
    AtomicInteger fulls = new AtomicInteger();
    long rows =
        awaitRows(
            connection
                .copyIn("COPY copy_binary FROM STDIN (FORMAT binary)")
                .compose(
                    copy -> {
                      copy.types(List.of("int4", "int8", "text"));
                      // Integers into the int8 column: converted to the declared type.
                      return new Writer(
                              copy,
                              MILLION,
                              i ->
                                  copy.writeRow(
                                      Tuple.of((int) i + 1, (int) (i + 1) * 7, "name " + (i + 1))),
                              fulls)
                          .start();
                    }),
            MILLION);
    assertThat(rows).isEqualTo(MILLION);
    assertThat(fulls.get()).isPositive();
    assertSums(connection, "copy_binary");
    BinarySums sums = new BinarySums();
    CopyOut copy = await(connection.copyOut("COPY copy_binary TO STDOUT (FORMAT binary)"));
    assertThat(copy.isBinary()).isTrue();
    Promise<Void> ended = Promise.promise();
    copy.endHandler(v -> ended.complete()).exceptionHandler(ended::fail).handler(sums::add);
    awaitRows(ended.future(), MILLION);
    assertThat(await(copy.rowCount())).isEqualTo(MILLION);
    assertThat(sums.rows).isEqualTo(MILLION);
    assertThat(sums.a).isEqualTo((long) MILLION * (MILLION + 1) / 2);
    assertThat(sums.b).isEqualTo(7L * MILLION * (MILLION + 1) / 2);
    assertThat(sums.textBytes).isEqualTo(expectedTextBytes());
  }

  private static long expectedTextBytes() {
    long total = 0;
    for (int i = 1; i <= MILLION; i++) {
      total += 5 + Integer.toString(i).length();
    }
    return total;
  }

  private void assertSums(PgConnection connection, String table) {
    Row row =
        await(
                connection
                    .query("SELECT count(*), sum(a), sum(b), sum(length(c)) FROM " + table)
                    .execute())
            .iterator()
            .next();
    assertThat(row.getLong(0)).isEqualTo(MILLION);
    assertThat(row.get(Long.class, 1)).isEqualTo((long) MILLION * (MILLION + 1) / 2);
    assertThat(row.get(BigDecimal.class, 2).longValueExact())
        .isEqualTo(7L * MILLION * (MILLION + 1) / 2);
    assertThat(row.get(Long.class, 3)).isEqualTo(expectedTextBytes());
  }

  private long readAll(PgConnection connection, String sql, CRC32 crc) {
    CopyOut copy = await(connection.copyOut(sql));
    Promise<Void> ended = Promise.promise();
    copy.endHandler(v -> ended.complete())
        .exceptionHandler(ended::fail)
        .handler(buffer -> crc.update(buffer.getBytes()));
    awaitRows(ended.future(), MILLION);
    return await(copy.rowCount());
  }

  /** Writes rows on the connection's context while the queue has room, then waits to drain. */
  private static final class Writer implements Handler<Void> {
    private final CopyIn copy;
    private final long rows;
    private final LongFunction<Future<Void>> write;
    private final AtomicInteger fulls;
    private final Promise<Long> done = Promise.promise();
    private long next;

    Writer(CopyIn copy, long rows, LongFunction<Future<Void>> write, AtomicInteger fulls) {
      this.copy = copy;
      this.rows = rows;
      this.write = write;
      this.fulls = fulls;
    }

    Future<Long> start() {
      // A failure while waiting for the drain reaches the writer here.
      copy.exceptionHandler(done::tryFail);
      handle(null);
      return done.future();
    }

    @Override
    public void handle(Void v) {
      while (next < rows) {
        if (copy.writeQueueFull()) {
          fulls.incrementAndGet();
          copy.drainHandler(this);
          return;
        }
        write.apply(next++).onFailure(done::tryFail);
      }
      copy.end().compose(x -> copy.rowCount()).onComplete(done);
    }
  }

  /** Reads binary COPY data: the header, then rows of (int4, int8, text), then the trailer. */
  private static final class BinarySums {
    long rows;
    long a;
    long b;
    long textBytes;
    boolean header;
    boolean trailer;

    void add(Buffer buffer) {
      int at = 0;
      if (!header) {
        assertThat(buffer.getString(0, 6)).isEqualTo("PGCOPY");
        at = 19;
        header = true;
      }
      while (at < buffer.length()) {
        short fields = buffer.getShort(at);
        at += 2;
        if (fields == -1) {
          trailer = true;
          continue;
        }
        assertThat(fields).isEqualTo((short) 3);
        at += 4;
        a += buffer.getInt(at);
        at += 4;
        at += 4;
        b += buffer.getLong(at);
        at += 8;
        int length = buffer.getInt(at);
        textBytes += length;
        at += 4 + length;
        rows++;
      }
    }
  }

  // ---------------------------------------------------------------- types and escaping

  private static final String ALL_TYPES =
      "b bool, i2 int2, i4 int4, i8 int8, f4 float4, f8 float8, n numeric, t text, v varchar,"
          + " by bytea, d date, tm time, ts timestamp, tz timestamptz, u uuid, iv interval,"
          + " ai int4[], at text[], j jsonb";

  private static final List<String> ALL_TYPE_NAMES =
      List.of(
          "bool",
          "int2",
          "int4",
          "int8",
          "float4",
          "float8",
          "numeric",
          "text",
          "varchar",
          "bytea",
          "date",
          "time",
          "timestamp",
          "timestamptz",
          "uuid",
          "interval",
          "int4[]",
          "text[]",
          "jsonb");

  private static Tuple allTypesRow() {
    return Tuple.of(
        true,
        (short) -12,
        123456,
        9_000_000_000L,
        1.5f,
        -2.25d,
        new BigDecimal("12345.678900"),
        "tab\there, newline\nthere, cr\r, backslash\\ and \\N, ünïcödé 日本 🎉",
        "varchar",
        Buffer.buffer(new byte[] {0, 1, 2, (byte) 0xff, '\\', '\t'}),
        LocalDate.of(2024, 2, 29),
        LocalTime.of(23, 59, 58, 123_000_000),
        LocalDateTime.of(1999, 12, 31, 23, 59, 59, 999_999_000),
        OffsetDateTime.of(2020, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC),
        UUID.fromString("123e4567-e89b-12d3-a456-426614174000"),
        new Interval(14, 3, 4_005_006L),
        new Integer[] {1, null, 3},
        new String[] {"a,b", "c\"d", null, "tab\t"},
        new io.vertx.core.json.JsonObject().put("k", "v\n"));
  }

  @Test
  void everyCommonTypeThroughWriteRowInText() {
    typesRoundTrip("copy_types_text", "", false);
  }

  @Test
  void everyCommonTypeThroughWriteRowInBinary() {
    typesRoundTrip("copy_types_binary", "(FORMAT binary)", true);
  }

  private void typesRoundTrip(String table, String options, boolean declare) {
    PgConnection connection = connect();
    await(
        connection
            .query(
                "DROP TABLE IF EXISTS "
                    + table
                    + "; CREATE TABLE "
                    + table
                    + " ("
                    + ALL_TYPES
                    + ")")
            .execute());
    Tuple row = allTypesRow();
    Tuple nulls = Tuple.from(java.util.Collections.nCopies(row.size(), null));
    long count =
        await(
            connection
                .copyIn("COPY " + table + " FROM STDIN " + options)
                .compose(
                    copy -> {
                      if (declare) {
                        copy.types(ALL_TYPE_NAMES);
                      }
                      copy.writeRow(row);
                      copy.writeRow(nulls);
                      return copy.end().compose(v -> copy.rowCount());
                    }));
    assertThat(count).isEqualTo(2);
    RowSet<Row> rows =
        await(
            connection
                .preparedQuery("SELECT * FROM " + table + " ORDER BY b NULLS LAST")
                .execute());
    RowIterator<Row> iterator = rows.iterator();
    Row back = iterator.next();
    assertThat(back.getValue(0)).isEqualTo(true);
    assertThat(back.getValue(1)).isEqualTo((short) -12);
    assertThat(back.getValue(2)).isEqualTo(123456);
    assertThat(back.getValue(3)).isEqualTo(9_000_000_000L);
    assertThat(back.getValue(4)).isEqualTo(1.5f);
    assertThat(back.getValue(5)).isEqualTo(-2.25d);
    assertThat(back.get(BigDecimal.class, 6)).isEqualByComparingTo("12345.6789");
    assertThat(back.getString(7)).isEqualTo(row.getString(7));
    assertThat(back.getString(8)).isEqualTo("varchar");
    assertThat(back.get(Buffer.class, 9)).isEqualTo(row.getValue(9));
    assertThat(back.getValue(10)).isEqualTo(row.getValue(10));
    assertThat(back.getValue(11)).isEqualTo(row.getValue(11));
    assertThat(back.getValue(12)).isEqualTo(row.getValue(12));
    assertThat(back.get(OffsetDateTime.class, 13).toInstant())
        .isEqualTo(((OffsetDateTime) row.getValue(13)).toInstant());
    assertThat(back.getValue(14)).isEqualTo(row.getValue(14));
    assertThat(back.getValue(15)).isEqualTo(row.getValue(15));
    assertThat((Object[]) back.getValue(16)).containsExactly(1, null, 3);
    assertThat((Object[]) back.getValue(17)).containsExactly("a,b", "c\"d", null, "tab\t");
    assertThat(back.getValue(18).toString()).isEqualTo(row.getValue(18).toString());
    Row second = iterator.next();
    for (int i = 0; i < second.size(); i++) {
      assertThat(second.getValue(i)).as("column %d of the NULL row", i + 1).isNull();
    }
  }

  @Test
  void textCopyOutEscapesWhatTextCopyInUnescapes() {
    PgConnection connection = connectionWithTable("copy_escapes");
    String nasty = "a\tb\nc\rd\\e \\N ü";
    await(
        connection
            .copyIn("COPY copy_escapes FROM STDIN")
            .compose(
                copy -> {
                  copy.writeRow(Tuple.of(1, null, nasty));
                  copy.writeRow(Tuple.of(2, 3L, "\\N"));
                  return copy.end();
                }));
    RowSet<Row> rows =
        await(connection.query("SELECT a, b, c, c IS NULL FROM copy_escapes ORDER BY a").execute());
    List<List<Object>> values = new ArrayList<>();
    for (Row row : rows) {
      values.add(java.util.Arrays.asList(row.getValue(1), row.getString(2)));
    }
    assertThat(values)
        .containsExactly(java.util.Arrays.asList(null, nasty), java.util.Arrays.asList(3L, "\\N"));
    StringBuilder out = new StringBuilder();
    CopyOut copy = await(connection.copyOut("COPY copy_escapes (c) TO STDOUT"));
    Promise<Void> ended = Promise.promise();
    copy.endHandler(v -> ended.complete()).handler(b -> out.append(b.toString()));
    await(ended.future());
    assertThat(out.toString()).isEqualTo("a\\tb\\nc\\rd\\\\e \\\\N ü\n\\\\N\n");
  }

  @Test
  void aValueOfTheWrongTypeFailsItsRowAloneNamingTheColumn() {
    PgConnection connection = connectionWithTable("copy_wrong_value");
    CopyIn copy = await(connection.copyIn("COPY copy_wrong_value FROM STDIN (FORMAT binary)"));
    copy.types(List.of("int4", "int8", "text"));
    assertThat(failure(copy.writeRow(Tuple.of("one", 1L, "x"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 1: cannot encode java.lang.String as int4 in binary");
    assertThat(failure(copy.writeRow(Tuple.of(1, 2L))))
        .hasMessage("the row has 2 values, 3 column types are declared");
    copy.writeRow(Tuple.of(1, 2L, "x"));
    assertThat(await(copy.end().compose(v -> copy.rowCount())).longValue()).isEqualTo(1);
  }

  @Test
  void anUnknownTypeNameIsRefusedByName() {
    PgConnection connection = connectionWithTable("copy_unknown_type");
    CopyIn copy = await(connection.copyIn("COPY copy_unknown_type FROM STDIN (FORMAT binary)"));
    try {
      copy.types(List.of("int4", "no_such_type", "text"));
      throw new AssertionError("expected a refusal");
    } catch (IllegalArgumentException e) {
      assertThat(e).hasMessageContaining("unknown column type 'no_such_type'");
    }
    copy.types(List.of("integer", "bigint", "text"));
    copy.writeRow(Tuple.of(1, 2, "x"));
    assertThat(await(copy.end().compose(v -> copy.rowCount())).longValue()).isEqualTo(1);
  }

  // ---------------------------------------------------------------- abort and errors

  @Test
  void abortCopiesNothingAndLeavesTheConnectionUsable() {
    PgConnection connection = connectionWithTable("copy_abort");
    CopyIn copy = await(connection.copyIn("COPY copy_abort FROM STDIN"));
    copy.writeRow(Tuple.of(1, 2L, "x"));
    await(copy.abort("changed my mind"));
    assertThat(failure(copy.rowCount()))
        .isInstanceOf(PgException.class)
        .hasMessageContaining("changed my mind");
    assertThat(failure(copy.write(Buffer.buffer("2\t3\ty\n"))))
        .isInstanceOf(IllegalStateException.class);
    assertThat(failure(copy.end())).hasMessage("the COPY was aborted");
    assertThat(count(connection, "copy_abort")).isZero();
  }

  @Test
  void closingTheConnectionAbortsACopyInLeftOpen() {
    PgConnection connection = connectionWithTable("copy_close_in");
    CopyIn copy = await(connection.copyIn("COPY copy_close_in FROM STDIN"));
    copy.writeRow(Tuple.of(1, 2L, "x"));

    await(connection.close());

    assertThat(failure(copy.rowCount()))
        .isInstanceOf(PgException.class)
        .hasMessageContaining("the connection is closing");
    PgConnection other = connect();
    assertThat(count(other, "copy_close_in")).isZero();
  }

  @Test
  void closingTheConnectionCancelsAPausedCopyOut() throws Exception {
    PgConnection connection = connect();
    CopyOut copy =
        await(
            connection.copyOut(
                "COPY (SELECT g, repeat('x', 100) FROM generate_series(1, 5000000) g) TO STDOUT"));
    AtomicLong seen = new AtomicLong();
    Promise<Void> ended = Promise.promise();
    copy.endHandler(v -> ended.tryComplete()).exceptionHandler(ended::tryFail);
    copy.handler(
        b -> {
          if (seen.incrementAndGet() == 10) {
            copy.pause();
          }
        });
    while (seen.get() < 10) {
      Thread.sleep(10);
    }

    await(connection.close());

    copy.resume();
    assertThat(failure(ended.future()))
        .isInstanceOf(PgConnectionException.class)
        .hasMessage("the connection was closed during the COPY: the rest of its data is discarded");
    assertThat(failure(copy.rowCount())).isInstanceOf(PgConnectionException.class);
  }

  @Test
  void badDataFailsEndWithTheServerErrorAndTheConnectionGoesOn() {
    PgConnection connection = connectionWithTable("copy_bad_data");
    CopyIn copy = await(connection.copyIn("COPY copy_bad_data FROM STDIN"));
    List<Throwable> reported = new ArrayList<>();
    copy.exceptionHandler(reported::add);
    copy.write(Buffer.buffer("1\t2\tok\n"));
    copy.write(Buffer.buffer("2\tnot a number\tbad\n"));
    Throwable failure = failure(copy.end());
    assertThat(failure).isInstanceOf(PgException.class).hasMessageContaining("not a number");
    assertThat(((PgException) failure).sqlState()).isEqualTo("22P02");
    assertThat(failure(copy.rowCount())).isSameAs(failure);
    assertThat(count(connection, "copy_bad_data")).isZero();
    assertThat(reported).containsExactly(failure);
  }

  @Test
  void aStatementThatIsNotTheExpectedCopyFailsTheStartAndTheConnectionGoesOn() {
    PgConnection connection = connectionWithTable("copy_wrong");
    assertThat(failure(connection.copyIn("COPY copy_wrong FROM STDIN (FORMAT nonsense)")))
        .isInstanceOf(PgException.class)
        .hasMessageContaining("nonsense");
    assertThat(failure(connection.copyIn("COPY no_such_table FROM STDIN")))
        .isInstanceOf(PgUndefinedTableException.class);
    assertThat(failure(connection.copyIn("SELECT 1")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("not a COPY FROM STDIN: the statement ran and completed with 'SELECT 1'");
    assertThat(failure(connection.copyIn("COPY copy_wrong TO STDOUT")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("use copyOut()");
    assertThat(failure(connection.copyOut("COPY copy_wrong FROM STDIN")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("use copyIn()");
    assertThat(failure(connection.copyOut("SELECT 1")))
        .hasMessageStartingWith("not a COPY TO STDOUT");
    assertThat(count(connection, "copy_wrong")).isZero();
  }

  @Test
  void copyThroughQueryNeverHangs() {
    PgConnection connection = connectionWithTable("copy_query");
    await(connection.query("INSERT INTO copy_query VALUES (1, 2, 'x')").execute());
    // Issued together: the SELECT must not be taken as COPY data by the waiting server.
    Future<RowSet<Row>> simple = connection.query("COPY copy_query FROM STDIN").execute();
    Future<RowSet<Row>> after = connection.query("SELECT 42").execute();
    Future<RowSet<Row>> extended = connection.preparedQuery("COPY copy_query FROM STDIN").execute();
    Future<RowSet<Row>> afterExtended = connection.preparedQuery("SELECT 43").execute();
    assertThat(failure(simple))
        .isInstanceOf(PgException.class)
        .hasMessageContaining("use copyIn()");
    assertThat(failure(extended))
        .isInstanceOf(PgException.class)
        .hasMessageContaining("use copyIn()");
    assertThat(await(after).iterator().next().getInteger(0)).isEqualTo(42);
    assertThat(await(afterExtended).iterator().next().getInteger(0)).isEqualTo(43);
    // COPY TO STDOUT through a query: the data is discarded, the count is the result's.
    assertThat(await(connection.query("COPY copy_query TO STDOUT").execute()).rowCount())
        .isEqualTo(1);
    assertThat(await(connection.preparedQuery("COPY copy_query TO STDOUT").execute()).rowCount())
        .isEqualTo(1);
    assertThat(count(connection, "copy_query")).isEqualTo(1);
  }

  // ---------------------------------------------------------------- the connection held

  @Test
  void commandsIssuedDuringACopyRunAfterIt() throws Exception {
    PgConnection connection = connectionWithTable("copy_held");
    CopyIn copy = await(connection.copyIn("COPY copy_held FROM STDIN"));
    Future<RowSet<Row>> counted = connection.query("SELECT count(*) FROM copy_held").execute();
    copy.writeRow(Tuple.of(1, 2L, "x"));
    Thread.sleep(200);
    assertThat(counted.isComplete()).as("a query issued during the COPY waits for it").isFalse();
    copy.writeRow(Tuple.of(2, 3L, "y"));
    await(copy.end());
    assertThat(await(counted).iterator().next().getLong(0)).isEqualTo(2);
  }

  @Test
  void copyThroughThePool() {
    PgPool pool = PgPool.pool(vertx, options(), new PgPoolOptions().setMaxSize(2));
    try {
      await(
          pool.withConnection(
              c ->
                  c.query(
                          "DROP TABLE IF EXISTS copy_pool; CREATE TABLE copy_pool (a int4, b int8, c text)")
                      .execute()));
      long rows =
          await(
              pool.withConnection(
                  c ->
                      c.copyIn("COPY copy_pool FROM STDIN (FORMAT binary)")
                          .compose(
                              copy -> {
                                for (int i = 0; i < 1000; i++) {
                                  copy.writeRow(Tuple.of(i, (long) i, "row " + i));
                                }
                                return copy.end().compose(v -> copy.rowCount());
                              })));
      assertThat(rows).isEqualTo(1000);
      long out =
          await(
              pool.withConnection(
                  c ->
                      c.copyOut("COPY copy_pool TO STDOUT")
                          .compose(
                              copy -> {
                                copy.handler(b -> {});
                                return copy.rowCount();
                              })));
      assertThat(out).isEqualTo(1000);
    } finally {
      await(pool.close());
    }
  }

  // ---------------------------------------------------------------- broken network

  @Test
  void aCutNetworkFailsACopyInAndNothingHangs() throws Exception {
    try (FaultProxy proxy = new FaultProxy(server.host(), server.port())) {
      PgConnection connection = connect(options().setHost("127.0.0.1").setPort(proxy.port()));
      await(
          connection
              .query(
                  "DROP TABLE IF EXISTS copy_cut; CREATE TABLE copy_cut (a int4, b int8, c text)")
              .execute());
      CopyIn copy = await(connection.copyIn("COPY copy_cut FROM STDIN"));
      copy.write(Buffer.buffer("1\t2\tx\n"));
      proxy.cutAll();
      assertThat(failure(copy.rowCount())).isInstanceOf(PgConnectionException.class);
      assertThat(failure(copy.end())).isInstanceOf(PgConnectionException.class);
      assertThat(failure(copy.write(Buffer.buffer("2\t3\ty\n"))))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aCutNetworkFailsACopyOutAndNothingHangs() throws Exception {
    try (FaultProxy proxy = new FaultProxy(server.host(), server.port())) {
      PgConnection connection = connect(options().setHost("127.0.0.1").setPort(proxy.port()));
      CopyOut copy =
          await(
              connection.copyOut("COPY (SELECT g FROM generate_series(1, 10000000) g) TO STDOUT"));
      Promise<Void> failed = Promise.promise();
      AtomicLong seen = new AtomicLong();
      copy.exceptionHandler(failed::tryFail).endHandler(v -> failed.tryComplete());
      copy.handler(
          b -> {
            if (seen.incrementAndGet() == 1000) {
              proxy.cutAll();
            }
          });
      assertThat(failure(failed.future())).isInstanceOf(PgConnectionException.class);
      assertThat(failure(copy.rowCount())).isInstanceOf(PgConnectionException.class);
    }
  }

  // ---------------------------------------------------------------- back-pressure out

  @Test
  void aPausedCopyOutStopsReadingAndKeepsTheHeapSmall() throws Exception {
    PgConnection connection = connect();
    int rows = 5_000_000;
    long baseline = usedHeapAfterGc();
    CopyOut copy =
        await(
            connection.copyOut(
                "COPY (SELECT g, repeat('x', 100) FROM generate_series(1, "
                    + rows
                    + ") g) TO STDOUT"));
    AtomicLong seen = new AtomicLong();
    Promise<Void> ended = Promise.promise();
    copy.endHandler(v -> ended.complete()).exceptionHandler(ended::fail);
    copy.handler(
        b -> {
          if (seen.incrementAndGet() == 10) {
            copy.pause();
          }
        });
    // Paused: about 550 MB wait on the server; only a socket read's worth may land here.
    Thread.sleep(3000);
    long pausedGrowth = usedHeapAfterGc() - baseline;
    System.out.printf(
        "COPY TO of %,d rows paused after 10: heap growth %.1f MB%n",
        rows, pausedGrowth / 1048576.0);
    assertThat(seen.get()).isEqualTo(10);
    assertThat(pausedGrowth).isLessThan(32L * 1024 * 1024);
    // Rather than read half a gigabyte: cancel, and the stream fails once the server notices.
    await(connection.cancelRequest());
    copy.resume();
    assertThat(failure(ended.future())).isInstanceOf(PgQueryCanceledException.class);
    assertThat(failure(copy.rowCount())).isInstanceOf(PgQueryCanceledException.class);
    assertThat(seen.get()).isBetween(10L, (long) rows - 1);
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
  }

  @Test
  void aCopyOutWithoutAHandlerWaitsForOne() throws Exception {
    PgConnection connection = connect();
    CopyOut copy =
        await(connection.copyOut("COPY (SELECT g FROM generate_series(1, 100000) g) TO STDOUT"));
    Thread.sleep(500);
    AtomicLong sum = new AtomicLong();
    Promise<Void> ended = Promise.promise();
    copy.endHandler(v -> ended.complete()).exceptionHandler(ended::fail);
    copy.handler(b -> sum.addAndGet(Long.parseLong(b.toString().trim())));
    awaitRows(ended.future(), 100_000);
    assertThat(sum.get()).isEqualTo(100_000L * 100_001 / 2);
    assertThat(await(copy.rowCount())).isEqualTo(100_000);
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private static long count(PgConnection connection, String table) {
    return await(connection.query("SELECT count(*) FROM " + table).execute())
        .iterator()
        .next()
        .getLong(0);
  }
}
