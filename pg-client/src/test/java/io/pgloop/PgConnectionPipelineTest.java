package io.pgloop;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgloop.test.PgTestBase;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Explicit pipeline mode: per-statement futures, syncs, aborted segments, holding the connection.
 */
class PgConnectionPipelineTest extends PgTestBase {

  private static int firstInt(RowSet<Row> rows) {
    return rows.iterator().next().getInteger(0);
  }

  private List<Integer> ids(PgConnection connection, String table) {
    List<Integer> ids = new ArrayList<>();
    for (Row row : await(connection.query("SELECT id FROM " + table + " ORDER BY id").execute())) {
      ids.add(row.getInteger(0));
    }
    return ids;
  }

  @Test
  void eachStatementCompletesWithItsOwnResultInOrder() {
    PgConnection connection = connect();
    List<Future<RowSet<Row>>> results = new ArrayList<>();
    String value =
        await(
            connection.pipeline(
                p -> {
                  for (int i = 0; i < 100; i++) {
                    results.add(p.preparedQuery("SELECT $1::int4 * 2").execute(Tuple.of(i)));
                  }
                  return p.query("SELECT 'done'")
                      .execute()
                      .map(rows -> rows.iterator().next().getString(0));
                }));
    assertThat(value).isEqualTo("done");
    for (int i = 0; i < 100; i++) {
      assertThat(firstInt(await(results.get(i)))).isEqualTo(2 * i);
    }
  }

  @Test
  void aFailureAbortsTheRestOfItsSegmentAndRollsItBack() {
    PgConnection connection = connect();
    await(connection.query("CREATE TEMP TABLE pipe_t(id int4 PRIMARY KEY)").execute());
    String insert = "INSERT INTO pipe_t VALUES ($1)";
    List<Future<?>> f = new ArrayList<>();
    await(
        connection.pipeline(
            p -> {
              f.add(p.preparedQuery(insert).execute(Tuple.of(1)));
              f.add(p.sync());
              f.add(p.preparedQuery(insert).execute(Tuple.of(2)));
              f.add(p.query("SELECT 1/0").execute());
              f.add(p.preparedQuery(insert).execute(Tuple.of(3)));
              f.add(p.sync());
              f.add(p.preparedQuery(insert).execute(Tuple.of(4)));
              return Future.succeededFuture();
            }));
    assertThat(await(f.get(0))).isNotNull();
    // The statement before the error ran, but its implicit transaction ended in the error.
    assertThat(await(f.get(2))).isNotNull();
    assertThat(failure(f.get(3))).isInstanceOf(PgDivisionByZeroException.class);
    assertThat(failure(f.get(4)))
        .isInstanceOf(PgPipelineAbortedException.class)
        .hasMessage("pipeline aborted: an earlier statement failed");
    assertThat(await(f.get(5))).isNull();
    assertThat(await(f.get(6))).isNotNull();
    assertThat(ids(connection, "pipe_t")).containsExactly(1, 4);
  }

  @Test
  void statementsQueuedAfterTheErrorArrivedAreAbortedUntilTheNextSync() {
    PgConnection connection = connect();
    List<Future<RowSet<Row>>> late = new ArrayList<>();
    Throwable error =
        failure(
            connection.pipeline(
                p ->
                    p.query("SELECT 1/0")
                        .execute()
                        .onComplete(
                            ar -> {
                              late.add(p.query("SELECT 1").execute());
                              p.sync();
                              late.add(p.query("SELECT 2").execute());
                            })));
    assertThat(error).isInstanceOf(PgDivisionByZeroException.class);
    assertThat(failure(late.get(0))).isInstanceOf(PgPipelineAbortedException.class);
    assertThat(firstInt(await(late.get(1)))).isEqualTo(2);
  }

  @Test
  void inATransactionAnErrorFailsLaterSegmentsUntilRollback() {
    PgConnection connection = connect();
    await(connection.query("CREATE TEMP TABLE pipe_tx(id int4)").execute());
    Transaction tx = await(connection.begin());
    List<Future<?>> f = new ArrayList<>();
    await(
        connection.pipeline(
            p -> {
              f.add(p.query("INSERT INTO pipe_tx VALUES (1)").execute());
              f.add(p.query("SELECT 1/0").execute());
              f.add(p.sync());
              f.add(p.query("INSERT INTO pipe_tx VALUES (2)").execute());
              return Future.succeededFuture();
            }));
    assertThat(failure(f.get(1))).isInstanceOf(PgDivisionByZeroException.class);
    assertThat(((PgException) failure(f.get(3))).sqlState()).isEqualTo("25P02");
    await(tx.rollback());
    assertThat(ids(connection, "pipe_tx")).isEmpty();
  }

  @Test
  void aBlockMayWaitForAResultBeforeQueuingMoreWithoutASync() {
    PgConnection connection = connect();
    int value =
        await(
            connection.pipeline(
                p ->
                    p.query("SELECT 20")
                        .execute()
                        .compose(
                            rows ->
                                p.preparedQuery("SELECT $1::int4 + 1")
                                    .execute(Tuple.of(firstInt(rows))))
                        .map(PgConnectionPipelineTest::firstInt)));
    assertThat(value).isEqualTo(21);
  }

  @Test
  void otherCommandsWaitForThePipelineToEnd() {
    PgConnection connection = connect();
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    AtomicReference<Future<RowSet<Row>>> outside = new AtomicReference<>();
    await(
        connection.pipeline(
            p -> {
              Future<RowSet<Row>> first = p.query("SELECT pg_sleep(0.2)").execute();
              outside.set(
                  connection.query("SELECT 1").execute().onSuccess(r -> order.add("outside")));
              return first
                  .compose(r -> p.query("SELECT 2").execute())
                  .onSuccess(r -> order.add("pipeline"));
            }));
    await(outside.get());
    assertThat(order).containsExactly("pipeline", "outside");
  }

  @Test
  void pipelinesIssuedTogetherRunOneAfterAnotherEachWhole() {
    PgConnection connection = connect();
    await(connection.query("CREATE TEMP TABLE pipe_seq(block int4, n int4)").execute());
    List<Future<Object>> blocks = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      int block = b;
      blocks.add(
          connection.pipeline(
              p -> {
                for (int n = 0; n < 50; n++) {
                  p.preparedQuery("INSERT INTO pipe_seq VALUES ($1, $2)")
                      .execute(Tuple.of(block, n));
                  if (n % 10 == 9) {
                    p.sync();
                  }
                }
                return Future.succeededFuture();
              }));
    }
    blocks.forEach(PgTestBase::await);
    List<String> rows = new ArrayList<>();
    for (Row row : await(connection.query("SELECT block, n FROM pipe_seq").execute())) {
      rows.add(row.getInteger(0) + ":" + row.getInteger(1));
    }
    List<String> expected = new ArrayList<>();
    for (int b = 0; b < 3; b++) {
      for (int n = 0; n < 50; n++) {
        expected.add(b + ":" + n);
      }
    }
    // Inserted in the order sent: blocks did not interleave.
    assertThat(rows).containsExactlyElementsOf(expected);
  }

  @Test
  void aStatementQueuedAfterTheBlockEndedFails() {
    PgConnection connection = connect();
    AtomicReference<Pipeline> kept = new AtomicReference<>();
    await(
        connection.pipeline(
            p -> {
              kept.set(p);
              return p.query("SELECT 1").execute();
            }));
    assertThat(failure(kept.get().query("SELECT 1").execute()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the pipeline has ended: its block's future completed before this was queued");
    assertThat(failure(kept.get().sync())).isInstanceOf(IllegalStateException.class);
    assertThat(firstInt(await(connection.query("SELECT 3").execute()))).isEqualTo(3);
  }

  @Test
  void aBrokenConnectionFailsEveryPendingFuture() throws InterruptedException {
    PgConnection connection = connect();
    PgConnection admin = connect();
    int pid = connection.processId();
    List<Future<?>> f = new ArrayList<>();
    Future<Object> result =
        connection.pipeline(
            p -> {
              f.add(p.query("SELECT pg_sleep(30)").execute());
              f.add(p.query("SELECT 1").execute());
              f.add(p.sync());
              f.add(p.query("SELECT 2").execute());
              return Future.<Object>future(promise -> {});
            });
    // Terminate the backend once it runs the sleep, so that the rest is still pending.
    boolean terminated = false;
    for (int attempt = 0; attempt < 200 && !terminated; attempt++) {
      terminated =
          await(
                      admin
                          .preparedQuery(
                              "SELECT pg_terminate_backend($1) FROM pg_stat_activity"
                                  + " WHERE pid = $1 AND state = 'active'"
                                  + " AND query LIKE '%pg_sleep(30)%'")
                          .execute(Tuple.of(pid)))
                  .size()
              == 1;
      if (!terminated) {
        Thread.sleep(50);
      }
    }
    assertThat(terminated).isTrue();
    assertThat(failure(result)).isInstanceOf(PgConnectionException.class);
    for (Future<?> future : f) {
      assertThat(failure(future)).isInstanceOf(PgConnectionException.class);
    }
  }

  @Test
  void automaticallyPreparedStatementsRunInAPipeline() {
    PgConnection connection = connect(options().setPrepareThreshold(0));
    List<Future<RowSet<Row>>> results = new ArrayList<>();
    await(
        connection.pipeline(
            p -> {
              for (int i = 0; i < 200; i++) {
                results.add(p.preparedQuery("SELECT $1::int4 + 1").execute(Tuple.of(i)));
                if (i % 64 == 63) {
                  p.sync();
                }
              }
              return Future.succeededFuture();
            }));
    for (int i = 0; i < 200; i++) {
      assertThat(firstInt(await(results.get(i)))).isEqualTo(i + 1);
    }
    assertThat(
            firstInt(
                await(
                    connection
                        .query("SELECT count(*)::int4 FROM pg_prepared_statements")
                        .execute())))
        .isEqualTo(1);
  }

  @Test
  void aBatchLargerThanTheSocketBuffersCompletesInOrder() {
    PgConnection connection = connect();
    await(connection.query("CREATE TEMP TABLE pipe_big(id int4, body text)").execute());
    String body = "x".repeat(30 * 1024);
    List<Tuple> batch = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      batch.add(Tuple.of(i, body + i));
    }
    RowSet<Row> result =
        await(
            connection
                .preparedQuery("INSERT INTO pipe_big VALUES ($1, $2) RETURNING id, body")
                .executeBatch(batch));
    int i = 0;
    for (RowSet<Row> rows = result; rows != null; rows = rows.next(), i++) {
      Row row = rows.iterator().next();
      assertThat(row.getInteger(0)).isEqualTo(i);
      assertThat(row.getString(1)).isEqualTo(body + i);
    }
    assertThat(i).isEqualTo(500);
    assertThat(result.totalRowCount()).isEqualTo(500);
  }

  @Test
  void aPreparedStatementRunsInThePipelineWithItsDeclaredTypes() {
    PgConnection connection = connect();
    PreparedStatement doubled = await(connection.prepare("SELECT $1::int8 * 2"));
    List<Long> values =
        await(
            connection.pipeline(
                p -> {
                  var one = p.preparedQuery(doubled).execute(Tuple.of(21));
                  var batch =
                      p.preparedQuery(doubled).executeBatch(List.of(Tuple.of(1), Tuple.of(2)));
                  var mapped =
                      p.preparedQuery(doubled).mapping(row -> row.getLong(0)).execute(Tuple.of(5));
                  return Future.all(one, batch, mapped)
                      .map(
                          all ->
                              List.of(
                                  one.result().iterator().next().getLong(0),
                                  batch.result().iterator().next().getLong(0),
                                  batch.result().next().iterator().next().getLong(0),
                                  mapped.result().iterator().next()));
                }));
    assertThat(values).containsExactly(42L, 2L, 4L, 10L);
  }

  @Test
  void aStatementPreparedOnAnotherConnectionIsRefused() {
    PreparedStatement elsewhere = await(connect().prepare("SELECT 1"));
    PgConnection connection = connect();
    Throwable failure = failure(connection.pipeline(p -> p.preparedQuery(elsewhere).execute()));
    assertThat(failure)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another connection");
  }

  @Test
  void aClosedStatementFailsAloneAndTheSegmentGoesOn() {
    PgConnection connection = connect();
    PreparedStatement statement = await(connection.prepare("SELECT 1"));
    await(statement.close());
    List<Object> outcomes =
        await(
            connection.pipeline(
                p -> {
                  var closed = p.preparedQuery(statement).execute();
                  var after = p.query("SELECT 2").execute();
                  return Future.join(closed, after)
                      .otherwiseEmpty()
                      .map(
                          v ->
                              List.of(
                                  closed.cause().getClass().getSimpleName(),
                                  after.result().iterator().next().getInteger(0)));
                }));
    assertThat(outcomes).containsExactly("IllegalStateException", 2);
  }
}
