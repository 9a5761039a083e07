package io.pgloop.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnection;
import io.pgloop.PgException;
import io.pgloop.PgPool;
import io.pgloop.PgPoolException;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.Tuple;
import io.pgloop.test.FaultProxy;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Broken connections are evicted; a server that goes away is reconnected to with backoff. */
class PgPoolFaultTest extends PoolTestSupport {

  private static List<Future<RowSet<Row>>> queries(PgPool pool, int count) {
    List<Future<RowSet<Row>>> results = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      results.add(pool.preparedQuery("SELECT $1::int4").execute(Tuple.of(i)));
    }
    return results;
  }

  @Test
  void terminatingEveryBackendIsSurvived() {
    String app = "pool-terminated";
    PgPool pool =
        pool(options().setApplicationName(app), new PgPoolOptions().setMinSize(4).setMaxSize(4));
    eventually(Duration.ofSeconds(10), pool.stats()::toString, () -> pool.size() == 4);
    queries(pool, 64).forEach(PgPoolFaultTest::await);

    PgConnection admin = connect();
    Row killed =
        await(
                admin
                    .preparedQuery(
                        "SELECT count(pg_terminate_backend(pid))::int4 FROM pg_stat_activity"
                            + " WHERE application_name = $1")
                    .execute(Tuple.of(app)))
            .iterator()
            .next();
    assertThat(killed.getInteger(0)).isEqualTo(4);
    eventually(Duration.ofSeconds(10), pool.stats()::toString, () -> pool.stats().closed() >= 4);

    for (Future<RowSet<Row>> result : queries(pool, 64)) {
      assertThat(await(result).size()).isEqualTo(1);
    }
    assertThat(pool.stats().created()).isGreaterThanOrEqualTo(5);
    await(pool.close());
  }

  @Test
  void aConnectionKilledWhileBorrowedFailsItsCommandAndIsNeverHandedOutAgain() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(1));
    PgConnection borrowed = await(pool.getConnection());
    AtomicBoolean closeHandlerRan = new AtomicBoolean();
    borrowed.closeHandler(v -> closeHandlerRan.set(true));
    int pid = borrowed.processId();
    Future<RowSet<Row>> sleeping = borrowed.query("SELECT pg_sleep(30)").execute();
    PgConnection admin = connect();
    await(admin.preparedQuery("SELECT pg_terminate_backend($1)").execute(Tuple.of(pid)));
    Throwable failure = failure(sleeping);
    assertThat(failure).isInstanceOf(PgException.class);
    eventually(Duration.ofSeconds(5), () -> "close handler", closeHandlerRan::get);
    await(borrowed.close());

    PgConnection next = await(pool.getConnection());
    assertThat(next.processId()).isNotEqualTo(pid);
    await(next.close());
    assertThat(pool.stats().closed()).isEqualTo(1);
    await(pool.close());
  }

  @Test
  void aServerThatGoesAwayIsReconnectedToWithBackoff() throws Exception {
    try (FaultProxy proxy = new FaultProxy(server.host(), server.port())) {
      PgPool pool =
          pool(
              options().setHost("127.0.0.1").setPort(proxy.port()),
              new PgPoolOptions()
                  .setName("unreachable")
                  .setMinSize(1)
                  .setMaxSize(2)
                  .setAcquireTimeout(Duration.ofMillis(500))
                  .setReconnectInitialDelay(Duration.ofMillis(50))
                  .setReconnectMaxDelay(Duration.ofMillis(200)));
      await(pool.query("SELECT 1").execute());

      proxy.refuse();
      proxy.cutAll();
      eventually(Duration.ofSeconds(5), pool.stats()::toString, () -> pool.size() == 0);
      long errorsBefore = pool.stats().connectionErrors();
      Throwable failure = failure(pool.query("SELECT 1").execute());
      assertThat(failure)
          .isInstanceOf(PgPoolException.class)
          .hasMessageStartingWith(
              "pool 'unreachable': no connection within the acquire timeout (500 ms); size 0 of"
                  + " maxSize 2: 0 idle, 0 borrowed, 0 running pool queries, ")
          .hasMessageContaining("1 waiting; last connection error: ");
      sleep(1000);
      // Backoff: 50, 100, 200, 200... ms, not a busy loop, and the pool keeps trying by itself.
      long attempts = pool.stats().connectionErrors() - errorsBefore;
      assertThat(attempts).isBetween(3L, 30L);

      proxy.accept();
      eventually(Duration.ofSeconds(10), pool.stats()::toString, () -> pool.size() == 1);
      assertThat(await(pool.query("SELECT 1").execute()).size()).isEqualTo(1);
      await(pool.close());
    }
  }
}
