package io.pgloop.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.IsolationLevel;
import io.pgloop.PgConnection;
import io.pgloop.PgInFailedSqlTransactionException;
import io.pgloop.PgPool;
import io.pgloop.PgPoolException;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.TransactionOptions;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Borrowing: exclusive use, the wait queue, timeouts, reset and transactions. */
class PgPoolBorrowTest extends PoolTestSupport {

  private static int pid(PgConnection connection) {
    return await(connection.query("SELECT pg_backend_pid()").execute())
        .iterator()
        .next()
        .getInteger(0);
  }

  @Test
  void aBorrowedConnectionCarriesNoPoolQueries() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(2));
    PgConnection borrowed = await(pool.getConnection());
    int borrowedPid = pid(borrowed);
    List<Future<Integer>> pids = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      pids.add(
          pool.query("SELECT pg_backend_pid()")
              .execute()
              .map(rows -> rows.iterator().next().getInteger(0)));
    }
    for (Future<Integer> pid : pids) {
      assertThat(await(pid)).isNotEqualTo(borrowedPid);
    }
    assertThat(pool.stats().borrowed()).isEqualTo(1);
    await(borrowed.close());
    assertThat(pool.stats().borrowed()).isZero();
    assertThatThrownBy(() -> borrowed.query("SELECT 1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "this connection was given back to pool '" + pool.name() + "' and cannot be used");
    await(pool.close());
  }

  @Test
  void theAcquireTimeoutFailsAWaiterWithThePoolState() {
    PgPool pool =
        pool(
            new PgPoolOptions()
                .setName("timeouts")
                .setMaxSize(1)
                .setAcquireTimeout(Duration.ofMillis(200)));
    PgConnection held = await(pool.getConnection());
    long start = System.nanoTime();
    Throwable failure = failure(pool.getConnection());
    long waited = (System.nanoTime() - start) / 1_000_000;
    assertThat(failure)
        .isInstanceOf(PgPoolException.class)
        .hasMessage(
            "pool 'timeouts': no connection within the acquire timeout (200 ms); size 1 of"
                + " maxSize 1: 0 idle, 1 borrowed, 0 running pool queries, 0 connecting, 1"
                + " waiting");
    assertThat(((PgPoolException) failure).sqlState()).isEqualTo("08001");
    assertThat(waited).isBetween(190L, 2000L);
    // A pool query waits for room just the same.
    assertThat(failure(pool.query("SELECT 1").execute())).isInstanceOf(PgPoolException.class);
    assertThat(pool.stats().timeouts()).isEqualTo(2);
    await(held.close());
    await(pool.close());
  }

  @Test
  void aFullWaitQueueRefusesAtOnce() {
    PgPool pool = pool(new PgPoolOptions().setName("queue").setMaxSize(1).setMaxWaitQueueSize(1));
    PgConnection held = await(pool.getConnection());
    Future<PgConnection> waiting = pool.getConnection();
    Throwable failure = failure(pool.getConnection());
    assertThat(failure)
        .isInstanceOf(PgPoolException.class)
        .hasMessage(
            "pool 'queue': the wait queue is full (maxWaitQueueSize 1); size 1 of maxSize 1: 0"
                + " idle, 1 borrowed, 0 running pool queries, 0 connecting, 1 waiting");
    assertThat(pool.stats().rejected()).isEqualTo(1);
    await(held.close());
    await(await(waiting).close());
    await(pool.close());
  }

  @Test
  void waitersAreServedFirstComeFirstServed() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(1));
    PgConnection held = await(pool.getConnection());
    List<Integer> order = new CopyOnWriteArrayList<>();
    List<Future<Void>> done = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      int index = i;
      done.add(
          pool.getConnection()
              .compose(
                  connection -> {
                    order.add(index);
                    return connection.close();
                  }));
    }
    eventually(
        Duration.ofSeconds(5),
        () -> "5 waiting: " + pool.stats(),
        () -> pool.stats().waiting() == 5);
    await(held.close());
    await(Future.all(done));
    assertThat(order).containsExactly(0, 1, 2, 3, 4);
    await(pool.close());
  }

  @Test
  void givingBackRollsBackAnOpenTransactionAndRunsTheReset() {
    AtomicInteger resets = new AtomicInteger();
    PgPool pool =
        pool(
            new PgPoolOptions()
                .setMaxSize(1)
                .setResetSql("RESET ALL")
                .setResetHandler(
                    connection -> {
                      resets.incrementAndGet();
                      return Future.succeededFuture();
                    }));
    await(pool.query("CREATE TABLE IF NOT EXISTS pool_reset(id int)").execute());
    await(pool.query("TRUNCATE pool_reset").execute());
    PgConnection first = await(pool.getConnection());
    int pid = pid(first);
    await(first.query("SET statement_timeout = 12345").execute());
    await(first.query("BEGIN").execute());
    await(first.query("INSERT INTO pool_reset VALUES (1)").execute());
    await(first.close());
    assertThat(resets.get()).isEqualTo(1);

    PgConnection second = await(pool.getConnection());
    assertThat(pid(second)).isEqualTo(pid);
    Row row =
        await(
                second
                    .query("SELECT count(*), current_setting('statement_timeout') FROM pool_reset")
                    .execute())
            .iterator()
            .next();
    assertThat(row.getLong(0)).isZero();
    assertThat(row.getString(1)).isEqualTo("0");
    await(second.close());
    await(pool.query("DROP TABLE pool_reset").execute());
    await(pool.close());
  }

  @Test
  void withTransactionCommitsOnSuccessAndRollsBackOnFailure() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(2));
    await(pool.query("CREATE TABLE IF NOT EXISTS pool_tx(id int)").execute());
    await(pool.query("TRUNCATE pool_tx").execute());
    PgConnection other = connect();

    Integer result =
        await(
            pool.withTransaction(
                connection ->
                    connection.query("INSERT INTO pool_tx VALUES (1)").execute().map(rows -> 7)));
    assertThat(result).isEqualTo(7);
    assertThat(count(other, "SELECT count(*) FROM pool_tx WHERE id = 1")).isEqualTo(1);

    Throwable failure =
        failure(
            pool.withTransaction(
                connection ->
                    connection
                        .query("INSERT INTO pool_tx VALUES (2)")
                        .execute()
                        .compose(rows -> Future.failedFuture(new IllegalStateException("no")))));
    assertThat(failure).isInstanceOf(IllegalStateException.class).hasMessage("no");
    assertThat(count(other, "SELECT count(*) FROM pool_tx WHERE id = 2")).isZero();

    // A statement that failed inside makes COMMIT roll back: that is not reported as a success.
    Throwable swallowed =
        failure(
            pool.withTransaction(
                connection ->
                    connection.query("SELECT 1/0").execute().otherwiseEmpty().mapEmpty()));
    assertThat(swallowed)
        .isInstanceOf(PgInFailedSqlTransactionException.class)
        .hasMessageStartingWith("the transaction had failed, so COMMIT rolled it back");

    // The options reach BEGIN.
    String isolation =
        await(
            pool.withTransaction(
                new TransactionOptions()
                    .setIsolationLevel(IsolationLevel.SERIALIZABLE)
                    .setReadOnly(true),
                connection ->
                    connection
                        .query("SHOW transaction_isolation")
                        .execute()
                        .map(rows -> rows.iterator().next().getString(0))));
    assertThat(isolation).isEqualTo("serializable");

    Integer viaWithConnection = await(pool.withConnection(connection -> Future.succeededFuture(3)));
    assertThat(viaWithConnection).isEqualTo(3);
    assertThat(pool.stats().borrowed()).isZero();
    await(pool.query("DROP TABLE pool_tx").execute());
    await(pool.close());
  }

  private static long count(PgConnection connection, String sql) {
    return await(connection.query(sql).execute()).iterator().next().getLong(0);
  }

  @Test
  void theConfigureHandlerRunsOnEachNewConnection() {
    AtomicInteger configured = new AtomicInteger();
    PgPool pool =
        pool(
            new PgPoolOptions()
                .setMaxSize(2)
                .setConfigureHandler(
                    connection -> {
                      configured.incrementAndGet();
                      return connection
                          .query("SET application_name = 'configured'")
                          .execute()
                          .mapEmpty();
                    }));
    Row row = await(pool.query("SHOW application_name").execute()).iterator().next();
    assertThat(row.getString(0)).isEqualTo("configured");
    assertThat(configured.get()).isEqualTo(1);
    await(pool.close());
  }
}
