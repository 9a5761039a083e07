package io.pgloop.rxjava3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.PgConnectOptions;
import io.pgloop.PgConnectionException;
import io.pgloop.PgNotice;
import io.pgloop.PgUniqueViolationException;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.SqlResult;
import io.pgloop.SslMode;
import io.pgloop.Tuple;
import io.pgloop.embedded.junit.TestServer;
import io.reactivex.rxjava3.core.Single;
import io.vertx.rxjava3.core.Vertx;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core's connection scenarios through the generated RxJava 3 API, against the test server, on
 * the {@code Vertx} of Vert.x's own RxJava 3 API: each {@code Future} is a lazy {@code Single}, or
 * a {@code Completable} when it carries no value.
 */
class PgConnectionTest {

  private static final long TIMEOUT_SECONDS = 30;
  private static final TestServer server = TestServer.shared();

  private Vertx vertx;
  private final List<PgConnection> opened = new ArrayList<>();

  @BeforeEach
  void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stopVertx() {
    for (PgConnection connection : opened) {
      connection.close().blockingAwait(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
    vertx.close().blockingAwait(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private static PgConnectOptions options() {
    return new PgConnectOptions()
        .setHost(server.host())
        .setPort(server.port())
        .setDatabase(server.database())
        .setUser(server.user())
        .setPassword(server.password())
        .setSslMode(SslMode.DISABLE);
  }

  private PgConnection connect() {
    PgConnection connection = await(PgConnection.connect(vertx, options()));
    opened.add(connection);
    return connection;
  }

  private static <T> T await(Single<T> single) {
    return single.timeout(TIMEOUT_SECONDS, TimeUnit.SECONDS).blockingGet();
  }

  @Test
  void connectQueryAndCloseInOneChain() {
    Single<Integer> sum =
        PgConnection.connect(vertx, options())
            .flatMap(
                connection ->
                    connection
                        .preparedQuery("SELECT $1::int4 + $2::int4")
                        .execute(Tuple.of(40, 2))
                        .map(rows -> rows.iterator().next().getInteger(0))
                        .flatMap(value -> connection.close().toSingleDefault(value)));

    sum.test().awaitDone(TIMEOUT_SECONDS, TimeUnit.SECONDS).assertValue(42).assertComplete();
  }

  @Test
  void connectWithTheCoreVertxOrAConnectionString() {
    PgConnection connection =
        await(
            PgConnection.connect(
                vertx.getDelegate(),
                "postgresql://"
                    + encode(server.user())
                    + ":"
                    + encode(server.password())
                    + "@"
                    + server.host()
                    + ":"
                    + server.port()
                    + "/"
                    + server.database()
                    + "?sslmode=disable"));
    opened.add(connection);

    assertThat(connection.isClosed()).isFalse();
    assertThat(connection.processId()).isPositive();
    assertThat(connection.parameterStatus("client_encoding")).isEqualTo("UTF8");
  }

  @Test
  void aSimpleQueryGivesOneResultPerStatement() {
    PgConnection connection = connect();

    RowSet<Row> first =
        await(
            connection
                .query(
                    "CREATE TEMP TABLE simple_t(id int, name text);"
                        + "INSERT INTO simple_t VALUES (1, 'a'), (2, NULL);"
                        + "SELECT id, name FROM simple_t ORDER BY id")
                .execute());

    RowSet<Row> select = first.next().next();
    assertThat(first.next().rowCount()).isEqualTo(2);
    List<String> names = new ArrayList<>();
    select.forEach(row -> names.add(row.getString("name")));
    assertThat(names).containsExactly("a", null);
  }

  @Test
  void aSingleRunsTheQueryOnEachSubscriptionAndNotBefore() {
    PgConnection connection = connect();
    await(connection.query("CREATE TEMP TABLE lazy_t(id int)").execute());

    Single<RowSet<Row>> insert = connection.query("INSERT INTO lazy_t VALUES (1)").execute();
    assertThat(count(connection, "lazy_t")).isZero();
    await(insert);
    await(insert);

    assertThat(count(connection, "lazy_t")).isEqualTo(2);
  }

  @Test
  void preparedQueryWithParameters() {
    PgConnection connection = connect();

    Row row =
        await(
                connection
                    .preparedQuery("SELECT $1::text || '!', $2::int8 * 2, $3::int4")
                    .execute(Tuple.of("hello", 21L, null)))
            .iterator()
            .next();

    assertThat(row.getString(0)).isEqualTo("hello!");
    assertThat(row.getLong(1)).isEqualTo(42L);
    assertThat(row.getInteger(2)).isNull();
  }

  @Test
  void batchRunsEveryTuple() {
    PgConnection connection = connect();
    await(connection.query("CREATE TEMP TABLE batch_t(id int PRIMARY KEY)").execute());
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      batch.add(Tuple.of(i));
    }

    RowSet<Row> result =
        await(connection.preparedQuery("INSERT INTO batch_t VALUES ($1)").executeBatch(batch));

    int results = 0;
    for (RowSet<Row> r = result; r != null; r = r.next()) {
      assertThat(r.rowCount()).isEqualTo(1);
      results++;
    }
    assertThat(results).isEqualTo(10);
    assertThat(count(connection, "batch_t")).isEqualTo(10);
  }

  @Test
  void mappingAndCollecting() {
    PgConnection connection = connect();
    String sql = "SELECT g FROM generate_series(1, 5) g";

    RowSet<Integer> mapped =
        await(connection.preparedQuery(sql).mapping(row -> row.getInteger(0) * 10).execute());
    SqlResult<Integer> sum =
        await(
            connection
                .query(sql)
                .collecting(Collectors.summingInt(row -> row.getInteger(0)))
                .execute());

    List<Integer> values = new ArrayList<>();
    mapped.forEach(values::add);
    assertThat(values).containsExactly(10, 20, 30, 40, 50);
    assertThat(sum.value()).isEqualTo(15);
    assertThat(sum.rowCount()).isEqualTo(5);
  }

  @Test
  void aServerErrorFailsTheSingleWithItsPgExceptionClass() {
    PgConnection connection = connect();
    await(
        connection
            .query("CREATE TEMP TABLE err_t(id int PRIMARY KEY); INSERT INTO err_t VALUES (1)")
            .execute());
    PreparedQuery<RowSet<Row>> insert = connection.preparedQuery("INSERT INTO err_t VALUES ($1)");

    insert
        .execute(Tuple.of(1))
        .test()
        .awaitDone(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .assertError(PgUniqueViolationException.class)
        .assertError(e -> e.getMessage().contains("\"err_t_pkey\""));
    String recovered =
        await(
            insert
                .execute(Tuple.of(1))
                .map(rows -> "inserted")
                .onErrorReturn(
                    e ->
                        e instanceof PgUniqueViolationException unique
                            ? unique.constraint()
                            : "other"));
    assertThat(recovered).isEqualTo("err_t_pkey");
    assertThat(await(insert.execute(Tuple.of(2))).rowCount()).isEqualTo(1);
  }

  @Test
  void noticesReachTheHandler() {
    PgConnection connection = connect();
    List<PgNotice> notices = new CopyOnWriteArrayList<>();

    PgConnection self = connection.noticeHandler(notices::add);
    await(connection.query("DO $$ BEGIN RAISE NOTICE 'hello %', 42; END $$").execute());

    assertThat(self).isSameAs(connection);
    assertThat(notices).extracting(PgNotice::message).containsExactly("hello 42");
  }

  @Test
  void closeIsACompletableThenNewQueriesFail() throws InterruptedException {
    PgConnection connection = await(PgConnection.connect(vertx, options()));
    CountDownLatch closed = new CountDownLatch(1);
    connection.closeHandler(v -> closed.countDown());

    connection.close().test().awaitDone(TIMEOUT_SECONDS, TimeUnit.SECONDS).assertComplete();

    assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(connection.isClosed()).isTrue();
    assertThatThrownBy(() -> await(connection.query("SELECT 1").execute()))
        .isInstanceOf(PgConnectionException.class)
        .hasMessage("the connection is closed");
  }

  @Test
  void wrappersDelegateAndCompareByTheirCoreObject() {
    PgConnection connection = connect();

    assertThat(PgConnection.newInstance(connection.getDelegate())).isEqualTo(connection);
    assertThat(PgConnection.newInstance(null)).isNull();
    assertThat(connection.toString()).isEqualTo(connection.getDelegate().toString());
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static long count(PgConnection connection, String table) {
    return await(connection.query("SELECT count(*) FROM " + table).execute())
        .iterator()
        .next()
        .getLong(0);
  }
}
