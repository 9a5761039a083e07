package io.pgloop.mutiny;

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
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import java.time.Duration;
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
 * The core's connection scenarios through the generated Mutiny API, against the test server: each
 * {@code Future} is a lazy {@code Uni}, and each {@code Uni} method has its {@code AndAwait} and
 * {@code AndForget} variants.
 */
class PgConnectionTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final TestServer server = TestServer.shared();

  private Vertx vertx;
  private final List<PgConnection> opened = new ArrayList<>();

  @BeforeEach
  void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stopVertx() throws Exception {
    for (PgConnection connection : opened) {
      connection.close().await().atMost(TIMEOUT);
    }
    vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
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
    PgConnection connection = PgConnection.connect(vertx, options()).await().atMost(TIMEOUT);
    opened.add(connection);
    return connection;
  }

  @Test
  void connectQueryAndCloseInOneUniChain() {
    Integer sum =
        PgConnection.connect(vertx, options())
            .flatMap(
                connection ->
                    connection
                        .preparedQuery("SELECT $1::int4 + $2::int4")
                        .execute(Tuple.of(40, 2))
                        .map(rows -> rows.iterator().next().getInteger(0))
                        .eventually(connection::close))
            .await()
            .atMost(TIMEOUT);

    assertThat(sum).isEqualTo(42);
  }

  @Test
  void connectWithAConnectionString() {
    PgConnection connection =
        PgConnection.connectAndAwait(
            vertx,
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
                + "?sslmode=disable");
    opened.add(connection);

    assertThat(connection.isClosed()).isFalse();
    assertThat(connection.processId()).isPositive();
    assertThat(connection.serverVersionNumber()).isGreaterThanOrEqualTo(100000);
    assertThat(connection.parameterStatus("client_encoding")).isEqualTo("UTF8");
  }

  @Test
  void aSimpleQueryGivesOneResultPerStatement() {
    PgConnection connection = connect();

    RowSet<Row> first =
        connection
            .query(
                "CREATE TEMP TABLE simple_t(id int, name text);"
                    + "INSERT INTO simple_t VALUES (1, 'a'), (2, NULL);"
                    + "SELECT id, name FROM simple_t ORDER BY id")
            .executeAndAwait();

    RowSet<Row> select = first.next().next();
    assertThat(first.next().rowCount()).isEqualTo(2);
    assertThat(select.columnsNames()).containsExactly("id", "name");
    List<String> names = new ArrayList<>();
    select.forEach(row -> names.add(row.getString("name")));
    assertThat(names).containsExactly("a", null);
  }

  @Test
  void aUniRunsTheQueryOnEachSubscriptionAndNotBefore() {
    PgConnection connection = connect();
    connection.query("CREATE TEMP TABLE lazy_t(id int)").executeAndAwait();

    Uni<RowSet<Row>> insert = connection.query("INSERT INTO lazy_t VALUES (1)").execute();
    assertThat(count(connection, "lazy_t")).isZero();
    insert.await().atMost(TIMEOUT);
    insert.await().atMost(TIMEOUT);

    assertThat(count(connection, "lazy_t")).isEqualTo(2);
  }

  @Test
  void preparedQueryWithParameters() {
    PgConnection connection = connect();

    Row row =
        connection
            .preparedQuery("SELECT $1::text || '!', $2::int8 * 2, $3::int4")
            .executeAndAwait(Tuple.of("hello", 21L, null))
            .iterator()
            .next();

    assertThat(row.getString(0)).isEqualTo("hello!");
    assertThat(row.getLong(1)).isEqualTo(42L);
    assertThat(row.getInteger(2)).isNull();
  }

  @Test
  void batchRunsEveryTuple() {
    PgConnection connection = connect();
    connection.query("CREATE TEMP TABLE batch_t(id int PRIMARY KEY)").executeAndAwait();
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      batch.add(Tuple.of(i));
    }

    RowSet<Row> result =
        connection.preparedQuery("INSERT INTO batch_t VALUES ($1)").executeBatchAndAwait(batch);

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
        connection.preparedQuery(sql).mapping(row -> row.getInteger(0) * 10).executeAndAwait();
    SqlResult<Integer> sum =
        connection
            .query(sql)
            .collecting(Collectors.summingInt(row -> row.getInteger(0)))
            .executeAndAwait();

    List<Integer> values = new ArrayList<>();
    mapped.forEach(values::add);
    assertThat(values).containsExactly(10, 20, 30, 40, 50);
    assertThat(sum.value()).isEqualTo(15);
    assertThat(sum.rowCount()).isEqualTo(5);
  }

  @Test
  void aServerErrorFailsTheUniWithItsPgExceptionClass() {
    PgConnection connection = connect();
    connection
        .query("CREATE TEMP TABLE err_t(id int PRIMARY KEY); INSERT INTO err_t VALUES (1)")
        .executeAndAwait();
    PreparedQuery<RowSet<Row>> insert = connection.preparedQuery("INSERT INTO err_t VALUES ($1)");

    assertThatThrownBy(() -> insert.executeAndAwait(Tuple.of(1)))
        .isInstanceOf(PgUniqueViolationException.class)
        .hasMessageContaining("duplicate key value violates unique constraint \"err_t_pkey\"");
    String recovered =
        insert
            .execute(Tuple.of(1))
            .map(rows -> "inserted")
            .onFailure(PgUniqueViolationException.class)
            .recoverWithItem(e -> ((PgUniqueViolationException) e).constraint())
            .await()
            .atMost(TIMEOUT);
    assertThat(recovered).isEqualTo("err_t_pkey");
    assertThat(insert.executeAndAwait(Tuple.of(2)).rowCount()).isEqualTo(1);
  }

  @Test
  void noticesReachTheHandler() {
    PgConnection connection = connect();
    List<PgNotice> notices = new CopyOnWriteArrayList<>();

    PgConnection self = connection.noticeHandler(notices::add);
    connection.query("DO $$ BEGIN RAISE NOTICE 'hello %', 42; END $$").executeAndAwait();

    assertThat(self).isSameAs(connection);
    assertThat(notices).extracting(PgNotice::message).containsExactly("hello 42");
  }

  @Test
  void closeCompletesTheUniThenNewQueriesFail() throws InterruptedException {
    PgConnection connection = PgConnection.connectAndAwait(vertx, options());
    CountDownLatch closed = new CountDownLatch(1);
    connection.closeHandler(() -> closed.countDown());

    connection.closeAndAwait();

    assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(connection.isClosed()).isTrue();
    assertThatThrownBy(() -> connection.query("SELECT 1").executeAndAwait())
        .isInstanceOf(PgConnectionException.class)
        .hasMessage("the connection is closed");
  }

  @Test
  void andForgetSubscribesWithoutWaiting() throws InterruptedException {
    PgConnection connection = PgConnection.connectAndAwait(vertx, options());
    CountDownLatch closed = new CountDownLatch(1);
    connection.closeHandler(() -> closed.countDown());

    connection.closeAndForget();

    assertThat(closed.await(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void wrappersDelegateAndCompareByTheirCoreObject() {
    PgConnection connection = connect();

    assertThat(PgConnection.newInstance(connection.getDelegate())).isEqualTo(connection);
    assertThat(PgConnection.newInstance(null)).isNull();
    assertThat(connection.toString()).isEqualTo(connection.getDelegate().toString());
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static long count(PgConnection connection, String table) {
    return connection
        .query("SELECT count(*) FROM " + table)
        .executeAndAwait()
        .iterator()
        .next()
        .getLong(0);
  }
}
