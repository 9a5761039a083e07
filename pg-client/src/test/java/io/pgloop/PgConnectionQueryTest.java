package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Running statements: both protocols, pipelining, results, errors, closing. */
class PgConnectionQueryTest extends PgTestBase {

  @Test
  void aSimpleQueryWithSeveralStatementsGivesOneResultEach() {
    PgConnection connection = connect();
    RowSet<Row> first =
        await(
            connection
                .query(
                    "CREATE TEMP TABLE simple_t(id int, name text);"
                        + "INSERT INTO simple_t VALUES (1, 'a'), (2, NULL);"
                        + "SELECT id, name FROM simple_t ORDER BY id")
                .execute());
    assertThat(first.rowCount()).isZero();
    RowSet<Row> insert = first.next();
    assertThat(insert.rowCount()).isEqualTo(2);
    RowSet<Row> select = insert.next();
    assertThat(select.size()).isEqualTo(2);
    assertThat(select.columnsNames()).containsExactly("id", "name");
    List<Row> rows = new ArrayList<>();
    select.forEach(rows::add);
    assertThat(rows.get(0).getInteger("id")).isEqualTo(1);
    assertThat(rows.get(0).getString("name")).isEqualTo("a");
    assertThat(rows.get(1).getString("name")).isNull();
    assertThat(select.next()).isNull();
  }

  @Test
  void preparedQueriesBindEveryCommonTypeBothWays() {
    PgConnection connection = connect();
    UUID uuid = UUID.randomUUID();
    OffsetDateTime instant = OffsetDateTime.of(2024, 2, 29, 23, 59, 58, 123456000, ZoneOffset.UTC);
    Tuple parameters =
        Tuple.of(
            (short) -7,
            2_000_000_000,
            9_000_000_000_000_000_000L,
            1.5f,
            Math.PI,
            new BigDecimal("-12345.678900"),
            true,
            "héllo ✓",
            Buffer.buffer(new byte[] {0, 1, (byte) 0xff}),
            LocalDate.of(1999, 12, 31),
            LocalTime.of(13, 14, 15, 16000),
            LocalDateTime.of(2000, 1, 1, 0, 0, 0, 1000),
            instant,
            uuid,
            new JsonObject().put("a", 1).put("b", "two"));
    String sql =
        "SELECT $1::int2, $2::int4, $3::int8, $4::float4, $5::float8, $6::numeric, $7::bool,"
            + " $8::text, $9::bytea, $10::date, $11::time, $12::timestamp, $13::timestamptz,"
            + " $14::uuid, $15::jsonb, $8::varchar, $15::json";
    // The first run asks for text, later ones for binary: both must give the same values.
    for (int run = 0; run < 2; run++) {
      Row row = await(connection.preparedQuery(sql).execute(parameters)).iterator().next();
      assertThat(row.getShort(0)).isEqualTo((short) -7);
      assertThat(row.getInteger(1)).isEqualTo(2_000_000_000);
      assertThat(row.getLong(2)).isEqualTo(9_000_000_000_000_000_000L);
      assertThat(row.getFloat(3)).isEqualTo(1.5f);
      assertThat(row.getDouble(4)).isEqualTo(Math.PI);
      assertThat(row.getBigDecimal(5)).isEqualTo(new BigDecimal("-12345.678900"));
      assertThat(row.getBoolean(6)).isTrue();
      assertThat(row.getString(7)).isEqualTo("héllo ✓");
      assertThat(row.getBuffer(8)).isEqualTo(Buffer.buffer(new byte[] {0, 1, (byte) 0xff}));
      assertThat(row.getLocalDate(9)).isEqualTo(LocalDate.of(1999, 12, 31));
      assertThat(row.getLocalTime(10)).isEqualTo(LocalTime.of(13, 14, 15, 16000));
      assertThat(row.getLocalDateTime(11)).isEqualTo(LocalDateTime.of(2000, 1, 1, 0, 0, 0, 1000));
      assertThat(row.getOffsetDateTime(12).toInstant()).isEqualTo(instant.toInstant());
      assertThat(row.getUUID(13)).isEqualTo(uuid);
      assertThat(row.getJsonObject(14)).isEqualTo(new JsonObject().put("a", 1).put("b", "two"));
      assertThat(row.getString(15)).isEqualTo("héllo ✓");
      assertThat(row.getJsonObject(16)).isEqualTo(new JsonObject().put("a", 1).put("b", "two"));
    }
  }

  @Test
  void nullParametersAndNullResults() {
    PgConnection connection = connect();
    Row row =
        await(connection.preparedQuery("SELECT $1::int4, $2::text").execute(Tuple.of(null, null)))
            .iterator()
            .next();
    assertThat(row.getInteger(0)).isNull();
    assertThat(row.getString(1)).isNull();
  }

  @Test
  void aValueThatCannotBeEncodedFailsThatQueryAlone() {
    PgConnection connection = connect();
    Throwable failure =
        failure(connection.preparedQuery("SELECT $1").execute(Tuple.of(new Object())));
    assertThat(failure)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("parameter $1: ");
    assertThat(await(connection.preparedQuery("SELECT 1").execute()).size()).isEqualTo(1);
  }

  @Test
  void tenThousandPipelinedQueriesEachGetTheirOwnResult() {
    PgConnection connection = connect();
    List<Future<RowSet<Row>>> futures = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      futures.add(connection.preparedQuery("SELECT $1::int4 * 2").execute(Tuple.of(i)));
    }
    for (int i = 0; i < futures.size(); i++) {
      assertThat(await(futures.get(i)).iterator().next().getInteger(0)).isEqualTo(i * 2);
    }
  }

  @Test
  void oneFailingQueryAmongAThousandFailsAlone() {
    PgConnection connection = connect();
    List<Future<RowSet<Row>>> futures = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      futures.add(
          connection.preparedQuery("SELECT 10 / $1::int4").execute(Tuple.of(i == 500 ? 0 : 1)));
    }
    for (int i = 0; i < futures.size(); i++) {
      if (i == 500) {
        Throwable failure = failure(futures.get(i));
        assertThat(failure).isInstanceOf(PgDivisionByZeroException.class);
        assertThat(((PgException) failure).sqlState()).isEqualTo("22012");
      } else {
        assertThat(await(futures.get(i)).iterator().next().getInteger(0)).isEqualTo(10);
      }
    }
  }

  @Test
  void errorsCarryEveryFieldTheServerSends() {
    PgConnection connection = connect();
    await(
        connection
            .query(
                "CREATE TEMP TABLE err_t(id int CONSTRAINT err_t_pkey PRIMARY KEY,"
                    + " n int CONSTRAINT err_n_positive CHECK (n > 0));"
                    + "INSERT INTO err_t VALUES (1, 1)")
            .execute());
    Throwable unique =
        failure(connection.preparedQuery("INSERT INTO err_t VALUES ($1, 1)").execute(Tuple.of(1)));
    assertThat(unique).isInstanceOf(PgUniqueViolationException.class);
    PgException error = (PgException) unique;
    assertThat(error.sqlState()).isEqualTo("23505");
    assertThat(error.severity()).isEqualTo("ERROR");
    assertThat(error.detail()).isEqualTo("Key (id)=(1) already exists.");
    assertThat(error.table()).isEqualTo("err_t");
    assertThat(error.constraint()).isEqualTo("err_t_pkey");
    assertThat(error.schema()).startsWith("pg_temp");
    assertThat(error.routine()).isNotBlank();
    assertThat(error.getMessage())
        .isEqualTo(
            "ERROR:  duplicate key value violates unique constraint \"err_t_pkey\"\n"
                + "DETAIL:  Key (id)=(1) already exists.");
    Throwable check = failure(connection.query("INSERT INTO err_t VALUES (2, -1)").execute());
    assertThat(check).isInstanceOf(PgCheckViolationException.class);
    assertThat(((PgException) check).constraint()).isEqualTo("err_n_positive");
    Throwable syntax = failure(connection.query("SELEC 1").execute());
    assertThat(syntax).isInstanceOf(PgSyntaxErrorException.class);
    assertThat(((PgException) syntax).position()).isEqualTo(1);
    Throwable undefined = failure(connection.query("SELECT * FROM no_such_table").execute());
    assertThat(undefined).isInstanceOf(PgUndefinedTableException.class);
  }

  @Test
  void rowsAffectedByInsertUpdateDeleteAndMerge() {
    PgConnection connection = connect();
    await(connection.query("CREATE TEMP TABLE count_t(id int PRIMARY KEY, v int)").execute());
    assertThat(
            await(
                    connection
                        .preparedQuery(
                            "INSERT INTO count_t SELECT g, 0 FROM generate_series(1, $1::int4) g")
                        .execute(Tuple.of(7)))
                .rowCount())
        .isEqualTo(7);
    assertThat(
            await(
                    connection
                        .preparedQuery("UPDATE count_t SET v = 1 WHERE id <= $1")
                        .execute(Tuple.of(3)))
                .rowCount())
        .isEqualTo(3);
    assertThat(
            await(
                    connection
                        .preparedQuery("DELETE FROM count_t WHERE id > $1")
                        .execute(Tuple.of(5)))
                .rowCount())
        .isEqualTo(2);
    RowSet<Row> selected = await(connection.preparedQuery("SELECT * FROM count_t").execute());
    assertThat(selected.rowCount()).isEqualTo(5);
    assertThat(selected.size()).isEqualTo(5);
    assumeTrue(connection.serverVersionNumber() >= 150000, "MERGE needs PostgreSQL 15");
    RowSet<Row> merged =
        await(
            connection
                .query(
                    "MERGE INTO count_t t USING (SELECT g AS id FROM generate_series(4, 9) g) s"
                        + " ON t.id = s.id WHEN MATCHED THEN UPDATE SET v = 2"
                        + " WHEN NOT MATCHED THEN INSERT VALUES (s.id, 3)")
                .execute());
    assertThat(merged.rowCount()).isEqualTo(6);
  }

  @Test
  void mappingAndCollecting() {
    PgConnection connection = connect();
    String sql = "SELECT g FROM generate_series(1, 5) g";
    RowSet<Integer> mapped =
        await(connection.preparedQuery(sql).mapping(row -> row.getInteger(0) * 10).execute());
    List<Integer> values = new ArrayList<>();
    mapped.forEach(values::add);
    assertThat(values).containsExactly(10, 20, 30, 40, 50);
    SqlResult<Integer> sum =
        await(
            connection
                .query(sql)
                .collecting(Collectors.summingInt(row -> row.getInteger(0)))
                .execute());
    assertThat(sum.value()).isEqualTo(15);
    assertThat(sum.rowCount()).isEqualTo(5);
  }

  @Test
  void batchRunsEveryTupleInOneTransaction() {
    PgConnection connection = connect();
    await(connection.query("CREATE TEMP TABLE batch_t(id int PRIMARY KEY)").execute());
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      batch.add(Tuple.of(i));
    }
    RowSet<Row> result =
        await(connection.preparedQuery("INSERT INTO batch_t VALUES ($1)").executeBatch(batch));
    int results = 0;
    for (RowSet<Row> r = result; r != null; r = r.next()) {
      assertThat(r.rowCount()).isEqualTo(1);
      results++;
    }
    assertThat(results).isEqualTo(100);
    batch.add(Tuple.of(5));
    batch.set(0, Tuple.of(1000));
    assertThat(
            failure(
                connection.preparedQuery("INSERT INTO batch_t VALUES ($1)").executeBatch(batch)))
        .isInstanceOf(PgUniqueViolationException.class);
    assertThat(
            await(connection.query("SELECT count(*) FROM batch_t WHERE id = 1000").execute())
                .iterator()
                .next()
                .getLong(0))
        .isZero();
  }

  @Test
  void terminatingTheBackendFailsInFlightQueriesAndFiresTheCloseHandler() throws Exception {
    PgConnection victim = connect();
    PgConnection killer = connect();
    CountDownLatch closed = new CountDownLatch(1);
    victim.closeHandler(v -> closed.countDown());
    Future<RowSet<Row>> sleeping = victim.query("SELECT pg_sleep(30)").execute();
    List<Future<RowSet<Row>>> queued = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      queued.add(victim.preparedQuery("SELECT 1").execute());
    }
    // Wait until the server runs the sleep, then end that backend.
    awaitActive(killer, victim.processId());
    await(
        killer
            .preparedQuery("SELECT pg_terminate_backend($1)")
            .execute(Tuple.of(victim.processId())));
    assertThat(failure(sleeping)).isInstanceOf(PgConnectionException.class);
    for (Future<RowSet<Row>> future : queued) {
      assertThat(failure(future)).isInstanceOf(PgConnectionException.class);
    }
    assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(victim.isClosed()).isTrue();
    assertThat(failure(victim.query("SELECT 1").execute()))
        .isInstanceOf(PgConnectionException.class)
        .hasMessageContaining("closed");
  }

  private static void awaitActive(PgConnection observer, int pid) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      RowSet<Row> rows =
          await(
              observer
                  .preparedQuery(
                      "SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND query LIKE '%pg_sleep%' AND state = 'active'")
                  .execute(Tuple.of(pid)));
      if (rows.size() == 1) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the backend never ran the query");
  }

  @Test
  void closeLetsIssuedCommandsFinishThenRefusesNewOnes() {
    PgConnection connection = connect();
    Future<RowSet<Row>> last = connection.query("SELECT 42").execute();
    Future<Void> closed = connection.close();
    assertThat(await(last).iterator().next().getInteger(0)).isEqualTo(42);
    await(closed);
    assertThat(failure(connection.query("SELECT 1").execute()))
        .isInstanceOf(PgConnectionException.class)
        .hasMessage("the connection is closed");
  }

  @Test
  void noticesReachTheHandler() throws Exception {
    PgConnection connection = connect();
    List<PgNotice> notices = new java.util.concurrent.CopyOnWriteArrayList<>();
    connection.noticeHandler(notices::add);
    await(connection.query("DO $$ BEGIN RAISE NOTICE 'hello %', 42; END $$").execute());
    assertThat(notices).hasSize(1);
    assertThat(notices.get(0).message()).isEqualTo("hello 42");
    assertThat(notices.get(0).severity()).isEqualTo("NOTICE");
  }

  @Test
  void anEmptyQueryGivesAnEmptyResult() {
    PgConnection connection = connect();
    assertThat(await(connection.query("").execute()).size()).isZero();
  }

  @Test
  void copyFromStdinThroughQueryIsRefusedClearly() {
    PgConnection connection = connect();
    await(connection.query("CREATE TEMP TABLE copy_t(id int)").execute());
    assertThatThrownBy(() -> await(connection.query("COPY copy_t FROM STDIN").execute()))
        .isInstanceOf(PgException.class)
        .hasMessageContaining("COPY FROM STDIN is not supported by query(); use copyIn()");
    assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
  }
}
