package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Query timeouts: per query, connection-wide, for queued and executing queries, and for the
 * statements of an explicit pipeline.
 */
class PgConnectionQueryTimeoutTest extends PgTestBase {

  @Test
  void aQueryPastItsTimeoutFailsAndIsCancelledOnTheServer() {
    PgConnection connection = connect();
    long start = System.nanoTime();
    Throwable failure =
        failure(connection.query("SELECT pg_sleep(10)").timeout(Duration.ofMillis(200)).execute());
    assertThat(failure)
        .isInstanceOf(PgQueryTimeoutException.class)
        .isInstanceOf(PgQueryCanceledException.class)
        .hasMessage("query timed out after 200 ms; a cancel request was sent to the server");
    PgQueryTimeoutException timeout = (PgQueryTimeoutException) failure;
    assertThat(timeout.sqlState()).isEqualTo("57014");
    assertThat(timeout.timeout()).isEqualTo(Duration.ofMillis(200));
    assertThat(timeout.wasSent()).isTrue();
    assertThat(timeout.isServerError()).isFalse();
    // The server stopped sleeping: the next query answers long before the 10 s are up.
    settle(connection);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aPreparedQueryAndABatchTimeOutToo() {
    PgConnection connection = connect();
    PreparedQuery<RowSet<Row>> sleep =
        connection.preparedQuery("SELECT pg_sleep($1)").timeout(Duration.ofMillis(200));
    assertThat(failure(sleep.execute(Tuple.of(10.0)))).isInstanceOf(PgQueryTimeoutException.class);
    settle(connection);
    assertThat(failure(sleep.executeBatch(List.of(Tuple.of(0.0), Tuple.of(10.0)))))
        .isInstanceOf(PgQueryTimeoutException.class);
    settle(connection);
    assertThat(await(sleep.execute(Tuple.of(0.0))).size()).isEqualTo(1);
    // Mapping keeps the timeout.
    assertThat(failure(sleep.mapping(row -> row).execute(Tuple.of(10.0))))
        .isInstanceOf(PgQueryTimeoutException.class);
  }

  @Test
  void theConnectionWideTimeoutAppliesUnlessAQueryOverridesIt() {
    PgConnection connection = connect(options().setQueryTimeout(Duration.ofMillis(300)));
    assertThat(failure(connection.query("SELECT pg_sleep(10)").execute()))
        .hasMessage("query timed out after 300 ms; a cancel request was sent to the server");
    settle(connection);
    assertThat(
            await(connection.query("SELECT pg_sleep(0.6)").timeout(Duration.ZERO).execute()).size())
        .isEqualTo(1);
    assertThat(
            failure(
                connection
                    .preparedQuery("SELECT pg_sleep(10)")
                    .timeout(Duration.ofSeconds(1))
                    .execute()))
        .hasMessage("query timed out after 1 s; a cancel request was sent to the server");
    settle(connection);
    // Transaction control is not subject to it.
    Transaction tx = await(connection.begin());
    await(tx.commit());
  }

  @Test
  void aQueuedQueryPastItsTimeoutIsDroppedUnsentAndTheOneRunningIsLeftAlone() {
    PgConnection connection = connect(options().setPipeliningLimit(1));
    Future<RowSet<Row>> running = connection.query("SELECT pg_sleep(0.8)").execute();
    Future<RowSet<Row>> queued =
        connection.query("SELECT 42").timeout(Duration.ofMillis(100)).execute();
    Throwable failure = failure(queued);
    assertThat(failure)
        .hasMessage(
            "query timed out after 100 ms while waiting for its turn on the connection;"
                + " it was not sent");
    assertThat(((PgQueryTimeoutException) failure).wasSent()).isFalse();
    assertThat(await(running).size()).isEqualTo(1);
    settle(connection);
  }

  @Test
  void aPipelinedQueryPastItsTimeoutIsCancelledOnlyOnceItRuns() {
    PgConnection connection = connect();
    Future<RowSet<Row>> before = connection.query("SELECT pg_sleep(0.8)").execute();
    Future<RowSet<Row>> timed =
        connection.query("SELECT pg_sleep(10)").timeout(Duration.ofMillis(200)).execute();
    long start = System.nanoTime();
    assertThat(failure(timed)).isInstanceOf(PgQueryTimeoutException.class);
    // The query ahead of it is not the one cancelled.
    assertThat(await(before).size()).isEqualTo(1);
    settle(connection);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aPipelineStatementPastItsTimeoutIsCancelledAndAbortsTheRestOfItsSegment() {
    PgConnection connection = connect();
    List<Future<RowSet<Row>>> f = new ArrayList<>();
    List<Future<Void>> sync = new ArrayList<>();
    long start = System.nanoTime();
    await(
        connection.pipeline(
            p -> {
              f.add(p.query("SELECT 1").execute());
              f.add(
                  p.preparedQuery("SELECT pg_sleep($1)")
                      .timeout(Duration.ofMillis(200))
                      .execute(Tuple.of(10.0)));
              f.add(p.query("SELECT 2").execute());
              sync.add(p.sync());
              return Future.succeededFuture();
            }));
    assertThat(await(f.get(0)).size()).isEqualTo(1);
    Throwable timedOut = failure(f.get(1));
    assertThat(timedOut)
        .isInstanceOf(PgQueryTimeoutException.class)
        .hasMessage("query timed out after 200 ms; a cancel request was sent to the server");
    assertThat(failure(f.get(2))).isInstanceOf(PgPipelineAbortedException.class);
    assertThat(await(sync.get(0))).as("the sync ending the segment").isNull();
    // The server stopped sleeping: the pipeline ended long before the 10 s were up.
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    settle(connection);
  }

  @Test
  void aPipelineStatementPastItsTimeoutBeforeItIsWrittenIsDroppedAndItsSegmentGoesOn() {
    // A limit of 1: the pipeline waits, unwritten, behind the running query.
    PgConnection connection = connect(options().setPipeliningLimit(1));
    Future<RowSet<Row>> running = connection.query("SELECT pg_sleep(0.8)").execute();
    List<Future<RowSet<Row>>> f = new ArrayList<>();
    await(
        connection.pipeline(
            p -> {
              f.add(p.query("SELECT 42").timeout(Duration.ofMillis(100)).execute());
              f.add(p.query("SELECT 43").execute());
              return Future.succeededFuture();
            }));
    Throwable dropped = failure(f.get(0));
    assertThat(dropped)
        .hasMessage(
            "query timed out after 100 ms while waiting for its turn on the connection;"
                + " it was not sent");
    assertThat(((PgQueryTimeoutException) dropped).wasSent()).isFalse();
    assertThat(await(f.get(1)).iterator().next().getInteger(0)).isEqualTo(43);
    assertThat(await(running).size()).isEqualTo(1);
  }

  @Test
  void theConnectionWideTimeoutAppliesToPipelineStatements() {
    PgConnection connection = connect(options().setQueryTimeout(Duration.ofMillis(300)));
    List<Future<RowSet<Row>>> f = new ArrayList<>();
    await(
        connection.pipeline(
            p -> {
              f.add(p.query("SELECT pg_sleep(10)").execute());
              f.add(p.query("SELECT pg_sleep(0.6)").timeout(Duration.ZERO).execute());
              return Future.succeededFuture();
            }));
    assertThat(failure(f.get(0)))
        .hasMessage("query timed out after 300 ms; a cancel request was sent to the server");
    assertThat(failure(f.get(1))).isInstanceOf(PgPipelineAbortedException.class);
    settle(connection);
    await(
        connection.pipeline(
            p -> {
              f.add(p.query("SELECT pg_sleep(0.6)").timeout(Duration.ZERO).execute());
              return Future.succeededFuture();
            }));
    assertThat(await(f.get(2)).size()).isEqualTo(1);
  }

  @Test
  void aNegativeTimeoutIsRefused() {
    PgConnection connection = connect();
    assertThatThrownBy(() -> connection.query("SELECT 1").timeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a query timeout must be zero (none) or positive: PT-0.001S");
    assertThatThrownBy(() -> options().setQueryTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("queryTimeout must not be negative: PT-1S");
  }

  /**
   * Waits until the connection answers again. A statement sent right behind a cancelled one may be
   * cancelled too: servers before 14 can signal the backend twice for one cancel request, as {@link
   * PgConnection#cancelRequest()} documents. Three tries bound it.
   */
  private static void settle(PgConnection connection) {
    for (int attempt = 1; ; attempt++) {
      try {
        assertThat(await(connection.query("SELECT 1").execute()).size()).isEqualTo(1);
        return;
      } catch (PgQueryCanceledException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }
}
