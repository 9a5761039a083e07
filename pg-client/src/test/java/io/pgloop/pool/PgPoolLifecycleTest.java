package io.pgloop.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.pgloop.PgPoolException;
import io.pgloop.PgPoolOptions;
import io.pgloop.test.FaultProxy;
import io.vertx.core.Future;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Sizes over time: minimum, idle and lifetime limits, the idle check, resizing, closing. */
class PgPoolLifecycleTest extends PoolTestSupport {

  private static int pid(PgConnection connection) {
    return await(connection.query("SELECT pg_backend_pid()").execute())
        .iterator()
        .next()
        .getInteger(0);
  }

  /** The backend's pid, without blocking: this runs on an event loop. */
  private static Future<Integer> backendPid(PgConnection connection) {
    return connection
        .query("SELECT pg_backend_pid()")
        .execute()
        .map(rows -> rows.iterator().next().getInteger(0));
  }

  @Test
  void theMinimumIsOpenedAtOnceAndKeptWhileIdle() {
    PgPool pool =
        pool(new PgPoolOptions().setMinSize(2).setMaxSize(4).setMaxIdle(Duration.ofMillis(100)));
    eventually(Duration.ofSeconds(10), pool.stats()::toString, () -> pool.size() == 2);
    sleep(400);
    assertThat(pool.size()).isEqualTo(2);
    await(pool.close());
  }

  @Test
  void aConnectionIdleLongerThanMaxIdleIsClosed() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(2).setMaxIdle(Duration.ofMillis(200)));
    await(pool.query("SELECT 1").execute());
    assertThat(pool.size()).isEqualTo(1);
    long start = System.nanoTime();
    eventually(Duration.ofSeconds(5), pool.stats()::toString, () -> pool.size() == 0);
    long millis = (System.nanoTime() - start) / 1_000_000;
    // Swept every 50 ms: gone between 200 ms and 200 ms plus a sweep (plus a loaded machine).
    assertThat(millis).isBetween(150L, 2000L);
    assertThat(pool.stats().closed()).isEqualTo(1);
    await(pool.close());
  }

  @Test
  void connectionsAreReplacedAtTheEndOfTheirJitteredLifetime() {
    long poolCreated = System.nanoTime();
    PgPool pool =
        pool(
            new PgPoolOptions()
                .setMinSize(1)
                .setMaxSize(1)
                .setMaxLifetime(Duration.ofMillis(400))
                .setMaxLifetimeJitter(0.5));
    int first = await(pool.withConnection(PgPoolLifecycleTest::backendPid));
    eventually(Duration.ofSeconds(5), pool.stats()::toString, () -> pool.stats().closed() >= 1);
    long millis = (System.nanoTime() - poolCreated) / 1_000_000;
    // The connection opened after the pool was created, and lives 400 ms less up to half of it:
    // never closed before 200 ms; observed within a sweep (100 ms) plus a loaded machine.
    assertThat(millis).isBetween(200L, 2400L);
    int second = await(pool.withConnection(PgPoolLifecycleTest::backendPid));
    assertThat(second).isNotEqualTo(first);
    await(pool.close());
  }

  @Test
  void aConnectionThatDiedWhileIdleIsCheckedAndReplacedUnseen() throws Exception {
    try (FaultProxy proxy = new FaultProxy(server.host(), server.port())) {
      PgPool pool =
          pool(
              options().setHost("127.0.0.1").setPort(proxy.port()),
              new PgPoolOptions().setMaxSize(1).setIdleCheckThreshold(Duration.ZERO));
      await(await(pool.getConnection()).close());
      proxy.cutOnNextWrite();
      // The check finds the dead connection; the caller gets a fresh one and never sees it.
      PgConnection connection = await(pool.getConnection());
      assertThat(pid(connection)).isPositive();
      await(connection.close());
      assertThat(pool.stats().created()).isEqualTo(2);
      assertThat(pool.stats().closed()).isEqualTo(1);
      await(pool.close());
    }
  }

  @Test
  void growingTheLivePoolServesWaitersAndShrinkingClosesIdleConnections() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(1));
    PgConnection first = await(pool.getConnection());
    Future<PgConnection> waiting = pool.getConnection();
    sleep(100);
    assertThat(waiting.isComplete()).isFalse();
    pool.setMaxSize(2);
    PgConnection second = await(waiting);
    assertThat(pool.size()).isEqualTo(2);
    await(first.close());
    await(second.close());
    pool.setMaxSize(1);
    assertThat(pool.size()).isEqualTo(1);
    assertThat(await(pool.query("SELECT 1").execute()).size()).isEqualTo(1);
    await(pool.close());
  }

  @Test
  void closeWaitsForBorrowedConnectionsThenCloses() {
    PgPool pool = pool(new PgPoolOptions().setName("closing").setMaxSize(2));
    PgConnection borrowed = await(pool.getConnection());
    await(pool.query("SELECT 1").execute());
    Future<Void> closed = pool.close();
    sleep(100);
    assertThat(closed.isComplete()).isFalse();
    assertThat(failure(pool.getConnection()))
        .isInstanceOf(PgPoolException.class)
        .hasMessage("pool 'closing' is closed");
    assertThat(failure(pool.query("SELECT 1").execute())).hasMessage("pool 'closing' is closed");
    // The borrower finishes its work, then gives the connection back.
    assertThat(await(borrowed.query("SELECT 2").execute()).size()).isEqualTo(1);
    await(borrowed.close());
    await(closed);
    assertThat(pool.size()).isZero();
  }

  @Test
  void closeGivesUpOnBorrowersAfterTheCloseTimeout() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(1).setCloseTimeout(Duration.ofMillis(200)));
    PgConnection borrowed = await(pool.getConnection());
    long start = System.nanoTime();
    await(pool.close());
    assertThat((System.nanoTime() - start) / 1_000_000).isBetween(150L, 5000L);
    assertThat(borrowed.isClosed()).isTrue();
  }

  @Test
  void waitersFailWhenThePoolCloses() {
    PgPool pool = pool(new PgPoolOptions().setName("closed-waiters").setMaxSize(1));
    PgConnection borrowed = await(pool.getConnection());
    Future<PgConnection> waiting = pool.getConnection();
    Future<Void> closed = pool.close();
    assertThat(failure(waiting)).hasMessage("pool 'closed-waiters' is closed");
    await(borrowed.close());
    await(closed);
  }

  @Test
  void aFailingConfigureHandlerIsAConnectionErrorRetriedWithBackoff() {
    PgPool pool =
        pool(
            new PgPoolOptions()
                .setName("misconfigured")
                .setMaxSize(1)
                .setAcquireTimeout(Duration.ofMillis(400))
                .setReconnectInitialDelay(Duration.ofMillis(20))
                .setConfigureHandler(
                    connection -> Future.failedFuture(new IllegalStateException("no setup"))));
    Throwable failure = failure(pool.query("SELECT 1").execute());
    assertThat(failure)
        .isInstanceOf(PgPoolException.class)
        .hasMessageEndingWith("; last connection error: no setup")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThat(pool.stats().connectionErrors()).isGreaterThanOrEqualTo(2);
    assertThat(pool.size()).isZero();
    await(pool.close());
  }
}
