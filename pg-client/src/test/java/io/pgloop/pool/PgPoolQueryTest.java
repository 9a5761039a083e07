package io.pgloop.pool;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.PgConnection;
import io.pgloop.PgPool;
import io.pgloop.PgPoolOptions;
import io.pgloop.Row;
import io.pgloop.RowSet;
import io.pgloop.SqlResult;
import io.pgloop.Tuple;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pool queries: borrowed, run and given back; pipelined over few connections. */
class PgPoolQueryTest extends PoolTestSupport {

  @Test
  void poolQueriesMapCollectAndBatch() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(2));
    RowSet<Row> simple = await(pool.query("SELECT 1 AS one; SELECT 'two'").execute());
    assertThat(simple.iterator().next().getInteger("one")).isEqualTo(1);
    assertThat(simple.next().iterator().next().getString(0)).isEqualTo("two");

    RowSet<Integer> mapped =
        await(
            pool.preparedQuery("SELECT generate_series(1, $1::int4)")
                .mapping(row -> row.getInteger(0) * 10)
                .execute(Tuple.of(3)));
    assertThat(mapped).containsExactly(10, 20, 30);

    SqlResult<String> collected =
        await(
            pool.preparedQuery("SELECT generate_series(1, 3)::text")
                .collecting(Collectors.mapping(row -> row.getString(0), Collectors.joining(",")))
                .execute());
    assertThat(collected.value()).isEqualTo("1,2,3");

    await(pool.query("CREATE TABLE IF NOT EXISTS pool_batch(id int)").execute());
    await(pool.query("TRUNCATE pool_batch").execute());
    RowSet<Row> batch =
        await(
            pool.preparedQuery("INSERT INTO pool_batch VALUES ($1)")
                .executeBatch(List.of(Tuple.of(1), Tuple.of(2), Tuple.of(3))));
    assertThat(batch.rowCount()).isEqualTo(1);
    assertThat(batch.next().next().rowCount()).isEqualTo(1);
    Row count = await(pool.query("SELECT count(*) FROM pool_batch").execute()).iterator().next();
    assertThat(count.getLong(0)).isEqualTo(3);
    await(pool.query("DROP TABLE pool_batch").execute());
    await(pool.close());
  }

  @Test
  void aFailingPoolQueryFailsAloneAndKeepsItsConnection() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(1));
    Throwable failure = failure(pool.query("SELECT 1/0").execute());
    assertThat(failure).hasMessageContaining("division by zero");
    assertThat(await(pool.query("SELECT 2").execute()).iterator().next().getInteger(0))
        .isEqualTo(2);
    assertThat(pool.stats().created()).isEqualTo(1);
    assertThat(pool.stats().closed()).isZero();
    await(pool.close());
  }

  @Test
  void twoHundredFiftySixCallersOverFourConnectionsArePipelined() throws Exception {
    String app = "pool-pipelining";
    PgPool pool =
        pool(options().setApplicationName(app), new PgPoolOptions().setMaxSize(4).setName(app));
    PgConnection observer = connect();
    int callers = 256;
    int perCaller = 40;
    AtomicInteger maxInFlight = new AtomicInteger();
    AtomicInteger wrong = new AtomicInteger();
    List<Future<Void>> done = new ArrayList<>();
    for (int caller = 0; caller < callers; caller++) {
      done.add(loop(pool, caller * 1000, perCaller, wrong, maxInFlight));
    }
    int maxBackends = 0;
    Future<Void> all = Future.all(done).mapEmpty();
    while (!all.isComplete()) {
      Row row =
          await(
                  observer
                      .preparedQuery(
                          "SELECT count(*)::int4 FROM pg_stat_activity WHERE application_name = $1")
                      .execute(Tuple.of(app)))
              .iterator()
              .next();
      maxBackends = Math.max(maxBackends, row.getInteger(0));
      sleep(5);
    }
    await(all);
    assertThat(wrong.get()).isZero();
    assertThat(maxBackends).isBetween(1, 4);
    assertThat(pool.stats().created()).isLessThanOrEqualTo(4);
    // 256 callers on at most 4 connections: most queries shared a connection with others.
    assertThat(maxInFlight.get()).isGreaterThan(4);
    assertThat(pool.stats().acquired()).isEqualTo((long) callers * perCaller);
    await(pool.close());
  }

  /** One caller: {@code count} queries in a row, each checking its own answer. */
  private Future<Void> loop(
      PgPool pool, int base, int count, AtomicInteger wrong, AtomicInteger maxInFlight) {
    if (count == 0) {
      return Future.succeededFuture();
    }
    int value = base + count;
    Future<RowSet<Row>> result = pool.preparedQuery("SELECT $1::int4").execute(Tuple.of(value));
    maxInFlight.accumulateAndGet(pool.stats().queriesInFlight(), Math::max);
    return result.compose(
        rows -> {
          if (rows.iterator().next().getInteger(0) != value) {
            wrong.incrementAndGet();
          }
          return loop(pool, base, count - 1, wrong, maxInFlight);
        });
  }

  @Test
  void aPoolQueryThatLeavesATransactionOpenIsRolledBack() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(1));
    await(pool.query("CREATE TABLE IF NOT EXISTS pool_dirty(id int)").execute());
    await(pool.query("TRUNCATE pool_dirty").execute());
    await(pool.query("BEGIN; INSERT INTO pool_dirty VALUES (1)").execute());
    Row row = await(pool.query("SELECT count(*) FROM pool_dirty").execute()).iterator().next();
    assertThat(row.getLong(0)).isZero();
    await(pool.query("DROP TABLE pool_dirty").execute());
    await(pool.close());
  }

  @Test
  void oneCallerAtATimeNeedsOneConnection() {
    PgPool pool = pool(new PgPoolOptions().setMaxSize(4));
    for (int i = 0; i < 20; i++) {
      await(pool.preparedQuery("SELECT $1::int4").execute(Tuple.of(i)));
    }
    assertThat(pool.stats().created()).isEqualTo(1);
    await(pool.close());
  }
}
